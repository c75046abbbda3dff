// Errors wrapped with %w, errors.Is and As over custom, strconv and fs errors, and a recovered runtime error.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Err   error
}

func (e *ValidationError) Error() string { return "invalid " + e.Field + ": " + e.Err.Error() }
func (e *ValidationError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return &ValidationError{"key", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	err := find("x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	err = find("")
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field, errors.Is(err, ErrNotFound))
	_, err = strconv.Atoi("zz")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Err == strconv.ErrSyntax)
	_, err = os.Open("/nonexistent/file")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", io.EOF))
	fmt.Println(wrapped, errors.Is(wrapped, io.EOF))
	fmt.Printf("%v|%s|%q|%#v\n", ErrNotFound, ErrNotFound, ErrNotFound, 42)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var e error
		if re, ok := r.(error); ok {
			e = re
		}
		fmt.Println(e)
	}()
	var m map[string]int
	m["x"] = 1
}
