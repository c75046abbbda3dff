// Methods promoted from embedded fields (interfaces, structs, pointers,
// native types) satisfy interfaces, as method values and method expressions.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type I interface{ M() int }
type T int

func (t T) M() int { return int(t) }

type S struct{ I }

type P struct{ *S }

type Counter struct {
	sync.Mutex
	n int
}

type Named struct{ name string }

func (n *Named) Name() string { return n.name }
func (n Named) Hello() string { return "hello " + n.name }

type Wrapper struct {
	Named
	strings.Builder
}

type Namer interface{ Name() string }
type Helloer interface{ Hello() string }

func main() {
	s := S{T(5)}
	var i I = s
	fmt.Println(i.M(), S.M(s))
	var j I = P{&s}
	fmt.Println(j.M())
	c := &Counter{}
	var l sync.Locker = c
	l.Lock()
	c.n++
	l.Unlock()
	fmt.Println(c.n)
	w := &Wrapper{Named: Named{"w"}}
	var n Namer = w
	var h Helloer = *w
	w.WriteString("built")
	fmt.Println(n.Name(), h.Hello(), w.String())
	var st fmt.Stringer = w
	fmt.Println(st.String())
}
