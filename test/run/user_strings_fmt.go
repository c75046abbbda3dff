// strings, bytes, unicode and fmt's verbs and flags.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Count(s, "Hello"), strings.Index(s, "Go"), strings.LastIndex(s, "Hello"))
	fmt.Println(strings.SplitN(s, ",", 2), strings.Fields(" a  b c "), strings.Title("go is fun"))
	before, after, found := strings.Cut(s, ", ")
	fmt.Println(before, "|", after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	fmt.Println(b.String(), b.Len())
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.TrimFunc("123abc456", unicode.IsDigit))
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Println(buf.String(), bytes.Contains(buf.Bytes(), []byte("lo w")))
	fmt.Printf("%5.2f|%-5d|%05d|%x|%X|%o|%b|%e|%g\n", 3.14159, 42, 42, 255, 255, 8, 5, 1234.5678, 0.000012)
	fmt.Printf("%q %v %+v %#v %T\n", "hi", []int{1, 2}, struct{ A int }{1}, map[string]int{"a": 1}, 1.5)
	fmt.Printf("%8s|%-8s|%.2s|%c|%U\n", "ab", "cd", "xyz", 'G', 0x1F600)
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(-255, 16))
	type point struct{ X, Y int }
	pt := &point{1, 2}
	fmt.Printf("%v %+v\n", pt, *pt)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	var ip *int
	fmt.Println(ip == nil, fmt.Sprintf("%v", ip), fmt.Sprintf("%d%%", 50))
}
