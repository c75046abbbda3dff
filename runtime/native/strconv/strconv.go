// Package strconv declares the part of Go's strconv that the gocxx runtime
// implements natively (namespace gopkg::strconv).
package strconv

func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func ParseInt(s string, base int, bitSize int) (int64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func FormatBool(b bool) string
