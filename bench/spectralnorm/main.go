// Benchmark: spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1)
// by power iteration (Computer Language Benchmarks Game). Nested loops of
// float64 arithmetic over slices: a CPU kernel with bounds checks to prove away.
package main

import (
	"fmt"
	"math"
)

func a(i, j int) float64 { return 1 / float64((i+j)*(i+j+1)/2+i+1) }

func mulAv(v, av []float64) {
	for i := range av {
		s := 0.0
		for j := range v {
			s += a(i, j) * v[j]
		}
		av[i] = s
	}
}

func mulAtv(v, atv []float64) {
	for i := range atv {
		s := 0.0
		for j := range v {
			s += a(j, i) * v[j]
		}
		atv[i] = s
	}
}

func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func main() {
	const n = 4000
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
