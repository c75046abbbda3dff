// Packages unicode and unicode/utf8: category predicates and case mapping
// on ASCII, Latin-1 and beyond; rune lengths, counting, decoding (also of
// invalid input), encoding, validity.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '_', 'é', 'É', 'ß', 'ÿ', 'µ', 0xA0, 0x85, '½', '²',
		'Ω', 'ω', 'ǅ', 'Ж', 'ж', '世', '٣', '\u2028', '\u3000', '€', '😀', 0x300, 0x7F, 0xAD, 'İ', 'ı', 'K', 'ſ', -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U L%t D%t N%t U%t l%t T%t P%t S%t M%t Y%t G%t R%t C%t -> %U %U %U %U\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsSpace(r), unicode.IsMark(r), unicode.IsSymbol(r),
			unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsControl(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.MaxCase, 'q'), unicode.MaxRune, unicode.ReplacementChar)
	fold := 'k'
	for i := 0; i < 4; i++ {
		fold = unicode.SimpleFold(fold)
		fmt.Printf("%c(%U) ", fold, fold)
	}
	fmt.Println()

	for _, r := range []rune{'a', 'é', '€', '😀', -5, 0xD800, 0x110000} {
		fmt.Print(utf8.RuneLen(r), " ", utf8.ValidRune(r), "; ")
	}
	fmt.Println()
	s := "héllo, 世界 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, w)
		i += w
	}
	fmt.Println()
	for j := len(s); j > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		fmt.Printf("%c:%d ", r, w)
		j -= w
	}
	fmt.Println()
	bad := "a\xffb\xe2\x82c\xed\xa0\x80\xf0\x9f\x98"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad), utf8.Valid([]byte("ok")))
	for i := 0; i < len(bad); {
		r, w := utf8.DecodeRuneInString(bad[i:])
		fmt.Printf("%U:%d ", r, w)
		i += w
	}
	fmt.Println()
	r, w := utf8.DecodeRuneInString("")
	fmt.Println(r, w, utf8.RuneError == r)
	r, w = utf8.DecodeLastRune([]byte("x\xe2\x82"))
	fmt.Println(r, w)
	r, w = utf8.DecodeRune([]byte("€uro"))
	fmt.Println(r, w, string(r))

	buf := make([]byte, 8)
	n := utf8.EncodeRune(buf, '世')
	n += utf8.EncodeRune(buf[n:], 'x')
	n += utf8.EncodeRune(buf[n:], 0xD800)
	fmt.Println(buf[:n], n, string(buf[:n]))
	b := utf8.AppendRune([]byte("go"), '😀')
	b = utf8.AppendRune(b, 'é')
	fmt.Println(b, string(b))
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.FullRune([]byte{0xe2, 0x82, 0xac}), utf8.FullRuneInString("\xf0\x9f"),
		utf8.FullRuneInString("\xe0\x80"), utf8.FullRune([]byte{'a'}), utf8.FullRune(nil), utf8.RuneStart(0x82), utf8.RuneStart('a'))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)

	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 2), '世')
}
