// defer, panic and recover: deferred calls run last-in first-out, arguments
// are evaluated at the defer statement, deferred closures can change named
// results, recover stops a panic (runtime errors included), re-panics work.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func triple(x int) (result int) {
	defer func() { result *= 3 }()
	return x + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func index(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return xs[i], nil
}

func nested() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer caught: ", recover())
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

func main() {
	order()
	fmt.Println(triple(4))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(index([]int{1, 2, 3}, 1))
	fmt.Println(index([]int{1, 2, 3}, 5))
	fmt.Println(nested())

	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	fmt.Println("recover outside panic:", recover())
	err := errors.New("custom")
	func() {
		defer func() { fmt.Println("got back:", recover() == err) }()
		panic(err)
	}()
}
