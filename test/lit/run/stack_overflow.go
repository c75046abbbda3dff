// A stack overflow is reported with the overflowing goroutine's frames,
// the innermost 100, then Go's elision line and the go statement.
// RUN: not %gocxx run %s 2>&1 | FileCheck %s

package main

type node struct{ next *node }

func depth(n *node) int {
	if n == nil {
		return 0
	}
	d := depth(n.next)
	return d*3 + 1 - d*2
}

func main() {
	var head *node
	for i := 0; i < 10000000; i++ {
		head = &node{head}
	}
	done := make(chan int)
	go func() { done <- depth(head) }()
	println(<-done)
}

// CHECK: runtime: goroutine stack exceeds {{[0-9]+}}-byte limit
// CHECK: fatal error: stack overflow
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
// CHECK-NEXT: main.depth(...)
// CHECK-NEXT: {{^}}	/{{.*}}/stack_overflow.go:13{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: main.depth(...)
// CHECK: ...additional frames elided...
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	/{{.*}}/stack_overflow.go:23{{( \+0x[0-9a-f]+)?$}}
