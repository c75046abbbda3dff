// The smallest program: one line of output through fmt.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
