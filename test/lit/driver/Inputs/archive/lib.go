// Package lib is called from C++ by test/lit/driver/c_archive.go's program:
// calls that park (channels, timers), allocate under collection, panic, and
// call back into C++, which calls Go again.
package lib

//gocxx:include "host.h"

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

//gocxx:extern "host::twice"
func twice(n int) int

var table = map[string]int{}

func init() { table["init"] = 1 }

// Pipeline passes n values through three goroutines and sums them.
//
//export Pipeline
func Pipeline(n int) int {
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for v := range a {
			b <- v * 2
		}
		close(b)
	}()
	sum := 0
	for v := range b {
		sum += v
	}
	return sum
}

// Garbage allocates and collects; the strings it returns must survive.
//
//export Garbage
func Garbage(n int) []string {
	var keep []string
	for i := 0; i < n; i++ {
		s := strings.Repeat("x", i%100)
		if i%1000 == 0 {
			keep = append(keep, fmt.Sprint(i, len(s)))
			runtime.GC()
		}
	}
	return keep
}

//export Sleepy
func Sleepy(ms int) int {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return table["init"] + ms
}

// Nested: C++ twice calls back into Go's Half.
//
//export Nested
func Nested(n int) int { return twice(n) + 1 }

//export Half
func Half(n int) int { return n / 2 }

//export Fail
func Fail(s []int, i int) int {
	defer func() { table["deferred"]++ }()
	return s[i]
}

//export Deferred
func Deferred() int { return table["deferred"] }

//export Recovered
func Recovered() (msg string) {
	defer func() { msg = fmt.Sprint("recovered: ", recover()) }()
	var m map[string]int
	m["x"] = 1
	return "not reached"
}
