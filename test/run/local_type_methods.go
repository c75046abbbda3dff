package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type counter struct{ n int }

func (c *counter) Inc() int { c.n++; return c.n }

func main() {
	type justReader struct{ io.Reader }
	type justWriter struct{ io.Writer }
	var buf bytes.Buffer
	n, err := io.Copy(justWriter{&buf}, justReader{strings.NewReader("copied")})
	fmt.Println(n, err, buf.String())
	_, hasWriteTo := any(justReader{}).(io.WriterTo)
	_, isReader := any(justReader{}).(io.Reader)
	fmt.Println(hasWriteTo, isReader)
	type wrap struct {
		*counter
		name string
	}
	w := wrap{&counter{}, "w"}
	var inc interface{ Inc() int } = w
	inc.Inc()
	fmt.Println(inc.Inc(), w.n)
	pw := &wrap{&counter{10}, "p"}
	var inc2 interface{ Inc() int } = pw
	fmt.Println(inc2.Inc())
	fmt.Printf("%T %T\n", w, pw)
}
