// Control flow: if with init statements, the three forms of for, labelled
// break and continue, expression and tagless switch, fallthrough, goto.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for i := -1; i < 4; i++ {
		if c := classify(i); c == "odd" {
			fmt.Println(i, c, "!")
		} else {
			fmt.Println(i, c)
		}
	}

	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println("n =", n)

	count := 0
	for {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println("count =", count)

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	for _, v := range []int{1, 2, 3, 4} {
		switch v {
		case 1:
			fmt.Println("one")
			fallthrough
		case 2:
			fmt.Println("one or two")
		case 3, 4:
			fmt.Println("three or four")
		}
	}

	i := 0
loop:
	if i < 3 {
		fmt.Print("goto ", i, "; ")
		i++
		goto loop
	}
	fmt.Println()
}
