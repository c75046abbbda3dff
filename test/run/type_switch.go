// Interfaces with methods, type switches with interface cases, comma-ok assertions.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon"}[d] }

func describe(x interface{}) string {
	switch v := x.(type) {
	case int:
		return fmt.Sprint("int ", v+1)
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total, Weekday(1), Rect{1, 2})
	fmt.Println(describe(1), describe("a"), describe(Rect{}), describe(nil), describe(2.5))
	var s Shape = Rect{1, 1}
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	_, ok = s.(*Circle)
	fmt.Println(ok)
	var e error
	fmt.Println(e == nil)
}
