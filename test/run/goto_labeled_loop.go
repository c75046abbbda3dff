// A label on a loop, switch or select is a goto target as well as a
// break/continue one (text/scanner's Scan jumps back to `redo:` on a for).
package main

import "fmt"

func scan(s string) []string {
	var toks []string
	i := 0
redo:
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && s[i] == '#' { // a comment to the end of the word: skip it
		for i < len(s) && s[i] != ' ' {
			i++
		}
		goto redo
	}
	if i >= len(s) {
		return toks
	}
	j := i
	for j < len(s) && s[j] != ' ' {
		j++
	}
	toks = append(toks, s[i:j])
	i = j
	goto redo
}

func main() {
	fmt.Printf("%q\n", scan("  a #x bc   #y d"))
	n := 0
again:
	switch {
	case n < 3:
		n++
		goto again
	}
	fmt.Println(n)
	ch := make(chan int, 1)
	tries := 0
retry:
	select {
	case v := <-ch:
		fmt.Println("got", v, "after", tries)
	default:
		tries++
		ch <- 7
		goto retry
	}
}
