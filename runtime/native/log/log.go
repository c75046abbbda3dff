// Package log declares the part of Go's log that the gocxx runtime
// implements natively (namespace gopkg::log): the standard logger, writing
// to standard error.
package log

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

func Print(v ...any)
func Printf(format string, v ...any)
func Println(v ...any)
func Fatal(v ...any)
func Fatalf(format string, v ...any)
func Fatalln(v ...any)
func Panic(v ...any)
func Panicf(format string, v ...any)
func Panicln(v ...any)
func SetFlags(flag int)
func Flags() int
func SetPrefix(prefix string)
func Prefix() string
