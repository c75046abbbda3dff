// Closures: generators, method values, func slices, captured loop copies, recover from an index panic.
package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func gen() func() int {
	a, b := 0, 1
	return func() int {
		a, b = b, a+b
		return a
	}
}

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	f := gen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	c := &Counter{}
	inc := c.Inc
	for i := 0; i < 3; i++ {
		inc()
	}
	fmt.Println(c.n)
	fs := []func(string) string{strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" }}
	fmt.Println(apply(fs, "  hello  "))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, g := range funcs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	defer fmt.Println("deferred 1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	var arr []int
	_ = arr[5]
}
