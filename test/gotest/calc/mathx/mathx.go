// Package mathx has small math helpers.
package mathx

func Add(a, b int) int { return a + b }

func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

func Abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
