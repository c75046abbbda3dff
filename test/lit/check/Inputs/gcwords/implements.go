package main

import "io"

type T struct{}
type W interface{ Write() }

func main() {
	var a int = "x"
	var b T = 5
	var c W = T{}
	var d io.Writer = T{}
	var e struct{ x int } = T{}
	a = T{}
	_, _, _, _, _ = a, b, c, d, e
}
