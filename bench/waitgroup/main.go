// Benchmark: WaitGroup fan-out. Each of 50 rounds starts 10,000 goroutines
// that each do a little work and call Done, and main waits for all of them
// before the next round: the burst of spawns and the Wait/Done wake-up path.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	rounds = 50
	fanout = 10_000
)

func main() {
	var total int64
	for r := 0; r < rounds; r++ {
		var wg sync.WaitGroup
		wg.Add(fanout)
		for i := 0; i < fanout; i++ {
			go func(i int) {
				defer wg.Done()
				atomic.AddInt64(&total, int64(i%7))
			}(i)
		}
		wg.Wait()
	}
	fmt.Println(total)
}
