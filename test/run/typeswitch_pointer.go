// Type switch cases of pointer, slice, map, func and named types bind the
// case variable with the case's type.
package main

import (
	"errors"
	"fmt"
)

type Node interface{ Eval() int }
type Num struct{ v int }
type Add struct{ l, r Node }

func (n *Num) Eval() int { return n.v }
func (a Add) Eval() int  { return a.l.Eval() + a.r.Eval() }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case *Num:
		v.v++
		return fmt.Sprint("*Num ", v.v)
	case Add:
		return fmt.Sprint("Add ", v.Eval())
	case []int:
		v[0] = 99
		return fmt.Sprint("slice ", len(v))
	case map[string]int:
		return fmt.Sprint("map ", v["a"])
	case func() int:
		return fmt.Sprint("func ", v())
	case *int:
		*v = 42
		return "ptr"
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %v", v)
	}
}

func eval(n Node) int {
	switch x := n.(type) {
	case *Num:
		return x.v
	case Add:
		return eval(x.l) * eval(x.r)
	}
	return -1
}

func main() {
	n := &Num{4}
	fmt.Println(eval(Add{n, &Num{5}}))
	fmt.Println(describe(n), n.v)
	fmt.Println(describe(Add{&Num{1}, &Num{2}}))
	s := []int{1, 2}
	fmt.Println(describe(s), s[0])
	fmt.Println(describe(map[string]int{"a": 3}))
	fmt.Println(describe(func() int { return 8 }))
	i := 0
	fmt.Println(describe(&i), i)
	fmt.Println(describe(&MyErr{7}))
	fmt.Println(describe(errors.New("plain")))
	fmt.Println(describe(nil))
	fmt.Println(describe(3.5))
	var e error = &MyErr{3}
	switch t := e.(type) {
	case *MyErr:
		fmt.Println("code", t.code)
	}
}
