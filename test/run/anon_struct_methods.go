package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

type Named struct{ n string }

func (n Named) String() string { return "named:" + n.n }
func (n *Named) Set(s string)  { n.n = s }

type List[T any] struct{ items []T }

func (l *List[T]) Len() int { return len(l.items) }

func main() {
	var w io.Writer = struct{ *bytes.Buffer }{new(bytes.Buffer)}
	fmt.Fprintf(w, "x=%d", 5)
	fmt.Println(w.(interface{ String() string }).String())

	v := struct {
		Named
		extra int
	}{Named{"a"}, 1}
	fmt.Println(v, v.String())
	var s fmt.Stringer = v
	fmt.Println(s.String())
	p := &v
	var setter interface{ Set(string) } = p
	setter.Set("b")
	fmt.Println(v.String(), p)
	_, isSetter := any(v).(interface{ Set(string) })
	_, pIsSetter := any(p).(interface{ Set(string) })
	fmt.Println(isSetter, pIsSetter)

	rs := struct{ sort.Interface }{sort.IntSlice{3, 1, 2}}
	sort.Sort(rs)
	fmt.Println(rs.Interface)
	sort.Sort(sort.Reverse(rs))
	fmt.Println(rs.Interface)

	t := reflect.TypeOf(v)
	fmt.Println(t.NumMethod(), t.Method(0).Name, reflect.TypeOf(p).NumMethod())
	var r io.Reader = struct{ io.Reader }{strings.NewReader("abc")}
	b, _ := io.ReadAll(r)
	fmt.Printf("%s %T\n", b, r)
	g := struct{ *List[int] }{&List[int]{[]int{1, 2}}}
	var lenner interface{ Len() int } = g
	fmt.Println(lenner.Len())
	switch x := any(rs).(type) {
	case fmt.Stringer:
		fmt.Println("stringer", x)
	case sort.Interface:
		fmt.Println("sorter", x.Len())
	}
}
