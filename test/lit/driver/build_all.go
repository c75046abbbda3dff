// RUN: rm -rf %t && mkdir -p %t && cp -r %S/Inputs/module %t/m && rm -rf %t/m/cmd/cyclic %t/m/cycle
// RUN: cd %t/m && %gocxx build ./...
// RUN: cd %t/m && %gocxx build -o %t/bin/ ./...
// RUN: %t/bin/hello | FileCheck %s
// RUN: ls %t/bin | FileCheck %s --check-prefix=BINS
// RUN: cd %t/m && not %gocxx build -o %t/bin/one ./... 2>&1 | FileCheck %s --check-prefix=ODIR
// RUN: cp -r %S/Inputs/module %t/bad && cd %t/bad && not %gocxx build ./... 2>&1 | FileCheck %s --check-prefix=BAD
// `gocxx build ./...` builds every package of the module, as go build does:
// their objects are made (and cached) and discarded, unless -o names a
// directory, where each command's executable goes; a package that fails
// does not stop the others.

// CHECK: hello, gocxx
// BINS: hello
// BINS-NEXT: unnamed
// ODIR: with several packages, -o must name a directory
// BAD: cyclic/main.go:5:2: error: no required module provides package example.com/m/missing
// BAD: cycle/a/a.go:3:8: error: import cycle not allowed

package lit
