// Methods promoted from embedded instances of generic types (List[string]
// in a plain struct, *List[T] in a generic one) satisfy interfaces: sort,
// fmt.Stringer and interfaces of the program.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T)  { l.items = append(l.items, x) }
func (l List[T]) Len() int    { return len(l.items) }
func (l List[T]) At(i int) T  { return l.items[i] }
func (l List[T]) String() string { return fmt.Sprint(l.items) }

type Named struct {
	List[string]
	name string
}

type Sorted[T interface{ ~int | ~string }] struct {
	*List[T]
}

func (s Sorted[T]) Less(i, j int) bool { return s.items[i] < s.items[j] }
func (s Sorted[T]) Swap(i, j int)      { s.items[i], s.items[j] = s.items[j], s.items[i] }

type Lener interface{ Len() int }

type Counter[K comparable] struct {
	m map[K]int
}

func (c *Counter[K]) Add(k K) { c.m[k]++ }

type WordCount struct {
	Counter[string]
	total int
}

func main() {
	var n Named
	n.Push("b")
	n.Push("a")
	var l Lener = n
	fmt.Println(l.Len(), n, n.At(1))
	var st fmt.Stringer = &n
	fmt.Println(st.String())

	s := Sorted[int]{&List[int]{}}
	for _, x := range []int{5, 2, 9, 1} {
		s.Push(x)
	}
	sort.Sort(s)
	fmt.Println(s.items, s.Len())

	wc := WordCount{Counter: Counter[string]{m: map[string]int{}}}
	for _, w := range strings.Fields("a b a c b a") {
		wc.Add(w)
		wc.total++
	}
	type adder interface{ Add(string) }
	var ad adder = &wc
	ad.Add("z")
	fmt.Println(wc.m, wc.total)
}
