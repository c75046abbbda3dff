// Constants: iota in its usual patterns, typed and untyped constants,
// constant expressions evaluated exactly at compile time, named types.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

const huge = 1 << 200
const third = 1.0 / 3

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Tuesday, Monday+1, int(Tuesday))
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	fmt.Println(huge>>195, huge/huge)
	fmt.Println(third*3 == 1, float32(third))
	f := FlagA | FlagC
	fmt.Println(f, f&FlagB != 0, f&FlagC != 0, f&^FlagA)
	const s = "const" + "ant"
	fmt.Println(s, len(s), 'x', string(rune('a'+2)))
	var r rune = 'é'
	var by byte = 'A'
	fmt.Println(r, by, 7/2, 7/2.0, 1e3)
}
