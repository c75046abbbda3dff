// Go's operator precedence, where C++'s differs (a|b != 3 is (a|b) != 3).
package main

import "fmt"

func main() {
	a, b, c := uint(6), uint(3), uint(5)
	x, y := 7, 2
	fmt.Println(a|b != 3, a&b == 0, a^b == 5, a&^b+c, a&^(b+c), a|b^c, a^b|c, a&b+c, a-b+c, a-(b+c))
	fmt.Println(x/y*y, x%y+1, x<<1+1, x>>1|1, x == y == false, x < y == (y < x), -x*y, x*y-x/y)
	f, g := 1.5, 2.0
	fmt.Println(f/g*g, f-g-g, f-(g-g))
	var i8 int8 = 100
	fmt.Println(i8+i8 > 0, i8*2/2)
}
