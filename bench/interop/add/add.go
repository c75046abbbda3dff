// Calls across C++ and Go (bench/interop/run.sh): the Go side.
package add

//gocxx:include "host.h"

//export Add
func Add(a, b int) int { return a + b }

//gocxx:extern "host::inc"
func inc(x int) int

//export GoCallsCxx
func GoCallsCxx(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = inc(s)
	}
	return s
}

//go:noinline
func goInc(x int) int { return x + 1 }

//export GoCallsGo
func GoCallsGo(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = goInc(s)
	}
	return s
}
