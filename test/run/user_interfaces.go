// Interfaces: sort.Sort over an interface slice, Stringer, pointer receivers, interface map keys.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string    { return fmt.Sprintf("Circle(%g)", c.R) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + " says woof" }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{1, 1}, Circle{2}}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%v %.2f\n", s, s.Area())
	}
	var a Animal = &Dog{"rex"}
	fmt.Println(a.Sound())
	if d, ok := a.(*Dog); ok {
		fmt.Println("dog", d.name)
	}
	var st fmt.Stringer = Circle{3}
	fmt.Println(st)
	m := map[Shape]int{Rect{1, 2}: 1, Circle{1}: 2}
	fmt.Println(m[Rect{1, 2}], m[Circle{1}], len(m))
	var e interface{} = 42
	switch v := e.(type) {
	case string:
		fmt.Println("string", v)
	case int:
		fmt.Println("int", v)
	}
	fmt.Println(e == 42, e != "x")
}
