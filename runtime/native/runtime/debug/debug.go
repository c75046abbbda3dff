// Package debug is Go's runtime/debug as gocxx provides it: the functions'
// bodies are C++ (debug.cpp beside this file) over gocxx's runtime.
package debug

import (
	"os"
	"runtime"
)

// SetGCPercent sets the collection target (GOGC): a collection starts once
// the heap has grown by percent of what the last one left; a negative
// percent turns collection off. It returns the previous setting.
func SetGCPercent(percent int) int

// FreeOSMemory forces a collection and returns free memory to the system.
func FreeOSMemory()

// Stack returns the calling goroutine's trace, as runtime.Stack formats it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints Stack() to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// SetMaxThreads sets the most threads the program may use and returns the
// previous setting; a limit below the threads running now is Go's fatal
// "thread exhaustion". gocxx runs GOMAXPROCS worker threads, a monitor and
// the main thread.
func SetMaxThreads(threads int) int

// SetMaxStack: gocxx's goroutine stacks have a fixed size; the setting is
// kept and returned.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

var maxStack = 1000000000

// SetPanicOnFault: faults always end the program in gocxx.
func SetPanicOnFault(enabled bool) bool { return false }

// SetTraceback: gocxx prints the panicking goroutine's trace whatever the level.
func SetTraceback(level string) {}
