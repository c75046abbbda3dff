// continue in a for loop with a post statement runs the post statement
// (also from an inner loop, by label, past declarations).
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		x := i * i
		sum += x
	}
	n := 0
outer:
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		for k := 0; k < 3; k++ {
			if k == 1 {
				continue outer
			}
			n += k + i
		}
		n += 100
	}
	fmt.Println(sum, n)
}
