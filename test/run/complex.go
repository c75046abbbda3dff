// Complex numbers: constants, complex/real/imag, arithmetic, conversions, fmt and println.
package main

import "fmt"

const c = 1 + 2i

func main() {
	var x complex128 = complex(3, 4)
	y := x * c
	fmt.Println(x, y, real(y), imag(y), x == complex(3, 4))
	var f complex64 = 1.5 - 0.5i
	fmt.Printf("%v %.2f %T\n", f, complex128(f)/2, f)
	println(x)
	z := 2i * 2i
	fmt.Println(z, real(z))
}
