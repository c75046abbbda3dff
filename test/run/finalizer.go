// runtime.SetFinalizer: finalizers of unreachable objects run on a goroutine
// that NumGoroutine does not count, with the object converted to the
// finalizer's parameter type; a nil finalizer clears it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type R struct {
	id  int
	buf []byte
}

type Closer interface{ ID() int }

func (r *R) ID() int { return r.id }

func main() {
	done := make(chan int, 100)
	for i := 0; i < 10; i++ {
		r := &R{id: i, buf: make([]byte, 1000)}
		if i%2 == 0 {
			runtime.SetFinalizer(r, func(r *R) { done <- r.id })
		} else {
			runtime.SetFinalizer(r, func(c Closer) { done <- c.ID() + 100 })
		}
		if i == 9 {
			runtime.SetFinalizer(r, nil)
		}
	}
	got := 0
	deadline := time.Now().Add(2 * time.Second)
	for got < 8 && time.Now().Before(deadline) {
		runtime.GC()
		select {
		case <-done:
			got++
		case <-time.After(10 * time.Millisecond):
		}
	}
	fmt.Println("finalized at least 8:", got >= 8, runtime.NumGoroutine())
}
