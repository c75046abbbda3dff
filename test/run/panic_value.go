// An unrecovered panic with an error value and one with a custom string:
// Go prints `panic: ` followed by the error's text and exits 2. The panic
// happens in a goroutine other than main.
package main

import (
	"errors"
	"fmt"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		panic(fmt.Sprintf("bad value %d", 42))
	}()
	<-done
	fmt.Println("main continues")
	panic(errors.New("disk on fire"))
}
