// Non-constant shifts of untyped constants take their type from the context.
package main

import "fmt"

func main() {
	var s uint = 33
	var u16 uint16 = 1 << (s - 30)
	var i64 int64 = 1 << s
	x := 1 << s
	var u8 uint8 = 200
	fmt.Println(u16, i64, x, 1<<s == 8589934592, u8&(1<<s-1), u8+(1<<(s-30)))
	var arr [3]int
	fmt.Println(arr[1<<(s-33)], len(arr)<<1, ^(1 << (s - 31)), -(1 << (s - 32)))
	var w uint32 = 0xffff
	w &^= 1 << (s & 31)
	fmt.Println(w, uint8(1<<(s-26)), int8(1<<(s-27)))
	fmt.Printf("%T %T\n", 1<<s, uint16(1)<<s)
	var i int = 1.0 << (s - 30)
	var j int64 = 2.0<<(s-30) + 1
	k := 'a' << (s - 30)
	fmt.Println(i, j, k, 1<<(s-30)+1 == 9)
}
