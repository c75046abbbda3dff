// Maps: literals, insert, lookup with comma-ok, delete, len, iteration (in
// sorted order, since Go randomises it), nil maps reading as empty, struct
// keys, and fmt printing maps with sorted keys.
package main

import (
	"fmt"
	"sort"
)

type point struct{ x, y int }

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	if v, ok := m["one"]; ok {
		fmt.Println("found", v)
	}
	_, ok := m["four"]
	fmt.Println("four present:", ok)
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(m)

	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	var nilmap map[string]bool
	fmt.Println(nilmap == nil, len(nilmap), nilmap["x"])

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], len(counts))

	grid := map[point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(grid[point{1, 2}], grid[point{0, 0}], len(grid))

	big := make(map[int]int)
	for i := 0; i < 10000; i++ {
		big[i] = i * 2
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum)
}
