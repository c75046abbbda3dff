// RUN: not %gocxx run %S/Inputs/local_func_type.go 2>&1 | FileCheck %s --check-prefix=FUNC
// RUN: not %gocxx check %s 2>&1 | FileCheck %s --check-prefix=GENERIC
// A function-local type that refers to itself other than as a struct is
// refused at its position (a struct is compiled: test/run/local_recursive_types.go);
// local types in generic functions are gc 1.19's error.

// FUNC: local_func_type.go:4:7: error: unsupported: recursive type state declared inside a function (other than a struct)
// GENERIC: local_types.go:[[@LINE+5]]:2: error: type declarations inside generic functions are not currently supported

package main

func f[T any](v T) {
	type box struct{ v T }
	_ = box{v}
}

func main() { f(1) }
