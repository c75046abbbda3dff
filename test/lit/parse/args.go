// RUN: not %gocxx parse %s 2>&1 | FileCheck %s
// A missing ')' before a newline, as gc words it.

package main

func main() {
	// CHECK: args.go:[[@LINE+1]]:14: error: syntax error: unexpected newline in argument list; possibly missing comma or )
	println(1, 2
}
