// Keyed composite literal elements are evaluated in source order, and a
// multi-value package variable initialiser runs when its first variable is due.
package main

import "fmt"

type S struct{ i1, i2, i3 int }

var G int
var trace []int

func v(i int) int {
	trace = append(trace, i)
	G++
	return G
}

func foo() (int, int) { return 1, 2 }

var c = b
var a, b = foo()
var d = b + 1

func main() {
	s := S{i1: v(0), i3: v(1), i2: v(2)}
	arr := [4]int{3: v(3), 1: v(4), 0: v(5)}
	sl := []int{2: v(6), 0: v(7)}
	fmt.Println(s, arr, sl, trace)
	fmt.Println(a, b, c, d)
}
