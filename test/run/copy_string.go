// copy from a string into a byte slice copies the bytes straight (no []byte
// of the string first), for named types and for type parameters whose types
// are strings and byte slices (their core type is string).
package main

import (
	"fmt"
	"testing"
)

type MyStr string
type Bytes []byte

func cp[T ~string | ~[]byte](dst []byte, src T) int { return copy(dst, src) }

func cpTo[D ~[]byte, T ~string | ~[]byte](dst D, src T) int { return copy(dst, src) }

func main() {
	b := make([]byte, 5)
	fmt.Println(copy(b, "hello world"), string(b))
	fmt.Println(copy(b[1:], MyStr("XY")), string(b))
	var bb Bytes = make(Bytes, 3)
	fmt.Println(copy(bb, "abcdef"), string(bb), copy(b, ""))
	fmt.Println(cp(b, "zz"), cp(b, []byte("q")), cp(b, MyStr("ww")), cp(b[3:], Bytes("abc")), string(b))
	fmt.Println(cpTo(bb, "xyz"), cpTo(b, bb), string(b))
	s := "from a string"
	fmt.Println("allocations:", testing.AllocsPerRun(100, func() { copy(b, s[5:]) }))
}
