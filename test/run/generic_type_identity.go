// Values boxed in generic code have the dynamic types that the same types
// have outside it: arrays, slices, pointers, maps, funcs, channels,
// instances and unnamed structs of a type parameter, asserted and compared
// in main.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func boxes[T comparable](x T) []any {
	return []any{
		[2]T{x, x},
		[]T{x},
		&x,
		map[T]bool{x: true},
		func(T) T { return x },
		make(chan T),
		Pair[T, string]{x, "v"},
		struct{ A, B T }{x, x},
		[1]struct{ A T }{{x}},
		map[[2]T]int{{x, x}: 1},
	}
}

func describe(v any) string {
	switch v := v.(type) {
	case [2]int:
		return fmt.Sprint("[2]int ", v)
	case []int:
		return fmt.Sprint("[]int ", v)
	case *int:
		return fmt.Sprint("*int ", *v)
	case map[int]bool:
		return fmt.Sprint("map[int]bool ", v)
	case func(int) int:
		return fmt.Sprint("func(int) int ", v(0))
	case chan int:
		return "chan int"
	case Pair[int, string]:
		return fmt.Sprint("Pair[int,string] ", v)
	case struct{ A, B int }:
		return fmt.Sprint("struct{A, B int} ", v)
	case [1]struct{ A int }:
		return fmt.Sprint("[1]struct{A int} ", v)
	case map[[2]int]int:
		return fmt.Sprint("map[[2]int]int ", v)
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	for _, v := range boxes(7) {
		fmt.Println(describe(v))
	}
	fmt.Println(any([2]int{7, 7}) == boxes(7)[0], any(struct{ A, B int }{7, 7}) == boxes(7)[7])
	for _, v := range boxes("s") {
		fmt.Printf("%T\n", v)
	}
}
