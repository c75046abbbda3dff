// A worker pool: channels, WaitGroup, Mutex, Once, a Ticker and time.After in select.
package main

import (
	"fmt"
	"sync"
	"time"
)

type result struct {
	id, sq int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{j, j * j}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	close(jobs)
	go func() { wg.Wait(); close(results) }()
	sum := 0
	n := 0
	for r := range results {
		sum += r.sq
		n++
	}
	fmt.Println(n, sum)
	var mu sync.Mutex
	var once sync.Once
	counter := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { fmt.Println("once") })
			mu.Lock()
			counter++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(counter)
	ctxTimeout := time.After(20 * time.Millisecond)
	tick := time.NewTicker(5 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
		case <-ctxTimeout:
			break loop
		}
	}
	tick.Stop()
	fmt.Println(ticks >= 2)
}
