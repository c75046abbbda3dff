// RUN: %gocxx emit --no-line %s | FileCheck %s
// gc reads shared memory after the statement's calls: those run first,
// into temporaries; reads of variables no call can change stay in place.

package main

import "fmt"

type Lexer struct {
	src string
	pos int
}

func (l *Lexer) ident() string { l.pos++; return l.src[:l.pos] }

type Token struct {
	Pos  int
	Text string
}

var count int

func bump() int { count++; return count }

func main() {
	l := &Lexer{src: "abc"}
	// CHECK: auto eval_[[T:[0-9]+]] = gopkg::main_::Lexer__ident(l);
	// CHECK-NEXT: Token t = Token{l->pos, eval_[[T]]};
	t := Token{Pos: l.pos, Text: l.ident()}
	// A plain local: no call can change it.
	// CHECK: go::make_any(t.Pos, {{.*}}, go::make_any(gopkg::main_::Lexer__ident(l)
	fmt.Println(t.Pos, l.ident())
	// A definition declares a Go variable: no block of its own.
	// CHECK: auto eval_[[B:[0-9]+]] = gopkg::main_::bump();
	// CHECK-NEXT: int64_t x = count + eval_[[B]];
	x := count + bump()
	// CHECK: {
	// CHECK-NEXT: auto eval_[[C:[0-9]+]] = gopkg::main_::bump();
	// CHECK: go::make_any(count, {{.*}}, go::make_any(eval_[[C]]
	// CHECK: }
	fmt.Println(count, bump())
	println(x)
}
