// Benchmark: counting the lines, words and bytes of a 50 MB file with
// bufio.Scanner (lines, then words), after writing it with bufio.Writer.
// Measures Go's bufio and os over gocxx's syscall layer.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

func main() {
	dir, err := os.MkdirTemp("", "bufiolines")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "data.txt")
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	size := 0
	for i := 0; size < 50<<20; i++ {
		n, _ := w.WriteString("line " + strconv.Itoa(i) + " of the benchmark file, with some words in it\n")
		size += n
	}
	w.Flush()
	f.Close()

	count := func(split bufio.SplitFunc) (n, bytes int) {
		f, err := os.Open(path)
		if err != nil {
			panic(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Split(split)
		for sc.Scan() {
			n++
			bytes += len(sc.Bytes())
		}
		return
	}
	lines, lb := count(bufio.ScanLines)
	words, wb := count(bufio.ScanWords)
	fmt.Println(size, lines, lb, words, wb)
}
