// Native package math (declarations in runtime/native/math).
#pragma once
#include <cmath>
#include <cstring>

#include "gocxx/runtime.h"

namespace gopkg::math {
inline double Sqrt(double x) { return std::sqrt(x); }
inline double Abs(double x) { return std::fabs(x); }
inline double Floor(double x) { return std::floor(x); }
inline double Ceil(double x) { return std::ceil(x); }
inline double Trunc(double x) { return std::trunc(x); }
inline double Pow(double x, double y) { return std::pow(x, y); }
inline double Exp(double x) { return std::exp(x); }
inline double Log(double x) { return std::log(x); }
inline double Sin(double x) { return std::sin(x); }
inline double Cos(double x) { return std::cos(x); }
inline double Mod(double x, double y) { return std::fmod(x, y); }
inline double Inf(int64_t sign) { return sign >= 0 ? HUGE_VAL : -HUGE_VAL; }
inline double NaN() { return std::nan(""); }
inline bool IsNaN(double f) { return f != f; }
inline bool IsInf(double f, int64_t sign) {
  return sign >= 0 && f == HUGE_VAL ? true : sign <= 0 && f == -HUGE_VAL;
}
// Go's Max/Min: NaN and signed zeros as the math package specifies.
inline double Max(double x, double y) {
  if (std::isinf(x) && x > 0)
    return x;
  if (std::isinf(y) && y > 0)
    return y;
  if (x != x || y != y)
    return NaN();
  if (x == 0 && x == y)
    return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
inline double Min(double x, double y) {
  if (std::isinf(x) && x < 0)
    return x;
  if (std::isinf(y) && y < 0)
    return y;
  if (x != x || y != y)
    return NaN();
  if (x == 0 && x == y)
    return std::signbit(x) ? x : y;
  return x < y ? x : y;
}
inline uint64_t Float64bits(double f) {
  uint64_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
inline double Float64frombits(uint64_t b) {
  double f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}
inline uint32_t Float32bits(float f) {
  uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
inline float Float32frombits(uint32_t b) {
  float f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}
} // namespace gopkg::math
