// Traces and runtime.Caller follow //line directives, and a relative source
// path is reported absolute, whatever the working directory of the build.
// RUN: cd %S/.. && %gocxx run run/line_directives.go | FileCheck %s

package main

import (
	"fmt"
	"runtime"
)

func where() {
	_, file, line, ok := runtime.Caller(1)
	fmt.Println(file, line, ok)
}

func main() {
	where()
//line /virtual/gen.go:100
	where()
	where()
}

// CHECK: {{^/.*}}/test/lit/run/line_directives.go 18 true
// CHECK-NEXT: /virtual/gen.go 100 true
// CHECK-NEXT: /virtual/gen.go 101 true
