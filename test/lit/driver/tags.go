// RUN: %gocxx run %S/Inputs/tags | FileCheck %s --check-prefix=PLAIN
// RUN: %gocxx run -tags fancy %S/Inputs/tags | FileCheck %s --check-prefix=FANCY
// RUN: %gocxx run -tags=other,fancy %S/Inputs/tags | FileCheck %s --check-prefix=FANCY
// RUN: %gocxx run --tags 'other fancy' %S/Inputs/tags | FileCheck %s --check-prefix=FANCY
// RUN: not %gocxx run -tags 2>&1 | FileCheck %s --check-prefix=NOARG
// -tags selects files by their //go:build lines, as go build's flag does.

// PLAIN: plain
// FANCY: fancy
// NOARG: gocxx: flag needs an argument: -tags

package main
