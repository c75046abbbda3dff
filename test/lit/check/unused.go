// RUN: not %gocxx check %s 2>&1 | FileCheck %s

package main

import "os" // CHECK: unused.go:[[@LINE]]:8: error: imported and not used: "os"

func f() int {
	for {
		break
	}
} // CHECK: unused.go:[[@LINE]]:1: error: missing return

func main() {
	x := 1 // CHECK: unused.go:[[@LINE]]:2: error: x declared but not used
	var s string = 5 // CHECK: unused.go:[[@LINE]]:17: error: cannot use 5 (untyped int constant) as string value in variable declaration
	y := undefinedThing // CHECK: unused.go:[[@LINE]]:7: error: undefined: undefinedThing
	_ = s
}
