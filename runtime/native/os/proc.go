// Package os declares the part of Go's os that the gocxx runtime implements
// natively (namespace gopkg::os).
package os

var Args []string

func Exit(code int)
func Getenv(key string) string
