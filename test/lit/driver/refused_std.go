// RUN: not %gocxx run %s 2>&1 | FileCheck %s
// Standard packages built on parts of gc's runtime that gocxx lacks are
// refused at the import, naming what is missing.

// CHECK: refused_std.go:[[@LINE+5]]:2: error: unsupported: package runtime/pprof needs gc's runtime profiler, which gocxx's runtime does not have

package main

import (
	"runtime/pprof"
)

func main() { _ = pprof.Profiles() }
