// Goroutine traces: a goroutine running a function literal that blocks
// for ever is listed by a deadlock report with the literal's name.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			results <- i * i
		}
	}()
	fmt.Println(<-results)
	wg.Wait()
}
