// Closures capture parameters of function literals, nested at any depth,
// and of declared functions; the captured parameter outlives the call.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) wrap(f func(int) int) func(int) int {
	return func(x int) int { c.n++; return f(x) }
}

func adder(base int) func(int) int {
	return func(x int) int { base += x; return base }
}

func main() {
	calls := 0
	counted := func(f func(int) int) func(int) int {
		return func(x int) int { calls++; return f(x) }
	}
	g := counted(func(x int) int { return x * 2 })
	fmt.Println(g(1), g(2), calls)

	compose := func(f, h func(int) int) func(int) int {
		return func(x int) int { return h(f(x)) }
	}
	k := compose(g, func(x int) int { return x + 1 })
	fmt.Println(k(5), calls)

	curry := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a*100 + b*10 + c }
		}
	}
	fmt.Println(curry(1)(2)(3))

	acc := adder(10)
	acc(5)
	fmt.Println(acc(1))

	c := &counter{}
	w := c.wrap(func(x int) int { return -x })
	w(1)
	w(2)
	r := w(3)
	fmt.Println(c.n, r)

	// A parameter captured and changed by a goroutine's closure.
	done := make(chan bool)
	start := func(n int) {
		go func() { n *= 3; fmt.Println("n", n); done <- true }()
	}
	start(7)
	<-done

	// A deferred closure that changes a captured parameter and the result.
	f := func(x int) (r int) {
		defer func() { r = x * 10 }()
		x++
		return 0
	}
	fmt.Println(f(4))

	var fs []func() int
	mk := func(i int) { fs = append(fs, func() int { i++; return i }) }
	for i := 0; i < 3; i++ {
		mk(i)
	}
	for _, fn := range fs {
		fmt.Print(fn(), fn(), " ")
	}
	fmt.Println()
}
