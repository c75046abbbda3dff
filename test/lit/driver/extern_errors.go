// RUN: not %gocxx build -o %t -I %S/Inputs/interop %s 2>&1 | FileCheck %s
// A C++ function that does not match its //gocxx:extern declaration is an
// error at the directive, in words, not an internal error.

package main

//gocxx:include "wrong.h"

// CHECK: extern_errors.go:[[@LINE+1]]:1: error: //gocxx:extern "calc::scale": the C++ function is 'double (*)(double, int)': type mismatch at 2nd parameter ('int64_t' (aka 'long') vs 'int'), the Go declaration needs 'double (*)(double, int64_t)'
//gocxx:extern "calc::scale"
func scale(x float64, by int) float64

// CHECK: extern_errors.go:[[@LINE+1]]:1: error: //gocxx:extern "calc::missing": no member named 'missing' in namespace 'calc'
//gocxx:extern "calc::missing"
func missing() int

// CHECK-NOT: internal compiler error
func main() { println(scale(1, 2), missing()) }
