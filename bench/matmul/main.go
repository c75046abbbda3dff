// Benchmark: multiplying two 400x400 matrices held as [][]float64, the
// textbook i-k-j loop. Measures nested slice indexing with bounds checks.
package main

import "fmt"

func matrix(n int, f func(i, j int) float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func mul(a, b [][]float64) [][]float64 {
	n := len(a)
	c := matrix(n, func(i, j int) float64 { return 0 })
	for i := 0; i < n; i++ {
		ci := c[i]
		for k := 0; k < n; k++ {
			aik := a[i][k]
			bk := b[k]
			for j := 0; j < n; j++ {
				ci[j] += aik * bk[j]
			}
		}
	}
	return c
}

func main() {
	const n = 400
	a := matrix(n, func(i, j int) float64 { return float64(i*j%7) + 0.5 })
	b := matrix(n, func(i, j int) float64 { return float64((i+j)%5) - 1 })
	var trace float64
	for r := 0; r < 18; r++ {
		c := mul(a, b)
		for i := 0; i < n; i++ {
			trace += c[i][i]
		}
		a, b = b, c
		for i := range b {
			for j := range b[i] {
				b[i][j] /= 1000
			}
		}
	}
	fmt.Printf("%.6e\n", trace)
}
