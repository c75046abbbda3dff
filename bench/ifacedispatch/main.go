// Benchmark: a loop of interface method calls over a slice of shapes of
// four concrete types, plus type switches and assertions on them.
// Measures dynamic dispatch.
package main

import "fmt"

type shape interface {
	area() float64
	scale(f float64) shape
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }
type square struct{ s float64 }
type tri struct{ b, h float64 }

func (r rect) area() float64            { return r.w * r.h }
func (r rect) scale(f float64) shape    { return rect{r.w * f, r.h * f} }
func (c *circle) area() float64         { return 3 * c.r * c.r }
func (c *circle) scale(f float64) shape { return &circle{c.r * f} }
func (s square) area() float64          { return s.s * s.s }
func (s square) scale(f float64) shape  { return square{s.s * f} }
func (t tri) area() float64             { return t.b * t.h / 2 }
func (t tri) scale(f float64) shape     { return tri{t.b * f, t.h} }

func kind(s shape) int {
	switch s.(type) {
	case rect:
		return 1
	case *circle:
		return 2
	case square:
		return 3
	}
	return 4
}

func main() {
	shapes := make([]shape, 0, 1000)
	for i := 0; i < 1000; i++ {
		f := float64(i%10 + 1)
		switch i % 4 {
		case 0:
			shapes = append(shapes, rect{f, 2})
		case 1:
			shapes = append(shapes, &circle{f})
		case 2:
			shapes = append(shapes, square{f})
		default:
			shapes = append(shapes, tri{f, 3})
		}
	}
	total := 0.0
	kinds := 0
	for r := 0; r < 200000; r++ {
		for _, s := range shapes {
			total += s.area()
			kinds += kind(s)
		}
	}
	scaled := 0.0
	for r := 0; r < 2000; r++ {
		for _, s := range shapes {
			scaled += s.scale(1.5).area()
			if sq, ok := s.(square); ok {
				scaled += sq.s
			}
		}
	}
	fmt.Printf("%.1f %d %.1f\n", total, kinds, scaled)
}
