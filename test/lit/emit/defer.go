// RUN: %gocxx emit --no-line %s | FileCheck %s
// A function with defers keeps them in a defer_frame: a panic unwinds
// through the catch, which runs the deferred calls (recover among them) and
// returns the named results; a normal return runs them at done_. A deferred
// function that calls recover is pushed as one (true), and learns on entry
// whether the panic called it directly.

package main

// CHECK-LABEL: int64_t f() {
func f() (n int) {
	// CHECK: int64_t& n = *go::new_object<int64_t>(int64_t{});
	// CHECK: go::impl::defer_frame defers_;
	// CHECK: try {
	// CHECK: defers_.push([&n = n]() -> void {
	defer func() {
		// CHECK-NEXT: bool recoverable_ = go::impl::take_recover_arm();
		// CHECK: go::any r = go::recover(recoverable_);
		if r := recover(); r != nil {
			n = -1
		}
		// CHECK: }, true);
	}()
	// CHECK: go::panic(go::make_any(
	panic("x")
	// CHECK: } catch (...) {
	// CHECK-NEXT: defers_.unwind(std::current_exception());
	// CHECK-NEXT: return n;
	// CHECK: done_:
	// CHECK-NEXT: defers_.run();
}

func main() { println(f()) }
