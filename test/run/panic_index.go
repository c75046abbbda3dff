// An unrecovered runtime error: the index is out of range, so the program
// prints Go's exact message and a goroutine header on stderr and exits 2;
// deferred calls still run first, and stdout written before is kept.
package main

import "fmt"

func at(xs []int, i int) int {
	return xs[i]
}

func main() {
	defer fmt.Println("deferred call runs before the crash")
	xs := []int{1, 2, 3}
	fmt.Println("before", at(xs, 2))
	fmt.Println("after", at(xs, len(xs)+2))
}
