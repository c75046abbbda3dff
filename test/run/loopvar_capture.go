// Go 1.19 loop variables: one per loop, shared by the closures that capture
// them (range and three-clause loops).
package main

import "fmt"

func main() {
	var fs []func() int
	for i := range [3]int{} {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	var gs []func() string
	for k, v := range []string{"a", "b"} {
		gs = append(gs, func() string { return fmt.Sprint(k, v) })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func() int { return i })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
