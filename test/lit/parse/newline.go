// RUN: not %gocxx parse %s 2>&1 | FileCheck %s

package main

func main() {
	// CHECK: newline.go:[[@LINE+1]]:23: error: newline in string
	var s = "unterminated
}
