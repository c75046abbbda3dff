// Benchmark: buffered channel throughput. P producers (os.Args[1], default 1)
// send 4,000,000 values in total through one channel of capacity 256 to a
// single consumer. With one producer this is the uncontended fast path; with
// four, several threads contend on the channel's lock.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const total = 4_000_000

func main() {
	producers := 1
	if len(os.Args) > 1 {
		producers, _ = strconv.Atoi(os.Args[1])
	}
	ch := make(chan int, 256)
	per := total / producers
	for p := 0; p < producers; p++ {
		go func() {
			for i := 0; i < per; i++ {
				ch <- 1
			}
		}()
	}
	sum := 0
	for i := 0; i < per*producers; i++ {
		sum += <-ch
	}
	fmt.Println(producers, sum)
}
