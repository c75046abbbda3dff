package main

import (
	"errors"
	"fmt"
	"strings"
)

// A deferred interface method call with arguments, and a function whose
// results are one blank and one named (a bare return returns both).
type Logger interface{ Log(prefix string, n int) }
type pr struct{ sb *strings.Builder }

func (p pr) Log(prefix string, n int) { fmt.Fprintf(p.sb, "%s%d;", prefix, n) }

func half(x int) (_ int, err error) {
	if x%2 != 0 {
		err = errors.New("odd")
		return
	}
	return x / 2, nil
}

func main() {
	var sb strings.Builder
	var l Logger = pr{&sb}
	func() {
		defer l.Log("deferred", 1)
		l.Log("now", 0)
	}()
	fmt.Println(sb.String())
	fmt.Println(half(4))
	fmt.Println(half(3))
}
