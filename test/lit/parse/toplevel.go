// RUN: not %gocxx check %s 2>&1 | FileCheck %s

package main

// CHECK: toplevel.go:[[@LINE+1]]:1: error: syntax error: non-declaration statement outside function body
x := 1

func main() {}
