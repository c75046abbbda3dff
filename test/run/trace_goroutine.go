// Goroutine traces: a panic in a goroutine names the goroutine's frames
// and the go statement that started it ("created by").
package main

import (
	"errors"
	"fmt"
)

type worker struct{ id int }

func (w *worker) check(v int) {
	if v > 2 {
		panic(errors.New(fmt.Sprint("worker ", w.id, ": value ", v, " too large")))
	}
}

func (w *worker) loop(in <-chan int, done chan<- bool) {
	for v := range in {
		w.check(v)
		fmt.Println("ok", v)
		done <- true
	}
}

func main() {
	in := make(chan int)
	done := make(chan bool)
	w := &worker{id: 7}
	go w.loop(in, done)
	for i := 1; i <= 3; i++ {
		in <- i
		<-done
	}
}
