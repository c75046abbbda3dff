// RUN: not %gocxx check %s 2>&1 | FileCheck %s --implicit-check-not=error:
// Scopes and lookups the standard library relies on.

package main

import (
	"fmt"
	"net/url"
)

type Tree struct{ Name string }

type Template struct {
	name string
	*Tree
}

// A method hides a field of the same name promoted from deeper down.
func (t *Template) Name() string { return t.name }

func get() (int, bool) { return 1, true }

// Results share the body's block: r is assigned, not redeclared.
func f() (r int) {
	r, ok := get()
	_ = ok
	return
}

// Parameter types are resolved before any parameter is in scope.
func post(url string, data url.Values) string { return url + data.Encode() }

func g(x int) {
	x := 2 // CHECK: scope.go:[[@LINE]]:4: error: no new variables on left side of :=
}

type adder[T any] interface{ Add(T, T) T }

type P struct{}

func (p *P) Add(a, b *P) *P { return p }

// The constraint adder[Point] is checked as adder[*P].
type curve[Point adder[Point]] struct{ p Point }

var _ = curve[*P]{}

// Methods declared below are known to package-level initialisers above.
var _ fmt.Stringer = named(0)

type named int

func (named) String() string { return "n" }

func main() {
	t := &Template{name: "t"}
	fmt.Println(t.Name(), f(), post("a", nil))
	_ = url.pathEscape // CHECK: scope.go:[[@LINE]]:10: error: undefined: url.pathEscape
}
