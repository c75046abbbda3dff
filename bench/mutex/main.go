// Benchmark: a contended sync.Mutex. Eight goroutines each increment a shared
// counter 2,000,000 times under one lock, so the lock is handed between
// goroutines and threads constantly: this measures the mutex's spin, park and
// wake-up paths rather than its uncontended fast path.
package main

import (
	"fmt"
	"sync"
)

const (
	workers = 8
	perWork = 2_000_000
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < perWork; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
