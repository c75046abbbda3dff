package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	v int
	p *int
}

type S struct{ p *int }

var g S
var gp *int
var gany interface{}

type counter struct{ n int }

func (c *counter) inc()         { c.n++ }
func (c counter) ptr() *int     { return &c.n }
func (c *counter) self() *counter { return c }

type list struct{ head *T }

func (l *list) push(t *T) { l.head = t }

func viaInterface() *int {
	x := 1
	gany = &x
	return gany.(*int)
}

func methodValue() func() {
	var c counter
	f := c.inc
	return func() { f(); fmt.Println("mv", c.n) }
}

func deferred() (r int) {
	x := 3
	defer func(p *int) { r = *p * 2 }(&x)
	x = 4
	return 0
}

func viaGoroutine() int {
	x := 5
	done := make(chan *int)
	go func(p *int) { done <- p }(&x)
	p := <-done
	return *p
}

func viaChan() *int {
	x := 6
	ch := make(chan *int, 1)
	ch <- &x
	return <-ch
}

func viaMap() *int {
	x := 7
	m := map[string]*int{}
	m["a"] = &x
	return m["a"]
}

func sliceOfLocal() []byte {
	var buf [4]byte
	buf[0] = 'h'
	buf[1] = 'i'
	return buf[:2]
}

func structValue() S {
	x := 8
	s := S{p: &x}
	return s
}

func twoLevels() *int {
	var p *int
	x := 9
	pp := &p
	*pp = &x
	return p
}

func appended() []*int {
	x := 10
	var s []*int
	s = append(s, &x)
	return s
}

func named() (r *int) {
	x := 11
	r = &x
	return
}

func pushed() *T {
	var l list
	t := T{v: 12}
	l.push(&t)
	return l.head
}

func assertion() *int {
	x := 13
	var i interface{} = &x
	switch v := i.(type) {
	case *int:
		return v
	}
	return nil
}

func unsafeRound() *int {
	x := 14
	u := unsafe.Pointer(&x)
	return (*int)(u)
}

func panicky() (r *int) {
	defer func() { r = recover().(*int) }()
	x := 15
	panic(&x)
}

func deep2(p *int) { gp = p }
func deep1(p *int) { deep2(p) }
func deep() *int {
	x := 16
	deep1(&x)
	return gp
}

func loopAlloc() *T {
	var prev *T
	for i := 0; i < 3; i++ {
		x := &T{v: i}
		if i == 1 {
			prev = x
		}
	}
	return prev
}

func structCopy() {
	x := 17
	var s S
	s.p = &x
	g = s
}

func arrayPtrs() *int {
	x := 18
	var arr [2]*int
	arr[0] = &x
	return arr[0]
}

func valueRecv() *int {
	c := counter{19}
	return c.ptr()
}

func rangeVars() []*int {
	var ps []*int
	for _, v := range []int{1, 2, 3} {
		ps = append(ps, &v)
	}
	return ps
}

func ptrPtr() int {
	x := 20
	p := &x
	q := &p
	**q = 21
	return x
}

func selfRef() int {
	var n T
	n.p = &n.v
	*n.p = 22
	return n.v
}

func selfMethod() *counter {
	var c counter
	return c.self()
}

func copyPtrs() []*int {
	x := 23
	src := []*int{&x}
	dst := make([]*int, 1)
	copy(dst, src)
	return dst
}

type wrapper struct{ c counter }

func embedded() *counter {
	var w wrapper
	w.c.inc()
	return w.c.self()
}

func sliceParam(b []byte) []byte { return b[1:] }
func sliceReturn() []byte {
	var buf [3]byte
	buf[2] = 'z'
	return sliceParam(buf[:])
}

func closureReturn() func() int {
	x := 24
	p := &x
	return func() int { return *p }
}

func arrayVal() [2]*int {
	x := 25
	return [2]*int{&x, nil}
}

func clobber() { var junk [64]int; for i := range junk { junk[i] = -1 }; _ = junk }

func main() {
	r := []*int{viaInterface(), viaChan(), viaMap(), structValue().p, twoLevels(), appended()[0], named(), &pushed().v, assertion(), unsafeRound(), panicky(), deep(), &loopAlloc().v}
	clobber()
	structCopy()
	r = append(r, g.p, arrayPtrs(), valueRecv(), ptrPtr2(), &selfMethod().n, copyPtrs()[0], &embedded().n)
	clobber()
	for _, p := range r {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	f := methodValue()
	clobber()
	f()
	f()
	fmt.Println(deferred(), viaGoroutine(), string(sliceOfLocal()), string(sliceReturn()), ptrPtr(), selfRef(), closureReturn()(), *arrayVal()[0])
	for _, p := range rangeVars() {
		fmt.Print(*p)
	}
	fmt.Println()
}

func ptrPtr2() *int { x := 26; p := &x; q := &p; return *q }
