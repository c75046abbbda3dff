// Benchmark: k-nucleotide-style counting (Computer Language Benchmarks
// Game) over a generated DNA string: frequencies of every 1- to 18-mer in
// map[string]int and map[uint64]int. Measures map insert and lookup with
// string and integer keys, and iteration.
package main

import (
	"fmt"
	"sort"
)

// dna is a deterministic pseudo-random sequence over ACGT (a linear
// congruential generator, so every compiler sees the same input).
func dna(n int) string {
	b := make([]byte, n)
	seed := uint32(42)
	for i := range b {
		seed = seed*1664525 + 1013904223
		b[i] = "ACGT"[seed>>30]
	}
	return string(b)
}

func countStrings(s string, k int) map[string]int {
	m := make(map[string]int)
	for i := 0; i+k <= len(s); i++ {
		m[s[i:i+k]]++
	}
	return m
}

func code(c byte) uint64 {
	switch c {
	case 'A':
		return 0
	case 'C':
		return 1
	case 'G':
		return 2
	}
	return 3
}

func countPacked(s string, k int) map[uint64]int {
	m := make(map[uint64]int)
	mask := uint64(1)<<(2*uint(k)) - 1
	var key uint64
	for i := 0; i < len(s); i++ {
		key = (key<<2 | code(s[i])) & mask
		if i+1 >= k {
			m[key]++
		}
	}
	return m
}

func main() {
	s := dna(1000000)
	for _, k := range []int{1, 2} {
		m := countStrings(s, k)
		keys := make([]string, 0, len(m))
		for key := range m {
			keys = append(keys, key)
		}
		sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j] })
		for _, key := range keys {
			fmt.Printf("%s %.3f\n", key, 100*float64(m[key])/float64(len(s)-k+1))
		}
	}
	for _, k := range []int{3, 4, 6, 12, 18} {
		m := countStrings(s, k)
		fmt.Println(k, len(m), m[s[:k]])
	}
	for _, k := range []int{8, 14, 20} {
		m := countPacked(s, k)
		total := 0
		for _, v := range m {
			total += v
		}
		fmt.Println(k, len(m), total)
	}
}
