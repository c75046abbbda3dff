// RUN: rm -rf %t && mkdir -p %t
// RUN: %gocxx build -buildmode=c-archive -o %t/liblib.a %S/Inputs/archive
// RUN: clang++-19 -std=c++20 -O1 -I %t -I %S/Inputs/archive -I %S/../../../runtime/include %S/Inputs/archive/main.cpp %t/liblib.a -lboost_context -lgc -lpthread -o %t/app
// RUN: %t/app | FileCheck %s
// RUN: env GOMAXPROCS=1 %t/app | FileCheck %s
// A C++ program calls a Go package built with -buildmode=c-archive: calls
// that park (channels, time.Sleep) and so finish on workers, collections
// with Go strings held by C++, a panic out of a call (its defers run), a
// recovered one, C++ that Go calls calling Go again, and eight threads
// calling at once.

// CHECK: pipeline 10100
// CHECK-NEXT: sleepy 21
// CHECK-NEXT: nested 43
// CHECK-NEXT: garbage 5: 0 0 1000 0 2000 0 3000 0 4000 0
// CHECK-NEXT: panic_error: runtime error: index out of range [7] with length 3 (deferred 1)
// CHECK-NEXT: recovered: assignment to entry in nil map
// CHECK-NEXT: threads 47360

package lit
