// Benchmark: a pipeline of small closures: map/filter/reduce written with
// func values, counters captured by reference, and closures returning
// closures. Measures indirect calls through func values and captures.
package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	out := xs[:0:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, acc int, f func(int, int) int) int {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func compose(f, g func(int) int) func(int) int { return func(x int) int { return g(f(x)) } }

func main() {
	xs := make([]int, 10000)
	for i := range xs {
		xs[i] = i
	}
	calls := 0
	counted := func(f func(int) int) func(int) int {
		return func(x int) int { calls++; return f(x) }
	}
	total := 0
	for r := 0; r < 8000; r++ {
		f := counted(compose(adder(r), func(x int) int { return x * 3 }))
		ys := mapInts(xs, f)
		zs := filter(ys, func(x int) bool { return x%2 == 0 })
		total += reduce(zs, 0, func(a, b int) int { return a + b%1000 })
	}
	fmt.Println(total, calls)
}
