// Benchmark: fannkuch-redux (Computer Language Benchmarks Game): every
// permutation of 1..n, counting pancake flips. Small-array indexing and
// swaps: a CPU kernel.
package main

import "fmt"

func fannkuch(n int) (checksum, maxFlips int) {
	perm := make([]int, n)
	perm1 := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	r := n
	for permCount := 0; ; permCount++ {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		for {
			if r == n {
				return
			}
			p0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = p0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
	}
}

func main() {
	for n := 7; n <= 10; n++ {
		for r := 0; r < 3; r++ {
			sum, flips := fannkuch(n)
			if r == 0 {
				fmt.Printf("%d\nPfannkuchen(%d) = %d\n", sum, n, flips)
			}
		}
	}
}
