package main

import (
	"errors"
	"fmt"
	"math"
	"reflect"
)

// recover works only when called by the deferred function itself.
func helper() interface{} { return recover() }

func viaHelper() (r interface{}) {
	defer func() {
		r = helper() // not direct: nil
		if r == nil {
			r = recover()
		}
	}()
	panic("direct")
}

func deferredRecover() (ok bool) {
	defer func() { ok = recover() == nil }() // already recovered below: nil
	defer func() {
		defer recover() // recover as the deferred call of a deferred function: recovers
	}()
	panic("squelched")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

type point struct{ x, y int }

func (p point) Dist() float64 { return math.Hypot(float64(p.x), float64(p.y)) }

type blanks struct {
	a int
	_ int
	b string
}

func main() {
	fmt.Println(viaHelper())
	fmt.Println(deferredRecover())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))

	// Typed float constants are rounded to their type.
	const big float32 = 16777217
	const f64 float64 = 1<<100 + 1
	fmt.Println(big, f64 == 1<<100, float32(0.1) == 0.1)

	// A map with NaN and complex keys.
	m := map[float64]int{}
	for i := 0; i < 1000; i++ {
		m[math.NaN()] = i
	}
	c := map[complex128]string{1 + 2i: "a", complex(0, -0): "z"}
	c[complex(0, 0)] = "zero"
	fmt.Println(len(m), len(c), c[1+2i], c[0])

	// Range over an array pointer: no copy, and the index alone needs no pointer.
	arr := &[4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i < 3 {
			arr[i+1] += v
		}
	}
	var nilArr *[3]string
	n := 0
	for i := range nilArr {
		n += i
	}
	fmt.Println(*arr, n, len(nilArr))

	// Parallel assignment of range variables.
	xs := []int{10, 20}
	i := 1
	for i, xs[i] = range []int{99} {
	}
	fmt.Println(i, xs)

	// Blank fields take no part in ==.
	fmt.Println(blanks{a: 1, b: "x"} == blanks{a: 1, b: "x"})

	// Method funcs through reflect.
	d := reflect.TypeOf(point{}).Method(0).Func.Interface().(func(point) float64)
	fmt.Println(d(point{3, 4}))

	// Map keys whose dynamic type is not comparable.
	defer func() { fmt.Println(recover()) }()
	type bad struct{ s []int }
	k := map[interface{}]bool{}
	var key interface{} = bad{}
	k[key] = true
	fmt.Println(errors.New("unreachable"))
}
