// RUN: not %gocxx check %s 2>&1 | FileCheck %s

package main

func two() (int, string) { return 1, "a" }

func main() {
	var a int
	var b string
	a = "x" // CHECK: assign.go:[[@LINE]]:6: error: cannot use "x" (untyped string constant) as int value in assignment
	a, b = two()
	c := two() // CHECK: assign.go:[[@LINE]]:7: error: assignment mismatch: 1 variable but two returns 2 values
	a, b := two() // CHECK: assign.go:[[@LINE]]:7: error: no new variables on left side of :=
	var i8 int8 = 300 // CHECK: assign.go:[[@LINE]]:16: error: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
	_, _, _, _ = a, b, c, i8
}
