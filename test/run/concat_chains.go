// Chains of string + are one concatenation; operands are still evaluated
// left to right, and one-byte strings from conversions compare and hash as
// any other.
package main

import "fmt"

type name string

var trace []string

func part(s string) string {
	trace = append(trace, s)
	return s
}

func main() {
	a, b, c := "x", "", "héllo"
	s := a + b + c + "-" + (a + (c + a)) + string(rune(65)) + string(rune(0x4e16))
	fmt.Println(s, len(s))
	fmt.Println(part("1") + part("2") + (part("3") + part("4")) + part("5"))
	fmt.Println(trace)
	var n name = "n"
	m := n + "a" + n + name(c)
	fmt.Printf("%T %v\n", m, m)
	s = ""
	for i := 0; i < 5; i++ {
		s += "ab" + string(rune('a'+i)) + "|"
	}
	fmt.Println(s)
	one := string([]byte{'q'})
	set := map[string]int{one: 1}
	set["q"]++
	fmt.Println(len(set), set["q"], one == "q", string(byte(200)) == "\u00c8")
	const k = "con" + "st"
	fmt.Println(k + a + k)
}
