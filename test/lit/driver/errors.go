// RUN: not %gocxx run %t.missing.go 2>&1 | FileCheck --check-prefix=MISSING %s
// MISSING: gocxx: stat {{.*}}missing.go: no such file or directory
// RUN: not %gocxx frobnicate 2>&1 | FileCheck --check-prefix=CMD %s
// CMD: gocxx: unknown command "frobnicate"
// RUN: not %gocxx build --frob %s 2>&1 | FileCheck --check-prefix=FLAG %s
// FLAG: gocxx: unknown flag --frob
// RUN: not %gocxx run %S/../lit.cfg.py 2>&1 | FileCheck --check-prefix=NOTGO %s
// NOTGO: gocxx: {{.*}}lit.cfg.py: not a .go file
// RUN: not %gocxx run 2>&1 | FileCheck --check-prefix=NOARGS %s
// NOARGS: gocxx: no Go files or package directory given
// Exit statuses are the go command's: 2 when the compiler rejects the
// source, 1 when there is no source to compile.
// RUN: printf 'package main\nfunc main() {\n\tx := 1\n}\n' > %t.unused.go
// RUN: %gocxx run %t.unused.go 2>/dev/null; test $? -eq 2
// RUN: %gocxx build -o %t.exe %t.unused.go 2>/dev/null; test $? -eq 2
// RUN: %gocxx run %t.missing.go 2>/dev/null; test $? -eq 1
// RUN: %gocxx version | FileCheck --check-prefix=VERSION %s
// VERSION: gocxx version {{[0-9]+\.[0-9]+\.[0-9]+}}

package main
