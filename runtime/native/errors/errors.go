// Package errors declares the part of Go's errors that the gocxx runtime
// implements natively (namespace gopkg::errors).
package errors

func New(text string) error
