// Package unicode declares the part of Go's unicode that the gocxx runtime
// implements natively (namespace gopkg::unicode, runtime/lib/pkg_unicode.cpp):
// the category predicates and case mappings, exact for every rune (tables
// generated from Go's own by gentables.go). Range tables (unicode.Latin,
// unicode.Is) are not provided.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsMark(r rune) bool
func IsSymbol(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsControl(r rune) bool

func To(_case int, r rune) rune
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune
