// Benchmark: 1,000,000 round trips between two goroutines over unbuffered
// channels. Every send blocks until the other side receives, so this is the
// cost of a channel handoff plus a goroutine switch (or, with several
// workers, a cross-thread wakeup), twice per round trip.
package main

import "fmt"

const rounds = 1_000_000

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	count := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		if <-pong == i+1 {
			count++
		}
	}
	close(ping)
	<-pong
	fmt.Println(count)
}
