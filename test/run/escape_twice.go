// An argument the callee's tags send to two places (its contents to the
// heap, itself to the result) is evaluated once for each: an allocation in
// it is still one allocation, which escapes when either way out does.
// (path.Join returned Clean(string(buf)) from a dead frame buffer.)
package main

import (
	"fmt"
	"path"
)

var sink []byte

func both(s string) string {
	sink = append(sink, s...)
	return s
}

func bothSlice(xs ...int) []int {
	for _, x := range xs {
		sink = append(sink, byte(x))
	}
	return xs
}

func clobber(n int) int {
	var buf [64]byte
	for i := range buf {
		buf[i] = byte(n + i)
	}
	if n == 0 {
		return int(buf[1])
	}
	return clobber(n-1) + int(buf[n%64])
}

func main() {
	b := []byte("hello, frame")
	r := both(string(b))
	xs := bothSlice(1, 2, 3)
	p := path.Join("/var", fmt.Sprintf("file-%d", 42))
	q := path.Join("a", string(b[:5]), "../c")
	clobber(20)
	for i := range b {
		b[i] = '.'
	}
	fmt.Println(r, xs, p, q, len(sink))
}
