// A variadic call's arguments go into a new slice. Where the callee keeps
// nothing of it, the slice may live in the caller's frame; each way below
// of keeping it must keep the elements after the call's frame is gone.
package main

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

var (
	kept    []int
	keptAny []any
	keptPtr *int
	ch      = make(chan []int, 1)
	fns     []func() int
)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func keep(xs ...int) []int        { kept = xs; return xs }
func ret(xs ...int) []int         { return xs }
func first(xs ...int) *int        { return &xs[0] }
func hold(xs ...int)              { keptPtr = &xs[1] }
func send(xs ...int)              { ch <- xs }
func capture(xs ...int)           { fns = append(fns, func() int { return xs[0] }) }
func anyOf(xs ...any) []any       { keptAny = xs; return xs }
func appended(xs ...int) []int    { return append(xs, 100) }
func inner(xs ...int) int         { return sum(xs...) }
func recurse(n int, xs ...int) int {
	if n == 0 {
		return sum(xs...)
	}
	return recurse(n-1, append(xs, n)...)
}
func mutate(xs ...int) int {
	xs[0] = 99
	return xs[0]
}
func grow(xs ...string) []string {
	sort.Strings(xs)
	return xs
}

type T struct{ n []int }

func (t *T) set(xs ...int) { t.n = xs }

func clobber(n int) int {
	var buf [96]int
	for i := range buf {
		buf[i] = n * i
	}
	if n == 0 {
		return buf[5]
	}
	return clobber(n-1) + buf[n%96]
}

func main() {
	a := ret(1, 2, 3)
	keep(4, 5, 6)
	p := first(7, 8)
	hold(9, 10)
	send(11, 12)
	capture(13, 14)
	anyOf("s", 15, 1.5)
	b := appended(16, 17)
	var t T
	t.set(18, 19)
	s := grow("c", "a", "b")
	x := 20
	y := 21
	fmt.Println(sum(ret(x, y)...), inner(1, 2, 3), recurse(3, 1), mutate(5, 6))
	clobber(30)
	fmt.Println(a, kept, *p, *keptPtr, <-ch, fns[0](), keptAny, b, t.n, s)
	fmt.Println(strings.Join([]string{"no", "variadic"}, " "), fmt.Sprint("x", 1, "y"), fmt.Sprintln(x, y))
	var total int
	for i := 0; i < 4; i++ {
		total += sum(i, i*2, i*3)
	}
	fmt.Println(total)
	fmt.Println("allocations:", testing.AllocsPerRun(100, func() {
		total += sum(1, 2, 3) + inner(x, y) + mutate(1)
	}))
}
