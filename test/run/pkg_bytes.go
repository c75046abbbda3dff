// Package bytes (comparisons, searches, Buffer) and strings.Builder.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type stringer interface{ String() string }

func main() {
	a, b := []byte("hello, world"), []byte("hello")
	fmt.Println(bytes.Equal(a, b), bytes.Equal(b, []byte("hello")), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(b, b), bytes.Compare(nil, nil))
	fmt.Println(bytes.Contains(a, []byte("o, w")), bytes.Contains(a, []byte("xyz")), bytes.Index(a, []byte("world")), bytes.IndexByte(a, 'w'))
	fmt.Println(bytes.HasPrefix(a, b), bytes.HasSuffix(a, []byte("world")), bytes.HasSuffix(a, b))
	fmt.Println(string(bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", "))), string(bytes.Repeat([]byte("ab"), 3)))
	fmt.Println(string(bytes.ToUpper(a)), string(bytes.ToLower([]byte("MiXeD"))), "["+string(bytes.TrimSpace([]byte("  \t x y \n")))+"]", bytes.TrimSpace([]byte("   ")) == nil)

	var buf bytes.Buffer
	buf.WriteString("abc")
	buf.WriteByte('-')
	buf.WriteRune('世')
	n, err := buf.Write([]byte("xyz"))
	fmt.Println(n, err, buf.Len(), buf.String(), string(buf.Bytes()))
	for i := 0; i < 100; i++ {
		buf.WriteString(fmt.Sprint(i % 10))
	}
	fmt.Println(buf.Len(), buf.String()[:20])
	buf.Truncate(5)
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	nb := bytes.NewBufferString("start:")
	nb.WriteString("more")
	var s stringer = nb
	fmt.Println(s.String(), bytes.NewBuffer([]byte("raw")).String())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("x")
		sb.WriteByte('0' + byte(i))
	}
	sb.WriteRune('é')
	sb.Write([]byte("!"))
	first := sb.String()
	sb.WriteString(" and more")
	fmt.Println(first, sb.Len(), sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	sb.Grow(100)
	fmt.Println(sb.Cap() >= 100, sb.Len())
	var s2 stringer = &sb
	sb.WriteString("via interface")
	fmt.Println(s2.String())
}

