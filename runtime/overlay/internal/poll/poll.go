// gocxx: no network poller (yet). Opening a descriptor with the poller fails,
// which the callers take as "not pollable": reads and writes on it are
// blocking system calls, which syscall brackets for the scheduler.
package poll

import "syscall"

func runtime_pollServerInit()                                {}
func runtime_pollOpen(fd uintptr) (uintptr, int)             { return 0, int(syscall.ENOSYS) }
func runtime_pollClose(ctx uintptr)                          {}
func runtime_pollWait(ctx uintptr, mode int) int             { return pollNoError }
func runtime_pollWaitCanceled(ctx uintptr, mode int)         {}
func runtime_pollReset(ctx uintptr, mode int) int            { return pollNoError }
func runtime_pollSetDeadline(ctx uintptr, d int64, mode int) {}
func runtime_pollUnblock(ctx uintptr)                        {}
func runtime_isPollServerDescriptor(fd uintptr) bool         { return false }
