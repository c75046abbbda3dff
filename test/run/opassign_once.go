// x op= y and x++ evaluate x's location once (f()[i] += v, *g() %= 2).
package main

import "fmt"

var m = map[int]int{0: 0, 1: 0}
var nf = 0
var i int
var s = []int{1, 2, 3}

func f() map[int]int { nf++; return m }
func g() *int        { nf++; return &i }
func h() []int       { nf++; return s }
func k() int         { nf++; return 1 }

func main() {
	f()[0]++
	f()[1] += 2
	*g() %= 2
	*g() += 5
	h()[k()] *= 3
	h()[0]--
	fmt.Println(nf, m, i, s)
}
