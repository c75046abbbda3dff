// Anonymous and local struct types, struct{} channels and map values, struct map keys.
package main

import "fmt"

type point struct{ x, y int }
type P2 point

func main() {
	done := make(chan struct{})
	go func() { done <- struct{}{} }()
	<-done
	seen := map[point]bool{}
	seen[point{1, 2}] = true
	fmt.Println(seen[point{1, 2}], seen[point{2, 1}], len(seen))
	v := struct {
		name string
		age  int
	}{"bob", 3}
	fmt.Println(v.name, v.age)
	type local struct{ a int }
	l := local{5}
	fmt.Println(l.a)
	p := P2{3, 4}
	fmt.Println(p.x + p.y)
	set := map[string]struct{}{"a": {}}
	_, ok := set["a"]
	fmt.Println(ok)
}
