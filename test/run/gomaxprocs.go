// runtime.GOMAXPROCS lowers and restores the number of workers running goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev > 0, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum, runtime.GOMAXPROCS(prev))
}
