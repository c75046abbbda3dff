// --sanitize builds under Clang's sanitizers against the instrumented
// runtime: a Go program runs as without them, and memory misuse that
// unsafe code can commit is reported and ends the program. Unknown
// sanitizers are refused.
// RUN: %gocxx run --sanitize=address,undefined %s | FileCheck %s --check-prefix=OK
// RUN: not %gocxx run --sanitize=address %s -- overflow 2>&1 | FileCheck %s --check-prefix=ASAN
// RUN: not %gocxx build --sanitize=thread %s 2>&1 | FileCheck %s --check-prefix=FLAG

package main

import (
	"fmt"
	"os"
	"unsafe"
)

var table [4]int64

func main() {
	done := make(chan int)
	go func() {
		sum := 0
		for i := range table {
			table[i] = int64(i * i)
			sum += int(table[i])
		}
		done <- sum
	}()
	fmt.Println("sum", <-done)
	if len(os.Args) > 1 {
		p := (*int64)(unsafe.Add(unsafe.Pointer(&table[0]), 32))
		fmt.Println(*p)
	}
}

// OK: sum 14
// ASAN: ERROR: AddressSanitizer: global-buffer-overflow
// ASAN: located 0 bytes after global variable {{.*}}table
// FLAG: gocxx: --sanitize: unsupported sanitizer "thread" (address and undefined are)
