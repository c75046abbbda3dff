// Goroutine traces: a panic while package variables are initialised runs
// in Go's "main.init", through "main.glob..funcN" for function literals.
package main

import "fmt"

func ratio(a, b int) int {
	return a / b
}

var base = 0

var scaled = func() int {
	fmt.Println("computing scaled")
	return ratio(10, base)
}()

func main() {
	fmt.Println(scaled)
}
