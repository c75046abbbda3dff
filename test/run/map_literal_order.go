// Duplicate keys in a map literal: gc inserts the entries whose key and
// value are static (constants, nil, array and struct literals of those)
// first and the rest in order, so a dynamic entry wins over a static one.
package main

import (
	"fmt"
	"runtime"
	"testing"
)

type P struct{ X, Y int }

var sink []byte

func main() {
	one, k := "q", 5
	fmt.Println(map[string]int{one: 1, "q": 3})
	fmt.Println(map[string]int{"q": 3, one: 1})
	fmt.Println(map[int]string{k: "dyn", 5: "static", 2: "two"})
	fmt.Println(map[P]string{{1, 2}: "static", P{k - 4, 2}: "dyn", {3, 4}: "x"})
	fmt.Println(map[any]int{1: 10, any(k - 4): 20, nil: 0})
	fmt.Println(map[string][]int{"a": {1}, one: {2}, "q": {3}})
	// testing.AllocsPerRun counts heap objects through runtime.MemStats.
	fmt.Println(testing.AllocsPerRun(100, func() { sink = make([]byte, 64) }))
	fmt.Println(testing.AllocsPerRun(100, func() { sink = sink[:1] }))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs > 100)
}
