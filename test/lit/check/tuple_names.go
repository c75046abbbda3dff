// RUN: not %gocxx check %s 2>&1 | FileCheck %s
// A tuple's type names its results, as gc's messages do.

package main

import "time"

func pair() (x int, err error) { return 0, nil }

func main() {
	// CHECK: tuple_names.go:[[@LINE+1]]:10: error: multiple-value pair() (value of type (x int, err error)) in single-value context
	_ = 1 + pair()
	// CHECK: tuple_names.go:[[@LINE+1]]:12: error: multiple-value time.Now().ISOWeek() (value of type (year int, week int)) in single-value context
	_ = []int{time.Now().ISOWeek()}
}
