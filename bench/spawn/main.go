// Benchmark: spawn 100,000 goroutines and join them all. Each goroutine does
// almost nothing, so this measures goroutine creation, first scheduling and
// teardown (stack allocation and pooling), and the join through a channel.
package main

import "fmt"

const n = 100_000

func main() {
	done := make(chan int, 1024)
	for i := 0; i < n; i++ {
		go func(i int) { done <- i & 1 }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println(n, sum)
}
