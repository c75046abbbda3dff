package a

import "example.com/m/cycle/b"

var A = b.B
