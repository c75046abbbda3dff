// RUN: %gocxx emit --no-line %s | FileCheck %s
// A generic function is a template over each type parameter's C++ type,
// descriptor and name; calls pass the inferred arguments. An unnamed struct
// is an instance of its shape's template in go::anon over its field types,
// the same C++ type in every package and in generic code.

package main

// CHECK: // struct{A F__0;B F__1;}
// CHECK-NEXT: template <class F__0, class F__1>
// CHECK-NEXT: struct struct_[[SHAPE:[0-9a-f]+]] {
// CHECK-NEXT: F__0 A{};
// CHECK-NEXT: F__1 B{};

// CHECK: template <class T, const go::abi::rtype *T__rt, go::abi::text T__name>
// CHECK-NEXT: T Max(T a, T b);
// CHECK: T Max(T a, T b) {
func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	// CHECK: go::anon::struct_[[SHAPE]]<int64_t, int64_t> p =
	p := struct{ A, B int }{1, 2}
	// CHECK: Max<int64_t, &go::abi::type_int.r, go::abi::text("int")>(p.A, p.B)
	println(Max(p.A, p.B), Max("a", "b"))
}
