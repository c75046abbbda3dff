// math and math/bits functions that gocxx compiles to single instructions
// (gc's intrinsics): their results at the edges must be Go's.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negZero := math.Copysign(0, -1)
	for _, x := range []float64{0, negZero, 1, 2, -1, 0.5, -2.5, 1e308, inf, -inf, nan, 4.5, -4.5} {
		fmt.Println(x, math.Sqrt(x), math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x),
			math.Signbit(x), math.IsNaN(x), math.Float64bits(x), math.Copysign(3, x))
	}
	fmt.Println(math.FMA(2, 3, 4), math.FMA(0.1, 10, -1), math.Float64frombits(0x7ff0000000000000))
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Signbit(negZero))
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff00, 1 << 31, 1<<63 | 1, math.MaxUint64} {
		fmt.Println(x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x),
			bits.OnesCount32(uint32(x)), bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)),
			bits.Len32(uint32(x)), bits.Len16(uint16(x)), bits.Len8(uint8(x)), bits.TrailingZeros16(uint16(x)),
			bits.TrailingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros8(uint8(x)),
			bits.OnesCount16(uint16(x)), bits.OnesCount8(uint8(x)), bits.OnesCount(uint(x)),
			bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.Len(uint(x)))
		for _, k := range []int{0, 1, -1, 7, 63, 64, -65, 100} {
			fmt.Print(bits.RotateLeft64(x, k), " ", bits.RotateLeft32(uint32(x), k), " ",
				bits.RotateLeft16(uint16(x), k), " ", bits.RotateLeft8(uint8(x), k), " ", bits.RotateLeft(uint(x), k), "; ")
		}
		fmt.Println()
		fmt.Println(bits.ReverseBytes64(x), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes(uint(x)))
	}
	// As values, the package's own functions.
	fs := []func(float64) float64{math.Sqrt, math.Floor, math.Abs}
	for _, f := range fs {
		fmt.Println(f(-6.25))
	}
}
