// Writes to a closed socket or pipe return EPIPE (or ECONNRESET) instead of
// killing the program with SIGPIPE; children get SIGPIPE's default action.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	buf := make([]byte, 1<<16)
	var err error
	for i := 0; i < 1000 && err == nil; i++ {
		_, err = c.Write(buf)
	}
	fmt.Println("write to closed peer fails:", err != nil, errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNRESET))
	r, w, _ := os.Pipe()
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println("pipe:", errors.Is(err, syscall.EPIPE))
	// A child gets SIGPIPE's default action.
	out, err := exec.Command("sh", "-c", "yes | head -1; echo ${PIPESTATUS:-x}").Output()
	fmt.Printf("%q %v\n", out, err)
}
