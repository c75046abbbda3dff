// Comparing string(b) converts without copying (no allocation), and a
// string converted from b keeps its bytes when b changes later.
package main

import (
	"fmt"
	"testing"
)

func main() {
	a := []byte("hello")
	b := []byte("hello")
	c := []byte("world")
	n := testing.AllocsPerRun(100, func() {
		if string(a) != string(b) || string(a) == string(c) || string(c) < string(a) || "hello" != string(a) {
			panic("wrong")
		}
	})
	fmt.Println(n, string(a) == string(b), string(a) < string(c), string(a[1:3]) == "el")
	s := string(a)
	a[0] = 'J'
	fmt.Println(s, string(a), s == string(a))
}
