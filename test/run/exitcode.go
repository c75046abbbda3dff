// os.Exit with a status of our choosing, after writing to both stdout and
// stderr; deferred calls do not run on os.Exit.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
