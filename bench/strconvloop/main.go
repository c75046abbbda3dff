// Benchmark: strconv's conversions both ways: Itoa/Atoi, FormatFloat and
// ParseFloat (shortest and fixed), Quote/Unquote, AppendInt into a reused
// buffer. Measures Go's strconv compiled by gocxx.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	sum := 0
	fsum := 0.0
	buf := make([]byte, 0, 64)
	for i := 0; i < 2000000; i++ {
		s := strconv.Itoa(i * 7)
		n, _ := strconv.Atoi(s)
		sum += n
		f := float64(i) * 1.25e-3
		fs := strconv.FormatFloat(f, 'g', -1, 64)
		g, _ := strconv.ParseFloat(fs, 64)
		fsum += g
		if i%4 == 0 {
			q := strconv.Quote(s)
			u, _ := strconv.Unquote(q)
			sum += len(u)
			fs = strconv.FormatFloat(f, 'f', 3, 64)
			sum += len(fs)
		}
		buf = strconv.AppendInt(buf[:0], int64(i), 16)
		sum += len(buf)
	}
	fmt.Println(sum, fsum)
}
