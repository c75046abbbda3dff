// flag, context, log, os/exec, io/ioutil, runtime/debug.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/ioutil"
	"log"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"time"
)

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 1, "count")
	name := fs.String("name", "x", "the name")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("d", time.Second, "delay")
	err := fs.Parse([]string{"-n", "3", "--name=gocxx", "-v", "-d", "1.5s", "rest", "args"})
	fmt.Println(*n, *name, *v, *d, fs.Args(), fs.NArg(), err)
	err = fs.Parse([]string{"-bogus"})
	fmt.Println(err)
	fs.PrintDefaults()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("timeout not delivered")
	}
	ctx2, cancel2 := context.WithCancel(context.WithValue(context.Background(), "k", "v"))
	cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), ctx2.Value("k"))

	l := log.New(os.Stdout, "[app] ", 0)
	l.Printf("value=%d", 42)
	l.SetFlags(log.Lshortfile)
	l.Println("with file")

	out, err := exec.Command("echo", "hello", "from", "exec").Output()
	fmt.Printf("%q %v\n", out, err)
	cmd := exec.Command("sh", "-c", "echo err >&2; exit 3")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Run()
	var ee *exec.ExitError
	fmt.Println(errors.As(err, &ee), ee.ExitCode(), stderr.String())

	f, _ := ioutil.TempFile("", "g")
	f.WriteString("temp data")
	f.Close()
	b, err := ioutil.ReadFile(f.Name())
	fmt.Println(string(b), err)
	os.Remove(f.Name())
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
}
