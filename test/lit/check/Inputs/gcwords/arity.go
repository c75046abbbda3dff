package p

var a, b = 1
var c, d = f()
var e = f()
func f() (int, int, int) { return 1, 2, 3 }
var g, h int = 1, 2, 3
