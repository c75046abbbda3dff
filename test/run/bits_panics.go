// math/bits' Div functions panic with the runtime's own runtime.Error values.
package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		e, ok := r.(runtime.Error)
		fmt.Println(ok, e)
	}()
	f()
}

func main() {
	try(func() { bits.Div(1, 0, 1) })
	try(func() { bits.Div64(0, 1, 0) })
	try(func() { bits.Div32(5, 0, 3) })
	var z int
	try(func() { fmt.Println(1 / z) })
}
