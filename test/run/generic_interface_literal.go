// Unnamed interface types of generic code (interface{ bar() T }) are the
// types of the same spelling outside it: assertions, type switches, %T.
package main

import "fmt"

type myint int

func (m myint) bar() int   { return int(m) * 2 }
func (m myint) Get() myint { return m }

func asBar[T any](x any) (interface{ bar() T }, bool) {
	b, ok := x.(interface{ bar() T })
	return b, ok
}

func box[T any](x interface{ bar() T }) any { return x }

func main() {
	b, ok := asBar[int](myint(3))
	fmt.Println(b.bar(), ok)
	_, ok = asBar[string](myint(3))
	fmt.Println(ok)
	v := box[int](myint(4))
	switch w := v.(type) {
	case interface{ bar() int }:
		fmt.Println("bar", w.bar())
	}
	var s []interface{ Get() myint }
	s = append(s, myint(5))
	var a any = s
	_, isSlice := a.([]interface{ Get() myint })
	fmt.Printf("%T %v\n", a, isSlice)
}
