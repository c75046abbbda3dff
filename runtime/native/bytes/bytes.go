// Package bytes declares the part of Go's bytes that the gocxx runtime
// implements natively (namespace gopkg::bytes, runtime/lib/pkg_bytes.cpp):
// comparisons and searches on byte slices, and Buffer's writing side.
package bytes

func Equal(a, b []byte) bool
func Compare(a, b []byte) int
func Contains(b, subslice []byte) bool
func Index(s, sep []byte) int
func IndexByte(b []byte, c byte) int
func HasPrefix(s, prefix []byte) bool
func HasSuffix(s, suffix []byte) bool
func Join(s [][]byte, sep []byte) []byte
func Repeat(b []byte, count int) []byte
func ToUpper(s []byte) []byte
func ToLower(s []byte) []byte
func TrimSpace(s []byte) []byte

// A Buffer is a variable-sized buffer of bytes with Write methods. The
// zero value is an empty buffer ready to use.
type Buffer struct {
	buf []byte
	off int
}

func NewBuffer(buf []byte) *Buffer
func NewBufferString(s string) *Buffer

func (b *Buffer) Bytes() []byte
func (b *Buffer) String() string
func (b *Buffer) Len() int
func (b *Buffer) Cap() int
func (b *Buffer) Reset()
func (b *Buffer) Truncate(n int)
func (b *Buffer) Grow(n int)
func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteString(s string) (n int, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) WriteRune(r rune) (n int, err error)
