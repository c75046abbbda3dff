// regexp and strconv corners.
package main

import (
	"fmt"
	"regexp"
	"strconv"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; eve@nowhere.org"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindAllString(s, -1))
	fmt.Println(re.FindStringSubmatch(s), re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"), re.NumSubexp())
	re2 := regexp.MustCompile(`(?i)^h(?P<rest>el+o)$`)
	fmt.Println(re2.MatchString("HELLO"), re2.SubexpNames(), re2.String())
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompile(`\s+`).Split("a  b \t c", -1), regexp.QuoteMeta("1+1=2?"))
	fmt.Println(regexp.MustCompile(`a+`).ReplaceAllStringFunc("baaac aa", func(m string) string { return strconv.Itoa(len(m)) }))

	for _, v := range []string{"1e308", "1e309", "-0", "0x1.8p1", "NaN", "1_000.5", ".5e-3"} {
		f, err := strconv.ParseFloat(v, 64)
		fmt.Println(v, f, err)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'e', -1, 32), strconv.FormatFloat(123456789.125, 'f', 2, 64))
	fmt.Println(strconv.AppendQuoteRune(nil, '☺'), strconv.QuoteRuneToASCII('☺'), strconv.CanBackquote("a`b"))
	i, err := strconv.ParseInt("-0x7f", 0, 8)
	fmt.Println(i, err)
	_, err = strconv.ParseInt("200", 10, 8)
	fmt.Println(err)
}
