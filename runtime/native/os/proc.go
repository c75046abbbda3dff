// Package os declares the part of Go's os that the gocxx runtime implements
// natively (namespace gopkg::os).
package os

func Exit(code int)
