// unsafe: Sizeof/Alignof/Offsetof as gc lays out amd64, Pointer conversions, Add, Slice.
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	a bool
	b int64
	c int16
	d string
}

func main() {
	var t T
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t), unsafe.Offsetof(t.c), unsafe.Offsetof(t.d), unsafe.Sizeof(""), unsafe.Sizeof([]int{}))
	x := int64(42)
	p := unsafe.Pointer(&x)
	q := (*int64)(p)
	*q = 7
	fmt.Println(x, uintptr(p) != 0)
	arr := [4]int32{1, 2, 3, 4}
	p2 := unsafe.Add(unsafe.Pointer(&arr[0]), 8)
	fmt.Println(*(*int32)(p2))
	s := unsafe.Slice(&arr[1], 2)
	fmt.Println(s, len(s), cap(s))
}
