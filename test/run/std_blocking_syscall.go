// A goroutine blocked in a system call (reading an empty pipe) does not
// stop the others, even with one worker: its worker's queue is handed on.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	got := make(chan string)
	go func() {
		buf := make([]byte, 16)
		n, err := r.Read(buf) // blocks in read(2) until main writes
		got <- fmt.Sprint(string(buf[:n]), " ", err)
	}()
	time.Sleep(20 * time.Millisecond) // the reader is in its system call by now
	ticks := 0
	for deadline := time.Now().Add(30 * time.Millisecond); time.Now().Before(deadline); {
		ticks++
		time.Sleep(time.Millisecond)
	}
	fmt.Println("main ran while the reader was blocked:", ticks > 5)
	w.Write([]byte("hello"))
	fmt.Println(<-got)
	fmt.Println(runtime.GOMAXPROCS(0))
}
