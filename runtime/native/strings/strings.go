// Package strings declares the part of Go's strings that the gocxx runtime
// implements natively (namespace gopkg::strings) until the package is
// compiled from Go's own sources.
package strings

func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func LastIndex(s, substr string) int
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Split(s, sep string) []string
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func Fields(s string) []string
func Count(s, substr string) int
func EqualFold(s, t string) bool

// A Builder builds a string with Write methods, copying as little as
// possible: String shares the builder's bytes, which later writes never
// change. The zero value is ready to use.
type Builder struct {
	buf []byte
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)
