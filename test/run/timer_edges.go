// Timers at the edges of nanotime's range: a Sleep or timer so long it
// overflows never fires, a negative one fires at once, a ticker's period
// near the maximum does not spin, and zero-duration timers fire promptly.
package main

import (
	"fmt"
	"time"
)

func main() {
	const big = time.Duration(1<<63 - 1)
	done := make(chan string, 1)
	go func() {
		time.Sleep(big)
		done <- "big sleep returned"
	}()
	select {
	case s := <-done:
		fmt.Println(s)
	case <-time.After(big):
		fmt.Println("big timer fired")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("big sleep and timer still waiting")
	}

	const neg = time.Duration(-1 << 63)
	time.Sleep(neg)
	select {
	case <-time.After(neg):
		fmt.Println("negative timer fired at once")
	case <-time.After(time.Second):
		fmt.Println("negative timer did not fire")
	}

	tk := time.NewTicker(big)
	select {
	case <-tk.C:
		fmt.Println("huge ticker ticked")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("huge ticker quiet")
	}
	tk.Stop()

	start := time.Now()
	for i := 0; i < 100000; i++ {
		t := time.NewTimer(0)
		<-t.C
	}
	fmt.Println("100000 zero timers within 5s:", time.Since(start) < 5*time.Second)

	tick := time.NewTicker(2 * time.Millisecond)
	time.Sleep(15 * time.Millisecond) // misses several ticks: one is buffered
	<-tick.C
	select {
	case <-tick.C:
		fmt.Println("missed ticks queued")
	default:
		fmt.Println("missed ticks dropped")
	}
	tick.Stop()
}
