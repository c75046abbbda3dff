// Command hello is built by CMake through gocxx_add_executable.
package main

import (
	"fmt"

	"example.com/cmakeexample/greet"
)

func main() {
	fmt.Println(greet.Hello([]string{"cmake", "ninja", "make"}))
}
