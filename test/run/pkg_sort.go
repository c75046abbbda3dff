// Package sort: Ints, Strings, Float64s (NaN first), Slice and SliceStable
// on slices of structs (equal keys keep gc's pdqsort order), Sort and Stable
// on a user Interface, Reverse, the typed slices, Search and SearchInts.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 9, -3, 7, 2, 0, 11, 4}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "banana", "", "Apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
	nan := 0.0
	nan = nan / nan
	fl := []float64{3.5, -1, nan, 2.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))

	// Large inputs exercise pdqsort's pivots and pattern breaking.
	big := make([]int, 1000)
	x := uint32(12345)
	for i := range big {
		x = x*1664525 + 1013904223
		big[i] = int(x>>16) % 500
	}
	sort.Ints(big)
	fmt.Println(sort.IntsAreSorted(big), big[0], big[500], big[999])

	people := []person{{"ann", 30}, {"bob", 25}, {"cid", 30}, {"dan", 20}, {"eve", 25}, {"fay", 30},
		{"gus", 20}, {"hal", 25}, {"ivy", 30}, {"jon", 20}, {"kim", 25}, {"lea", 30}, {"max", 20}, {"ned", 25}}
	p1 := append([]person(nil), people...)
	sort.Slice(p1, func(i, j int) bool { return p1[i].age < p1[j].age })
	fmt.Println(p1)
	p2 := append([]person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].age < p2[j].age })
	fmt.Println(p2)
	fmt.Println(sort.SliceIsSorted(p2, func(i, j int) bool { return p2[i].age < p2[j].age }))

	p3 := append([]person(nil), people...)
	sort.Sort(byAge(p3))
	fmt.Println(p3, sort.IsSorted(byAge(p3)))
	p4 := append([]person(nil), people...)
	sort.Stable(sort.Reverse(byAge(p4)))
	fmt.Println(p4)

	// Many equal keys in a long slice: unstable order must match gc's.
	long := make([]person, 100)
	for i := range long {
		long[i] = person{fmt.Sprint(i), (i * 7) % 5}
	}
	sort.Slice(long, func(i, j int) bool { return long[i].age < long[j].age })
	fmt.Println(long[:20])

	rev := []int{1, 4, 2, 8, 5, 7}
	sort.Sort(sort.Reverse(sort.IntSlice(rev)))
	fmt.Println(rev)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Len(), ss.Search("b"))

	sorted := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 8), sort.SearchInts(sorted, 100), sort.SearchInts(sorted, -1))
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 4 })
	fmt.Println(i, sort.SearchStrings([]string{"a", "c", "e"}, "d"), sort.SearchFloat64s([]float64{1, 2.5}, 2))

	var arr [4]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(arr, func(i, j int) bool { return false })
	}()
}
