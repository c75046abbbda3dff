// Index checks gocxx leaves out (range keys, loops bounded by len) and the
// ones it must keep: a slice reassigned in the loop, a counter moved in the
// body, a start that may be negative. Also nil checks left out on p := &x.
package main

import "fmt"

type point struct{ x, y int }

func sum(s []int) (t int) {
	for i := range s {
		t += s[i]
	}
	for i := 1; i < len(s); i++ {
		t += s[i] * s[i-1]
	}
	return t
}

func shrinking(s []int) (t int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	for i := range s {
		s = s[:len(s)-1]
		t += s[i]
	}
	return t, nil
}

func skipping(s []int) (t int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	for i := 0; i < len(s); i++ {
		i++
		t += s[i]
	}
	return t, nil
}

func from(s []int, start int) (t int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	for i := start; i < len(s); i++ {
		t += s[i]
	}
	return t, nil
}

func str(s string) (n int) {
	for i := range s {
		if s[i] == 'a' {
			n++
		}
	}
	for i := 0; i < len(s); i++ {
		n += int(s[i] & 1)
	}
	return n
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(sum(s), sum(nil))
	fmt.Println(shrinking([]int{1, 2, 3, 4, 5}))
	fmt.Println(skipping([]int{1, 2, 3, 4, 5}))
	fmt.Println(from(s, 2))
	fmt.Println(from(s, -1))
	fmt.Println(str("banana"), str("héllo, wörld"))
	pts := []point{{1, 2}, {3, 4}}
	for i := range pts {
		p := &pts[i]
		p.x, p.y = p.y, p.x+p.y
	}
	fmt.Println(pts)
	var q *point
	defer func() { fmt.Println("recovered:", recover()) }()
	p := &pts[0]
	if len(pts) > 5 {
		p = q
	}
	fmt.Println(p.x)
	p = q
	fmt.Println(p.x)
}
