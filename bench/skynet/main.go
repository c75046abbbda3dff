// Benchmark: skynet. A tree of goroutines, ten children per node, six levels
// deep: 1,000,000 leaves, 1,111,111 goroutines in all, each node summing its
// children's results received over channels. Measures mass goroutine
// creation, memory per parked goroutine, and channel wake-ups across workers.
package main

import "fmt"

func skynet(c chan<- int, num, size, div int) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int, div)
	for i := 0; i < div; i++ {
		subNum := num + i*(size/div)
		go skynet(rc, subNum, size/div, div)
	}
	sum := 0
	for i := 0; i < div; i++ {
		sum += <-rc
	}
	c <- sum
}

func main() {
	c := make(chan int)
	go skynet(c, 0, 1_000_000, 10)
	fmt.Println(<-c)
}
