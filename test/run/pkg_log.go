// Native package log: flags, prefix, Print/Printf/Println, Panicf recovered, Fatal exit status.
package main

import "log"

func main() {
	log.SetFlags(0)
	log.SetPrefix("p: ")
	log.Println("hello", 3)
	log.Printf("%d-%s", 4, "x")
	defer func() { r := recover(); log.Print("recovered ", r); log.Fatal("bye") }()
	log.Panicf("boom %d", 1)
}
