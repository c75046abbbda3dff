// RUN: %gocxx emit --no-line %s | FileCheck %s
// Variables captured by a function literal live on the heap and are shared.

package main

func main() {
	n := 0
	// CHECK: int64_t& n = *go::new_object<int64_t>(0L);
	inc := func() { n++ }
	// CHECK: go::func<void()>([&n = n]() -> void {
	inc()
	m := 1
	// CHECK: int64_t m = 1L;
	println(n, m)
}
