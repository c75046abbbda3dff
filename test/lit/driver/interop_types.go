// RUN: not %gocxx build -o %t %s 2>&1 | FileCheck %s
// Only the runtime's own types cross between C++ and Go; a missing header
// is an error at its directive.

package main

// CHECK: interop_types.go:[[@LINE+1]]:1: error: //gocxx:include "nowhere.h": file not found (next to the Go file, or in a -I directory)
//gocxx:include "nowhere.h"

type point struct{ x, y int }

// CHECK: interop_types.go:[[@LINE+1]]:1: error: //gocxx:extern "host::take": parameter p of take has type main.point, which has no C++ mapping
//gocxx:extern "host::take"
func take(p point) int

// CHECK: interop_types.go:[[@LINE+2]]:1: error: //export Give: parameter p of Give has type *main.point, which has no C++ mapping
// CHECK: interop_types.go:[[@LINE+1]]:1: error: //export Give: result 1 of Give has type chan int, which has no C++ mapping
//export Give
func Give(p *point) chan int { return nil }

func main() {}
