package main

import (
	"fmt"

	"example.com/m/greet"
)

func main() {
	g := greet.Greeter{Name: "gocxx"}
	fmt.Println(g.Greet(), greet.Count())
}
