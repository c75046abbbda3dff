// RUN: not %gocxx check %s 2>&1 | FileCheck %s
// RUN: not %gocxx run %s 2>&1 | FileCheck %s

package main

func main() {
	x := []int{1, 2 // CHECK: syntax.go:[[@LINE]]:17: error: syntax error: unexpected newline in composite literal; possibly missing comma or }
	}
}
