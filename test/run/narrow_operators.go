// Operators on integers narrower than int keep their type: C++ promotes
// them to int, Go does not (unary +, ^, -, shifts, division, compound
// assignment), so results wrap at the type's width.
package main

import "fmt"

func main() {
	var a uint16 = 4
	b := (a << 15) << 2
	b &= +(a) / (b | 1)
	fmt.Println(a, b, +a/(a|1), -a, ^a, +a*+a)
	var c int8 = -128
	fmt.Println(+c, -c, ^c, c/(+c), c>>1, c<<1, uint8(c)>>1)
	var d uint8 = 200
	d += +d
	e := +d * 2
	fmt.Println(d, e, ^d>>4, d<<7>>7)
	var f int16 = 32767
	f = +f + 1
	fmt.Printf("%d %T %T\n", f, +f, -d)
}
