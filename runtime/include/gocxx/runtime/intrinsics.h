// Functions of package math and math/bits that gc compiles to single
// instructions instead of calls (its SSA intrinsics). Codegen calls these
// in place of the package's functions wherever they are called (see
// codegen's intrinsicCall): their Go bodies are table lookups, loops or a
// call into the package's native code, none of which Clang sees from
// another package. Each has the Go function's result for every input,
// including 0, ±0, ±Inf, NaN and negative rotation counts.
//
// Generated code is built with -fno-math-errno (Go has no errno), so
// __builtin_sqrt is the one instruction sqrtsd.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <tuple>

namespace go::intrinsics {

// package math
inline double math_Sqrt(double x) { return __builtin_sqrt(x); }
inline double math_Abs(double x) { return __builtin_fabs(x); }
inline double math_Copysign(double f, double sign) { return __builtin_copysign(f, sign); }
inline double math_Floor(double x) { return __builtin_floor(x); }
inline double math_Ceil(double x) { return __builtin_ceil(x); }
inline double math_Trunc(double x) { return __builtin_trunc(x); }
inline double math_FMA(double x, double y, double z) { return __builtin_fma(x, y, z); }
inline uint64_t math_Float64bits(double f) { return std::bit_cast<uint64_t>(f); }
inline double math_Float64frombits(uint64_t b) { return std::bit_cast<double>(b); }
inline uint32_t math_Float32bits(float f) { return std::bit_cast<uint32_t>(f); }
inline float math_Float32frombits(uint32_t b) { return std::bit_cast<float>(b); }
inline bool math_IsNaN(double f) { return f != f; }
inline bool math_Signbit(double x) { return std::bit_cast<int64_t>(x) < 0; }

// package math/bits: Go's int results are int64_t.
inline int64_t bits_OnesCount(uint64_t x) { return std::popcount(x); }
inline int64_t bits_OnesCount64(uint64_t x) { return std::popcount(x); }
inline int64_t bits_OnesCount32(uint32_t x) { return std::popcount(x); }
inline int64_t bits_OnesCount16(uint16_t x) { return std::popcount(x); }
inline int64_t bits_OnesCount8(uint8_t x) { return std::popcount(x); }
inline int64_t bits_LeadingZeros(uint64_t x) { return std::countl_zero(x); }
inline int64_t bits_LeadingZeros64(uint64_t x) { return std::countl_zero(x); }
inline int64_t bits_LeadingZeros32(uint32_t x) { return std::countl_zero(x); }
inline int64_t bits_LeadingZeros16(uint16_t x) { return std::countl_zero(x); }
inline int64_t bits_LeadingZeros8(uint8_t x) { return std::countl_zero(x); }
inline int64_t bits_TrailingZeros(uint64_t x) { return std::countr_zero(x); }
inline int64_t bits_TrailingZeros64(uint64_t x) { return std::countr_zero(x); }
inline int64_t bits_TrailingZeros32(uint32_t x) { return std::countr_zero(x); }
inline int64_t bits_TrailingZeros16(uint16_t x) { return std::countr_zero(x); }
inline int64_t bits_TrailingZeros8(uint8_t x) { return std::countr_zero(x); }
inline int64_t bits_Len(uint64_t x) { return std::bit_width(x); }
inline int64_t bits_Len64(uint64_t x) { return std::bit_width(x); }
inline int64_t bits_Len32(uint32_t x) { return std::bit_width(x); }
inline int64_t bits_Len16(uint16_t x) { return std::bit_width(x); }
inline int64_t bits_Len8(uint8_t x) { return std::bit_width(x); }
// A negative count rotates right; std::rotl takes it modulo the width.
inline uint64_t bits_RotateLeft(uint64_t x, int64_t k) { return std::rotl(x, int(k & 63)); }
inline uint64_t bits_RotateLeft64(uint64_t x, int64_t k) { return std::rotl(x, int(k & 63)); }
inline uint32_t bits_RotateLeft32(uint32_t x, int64_t k) { return std::rotl(x, int(k & 31)); }
inline uint16_t bits_RotateLeft16(uint16_t x, int64_t k) { return std::rotl(x, int(k & 15)); }
inline uint8_t bits_RotateLeft8(uint8_t x, int64_t k) { return std::rotl(x, int(k & 7)); }
inline uint64_t bits_ReverseBytes(uint64_t x) { return __builtin_bswap64(x); }
inline uint64_t bits_ReverseBytes64(uint64_t x) { return __builtin_bswap64(x); }
inline uint32_t bits_ReverseBytes32(uint32_t x) { return __builtin_bswap32(x); }
inline uint16_t bits_ReverseBytes16(uint16_t x) { return __builtin_bswap16(x); }
// The full-width products and the carry chains (Clang makes them mul, adc
// and sbb). A carry or borrow other than 0 or 1 is undefined in Go's
// documentation; gc's adc and sbb take any nonzero one as 1, and so do
// these.
inline std::tuple<uint64_t, uint64_t> bits_Mul64(uint64_t x, uint64_t y) {
  unsigned __int128 p = static_cast<unsigned __int128>(x) * y;
  return {uint64_t(p >> 64), uint64_t(p)};
}
inline std::tuple<uint64_t, uint64_t> bits_Mul(uint64_t x, uint64_t y) { return bits_Mul64(x, y); }
inline std::tuple<uint64_t, uint64_t> bits_Add64(uint64_t x, uint64_t y, uint64_t carry) {
  uint64_t sum = x + y + (carry != 0);
  return {sum, ((x & y) | ((x | y) & ~sum)) >> 63};
}
inline std::tuple<uint64_t, uint64_t> bits_Add(uint64_t x, uint64_t y, uint64_t carry) {
  return bits_Add64(x, y, carry);
}
inline std::tuple<uint64_t, uint64_t> bits_Sub64(uint64_t x, uint64_t y, uint64_t borrow) {
  uint64_t diff = x - y - (borrow != 0);
  return {diff, ((~x & y) | (~(x ^ y) & diff)) >> 63};
}
inline std::tuple<uint64_t, uint64_t> bits_Sub(uint64_t x, uint64_t y, uint64_t borrow) {
  return bits_Sub64(x, y, borrow);
}

} // namespace go::intrinsics
