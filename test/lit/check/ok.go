// RUN: %gocxx check %s 2>&1 | count 0

package main

import "fmt"

type point struct{ x, y int }

func (p *point) move(dx int) { p.x += dx }

func (p point) sum() int { return p.x + p.y }

const (
	a = iota * 10
	b
	c
)

func main() {
	p := point{1, 2}
	p.move(c)
	s := []int{1, 2, 3}
	s = append(s, p.sum())
	m := 1 << 10
	fmt.Println(p, s, m, len(s), b)
}
