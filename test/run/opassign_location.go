// x op= y with calls in y: y runs first, then x's location and value are
// read, as gc does (y here moves the pointer, slice or map under x).
package main

import "fmt"

func main() {
	one, two := 1, 2
	x := &one
	*x += func() int { x = &two; return 10 }()
	s1, s2 := []int{1}, []int{2}
	s := s1
	s[0] += func() int { s = s2; return 10 }()
	m1, m2 := map[int]int{0: 1}, map[int]int{0: 2}
	m := m1
	m[0] += func() int { m = m2; return 10 }()
	fmt.Println(one, two, s1, s2, m1, m2)
}
