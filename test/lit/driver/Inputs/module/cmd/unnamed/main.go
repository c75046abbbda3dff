package main

import (
	"fmt"

	"example.com/m/unnamed"
)

func main() {
	var p struct{ A, B int } = unnamed.Pair()
	fmt.Println(p, p == unnamed.Pair())

	b, ok := unnamed.Boxed().(struct{ A, B int })
	fmt.Println(b, ok, unnamed.Boxed() == interface{}(struct{ A, B int }{3, 4}))

	_, ok = unnamed.Nested().(struct{ P struct{ N []unnamed.Point } })
	fmt.Println("nested", ok)

	// Unexported fields make the type the declaring package's own.
	_, ok = unnamed.Private().(struct{ a int })
	fmt.Println("private", ok)

	_, ok = unnamed.Deep().([][][][][][][][][][][][]*unnamed.Point)
	fmt.Println("deep", ok)

	_, ok = unnamed.Func().(func(struct{ A, B int }) map[string][]struct{ A, B int })
	fmt.Println("func", ok)
	fmt.Printf("%T\n%T\n", unnamed.Nested(), unnamed.Func())
}
