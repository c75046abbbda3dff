package main

import (
	"fmt"
	"io"
	"os"
)

type T struct{ x int }
type W interface{ Write() }
type S struct{ a, b int }

func two() (int, int) { return 1, 2 }
func one() int       { return 1 }
func none()          {}

func main() {
	var i int
	var i64 int64
	var s string
	var f float64
	_ = i + s
	_ = i == i64
	_ = i < s
	_ = s + 1
	i += s
	var w W = T{}
	var r io.Reader = T{}
	_ = S{c: 1}
	_ = S{1}
	_ = T{1, 2}
	x := two()
	a, b := one()
	var c, d = 1
	i = two()
	_ = one() + two()
	_ = none()
	_ = f % 2
	_ = s[1.5]
	_ = &one()
	_ = T.x
	_ = i.y
	var m map[[]int]int
	_ = []int{} == []int{}
	_ = T{} == nil
	_ = fmt.Println
	_ = os.Args
	for i := range 10 {
	}
	_, _, _, _, _, _, _ = w, r, x, a, b, c, d
	_ = m
	if i {
	}
	i()
	var ch chan<- int
	<-ch
	var rc <-chan int
	rc <- 1
	close(rc)
	_ = len(1)
	_ = cap(map[int]int{})
	_ = append(s, 1)
	_ = copy(s, s)
	_ = new(1)
	_ = make(int)
	_ = make([]int)
	delete(m)
	_ = i.(int)
	var e error
	_ = e.(T)
	switch i {
	case "a":
	}
	_ = i
	return 1
}

func g() int {
	for {
		break
	}
}
