// Strings: concatenation, length in bytes, indexing bytes, slicing, ranging
// over runes, comparison, conversions to and from []byte and []rune.
package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t))
	fmt.Println(s[0], s[1:3], s[:2]+s[3:], string(s[4]))

	u := "héllo, 世界"
	fmt.Println(len(u), len([]rune(u)))
	for i, r := range u {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()

	fmt.Println("abc" < "abd", "abc" == "ab"+"c", "b" > "abc", "" < "a")
	bs := []byte(s)
	bs[0] = 'j'
	fmt.Println(string(bs), s)
	rs := []rune(u)
	fmt.Println(string(rs[7:]), string(rune(65)), string(rune(0x4e16)))
	fmt.Printf("%q %v %s|%5s|%-5s|\n", u, "x", "y", "ab", "cd")

	acc := ""
	for i := 0; i < 5; i++ {
		acc += fmt.Sprint(i)
	}
	fmt.Println(acc)
	fmt.Println(string("\xff"[0]) == "\u00ff", []byte("\xff")[0])
}
