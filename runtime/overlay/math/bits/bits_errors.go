// gocxx: gc's runtime gives math/bits these values by //go:linkname; here
// they are the runtime's own runtime.Error values, as a division by zero
// panics with.
package bits

var overflowError error = runtimeError("integer overflow").(error)

var divideError error = runtimeError("integer divide by zero").(error)

func runtimeError(msg string) any
