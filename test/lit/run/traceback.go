// Goroutine traces name Go functions at absolute Go positions, at every
// optimisation level and whatever the working directory; with --no-line
// there are no Go positions, and only the header is printed.
// RUN: not %gocxx run -O0 %s 2>&1 | FileCheck %s
// RUN: not %gocxx run -O2 %s 2>&1 | FileCheck %s
// RUN: cd %S && not %gocxx run traceback.go 2>&1 | FileCheck %s
// RUN: not %gocxx run --no-line %s 2>&1 | FileCheck --check-prefix=NOLINE %s

package main

type T struct{ limit int }

func (t *T) fail(v int) {
	if v > t.limit {
		panic("too big")
	}
}

func main() {
	done := make(chan bool)
	go func() {
		t := &T{limit: 1}
		for i := 0; i < 5; i++ {
			t.fail(i)
		}
		done <- true
	}()
	<-done
}

// CHECK: panic: too big
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
// CHECK-NEXT: main.(*T).fail(...)
// CHECK-NEXT: {{^}}	/{{.*}}/traceback.go:15{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: main.main.func1()
// CHECK-NEXT: {{^}}	/{{.*}}/traceback.go:24{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	/{{.*}}/traceback.go:21{{( \+0x[0-9a-f]+)?$}}

// NOLINE: goroutine {{[0-9]+}} [running]:
// NOLINE-NOT: main.
