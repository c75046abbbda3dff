// RUN: %gocxx emit --no-line %s | FileCheck %s
// A type switch compares the dynamic type's descriptor with each case's and
// binds the case variable to the unboxed value, of the case's type.

package main

type Num struct{ v int }

// CHECK-LABEL: int64_t val(go::any x) {
func val(x any) int {
	// CHECK: go::any typeswitch_1_x = x;
	switch x := x.(type) {
	// CHECK: if (typeswitch_1_x.type == &Num__ptrdesc.t.r) {
	// CHECK-NEXT: Num* x_1 = go::unbox<Num*>(typeswitch_1_x.data);
	case *Num:
		// CHECK: return go::impl::nil_check(x_1)->v;
		return x.v
	// CHECK: } else if (typeswitch_1_x.type == &go::abi::type_int.r) {
	// CHECK-NEXT: int64_t x_2 = go::unbox<int64_t>(typeswitch_1_x.data);
	case int:
		return x
	}
	return 0
}

func main() { println(val(&Num{3}), val(4)) }
