// RUN: rm -rf %t && mkdir -p %t
// RUN: cd %S/Inputs/module && %gocxx emit --depfile %t/emit.d -o %t/out cmd/hello
// RUN: FileCheck %s --check-prefix=EMIT -DOUT=%t/out -DMOD=%S/Inputs/module < %t/emit.d
// A second emit of unchanged input writes no file anew (their times stay).
// RUN: touch -d '2001-01-01 00:00' %t/out/gopkg/main.cpp %t/out/gopkg/main.h %t/emit.d
// RUN: cd %S/Inputs/module && %gocxx emit --depfile=%t/emit.d -o %t/out cmd/hello
// RUN: ls -l --time-style=+%%Y %t/out/gopkg/main.cpp %t/out/gopkg/main.h %t/emit.d | FileCheck %s --check-prefix=KEPT
// RUN: cd %S/Inputs/module && %gocxx build --depfile %t/build.d -o %t/hello cmd/hello
// RUN: FileCheck %s --check-prefix=BUILD -DOUT=%t -DMOD=%S/Inputs/module < %t/build.d
// RUN: not %gocxx emit --depfile %t/x.d %S/Inputs/module/cmd/hello 2>&1 | FileCheck %s --check-prefix=NOOUT
// RUN: not %gocxx run --depfile %t/x.d %S/Inputs/module/cmd/hello 2>&1 | FileCheck %s --check-prefix=RUNFLAG
// gocxx emit and build write Make-style depfiles naming every file read.

// EMIT: [[OUT]]/gopkg/main.cpp: \
// EMIT-DAG: [[MOD]]/go.mod
// EMIT-DAG: [[MOD]]/cmd/hello/main.go
// EMIT-DAG: [[MOD]]/greet/greet.go
// EMIT-DAG: /usr/share/go-1.19/src/fmt/print.go
// KEPT-COUNT-3: 2001
// BUILD: [[OUT]]/hello: \
// BUILD-DAG: [[MOD]]/go.mod
// BUILD-DAG: /usr/share/go-1.19/src/fmt/print.go
// NOOUT: --depfile needs -o DIR
// RUNFLAG: unknown flag --depfile

package main
