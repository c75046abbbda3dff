// Files: a temporary directory, WriteFile, bufio reading, Stat, ReadDir, filepath and the environment.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gocxx-test")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("line one\nline two\nline three\n"), 0644); err != nil {
		panic(err)
	}
	f, err := os.Open(p)
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			break
		}
		fmt.Print(strings.ToUpper(line))
	}
	f.Close()
	info, _ := os.Stat(p)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode())
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(filepath.Base(p), filepath.Ext(p), filepath.Dir("/a/b/c"))
	os.Setenv("GOCXX_TEST_VAR", "hello")
	fmt.Println(os.Getenv("GOCXX_TEST_VAR"), len(os.Args))
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(err != nil)
}
