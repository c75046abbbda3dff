// Package errors declares the part of Go's errors that the gocxx runtime
// implements natively (namespace gopkg::errors).
package errors

func New(text string) error

func Unwrap(err error) error
func Is(err, target error) bool
func As(err error, target any) bool
