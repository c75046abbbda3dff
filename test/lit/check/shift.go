// RUN: not %gocxx check %s 2>&1 | FileCheck %s --implicit-check-not=error:
// A non-constant shift of an untyped constant has the type of its context.

package main

import "fmt"

func main() {
	var s uint = 33
	var u16 uint16 = 1 << (s - 30)
	var i64 int64 = 1 << s
	x := 1 << s
	var f float64 = 1 << s // CHECK: shift.go:[[@LINE]]:18: error: invalid operation: 1 << s (shift of type float64)
	var b []byte = []byte((1 << s) + 1) // CHECK: shift.go:[[@LINE]]:24: error: cannot convert (1 << s) + 1 (untyped int value) to type []byte
	fmt.Println(u16, i64, x, f, b)
}
