// Integer and float arithmetic with Go's exact rules: truncated division and
// remainder toward zero, wrap-around on overflow, shifts of every width,
// untyped constants, and conversions between sizes.
package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)

	var i8 int8 = 127
	i8++
	fmt.Println("int8 wraps:", i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 wraps:", u8)
	var u32 uint32 = 1 << 31
	fmt.Println(u32<<1, u32>>31)
	var x int64 = -8
	fmt.Println(x>>1, x<<60, uint64(x)>>60)
	var s uint = 70
	fmt.Println("big shift:", 1<<s, int32(1)<<s, -1>>s)

	const big = 1 << 100
	fmt.Println("untyped:", big>>98, big/(1<<90))

	f := 7.0 / 2
	fmt.Println(f, int(f), float32(1)/3, 1e21, 1e-7)
	fmt.Printf("%d %x %o %b %08.3f %e\n", 255, 255, 255, 5, 3.14159, 123456.789)
	m1, minI8 := int16(-1), int8(-128)
	fmt.Println(uint16(m1), minI8/-1, -minI8, minI8%-1)
	fmt.Println(^5, 6&3, 6|3, 6^3, 6&^3)
}
