// Func types in interfaces are named without parameter names: assertions
// across differently named signatures succeed, and %T prints Go's form.
package main

import "fmt"

func named(x int, s ...string) (ok bool) { return x > len(s) }

func main() {
	var f interface{} = named
	g, isFunc := f.(func(int, ...string) bool)
	fmt.Printf("%T %v %v\n", f, isFunc, g(2, "a"))
	var h interface{} = func(a, b int) (q, r int) { return a / b, a % b }
	fmt.Printf("%T\n", h)
	_, ok := h.(func(int, int) (int, int))
	fmt.Println(ok)
}
