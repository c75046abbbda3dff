// Package runtime declares the part of Go's runtime package that gocxx's
// runtime implements (namespace gopkg::runtime).
package runtime

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
	opaque struct{}
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

func CallersFrames(callers []uintptr) *Frames
func (ci *Frames) Next() (frame Frame, more bool)
