// runtime.Caller, Callers, FuncForPC, CallersFrames and Stack name Go's
// frames (inlined ones included), and runtime errors satisfy runtime.Error.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{}

func (T) where() string {
	pc, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", file[strings.LastIndex(file, "/")+1:], ":", line, " ", ok)
}

func stack() []string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprint(f.Function, ":", f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func helper() string { return T{}.where() }

func main() {
	fmt.Println(helper())
	func() {
		fmt.Println(stack())
	}()
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
	var e error
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println("runtime error:", isRT, e == nil)
		buf := make([]byte, 1000)
		n := runtime.Stack(buf, false)
		fmt.Println(strings.Contains(string(buf[:n]), "main.main.func2"))
	}()
	var m map[string]int
	m["x"] = 1
}
