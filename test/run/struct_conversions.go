// Conversions between struct types of identical fields: tags ignored
// (also of nested unnamed structs), blank fields kept, named and unnamed.
package main

import (
	"encoding/json"
	"fmt"
)

type A struct {
	X int    `json:"x"`
	S string `json:"s"`
	_ int
	In struct {
		N []int `json:"n"`
	}
}

type B struct {
	X  int
	S  string
	_  int
	In struct{ N []int }
}

type Celsius struct{ V float64 }
type Kelvin Celsius

func main() {
	a := A{X: 1, S: "s"}
	a.In.N = []int{1, 2}
	b := B(a)
	b.In.N[0] = 9
	fmt.Printf("%+v %+v\n", a, b)
	j, _ := json.Marshal(a)
	k, _ := json.Marshal(b)
	fmt.Println(string(j), string(k))
	c := Celsius{3}
	kk := Kelvin(c)
	fmt.Println(kk, Celsius(kk) == c)
	p := &a
	fmt.Println(B(*p).X, struct{ X, Y int }(struct{ X, Y int }{1, 2}))
	type local struct{ V float64 }
	fmt.Println(local(c), (*Kelvin)(&c).V)
}
