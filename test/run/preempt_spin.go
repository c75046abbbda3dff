// With one worker, a goroutine spinning in a loop that is not counted is
// still preempted, so the goroutine that ends the spin gets to run; a
// counted loop (no preemption check inside) still runs to its end.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var stop int32
	done := make(chan bool)
	go func() {
		n := 0
		for atomic.LoadInt32(&stop) == 0 {
			n++
		}
		done <- n > 0
	}()
	time.Sleep(20 * time.Millisecond)
	atomic.StoreInt32(&stop, 1)
	fmt.Println("spinner saw stop:", <-done)

	go func() {
		for {
			if atomic.LoadInt32(&stop) == 2 {
				done <- true
				return
			}
		}
	}()
	s := 0
	for i := 0; i < 200000000; i++ {
		s += i & 3
	}
	for i, j := 0, 1<<40; i < j; i, j = i+1, j-1 {
		if i == 1000 {
			break
		}
	}
	atomic.StoreInt32(&stop, 2)
	fmt.Println(s, <-done)
}
