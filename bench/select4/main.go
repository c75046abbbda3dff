// Benchmark: select over four channels. Four producers each send 500,000
// values on their own unbuffered channel; one consumer receives them all
// through a four-way select, so every receive pays for locking and polling
// four channels and for enqueuing on (and dequeuing from) all of them when
// none is ready.
package main

import "fmt"

const perProducer = 500_000

func main() {
	var chans [4]chan int
	for i := range chans {
		chans[i] = make(chan int)
		go func(ch chan<- int, v int) {
			for j := 0; j < perProducer; j++ {
				ch <- v
			}
		}(chans[i], i+1)
	}
	sum := 0
	for n := 0; n < 4*perProducer; n++ {
		select {
		case v := <-chans[0]:
			sum += v
		case v := <-chans[1]:
			sum += v
		case v := <-chans[2]:
			sum += v
		case v := <-chans[3]:
			sum += v
		}
	}
	fmt.Println(sum)
}
