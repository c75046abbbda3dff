// Package stats is the Go half of examples/cmake-interop: the C++ program
// calls its //export functions, and it calls back into the C++ host
// through its //gocxx:extern functions.
package stats

//gocxx:include "host.h"

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// report is the host's: it prints a line of the C++ program's output.
//
//gocxx:extern "host::report"
func report(line string)

// weight is the host's weighting of a word.
//
//gocxx:extern "host::weight"
func weight(word string) int

// Score weighs every word of text: one goroutine per line, their sums
// gathered over a channel.
//
//export Score
func Score(text string) int {
	lines := strings.Split(text, "\n")
	sums := make(chan int)
	for _, line := range lines {
		go func(line string) {
			sum := 0
			for _, w := range strings.Fields(line) {
				sum += weight(w)
			}
			sums <- sum
		}(line)
	}
	total := 0
	for range lines {
		total += <-sums
	}
	return total
}

// Top returns the n most frequent words of words, the most frequent first
// (ties in alphabetical order), and reports how many distinct words there
// were.
//
//export Top
func Top(words []string, n int) []string {
	count := map[string]int{}
	for _, w := range words {
		count[strings.ToLower(w)]++
	}
	distinct := make([]string, 0, len(count))
	for w := range count {
		distinct = append(distinct, w)
	}
	sort.Slice(distinct, func(i, j int) bool {
		a, b := distinct[i], distinct[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return a < b
	})
	report(fmt.Sprintf("%d words, %d distinct", len(words), len(distinct)))
	if n > len(distinct) {
		n = len(distinct)
	}
	return distinct[:n]
}

var errRange = errors.New("port out of range")

// ParsePort parses a TCP port number.
//
//export ParsePort
func ParsePort(s string) (int, error) {
	p, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("port %q: %w", s, err)
	}
	if p < 1 || p > 65535 {
		return 0, fmt.Errorf("port %d: %w", p, errRange)
	}
	return p, nil
}

// Divide panics when b is 0: the C++ caller gets a go::panic_error.
//
//export Divide
func Divide(a, b int) int {
	return a / b
}

// Map applies f, a C++ function, to each element of xs.
//
//export Map
func Map(xs []int64, f func(int64) int64) []int64 {
	out := make([]int64, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
