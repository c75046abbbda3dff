// RUN: not %gocxx check %s 2>&1 | FileCheck %s
// Misused //export and //gocxx:extern directives, as the checker reports
// them (cgo's wording for //export's name).

package main

type T struct{}

// CHECK: interop_directives.go:[[@LINE+1]]:1: error: //export comment has wrong name "Other", want "Named"
//export Other
func Named() {}

// CHECK: interop_directives.go:[[@LINE+1]]:1: error: //export M: only functions can be exported, not methods
//export M
func (T) M() {}

// CHECK: interop_directives.go:[[@LINE+1]]:1: error: //export Gen: cannot export a generic function
//export Gen
func Gen[E any](e E) {}

// CHECK: interop_directives.go:[[@LINE+1]]:1: error: //gocxx:extern wants the C++ function's name quoted: //gocxx:extern "ns::name"
//gocxx:extern ns::bare
func bare() int

// CHECK: interop_directives.go:[[@LINE+1]]:1: error: //gocxx:extern "ns::f": func withBody has a Go body; a function whose body is C++ has none in Go
//gocxx:extern "ns::f"
func withBody() int { return 1 }

// CHECK: interop_directives.go:[[@LINE+1]]:1: error: //gocxx:include wants a quoted header name: //gocxx:include "header.h"
//gocxx:include header.h

// CHECK-NOT: missing function body
//gocxx:extern "ns::ok"
func ok() int

func main() {}
