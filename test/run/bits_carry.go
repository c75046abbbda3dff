// math/bits Mul64, Add64 and Sub64 (and Mul, Add, Sub) are single
// instructions, as in gc, with gc's results: a carry or borrow other than 0
// or 1 counts as 1.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 1<<63 - 1, 1 << 63, ^uint64(0), ^uint64(0) - 1, 0x123456789abcdef0, 0xfedcba9876543210}
	h := uint64(0)
	for _, x := range xs {
		for _, y := range xs {
			for _, c := range []uint64{0, 1, 2, ^uint64(0)} {
				hi, lo := bits.Mul64(x, y)
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				hi2, lo2 := bits.Mul(uint(x), uint(y))
				s2, co2 := bits.Add(uint(x), uint(y), uint(c))
				d2, bo2 := bits.Sub(uint(x), uint(y), uint(c))
				h = h*31 ^ hi ^ lo*3 ^ s*5 ^ co*7 ^ d*11 ^ bo*13 ^ uint64(hi2+lo2+s2+co2+d2+bo2)
			}
		}
	}
	f := bits.Mul64
	a, b := f(3, 4)
	fmt.Println(h, a, b)
}
