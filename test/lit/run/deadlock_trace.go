// A deadlock report lists every goroutine with its Go frames: parked
// goroutines are walked on their own stacks.
// RUN: not %gocxx run %s 2>&1 | FileCheck %s

package main

import "sync"

func receive(c chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	<-c
}

func main() {
	var wg sync.WaitGroup
	c := make(chan int)
	wg.Add(2)
	go receive(c, &wg)
	go receive(c, &wg)
	wg.Wait()
}

// CHECK: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [semacquire]:
// CHECK-NEXT: sync.(*WaitGroup).Wait(...)
// CHECK-NEXT: {{^}}	{{.*}}/sync/waitgroup.go:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.main()
// CHECK-NEXT: {{^}}	/{{.*}}/deadlock_trace.go:20 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [chan receive]:
// CHECK-NEXT: main.receive(...)
// CHECK-NEXT: {{^}}	/{{.*}}/deadlock_trace.go:11{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	/{{.*}}/deadlock_trace.go:18 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [chan receive]:
// CHECK-NEXT: main.receive(...)
// CHECK-NEXT: {{^}}	/{{.*}}/deadlock_trace.go:11{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	/{{.*}}/deadlock_trace.go:19 +0x{{[0-9a-f]+$}}
