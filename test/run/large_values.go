// Large values (a 1 MiB array in a struct) as locals and composite
// literals, in a goroutine: they live on the heap, not in its frame.
package main

type Foo struct {
	A [1 << 20]byte
	B string
}

func run(c chan bool) {
	f := new(Foo)
	*f = Foo{B: "hello"}
	var local Foo
	local.B = "x"
	println(len(f.B), local.B)
	c <- true
}

func main() {
	c := make(chan bool)
	go run(c)
	<-c
}
