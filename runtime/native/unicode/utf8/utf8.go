// Package utf8 declares Go's unicode/utf8 as the gocxx runtime implements
// it natively (namespace gopkg::unicode::utf8, runtime/lib/pkg_utf8.cpp), on
// the runtime's own UTF-8 decoder (the one for range over strings).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

func RuneLen(r rune) int
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func RuneStart(b byte) bool
func Valid(p []byte) bool
func ValidString(s string) bool
func ValidRune(r rune) bool
