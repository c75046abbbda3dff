// x op= y keeps y's grouping whatever C++'s precedence says.
package main

import "fmt"

func main() {
	s := 0
	for _, v := range []int{10, 11, 12} {
		s += v & 7
	}
	fmt.Println(s)
	a, b, c := 6, 3, 5
	x := 100
	x -= a | b
	fmt.Println(x)
	x *= b ^ c
	fmt.Println(x)
	x &= a + b
	fmt.Println(x)
	y := uint(0xff)
	y &^= 0x0f | 0x30
	fmt.Println(y)
	y |= 1 << 2 & 0xff
	fmt.Println(y)
	z := 7
	z ^= a &^ b
	fmt.Println(z)
	m := map[string]int{"k": 3}
	m["k"] += a & b
	m["k"] <<= 1 | 1
	fmt.Println(m["k"])
	arr := []int{1, 2, 3}
	i := 1
	arr[i] %= a - b
	arr[i+1] /= a&b | 1
	fmt.Println(arr)
	var f float64 = 10
	f -= 2 * 3
	f /= 1 + 1
	fmt.Println(f)
	var n8 int8 = 100
	n8 += 100 & 0x7f
	fmt.Println(n8)
	q := 1
	q++
	q += -a + b
	fmt.Println(q)
}
