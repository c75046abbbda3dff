// select: a default case when nothing is ready, receiving from whichever of
// several channels is ready, nil channels disabling a case, sends in select,
// and a timeout through time.After. Output is deterministic by construction.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}

	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 0; i < 5; i++ {
			b <- 100 + i
		}
		close(b)
	}()
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // a nil channel is never ready: disables this case
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
		}
	}
	fmt.Println("sums", sumA, sumB)

	out := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	fmt.Println("got", <-out)

	select {
	case <-make(chan int):
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	var never chan int
	select {
	case never <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel send not ready")
	}
}
