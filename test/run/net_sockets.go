// UDP datagrams, a Unix socket with CloseWrite, an HTTP server with a
// client timeout and Shutdown, and a refused connection.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	// UDP round trip.
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		buf := make([]byte, 100)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), addr)
		}
	}()
	c, _ := net.Dial("udp", pc.LocalAddr().String())
	c.Write([]byte("ping"))
	buf := make([]byte, 10)
	c.SetReadDeadline(time.Now().Add(time.Second))
	n, err := c.Read(buf)
	fmt.Println(string(buf[:n]), err)
	c.Close()
	pc.Close()

	// Unix socket.
	dir, _ := os.MkdirTemp("", "sock")
	defer os.RemoveAll(dir)
	sock := filepath.Join(dir, "s")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		panic(err)
	}
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		io.Copy(conn, conn)
		conn.Close()
	}()
	uc, err := net.Dial("unix", sock)
	if err != nil {
		panic(err)
	}
	fmt.Fprint(uc, "over unix")
	uc.(*net.UnixConn).CloseWrite()
	b, _ := io.ReadAll(uc)
	fmt.Println(string(b))
	ln.Close()

	// HTTP server with Shutdown and a client timeout.
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
			fmt.Fprint(w, "late")
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/fast", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "quick") })
	tl, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: mux}
	done := make(chan error)
	go func() { done <- srv.Serve(tl) }()
	client := &http.Client{Timeout: 50 * time.Millisecond}
	_, err = client.Get("http://" + tl.Addr().String() + "/slow")
	var ne net.Error
	fmt.Println("timeout:", errors.As(err, &ne) && ne.Timeout())
	resp, err := client.Get("http://" + tl.Addr().String() + "/fast")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(string(b), resp.ContentLength, resp.Header.Get("Content-Type"))
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fmt.Println("shutdown:", srv.Shutdown(ctx))
	fmt.Println("serve:", <-done)
	_, err = net.Dial("tcp", tl.Addr().String())
	fmt.Println("dial after close fails:", err != nil)
	_, err = net.DialTimeout("tcp", "127.0.0.1:1", time.Second)
	fmt.Println(err)
}
