// Writing to a nil map panics with Go's plain (non-runtime-error-prefixed)
// message; reading from it is fine.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"], len(m))
	m["a"] = 1
	fmt.Println("unreachable")
}
