// Interfaces: dynamic dispatch, type assertions with and without comma-ok,
// type switches, the empty interface, nil interfaces versus interfaces
// holding nil pointers, fmt.Stringer and error.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) error {
	if k == "" {
		return nil
	}
	return &NotFound{k}
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string, []byte:
		return fmt.Sprintf("text %v", x)
	case Shape:
		return "shape " + x.Name()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println("total", total)

	var s Shape = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		fmt.Println("is rect", r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println("is circle:", ok)

	for _, v := range []interface{}{nil, 3, "hi", []byte("b"), Rect{}, lookup("k"), 2.5} {
		fmt.Println(describe(v))
	}

	fmt.Println(Celsius(21.5))
	fmt.Printf("%v %s %d\n", Celsius(-3), Celsius(0), 42)

	err := lookup("x")
	var nf *NotFound
	fmt.Println(err, errors.As(err, &nf), nf.Key)
	fmt.Println(lookup("") == nil)

	var np *Circle
	var sh Shape = np
	fmt.Println(sh == nil, np == nil)

	var a, b interface{} = 3, 3
	fmt.Println(a == b, a != interface{}("3"))
}
