// Package runtime declares the part of Go's runtime package that gocxx's
// runtime implements (namespace gopkg::runtime).
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func GC()
func Gosched()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
