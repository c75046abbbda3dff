// Integer division by zero at run time is a runtime panic in Go (not a
// signal or undefined behaviour): exit 2 with Go's message.
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(10, 3))
	fmt.Println(div(1, 0))
}
