// RUN: rm -rf %t && mkdir -p %t && cp -r %S/Inputs/module %t/m
// RUN: cd %t/m && %gocxx build -o %t/hello cmd/hello
// RUN: cd %t/m && %gocxx build -v -o %t/hello cmd/hello 2>&1 | FileCheck %s --check-prefix=SAME
// RUN: sed -i "s/\"gocxx\"/\"$(date +%%s%%N)\"/" %t/m/cmd/hello/main.go
// RUN: cd %t/m && %gocxx build -v -o %t/hello cmd/hello 2>&1 | FileCheck %s --check-prefix=MAIN
// RUN: %t/hello | FileCheck %s --check-prefix=OUT
// A user package is compiled once: a second build of unchanged packages
// compiles no C++, and a change to one package compiles that package alone
// (a new name each run: the cache outlives the test).

// SAME: package example.com/m/greet is unchanged, compiled before
// SAME: package main is unchanged, compiled before
// SAME-NOT: compile /
// MAIN: package example.com/m/greet is unchanged, compiled before
// MAIN: compile {{.*}}gocxx_main_unit.cpp
// OUT: hello, {{[0-9]+}} 3

package lit
