// Package kit has a few helpers whose tests use more of package testing.
package kit

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Words splits s into fields, sorted.
func Words(s string) []string {
	w := strings.Fields(s)
	sort.Strings(w)
	return w
}

// Save writes data to name in dir.
func Save(dir, name, data string) (string, error) {
	p := filepath.Join(dir, name)
	return p, os.WriteFile(p, []byte(data), 0o644)
}

// Greeting reads $KIT_NAME.
func Greeting() string {
	if n := os.Getenv("KIT_NAME"); n != "" {
		return "hello, " + n
	}
	return "hello"
}
