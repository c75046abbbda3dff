// RUN: %gocxx emit --no-line -I %S/../driver/Inputs/interop %s | FileCheck %s
// What the calls between C++ and Go become: a //gocxx:extern function's
// body calls the C++ function through a pointer of exactly its Go type (a
// C++ declaration of another type is refused there); an //export function
// gets an entry point at global scope that runs the call on the scheduler.

package main

//gocxx:include "calc.h"
// CHECK: #include "{{.*}}/Inputs/interop/calc.h"

// CHECK: double scale(double a0, int64_t a1) { double (*cxx)(double, int64_t) = &::calc::scale; return cxx(a0, a1); }
//gocxx:extern "calc::scale"
func scale(x float64, by int) float64

// CHECK: go::string Greet(go::string name, int64_t times) {
// CHECK-NEXT: return go::impl::export_call([&] { return gopkg::main_::Greet(name, times); });
//export Greet
func Greet(name string, times int) string {
	s := ""
	for i := 0; i < times; i++ {
		s += name
	}
	return s
}

func main() { println(scale(1, 2)) }
