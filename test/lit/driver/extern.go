// RUN: %gocxx run -I %S/Inputs/interop %s %S/Inputs/interop/calc.cpp | FileCheck %s
// Go calls C++: body-less functions marked //gocxx:extern are C++
// functions, declared by the //gocxx:include header and compiled from the
// .cpp given with the Go file. A Go func value crosses as go::func, which
// C++ calls back; two results are a std::tuple.

package main

//gocxx:include "calc.h"

import "fmt"

//gocxx:extern "calc::scale"
func scale(x float64, by int) float64

//gocxx:extern "calc::sum_of"
func sumOf(n int, f func(int) int) int

//gocxx:extern "calc::upper"
func upper(s string) (int, string)

//gocxx:extern "calc::note"
func note(words []string, counts map[string]int)

func main() {
	// CHECK: 6
	fmt.Println(scale(1.5, 4))
	calls := 0
	// CHECK-NEXT: 30 5
	fmt.Println(sumOf(5, func(i int) int { calls++; return i * i }), calls)
	// CHECK-NEXT: 6 HéLLO
	n, s := upper("héllo")
	fmt.Println(n, s)
	// CHECK-NEXT: C++ got a b c
	note([]string{"a", "b", "c"}, map[string]int{"a": 1})
}
