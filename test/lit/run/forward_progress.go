// Go has no forward-progress rule: a recursion without side effects runs
// until the stack overflows, at every optimisation level (C++ would let
// Clang assume it returns, and drop it, or turn it into a loop).
// RUN: not %gocxx run -O2 %s 2>&1 | FileCheck %s
// RUN: not %gocxx run -O0 %s 2>&1 | FileCheck %s

package main

func f(n int) int { return f(n+1) + 1 }

// spin loops forever without a side effect; main ends while it runs.
func spin() {
	for {
	}
}

func main() {
	go spin()
	println("start")
	println(f(0))
}

// CHECK: start
// CHECK: runtime: goroutine stack exceeds {{[0-9]+}}-byte limit
// CHECK: fatal error: stack overflow
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.f(
