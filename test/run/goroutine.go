// A goroutine sends values over an unbuffered channel to main; the main
// goroutine blocks on the receive until the sender is scheduled.
package main

import "fmt"

func produce(ch chan<- int, n int) {
	for i := 1; i <= n; i++ {
		ch <- i * i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go func() { ch <- 42 }()
	fmt.Println("received", <-ch)

	squares := make(chan int)
	go produce(squares, 5)
	sum := 0
	for v := range squares {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)

	done := make(chan bool)
	result := 0
	go func() {
		result = 7
		done <- true
	}()
	<-done
	fmt.Println("result", result)
}
