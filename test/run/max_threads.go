// debug.SetMaxThreads returns the previous limit; one below the threads
// running now is Go's fatal "thread exhaustion".
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetMaxThreads(100))
	fmt.Println(debug.SetMaxThreads(50))
	debug.SetMaxThreads(1)
	fmt.Println("not reached")
}
