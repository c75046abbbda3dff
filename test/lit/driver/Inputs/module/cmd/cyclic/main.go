package main

import (
	"example.com/m/cycle/a"
	"example.com/m/missing"
)

func main() { _ = a.A; missing.F() }
