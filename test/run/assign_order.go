// Parallel assignment: the left side's index operands and pointers are
// evaluated before any store, as the spec's two phases say.
package main

import "fmt"

func main() {
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 100
	fmt.Println(i, x)
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
	p := new(int)
	q := p
	p, *p = nil, 42
	fmt.Println(p == nil, *q)
	a := [3]int{}
	j := 2
	j, a[j] = 0, 7
	fmt.Println(j, a)
}
