// Slices: make, append, copy, slicing with shared backing arrays, full slice
// expressions, nil versus empty, arrays as values, two-dimensional slices.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s))

	t := s[2:5]
	t[0] = -1
	fmt.Println(t, len(t), cap(t) == cap(s)-2, s[2])

	u := make([]int, 3, 10)
	fmt.Println(u, len(u), cap(u))
	n := copy(u, s)
	fmt.Println(n, u)

	v := s[1:3:4]
	fmt.Println(v, len(v), cap(v))
	v = append(v, 100) // fits in capacity: writes into s
	fmt.Println(s[3])
	v = append(v, 200) // exceeds capacity: a new array
	v[0] = 999
	fmt.Println(s[1], v)

	a := [3]string{"x", "y", "z"}
	b := a
	b[0] = "changed"
	fmt.Println(a, b, a == [3]string{"x", "y", "z"})

	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)

	words := []string{"go", "to", "c++"}
	words = append(words[:1], words[2:]...)
	fmt.Println(words, len(words))
	fmt.Println(append([]byte("abc"), "def"...))
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
}
