// How closures capture: a variable nothing changes after its definition may
// be copied into the closure (gc's rule); every other is shared, and each
// way of changing one below must be seen by the closure and by the code
// around it.
package main

import (
	"fmt"
	"sort"
	"testing"
)

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) Peek() func() int {
	return func() int { return c.n } // a value receiver: a copy of its own
}
func (c *Counter) Later() func() int {
	return func() int { return c.n } // the pointer is copied; the counter shared
}

type Pair struct {
	a, b int
	arr  [3]int
}

func unchanged(k int) func() int {
	s := []int{1, 2, 3}
	m := map[string]int{"x": k}
	p := &Counter{k}
	return func() int { s[0]++; m["x"]++; p.n++; return s[0] + m["x"] + p.n }
}

func reassignedAfter() func() int {
	x := 1
	f := func() int { return x }
	x = 2
	return f
}

func assignedInside() (func() int, func() int) {
	x := 10
	return func() int { x++; return x }, func() int { return x }
}

func fieldAssigned() func() int {
	var p Pair
	f := func() int { return p.a + p.b + p.arr[1] }
	p.a = 1
	p.arr[1] = 5
	p.b += 2
	return f
}

func addressTaken() func() int {
	x := 1
	f := func() int { return x }
	q := &x
	*q = 42
	return f
}

func pointerMethod() func() int {
	var c Counter
	f := func() int { return c.Get() }
	c.Inc()
	c.Inc()
	return f
}

func methodValue() func() int {
	var c Counter
	inc := c.Inc // takes &c
	f := func() int { return c.n }
	inc()
	return f
}

func sliced() func() int {
	var a [4]int
	f := func() int { return a[2] }
	s := a[:]
	s[2] = 9
	return f
}

func loops() []int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{7, 8, 9} {
		fs = append(fs, func() int { return v })
	}
	for i := 0; i < 3; i++ {
		j := i * 10
		fs = append(fs, func() int { return j })
	}
	var out []int
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}

func namedResult() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func param(k int, s string) func() string {
	return func() string { return fmt.Sprint(s, k) }
}

func paramChanged(k int) func() int {
	f := func() int { return k }
	k++
	return f
}

func nested() int {
	x := 3
	y := 4
	f := func() func() int {
		return func() int { y++; return x * y }
	}
	g := f()
	g()
	return g() + y
}

func goroutines() int {
	total := 0
	done := make(chan int)
	for i := 0; i < 4; i++ {
		v := i * i
		go func() { done <- v }()
	}
	for i := 0; i < 4; i++ {
		total += <-done
	}
	return total
}

func recursive() int {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	return fib(15)
}

func swapped() (int, int) {
	a, b := 1, 2
	f := func() (int, int) { return a, b }
	a, b = b, a
	return f()
}

func redeclared() (int, error) {
	x, err := 1, error(nil)
	f := func() (int, error) { return x, err }
	y, err := 2, fmt.Errorf("set")
	_ = y
	return f()
}

func selectRecv() int {
	ch := make(chan int, 1)
	ch <- 5
	v := 1
	f := func() int { return v }
	select {
	case v = <-ch:
	}
	return f()
}

func big() func() int {
	var a [40]int // 320 bytes
	a[3] = 3
	return func() int { return a[3] }
}

func sortWith(xs []int, desc bool) []int {
	sort.Slice(xs, func(i, j int) bool {
		if desc {
			return xs[i] > xs[j]
		}
		return xs[i] < xs[j]
	})
	return xs
}

type S struct{ n int }

var sink func() int

func main() {
	f := unchanged(1)
	f()
	fmt.Println(f(), reassignedAfter()(), fieldAssigned()(), addressTaken()())
	inc, get := assignedInside()
	inc()
	fmt.Println(inc(), get(), pointerMethod()(), methodValue()(), sliced()())
	fmt.Println(loops(), namedResult(), param(3, "k")(), paramChanged(1)(), nested())
	fmt.Println(goroutines(), recursive(), big()())
	fmt.Println(swapped())
	fmt.Println(redeclared())
	fmt.Println(selectRecv(), sortWith([]int{3, 1, 2}, true), sortWith([]int{3, 1, 2}, false))
	c := Counter{7}
	peek, later := c.Peek(), (&c).Later()
	c.Inc()
	fmt.Println(peek(), later(), c.Get())
	// One allocation for the S, one for the closure: s is copied into it.
	fmt.Println("allocations:", testing.AllocsPerRun(100, func() {
		s := &S{}
		sink = func() int { s.n++; return s.n }
	}))
}
