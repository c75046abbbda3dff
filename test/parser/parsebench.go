// parsebench parses every .go file under the given directories with
// go/parser and prints the same figures as gocxx-parseall (files, lines,
// clean, with errors, parse time, lines/s, peak RSS), for comparison.
//
// Usage: go run test/parser/parsebench.go DIR...
package main

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"time"
)

func main() {
	var files []string
	for _, dir := range os.Args[1:] {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && filepath.Ext(path) == ".go" {
				files = append(files, path)
			}
			return nil
		})
	}
	sort.Strings(files)
	var nfiles, lines, bytesTotal, clean, withErrors int
	var elapsed time.Duration
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		nfiles++
		bytesTotal += len(src)
		lines += bytes.Count(src, []byte{'\n'})
		fset := token.NewFileSet()
		t0 := time.Now()
		_, err = parser.ParseFile(fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
		elapsed += time.Since(t0)
		if err != nil {
			withErrors++
		} else {
			clean++
		}
	}
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	s := elapsed.Seconds()
	fmt.Printf("files:            %d\n", nfiles)
	fmt.Printf("lines:            %d\n", lines)
	fmt.Printf("bytes:            %d\n", bytesTotal)
	fmt.Printf("clean:            %d\n", clean)
	fmt.Printf("with errors:      %d\n", withErrors)
	fmt.Printf("parse time:       %.3f s\n", s)
	fmt.Printf("lines/s:          %.0f\n", float64(lines)/s)
	fmt.Printf("MB/s:             %.1f\n", float64(bytesTotal)/s/1e6)
	fmt.Printf("peak RSS:         %d KiB\n", ru.Maxrss)
}
