// math/big, math/cmplx, math/rand, math/bits.
package main

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"math/cmplx"
	"math/rand"
)

func main() {
	a := new(big.Int)
	a.SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	p := new(big.Int).Mul(a, b)
	q, r := new(big.Int).QuoRem(p, big.NewInt(1000003), new(big.Int))
	fmt.Println(p, q, r, p.BitLen(), a.Cmp(b))
	f := new(big.Int).MulRange(1, 30)
	fmt.Println(f, f.String()[:5], new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)), big.NewInt(97).ProbablyPrime(10))
	x := new(big.Float).SetPrec(100).SetFloat64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('g', 30))
	rat := big.NewRat(3, 4)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5))

	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), cmplx.Sqrt(-1), cmplx.Exp(complex(0, math.Pi)), cmplx.Conj(c), cmplx.Phase(c))

	rng := rand.New(rand.NewSource(42))
	fmt.Println(rng.Intn(100), rng.Intn(100), rng.Float64() < 1, rng.Perm(5))
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Int63()%1000)
	xs := []int{1, 2, 3, 4, 5}
	rng.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)

	fmt.Println(bits.TrailingZeros32(8), bits.Reverse16(1), bits.ReverseBytes32(0x01020304), bits.Len64(0))
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	quo, rem := bits.Div64(1, 0, 3)
	fmt.Println(sum, carry, hi, lo, quo, rem)
}
