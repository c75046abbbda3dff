// Deferred calls' records: the first lives in the function's frame, later
// ones (and those of loops) on the heap; all run last-in first-out, with
// the arguments evaluated at the defer statement, through panics and
// recovers, and a record in the frame costs no allocation.
package main

import (
	"errors"
	"fmt"
	"sync"
	"testing"
)

type T struct {
	mu sync.Mutex
	n  int
}

func (t *T) inc() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n++
}

func many(n int) (out []int) {
	for i := 0; i < n; i++ {
		defer func(v int) { out = append(out, v) }(i)
	}
	defer func() { out = append(out, -1) }()
	return nil
}

func big() (s string) {
	a, b, c, d := "a", "b", "c", "d"
	defer func(w, x, y, z string) { s = w + x + y + z + s }(a, b, c, d)
	return "!"
}

func recovered() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer fmt.Println("second deferred, runs first")
	var m map[string]int
	m["x"] = 1
	return nil
}

func nested(depth int) (trace []string) {
	defer func() { trace = append(trace, fmt.Sprint("leave ", depth)) }()
	if depth > 0 {
		trace = append(nested(depth-1), fmt.Sprint("back in ", depth))
	}
	return trace
}

func rec(n int, count *int) int {
	defer func() { *count++ }()
	if n == 0 {
		return 0
	}
	return rec(n-1, count) + 1
}

func closeAll(names ...string) (log []string) {
	for _, n := range names {
		n := n
		defer func() { log = append(log, "closed "+n) }()
	}
	return []string{"opened"}
}

var errBoom = errors.New("boom")

func rethrow() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("wrapped: %w", r.(error))
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(errBoom)
		}
	}()
	panic("first")
}

func main() {
	var t T
	for i := 0; i < 5; i++ {
		t.inc()
	}
	fmt.Println(t.n, many(4), big(), recovered())
	fmt.Println(nested(3))
	count := 0
	fmt.Println(rec(10000, &count), count)
	fmt.Println(closeAll("a", "b", "c"))
	err := rethrow()
	fmt.Println(err, errors.Is(err, errBoom))
	fmt.Println("allocations:", testing.AllocsPerRun(100, func() { t.inc() }))
}
