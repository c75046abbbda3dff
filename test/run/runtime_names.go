// A package's functions may have the names of the runtime's C++ functions
// (namespace go) and of the C++ library's (std, which complex arguments
// bring in): calls still reach the Go functions.
package main

import (
	"fmt"
	"math"
)

func concat(a, b string) string       { return b + "|" + a }
func index(s string, i int64) byte     { return s[len(s)-1-int(i)] }
func copy(dst []int, src []int) int    { return -len(src) }
func norm(c complex128) float64        { return math.Hypot(real(c), imag(c)) }
func abs(c complex128) float64         { return -1 }
func sqrt(x float64) float64           { return x * x }
func get(t [2]int) int                 { return t[1] }
func select_(a, b int) int             { return a*10 + b }
func close(s string) string            { return "closed " + s }
func make_slice(n int) []int           { return []int{n, n} }
func hash_bytes(s string) uint64       { return uint64(len(s)) }
func recover() string                  { return "not the builtin" }
func string_from_int(i int) string     { return fmt.Sprint(i * 2) }
func to_string(s string) string        { return "<" + s + ">" }
func swap(a, b *int)                   { *a, *b = *b+1, *a+1 }
func min(xs ...float64) float64        { return xs[len(xs)-1] }
func max(a, b float64) float64         { return a }
func move(s []string) []string         { return s[:1] }

func main() {
	fmt.Println(concat("a", "b"), index("xyz", 0), copy([]int{1}, []int{1, 2, 3}))
	fmt.Println(norm(3+4i), abs(3+4i), sqrt(3), get([2]int{5, 6}), select_(1, 2), close("door"))
	fmt.Println(make_slice(3), hash_bytes("four"), recover(), string_from_int(21), to_string("s"))
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b, min(3, 1, 2), max(1, 2), move([]string{"x", "y"}))
}
