// The network poller: TCP over loopback with goroutines blocked in Accept,
// Read and Write, deadlines, and net/http with httptest.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

func echoServer() (net.Listener, *sync.WaitGroup) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		os.Exit(1)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				fmt.Println("accept ended:", errors.Is(err, net.ErrClosed))
				return
			}
			wg.Add(1)
			go func(c net.Conn) {
				defer wg.Done()
				defer c.Close()
				sc := bufio.NewScanner(c)
				for sc.Scan() {
					fmt.Fprintf(c, "%s!\n", strings.ToUpper(sc.Text()))
				}
			}(c)
		}
	}()
	return ln, &wg
}

func clients(addr string, n int) []string {
	var mu sync.Mutex
	var got []string
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", addr)
			if err != nil {
				fmt.Println("dial:", err)
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			for j := 0; j < 3; j++ {
				fmt.Fprintf(c, "client %d line %d\n", i, j)
				line, err := r.ReadString('\n')
				if err != nil {
					fmt.Println("read:", err)
					return
				}
				mu.Lock()
				got = append(got, strings.TrimSpace(line))
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	sort.Strings(got)
	return got
}

func deadlines(addr string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	start := time.Now()
	buf := make([]byte, 10)
	_, err = c.Read(buf)
	var ne net.Error
	fmt.Println("timeout:", errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
	fmt.Println("waited about the deadline:", time.Since(start) >= 25*time.Millisecond)
	// A deadline in the past fails at once; clearing it lets the read work.
	c.SetReadDeadline(time.Now().Add(-time.Second))
	_, err = c.Read(buf)
	fmt.Println("past deadline:", errors.Is(err, os.ErrDeadlineExceeded))
	c.SetReadDeadline(time.Time{})
	fmt.Fprintf(c, "again\n")
	n, err := c.Read(buf)
	fmt.Printf("after clearing: %q %v\n", buf[:n], err)
}

func httpRoundTrips() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s", r.URL.Query().Get("name"))
	})
	mux.HandleFunc("/post", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Len", fmt.Sprint(len(b)))
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(strings.ToUpper(string(b))))
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()

	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			resp, err := http.Get(fmt.Sprintf("%s/hello?name=g%d", ts.URL, i))
			if err != nil {
				results[i] = "error: " + err.Error()
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			results[i] = fmt.Sprintf("%d %s", resp.StatusCode, b)
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	resp, err := http.Post(ts.URL+"/post", "text/plain", strings.NewReader("some body"))
	if err != nil {
		fmt.Println("post:", err)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("X-Len"), string(b))
	resp, err = http.Get(ts.URL + "/missing")
	if err == nil {
		resp.Body.Close()
		fmt.Println("missing:", resp.Status)
	}
}

func main() {
	ln, wg := echoServer()
	for _, line := range clients(ln.Addr().String(), 5) {
		fmt.Println(line)
	}
	deadlines(ln.Addr().String())
	ln.Close()
	wg.Wait()
	httpRoundTrips()

	// A pipe between goroutines goes through the poller too.
	r, w, _ := os.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "pipe %d\n", i)
			time.Sleep(time.Millisecond)
		}
		w.Close()
	}()
	b, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)
}
