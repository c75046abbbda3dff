// Closures: captured variables are shared, not copied; counters keep their
// own state; Go 1.19's for-loop variable is one variable for the whole loop.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x =", x)

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ") // Go 1.19: all see the final i
	}
	fmt.Println()

	fs = fs[:0]
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	double := func(x int) int { return 2 * x }
	plus1 := func(x int) int { return x + 1 }
	fmt.Println(compose(double, plus1)(5), compose(plus1, double)(5))

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
}
