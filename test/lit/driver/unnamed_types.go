// RUN: cd %S/Inputs/module && %gocxx run ./cmd/unnamed | FileCheck %s
// Unnamed types spelt in two packages are one type (Go's type identity):
// values convert, compare and pass type assertions across the packages;
// unexported fields keep a struct type its package's own. The expected
// lines are real Go's output.

// CHECK: {1 2} true
// CHECK-NEXT: {3 4} true true
// CHECK-NEXT: nested true
// CHECK-NEXT: private false
// CHECK-NEXT: deep true
// CHECK-NEXT: func true
// CHECK-NEXT: struct { P struct { N []unnamed.Point } }
// CHECK-NEXT: func(struct { A int; B int }) map[string][]struct { A int; B int }

package main
