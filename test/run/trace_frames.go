// Goroutine traces: an unrecovered panic lists the frames of package main
// with Go's names for methods on values and pointers, generic functions and
// types, and nested function literals.
package main

import "fmt"

type Grid struct{ cells []int }

func (g *Grid) cell(i int) int { return g.cells[i] }

func (g Grid) sum(upto int) int {
	total := 0
	for i := 0; i <= upto; i++ {
		total += g.cell(i)
	}
	return total
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Top() T { return s.items[len(s.items)-1] }

func sumOf[T any](s *Stack[T], g Grid) int {
	return g.sum(len(s.items) + 2)
}

func main() {
	s := &Stack[string]{items: []string{"a", "b"}}
	fmt.Println("top:", s.Top())
	run := func() {
		inner := func(n int) {
			fmt.Println(sumOf(s, Grid{cells: make([]int, n)}))
		}
		inner(3)
	}
	run()
}
