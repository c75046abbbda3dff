// Benchmark: the Mandelbrot set as a 1-bit bitmap (Computer Language
// Benchmarks Game), summarised by a checksum instead of printed. Complex
// iteration in float64 with an early exit: a CPU kernel.
package main

import "fmt"

func main() {
	const n = 4000
	const iter = 50
	rowBytes := (n + 7) / 8
	bitmap := make([]byte, rowBytes*n)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/n - 1
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/n - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < iter && tr+ti <= 4; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			if tr+ti <= 4 {
				bitmap[y*rowBytes+x/8] |= 0x80 >> uint(x%8)
			}
		}
	}
	var sum uint32
	for i, b := range bitmap {
		sum = sum*31 + uint32(b) + uint32(i&7)
	}
	fmt.Println(sum)
}
