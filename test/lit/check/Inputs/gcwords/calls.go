package main

func f2(a, b int)       {}
func f0()               {}
func v(s string, x ...int) {}
func two() (int, int)   { return 1, 2 }

type Bool bool

func asBool(b Bool) {}

func main() {
	f2(1, "a", true)
	f2()
	f2(1)
	f0(1)
	v()
	v("a", 1, "b")
	v("a", []int{}...)
	f2([]int{}...)
	var bb bool
	asBool(bb)
	v("a", two())
	f2(two())
	v(two())
	var s []int
	_ = append(s, "x")
	f0(two())
}
