// Package fmt declares the part of Go's fmt that the gocxx runtime
// implements natively (runtime/lib, namespace gopkg::fmt) until fmt is
// compiled from Go's own sources.
package fmt

import "io"

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error

type Stringer interface {
	String() string
}

func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
