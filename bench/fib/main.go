// Benchmark: recursive fib(35). Measures plain function calls and integer
// arithmetic, with no allocation and no goroutines: the baseline for how
// gocxx's generated code compares before the runtime enters the picture.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(35))
}
