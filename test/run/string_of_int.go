// string(i) for integers of every width: beyond the runes' range is "\uFFFD",
// never the low 32 bits.
package main

import "fmt"

func main() {
	var a int64 = 0x100000041
	var b uint64 = 1<<63 + 65
	var c int32 = -1
	var d uint8 = 200
	fmt.Printf("%q %q %q %q\n", string(a), string(b), string(c), string(d))
}
