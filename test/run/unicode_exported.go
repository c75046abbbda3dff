// Identifiers that start with a non-ASCII upper-case letter are exported
// (unicode.IsUpper of the first rune), for reflect and encoding/json too.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type T struct {
	A0, À, Aβ int
	ñ         int
}

func main() {
	v := struct {
		A0, À, Aβ int
	}{}
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
	rt := reflect.TypeOf(T{})
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		fmt.Println(f.Name, f.IsExported(), f.PkgPath)
	}
	fmt.Printf("%+v\n", T{1, 2, 3, 4})
}
