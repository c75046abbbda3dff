// Benchmark: fmt.Sprintf with the common verbs (%d, %s, %v, %x, %.2f, %q,
// %-8s, %+v of a struct) in a loop, the results summed by length. Measures
// Go's fmt compiled by gocxx: the printer, boxing into interfaces, the
// variadic slice.
package main

import "fmt"

type point struct {
	X, Y int
	Name string
}

func main() {
	total := 0
	p := point{3, 4, "origin"}
	for i := 0; i < 600000; i++ {
		s := fmt.Sprintf("%d %s %v", i, "item", i*3)
		total += len(s)
		s = fmt.Sprintf("%x|%.2f|%q", i, float64(i)/7, "q")
		total += len(s)
		s = fmt.Sprintf("%-8s|%5d|%+v", "left", i%1000, p)
		total += len(s)
	}
	fmt.Println(total)
}
