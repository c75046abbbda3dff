// RUN: not %gocxx parse %s 2>&1 | FileCheck %s
// Scanner errors: one per bad token, then the parser's follow-on error.

package main

func main() {
	// CHECK: badchars.go:[[@LINE+1]]:7: error: invalid character U+0040 '@'
	x := @
	// CHECK-NEXT: badchars.go:[[@LINE+1]]:1: error: syntax error: unexpected }, expecting expression
}
