// RUN: not %gocxx check %s 2>&1 | FileCheck %s
// RUN: not %gocxx run %s 2>&1 | FileCheck %s

package main

func main() {
	// CHECK: syntax.go:[[@LINE+1]]:17: error: syntax error: unexpected newline in composite literal; possibly missing comma or }
	x := []int{1, 2
	}
}
