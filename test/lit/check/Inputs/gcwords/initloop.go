package p

var a = b
var b = a

var x int = x

const c = d
const d = c

func f() int { return y }

var y = f()
