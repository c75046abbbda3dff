// Buffered channels: sends that do not block while there is room, len and cap,
// close with values still buffered, receive with ok, nil and closed channels.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	ch <- "c"
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)

	nums := make(chan int, 10)
	for i := 0; i < 10; i++ {
		nums <- i
	}
	close(nums)
	total := 0
	for n := range nums {
		total += n
	}
	fmt.Println("total", total)

	var nilch chan int
	fmt.Println(nilch == nil, len(nilch), cap(nilch))

	// A pipeline through two buffered stages.
	in, out := make(chan int, 4), make(chan int, 4)
	go func() {
		for x := range in {
			out <- x * 10
		}
		close(out)
	}()
	go func() {
		for i := 1; i <= 6; i++ {
			in <- i
		}
		close(in)
	}()
	for x := range out {
		fmt.Print(x, " ")
	}
	fmt.Println()
}
