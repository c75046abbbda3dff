package main

import "fmt"

type Pair[T any] struct{ a, b T }

func mk[T any](x T) struct{ a, b T } {
	return struct{ a, b T }{x, x}
}

func main() {
	fmt.Println(mk(3), mk("s"))
}

// Unnamed structs of generic code are the same types as outside it.
func pair[K comparable, V any](k K, v V) struct {
	Key K
	Val V
} {
	return struct {
		Key K
		Val V
	}{k, v}
}

func init() {
	var p struct {
		Key string
		Val int
	} = pair("x", 1)
	fmt.Println(p, p.Key, p.Val)
	ps := []struct {
		Key int
		Val []string
	}{pair(1, []string{"a"}), pair(2, []string(nil))}
	fmt.Println(len(ps), ps[0].Val, ps[1].Val == nil)
}
