// Benchmark: building strings three ways: strings.Builder, += concatenation
// of short pieces, and fmt.Sprintf; then strings.Split, Join and Repeat
// over the results. Measures string allocation, copying and fmt.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func builder(n int) int {
	total := 0
	for r := 0; r < 20; r++ {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString("item")
			b.WriteString(strconv.Itoa(i))
			b.WriteByte(',')
		}
		total += b.Len()
	}
	return total
}

func concat(n int) int {
	total := 0
	for r := 0; r < 2000; r++ {
		s := ""
		for i := 0; i < n; i++ {
			s += "ab" + string(rune('a'+i%26))
		}
		total += len(s)
	}
	return total
}

func sprintf(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := fmt.Sprintf("%d:%s:%5.2f|%x", i, "key", float64(i)/7, i*31)
		total += len(s)
	}
	return total
}

func splitJoin(n int) int {
	line := strings.Repeat("alpha,beta,gamma,delta,", 50)
	total := 0
	for i := 0; i < n; i++ {
		parts := strings.Split(line, ",")
		total += len(strings.Join(parts, ";"))
		total += strings.Count(line, "a") + strings.Index(line, "delta,alpha,beta,gamma,delta,alpha,beta,gamma,x")
	}
	return total
}

func main() {
	fmt.Println(builder(200000))
	fmt.Println(concat(200))
	fmt.Println(sprintf(1000000))
	fmt.Println(splitJoin(20000))
}
