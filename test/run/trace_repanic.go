// A panic raised in a deferred call, and a stack taken there, show the
// frames the first panic left, as Go's do.
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

type Wrapper struct{ a []int }

func (w Wrapper) Get(i int) int { return w.a[i] }

func main() {
	defer func() {
		panic(fmt.Sprint("again: ", recover()))
	}()
	defer func() {
		stk := string(debug.Stack())
		fmt.Println(strings.Contains(stk, "trace_repanic.go:27"), strings.Contains(stk, "trace_repanic.go:13"))
	}()
	foo := Wrapper{a: []int{0, 1, 2}}
	_ = foo.Get(0)
	_ = foo.Get(1)
	_ = foo.Get(2)
	_ = foo.Get(3)
}
