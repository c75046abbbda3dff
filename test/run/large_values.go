// Values larger than a goroutine's stack (a 1 MiB array in a struct) as
// locals and composite literals, in a goroutine.
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
