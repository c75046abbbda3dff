package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

var global *point

func (p *point) add(q point) { p.x += q.x; p.y += q.y }
func (p *point) keep()       { global = p }
func sum(p *point) int       { return p.x + p.y }
func ident(p *point) *point  { return p }

type node struct {
	v    int
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		nd := &node{v: i}
		nd.next = head
		head = nd
	}
	return head
}

func local() int {
	p := &point{1, 2}
	p.add(point{3, 4})
	q := new(point)
	q.x = 7
	return sum(p) + sum(q)
}

func loopPtrs() []int {
	var ptrs []*int
	var last *int
	for i := 0; i < 3; i++ {
		v := i * 10
		last = &v
		ptrs = append(ptrs, &v)
	}
	var out []int
	for _, p := range ptrs {
		out = append(out, *p)
	}
	return append(out, *last)
}

func builder(words []string) string {
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(w)
	}
	return sb.String()
}

func escapesViaMethod() *point {
	var p point
	p.keep()
	return global
}

func escapesViaIdent() *point {
	var p point
	p.x = 5
	return ident(&p)
}

func arrays() int {
	var buf [8]byte
	s := buf[:0]
	s = append(s, "hello"...)
	return len(s) + int(buf[1])
}

func outerScope() int {
	var q *point
	{
		p := point{9, 9}
		q = &p
	}
	return q.x
}

func main() {
	fmt.Println(local())
	fmt.Println(loopPtrs())
	fmt.Println(builder([]string{"a", "b", "c"}))
	a := escapesViaMethod()
	b := escapesViaMethod()
	a.x = 1
	fmt.Println(a == b, a.x, b.x)
	c := escapesViaIdent()
	d := escapesViaIdent()
	c.x++
	fmt.Println(c.x, d.x)
	n := build(4)
	for ; n != nil; n = n.next {
		fmt.Print(n.v)
	}
	fmt.Println()
	fmt.Println(arrays(), outerScope())
	var f fmt.Stringer
	fmt.Println(f == nil)
}
