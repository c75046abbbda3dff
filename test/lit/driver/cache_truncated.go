// RUN: rm -rf %t && mkdir -p %t
// RUN: XDG_CACHE_HOME=%t/cache %gocxx build -o %t/a %s
// RUN: for f in %t/cache/gocxx/std/*.o; do truncate -s 100 $f; done
// RUN: XDG_CACHE_HOME=%t/cache %gocxx build -o %t/b %s
// RUN: %t/b 2>&1 | FileCheck %s
// RUN: for f in %t/cache/gocxx/std/*.o; do test $(stat -c %%s $f) -gt 100; done
// Objects in the standard-library cache cut short (a disk that filled up
// during a compile) are compiled again, not linked.

// CHECK: 2

package main

import "unicode/utf8"

func main() { println(utf8.RuneLen('é')) }
