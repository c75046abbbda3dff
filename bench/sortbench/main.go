// Benchmark: sorting 1 M ints with sort.Ints, 1 M structs with sort.Slice
// and with a sort.Interface, and 200 k strings with sort.Strings. Measures
// the compiled sort package, comparisons through closures and interfaces.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (p byAge) Len() int           { return len(p) }
func (p byAge) Less(i, j int) bool { return p[i].age < p[j].age || p[i].age == p[j].age && p[i].name < p[j].name }
func (p byAge) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func main() {
	const n = 1000000
	seed := uint64(7)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	ints := make([]int, n)
	for i := range ints {
		ints[i] = int(next() % 1000000)
	}
	sort.Ints(ints)
	people := make([]person, n)
	for i := range people {
		v := next()
		people[i] = person{"p" + strconv.Itoa(int(v%5000)), int(v>>20) % 90}
	}
	other := append([]person(nil), people...)
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	sort.Sort(byAge(other))
	strs := make([]string, 200000)
	for i := range strs {
		strs[i] = strconv.FormatUint(next()%100000000, 36)
	}
	sort.Strings(strs)
	fmt.Println(ints[0], ints[n/2], ints[n-1], sort.IntsAreSorted(ints))
	fmt.Println(people[0].age, people[n-1].age, other[0], other[n-1])
	fmt.Println(strs[0], strs[len(strs)-1], sort.StringsAreSorted(strs))
}
