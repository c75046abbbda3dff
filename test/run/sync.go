// sync.WaitGroup and sync.Mutex: many goroutines update shared state under a
// lock and main waits for all of them; the result must be exact.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("total")
				if i%2 == 0 {
					c.Inc("even")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["total"], c.m["even"])

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	results := make([]int, 8)
	var wg2 sync.WaitGroup
	wg2.Add(len(results))
	for i := range results {
		go func(i int) {
			defer wg2.Done()
			results[i] = i * i
		}(i)
	}
	wg2.Wait()
	fmt.Println(results)
}
