package main

func main() {
	type state func() state
	var s state
	_ = s
}
