// Package greet is a package of the example module, imported by cmd/hello.
package greet

import (
	"fmt"
	"strings"
)

// Hello greets everyone in names, in order, from goroutines.
func Hello(names []string) string {
	out := make([]chan string, len(names))
	for i, n := range names {
		out[i] = make(chan string, 1)
		go func(n string, c chan<- string) { c <- fmt.Sprintf("hello, %s", n) }(n, out[i])
	}
	parts := make([]string, len(names))
	for i, c := range out {
		parts[i] = <-c
	}
	return strings.Join(parts, "; ")
}
