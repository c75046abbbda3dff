// A word count over bufio.Scanner, sorted with sort.Slice, written through bufio.Writer.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog\nthe dog barks\n\nfox and dog"
	sc := bufio.NewScanner(strings.NewReader(text))
	counts := map[string]int{}
	lines := 0
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			counts[strings.ToLower(w)]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:4] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "lines=%d words=%d\n", lines, len(counts))
	w.Flush()
}
