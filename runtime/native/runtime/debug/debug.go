// Package debug declares the part of Go's runtime/debug that the gocxx
// runtime implements natively (namespace gopkg::runtime::debug).
package debug

// SetGCPercent sets the collection target (GOGC): a collection starts once
// the heap has grown by percent of what the last one left; a negative
// percent turns collection off. It returns the previous setting.
func SetGCPercent(percent int) int

// FreeOSMemory forces a collection and returns free memory to the system.
func FreeOSMemory()

// Stack returns the calling goroutine's trace, as runtime.Stack formats it.
func Stack() []byte

// PrintStack prints Stack() to standard error.
func PrintStack()

// SetMaxThreads sets the most threads the program may use and returns the
// previous setting; a limit below the threads running now is Go's fatal
// "thread exhaustion". gocxx runs GOMAXPROCS worker threads, a monitor and
// the main thread.
func SetMaxThreads(threads int) int
