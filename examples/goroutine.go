// A goroutine computes a value and sends it to main over a channel.
package main

import "fmt"

func sum(from, to int) int {
	total := 0
	for i := from; i <= to; i++ {
		total += i
	}
	return total
}

func main() {
	results := make(chan int)
	go func() {
		results <- sum(1, 100)
	}()
	fmt.Println("sum of 1..100 computed by a goroutine:", <-results)
}
