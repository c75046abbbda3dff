// Assignments through array pointers made from overlapping slices copy as
// Go does (a memmove), in both directions; C++ assignment of the arrays
// would be a memcpy of overlapping ranges.
package main

import "fmt"

func main() {
	var x [16]byte
	for i := range x {
		x[i] = byte(i)
	}
	y := x
	*(*[8]byte)(x[4:12]) = *(*[8]byte)(x[2:10])
	*(*[8]byte)(y[2:10]) = *(*[8]byte)(y[4:12])
	fmt.Println(x)
	fmt.Println(y)
	p, q := (*[4]int)(make([]int, 6)), 0
	_ = q
	s := p[:]
	for i := range s {
		s[i] = i + 1
	}
	*p = *(*[4]int)(s[:4])
	fmt.Println(*p)
}
