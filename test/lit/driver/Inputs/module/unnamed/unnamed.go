// Package unnamed hands out values of unnamed types that its importers spell
// again: Go's type identity holds across packages.
package unnamed

type Point struct{ X, Y int }

func Pair() struct{ A, B int } { return struct{ A, B int }{1, 2} }

func Boxed() interface{} { return struct{ A, B int }{3, 4} }

func Nested() interface{} { return struct{ P struct{ N []Point } }{} }

func Private() interface{} { return struct{ a int }{5} }

func Deep() interface{} { return [][][][][][][][][][][][]*Point{} }

func Func() interface{} { return func(struct{ A, B int }) map[string][]struct{ A, B int } { return nil } }
