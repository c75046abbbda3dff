// Interfaces holding complex numbers, arrays and structs compare by value.
package main

import "fmt"

func main() {
	var a, b interface{} = 1 + 2i, 1 + 2i
	fmt.Println(a == b)
	var c, d interface{} = [2]string{"x", "y"}, [2]string{"x", "y"}
	fmt.Println(c == d)
	type T struct {
		s string
		f float64
	}
	var e, f interface{} = T{"a", 1}, T{"a", 1}
	fmt.Println(e == f)
	var g, h interface{} = complex64(1i), complex64(1i)
	fmt.Println(g == h, g != a)
}
