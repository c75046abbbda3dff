// Package runtime is Go's runtime package as gocxx provides it: the
// functions' bodies are C++ (runtime.cpp beside this file) over gocxx's own
// scheduler, collector (bdwgc) and traces.
package runtime

import "unsafe"

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func GC()
func Gosched()
func Goexit()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
func GOROOT() string
func Version() string
func NumCgoCall() int64 { return 0 }

// LockOSThread and UnlockOSThread: gocxx does not move a goroutine between
// threads while it runs, but may between parks; nothing in gocxx needs a
// goroutine to keep its thread.
func LockOSThread()   {}
func UnlockOSThread() {}

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// SetFinalizer sets the finalizer of the object obj points to: once it is
// unreachable, finalizer(obj) runs on a goroutine of its own.
func SetFinalizer(obj any, finalizer any)

// KeepAlive marks x as reachable up to the call.
func KeepAlive(x any)

// The Error interface identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

// Call stacks. Program counters name Go frames: a frame inlined into
// another has a counter of its own, which only these functions interpret.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Callers(skip int, pc []uintptr) int

// Stack formats the calling goroutine's trace into buf. With all, Go adds
// every other goroutine's after stopping the world; gocxx, which does not
// stop running goroutines, writes only the caller's.
func Stack(buf []byte, all bool) int

// A Func describes a Go function.
type Func struct {
	info  unsafe.Pointer // the traces' record of the function
	entry uintptr        // the C++ function it was first seen in (0 if inlined)
}

func FuncForPC(pc uintptr) *Func
func (f *Func) Name() string
func (f *Func) Entry() uintptr
func (f *Func) FileLine(pc uintptr) (file string, line int)

// A Frame is one frame of a call stack (CallersFrames).
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over the frames of the counters Callers returned.
type Frames struct {
	pcs  []uintptr
	next int
}

func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

func (ci *Frames) Next() (frame Frame, more bool) {
	for ci.next < len(ci.pcs) {
		pc := ci.pcs[ci.next]
		ci.next++
		more = ci.next < len(ci.pcs)
		if f, ok := frameOf(pc); ok {
			return f, more
		}
	}
	return Frame{}, false
}

func frameOf(pc uintptr) (Frame, bool)

// Profiling: gocxx keeps no profiles; the settings are accepted.
var MemProfileRate int = 512 * 1024

func SetBlockProfileRate(rate int)         {}
func SetMutexProfileFraction(rate int) int { return 0 }
func SetCPUProfileRate(hz int)             {}
func CPUProfile() []byte                   { return nil }
func ReadMemStats(m *MemStats)

// Execution traces (runtime/trace): gocxx records none, and says so when
// one is started.
func StartTrace() error { return traceError{} }
func StopTrace()        {}
func ReadTrace() []byte { return nil }

type traceError struct{}

func (traceError) Error() string { return "runtime: execution tracing is not supported by gocxx" }

// A MemStats records statistics about the memory allocator. gocxx fills
// Alloc, TotalAlloc, Sys, HeapAlloc, HeapSys, HeapIdle, HeapInuse and NumGC
// from the collector; the others stay 0.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}
