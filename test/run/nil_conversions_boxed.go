package main

import "fmt"

var tests = []struct {
	f   string
	val any
}{
	{"%#v", map[int]byte(nil)},
	{"%v", []int(nil)},
}

func main() {
	for _, t := range tests {
		fmt.Printf(t.f+"\n", t.val)
	}
	x := any(map[string]int(nil))
	fmt.Printf("%#v\n", x)
}
