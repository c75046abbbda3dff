// When a statement reads a variable, relative to the calls in it: the spec
// leaves it open, and gc reads after every call (and receive) of the
// statement has run, except what its order pass copies first (len, cap,
// slicing, []byte(s), type assertions, and locals it boxes through their
// address, such as structs, arrays and bools). Each line below is gc's.
package main

import (
	"fmt"
	"strings"
)

type Lexer struct {
	src string
	pos int
}

func (l *Lexer) ident() string {
	start := l.pos
	for l.pos < len(l.src) && l.src[l.pos] != ' ' {
		l.pos++
	}
	s := l.src[start:l.pos]
	for l.pos < len(l.src) && l.src[l.pos] == ' ' {
		l.pos++
	}
	return s
}

type Token struct {
	Pos  int
	Text string
}

func tokens(l *Lexer) []Token {
	var out []Token
	for l.pos < len(l.src) {
		out = append(out, Token{Pos: l.pos, Text: l.ident()})
	}
	return out
}

func next(l *Lexer) (int, string) { return l.pos, l.ident() }

func nextPtr(l *Lexer) *Token { return &Token{l.pos, l.ident()} }

var global = 1

func bump() int { global++; return global }

type Pair struct{ a, b int }
type One struct{ a int }

func add(b []byte, s string) []byte { return append(b, s...) }

func main() {
	// A lexer's tokens: the position after ident() has run.
	fmt.Println(tokens(&Lexer{src: "let x = 42"}))
	l := &Lexer{src: "a bb ccc dddd"}
	fmt.Println(next(l))
	fmt.Println(*nextPtr(l))
	t := Token{l.pos, l.ident()}
	fmt.Println(t)
	var u Token = Token{Text: l.ident(), Pos: l.pos}
	fmt.Println(u)

	// Globals, and locals a closure changes.
	fmt.Println(global, bump(), global)
	x := 1
	setX := func() int { x = 2; return 0 }
	fmt.Println(x, setX())
	y := 5
	triple := func() int { y *= 3; return y }
	fmt.Println(y+1, triple(), y*2)
	z := y + triple()
	fmt.Println(z)
	z = triple() + y
	fmt.Println(z)
	a, b := y, triple()
	fmt.Println(a, b)
	// A var declaration assigns its variables one by one.
	var c, d = y, triple()
	fmt.Println(c, d)
	fmt.Println([]int{y, triple(), y}, [2]int{y, len(fmt.Sprint(triple()))})

	// Values gc boxes through their address are copied at their place.
	p := Pair{1, 2}
	incP := func() int { p.a++; return 0 }
	fmt.Println(p, incP(), p)
	one := One{1}
	incOne := func() int { one.a++; return 0 }
	fmt.Println(one, incOne(), one)
	arr := [2]int{1, 2}
	incArr := func() int { arr[0]++; return 0 }
	fmt.Println(arr, incArr(), arr)
	flag := true
	flip := func() bool { flag = !flag; return true }
	fmt.Println(flag, flip(), flag)
	f := 1.5
	incF := func() int { f++; return 0 }
	fmt.Println(f, incF(), f)
	s := "a"
	grow := func() int { s += "b"; return 0 }
	fmt.Println(s, grow(), s, s[0], grow(), s+"!")

	// Slices, maps and pointers are read after the calls.
	sl := []int{1, 2, 3}
	setSl := func() int { sl[0] = 100; return 0 }
	fmt.Println(sl[0], setSl(), sl)
	grow2 := func() int { sl = append(sl, 4); return 0 }
	fmt.Println(len(sl), grow2(), len(sl), sl[len(sl)-1])
	m := map[string]int{"k": 1}
	incM := func() int { m["k"]++; return 0 }
	fmt.Println(m["k"], incM(), m)
	ptr := &Pair{1, 1}
	incPtr := func() int { ptr.a++; return 0 }
	fmt.Println(ptr.a, incPtr(), *ptr)

	// Conversions of byte slices happen after the calls too.
	buf := make([]byte, 3, 10)
	copy(buf, "xyz")
	fmt.Println(string(add(buf, "!")), string(add(buf, "?")), string(add(buf, "#")))

	// A receive, then what the sender wrote before sending.
	result := 0
	done := make(chan bool)
	go func() { result = 42; done <- true }()
	fmt.Println(result+0, <-done)

	// Conditions and returns.
	if l2 := (&Lexer{src: "abc def"}); l2.pos != len(l2.ident()) {
		fmt.Println("if: different", l2.pos)
	}
	w := 0
	incW := func() int { w += 10; return w }
	if w+5 == incW()-5 {
		fmt.Println("if: read after the call")
	}
	var sb strings.Builder
	write := func() int { sb.WriteString("more"); return 0 }
	sb.WriteString("text")
	fmt.Println(sb.Len(), write(), sb.String())

	// Compound assignment: y's reads after its calls.
	total := 0
	vals := []int{1, 2}
	setVals := func() int { vals[0] = 10; return 1 }
	total += vals[0] + setVals()
	fmt.Println(total)

	// A read that panics runs after the calls before it in the statement.
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty []int
	fmt.Println(empty[len(fmt.Sprint("printed first"))], func() int { fmt.Println("call ran"); return 0 }())
}
