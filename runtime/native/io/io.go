// Package io declares the part of Go's io that the gocxx runtime implements
// natively (namespace gopkg::io): the basic interfaces and EOF.
package io

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF error
