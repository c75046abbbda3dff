// Addresses of fields, array elements, array slices and receivers of
// pointer methods keep their variable alive after the function returns.
package main

import "fmt"

type P struct{ a, b int }

func (p *P) Self() *P { return p }
func (p *P) Inc()     { p.a++ }

type Inner struct{ v [3]int }
type Outer struct {
	name string
	in   Inner
}

func fieldAddr() *int {
	var p P
	p.a = 5
	return &p.b
}

func arraySlice() []int {
	var arr [4]int
	arr[1] = 7
	return arr[:]
}

func methodRecv() *P {
	var p P
	p.a = 9
	return p.Self()
}

func elemAddr() *int {
	var arr [3]int
	arr[2] = 11
	return &arr[2]
}

func deep() *int {
	var o Outer
	o.in.v[1] = 13
	return &o.in.v[1]
}

func methodValue() func() {
	var p P
	f := p.Inc
	return func() { f(); fmt.Println("p.a", p.a) }
}

func paramAddr(x int) *int { return &x }

func smash() int {
	var x [64]int
	for i := range x {
		x[i] = 1000 + i
	}
	s := 0
	for _, v := range x {
		s += v
	}
	return s
}

func main() {
	a := fieldAddr()
	b := arraySlice()
	c := methodRecv()
	d := elemAddr()
	e := deep()
	g := paramAddr(17)
	mv := methodValue()
	smash()
	*a += 1
	fmt.Println(*a, b[1], c.a, *d, *e, *g)
	mv()
	mv()
}
