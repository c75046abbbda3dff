// Functions: multiple results, named results, variadic parameters, function
// values and function types, blank identifiers.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

type binop func(int, int) int

func apply(f binop, a, b int) int { return f(a, b) }

func add(a, b int) int { return a + b }

func main() {
	q, r := divmod(47, 6)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	fmt.Println(minmax(3, 9, -2, 7))
	nums := []int{5, 1, 8}
	fmt.Println(minmax(nums...))
	fmt.Println(apply(add, 2, 3), apply(func(a, b int) int { return a * b }, 4, 5))
	var f func(int, int) (int, int) = divmod
	fmt.Println(f(10, 3))
	fmt.Println(f != nil)
}
