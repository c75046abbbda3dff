package greet

import "fmt"

type Greeter struct{ Name string }

func (g Greeter) Greet() string { return fmt.Sprintf("hello, %s", g.Name) }

var count = 3

func Count() int { return count }
