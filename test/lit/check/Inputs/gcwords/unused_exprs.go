package main

import "unsafe"

func main() {
	var s []int
	len(s)
	unsafe.Sizeof(s)
	append(s, 1)
	new(int)
	copy(s, s)
	var p **struct{ x int }
	_ = p.x
}
