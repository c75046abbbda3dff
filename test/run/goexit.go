// runtime.Goexit runs the goroutine's deferred calls (recover returns nil
// there) and ends it; from main, the program ends when no goroutine is left.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("deferred, recover:", recover()); done <- true }()
		func() {
			defer fmt.Println("inner deferred")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
