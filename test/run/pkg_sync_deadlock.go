// A goroutine blocked in sync.Mutex.Lock with nothing left to run is a
// deadlock, reported as Go 1.19 does (wait reason "semacquire").
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
