// RUN: %gocxx emit %s | FileCheck %s
// RUN: %gocxx emit --no-line %s | FileCheck --check-prefix=NOLINE %s

package main

import "fmt"

// CHECK: #include <gocxx/runtime.h>
// CHECK: namespace gopkg::main_ {
// CHECK: void main_();
// CHECK: #line [[@LINE+2]] "{{.*}}hello.go"
// CHECK-NEXT: void main_() {
func main() {
	// CHECK: #line [[@LINE+1]] "{{.*}}hello.go"
	fmt.Println("hello, world")
	// The argument slice lives in the frame: Println keeps none of it.
	// CHECK-NEXT: go::impl::frame_array<go::any, 1> [[ARGS:args_[0-9]+]];
	// CHECK-NEXT: #line [[@LINE-3]] "{{.*}}hello.go"
	// CHECK-NEXT: gopkg::fmt::Println(go::impl::frame_slice([[ARGS]], {go::make_any(static_cast<go::string>("hello, world"_gs), &go::abi::type_string.r)}));
}

// NOLINE-NOT: #line
