// Allocation counts that escape analysis decides: a strings.Builder, an
// address-taken local and p := &T{...} that stay in their frame, and a
// byte append of a string that copies once. Each count is gc's.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

var sink []byte
var ssink string
var isink int

type pair struct{ a, b int }

func (p *pair) sum() int { return p.a + p.b }

func addInto(dst *int, v int) { *dst += v }

func main() {
	fmt.Println("make", testing.AllocsPerRun(100, func() { sink = make([]byte, 0, 5) }))
	fmt.Println("builder grow", testing.AllocsPerRun(100, func() { var b strings.Builder; b.Grow(5) }))
	fmt.Println("builder write", testing.AllocsPerRun(100, func() { var b strings.Builder; b.WriteString("abcde") }))
	fmt.Println("builder", testing.AllocsPerRun(100, func() {
		var b strings.Builder
		b.Grow(5)
		b.WriteString("abcde")
		ssink = b.String()
	}))
	fmt.Println("append string", testing.AllocsPerRun(100, func() { sink = append([]byte(nil), "abcde"...) }))
	fmt.Println("itoa", testing.AllocsPerRun(100, func() { ssink = strconv.Itoa(123456) }))
	fmt.Println("format %f", testing.AllocsPerRun(100, func() { sink = strconv.AppendFloat(sink[:0], 3.25, 'f', 3, 64) }))
	fmt.Println("local address", testing.AllocsPerRun(100, func() {
		n := 1
		addInto(&n, 2)
		isink = n
	}))
	fmt.Println("&T{}", testing.AllocsPerRun(100, func() {
		p := &pair{1, 2}
		q := new(pair)
		q.a = 5
		isink = p.sum() + q.sum()
	}))
	fmt.Println("array slice", testing.AllocsPerRun(100, func() {
		var buf [16]byte
		b := strconv.AppendInt(buf[:0], 12345, 10)
		isink = len(b)
	}))
	fmt.Println(ssink, string(sink), isink)
}
