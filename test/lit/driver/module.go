// RUN: cd %S/Inputs/module && %gocxx run cmd/hello | FileCheck %s
// RUN: cd %S/Inputs/module && not %gocxx check cmd/cyclic 2>&1 | FileCheck %s --check-prefix=ERR --implicit-check-not=error:
// Packages of the module (go.mod in the main package's directory or above)
// are imported by their module path.

// CHECK: hello, gocxx 3
// ERR: cycle/b/b.go:3:8: error: import cycle not allowed
// ERR: cmd/cyclic/main.go:5:2: error: no required module provides package example.com/m/missing

package main
