// Structs and methods: value and pointer receivers, method values, embedding
// with promoted fields and methods, struct comparison, and fmt's %v / %+v.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Named struct {
	Point
	Name string
}

func (n Named) Describe() string { return fmt.Sprintf("%s at (%d,%d)", n.Name, n.X, n.Y) }

type Counter struct{ hits int }

func (c *Counter) Hit() { c.hits++ }

func main() {
	p := Point{1, 2}
	q := p.Add(Point{X: 10})
	fmt.Println(p, q)
	p.Scale(3)
	fmt.Println(p)
	pp := &p
	pp.Scale(2)
	fmt.Println(p.X, pp.Y)

	n := Named{Point{4, 5}, "home"}
	n.Scale(2)
	fmt.Println(n.Describe(), n.X)
	fmt.Printf("%v %+v\n", n, n)

	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})

	var c Counter
	hit := c.Hit
	hit()
	hit()
	fmt.Println(c.hits)

	ptr := &Point{7, 8}
	fmt.Println(ptr.X, (*ptr).Y, *ptr)
	type pair struct {
		a string
		b []int
	}
	fmt.Printf("%v %+v\n", pair{"x", []int{1}}, pair{})
}
