package main

import (
	"bytes"
	"strings"
)

func main() {
	var b strings.Builder
	_ = b.addr
	_ = b.Len()
	var buf bytes.Buffer
	buf.grow(1)
	_ = buf.Buf
	_ = strings.Builder{addr: nil}
}
