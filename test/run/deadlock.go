// A deadlock: main waits on a channel nobody will ever send on, so every
// goroutine is asleep and the runtime reports Go's fatal error, exit 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting forever")
	<-ch
}
