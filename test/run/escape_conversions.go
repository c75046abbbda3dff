// Conversions string(r), string(b) and []byte(s) whose result stays in the
// frame (a buffer there) and those whose result gets out: each way out below
// must keep its bytes after the frame is gone and the stack is reused.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
)

type Name string

var (
	global  string
	saved   []string
	names   []Name
	stored  any
	ch      = make(chan string, 4)
	byKey   = map[string]int{}
	values  = map[int]string{}
	holder  struct{ s string }
	bsaved  [][]byte
	errSave error
)

func (n Name) Save()                 { names = append(names, n) }
func (n *Name) Set(s string)         { *n = Name(s) }
func keep(s string) string           { return s }
func keepTail(s string) string       { return s[1:] }
func store(s string)                 { global = s }
func appendTo(s string)              { saved = append(saved, s) }
func send(s string)                  { ch <- s }
func box(s string)                   { stored = s }
func put(p *string, s string)        { *p = s }
func wrap(s string) struct{ s string } { return struct{ s string }{s} }
func id[T any](x T) T                { return x }
func boxed[T any](x T)               { stored = x }
func length(s string) int            { return len(s) }
func keepBytes(b []byte)             { bsaved = append(bsaved, b) }
func firstByte(b []byte) byte        { return b[0] }
func concat(a, b string) string      { return a + b }
func closure(s string) func() string { return func() string { return s } }
func ptr(s string) *string           { return &s }

// clobber reuses the stack the calls above ran on.
func clobber(n int) int {
	var buf [64]byte
	for i := range buf {
		buf[i] = byte(n + i)
	}
	if n == 0 {
		return int(buf[3])
	}
	return clobber(n-1) + int(buf[n%64])
}

func out() (r string) {
	b := []byte("named result")
	r = string(b)
	return
}

func ret(b []byte) string { return string(b[:3]) }

func viaVar(b []byte) string {
	s := string(b)
	t := s[2:]
	return t
}

func loopVar(words [][]byte) []string {
	var last []string
	for _, w := range words {
		s := string(w)
		last = append(last, s)
	}
	return last
}

func outerVar(words [][]byte) string {
	var keepIt string
	for _, w := range words {
		s := string(w)
		if len(s) > len(keepIt) {
			keepIt = s
		}
	}
	return keepIt
}

func deferred(b []byte) {
	defer func(s string) { fmt.Println("deferred:", s) }(string(b))
	b[0] = '#'
}

func main() {
	b := []byte("abcdefgh")
	r := '界'
	var results []string
	results = append(results, keep(string(b[:2])), keepTail(string(b[:4])), keep(string(r)))
	store(string(b[1:3]))
	appendTo(string(b[2:5]))
	send(string(b[3:6]))
	box(string(b[4:7]))
	var local string
	put(&local, string(b[:5]))
	w := wrap(string(b[5:]))
	x := id(string(b[:6]))
	boxed(string(b[6:]))
	Name(string(b[:3])).Save()
	var n Name
	n.Set(string(b[1:4]))
	byKey[string(b[:1])] = 1
	values[1] = string(b[7:])
	holder.s = string(rune('Z'))
	errSave = errors.New(string(b[2:4]))
	c := concat("", string(b[3:5])) + concat(string(b[4:6]), "")
	var acc string
	acc += string(b[:2])
	f := closure(string(b[1:7]))
	p := ptr(string(b[2:8]))
	parts := strings.Split(string(b[:5]), "c")
	bs := []byte("kept bytes")
	keepBytes(bs)
	keepBytes([]byte("also kept"))
	lv := loopVar([][]byte{[]byte("one"), []byte("two")})
	ov := outerVar([][]byte{[]byte("a"), []byte("longest"), []byte("mid")})
	vv := viaVar([]byte("via var"))
	rr := ret([]byte("returned"))
	deferred([]byte("xyz"))
	sorted := []string{string(b[3:5]), string(b[:2]), string(r)}
	sort.Strings(sorted)

	// Now overwrite the bytes and the stack they may have lived on.
	for i := range b {
		b[i] = '.'
	}
	clobber(40)
	fmt.Println(results, global, saved, <-ch, stored, local, w.s, x)
	fmt.Println(names, n, byKey, values, holder.s, errSave, c, acc, f(), *p, parts)
	fmt.Println(string(bsaved[0]), string(bsaved[1]), lv, ov, vv, rr, out(), sorted)

	// These stay in the frame: the same answers, and no allocation.
	r2 := 'é'
	fmt.Println(length(string(r2)), strings.Index("café", string(r2)), firstByte([]byte("q")),
		string([]byte("eq")) == "eq", strings.Contains("abc", string(b[:0])))
	for i := 0; i < 3; i++ {
		s := string(rune('a' + i))
		fmt.Print(s, length(s), " ")
	}
	fmt.Println()
	switch string(b[:1]) {
	case ".":
		fmt.Println("dot")
	}
	for i, c := range string([]byte("hé")) {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	lb := []byte("grow")
	lb = append(lb, " me past thirty-two bytes, onto the heap"...)
	fmt.Println(string(lb), len(lb))
	r3 := '世'
	raw := []byte("raw")
	allocs := testing.AllocsPerRun(100, func() {
		_ = strings.IndexRune("test世界", r3)
		_ = length(string(r3))
		_ = strings.Count("aaaa", string(raw[:1]))
		_ = firstByte([]byte("abc"))
		s := string(raw)
		_ = length(s)
	})
	fmt.Println("allocations:", allocs)
}
