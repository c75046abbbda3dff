// A goroutine blocked in a system call (read(2) on an empty pipe made by
// syscall.Pipe, so blocking, not through the network poller) does not stop
// the others, even with one worker: its worker's queue is handed on.
package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var fds [2]int
	if err := syscall.Pipe(fds[:]); err != nil {
		panic(err)
	}
	got := make(chan string)
	go func() {
		buf := make([]byte, 16)
		n, err := syscall.Read(fds[0], buf) // blocks in read(2) until main writes
		got <- fmt.Sprint(string(buf[:n]), " ", err)
	}()
	time.Sleep(20 * time.Millisecond) // the reader is in its system call by now
	ticks := 0
	for deadline := time.Now().Add(30 * time.Millisecond); time.Now().Before(deadline); {
		ticks++
		time.Sleep(time.Millisecond)
	}
	fmt.Println("main ran while the reader was blocked:", ticks > 5)
	syscall.Write(fds[1], []byte("hello"))
	fmt.Println(<-got)
	fmt.Println(runtime.GOMAXPROCS(0))
}
