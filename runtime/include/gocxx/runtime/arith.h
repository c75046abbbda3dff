// Go's integer arithmetic where it differs from C++: division by zero panics,
// MinInt / -1 wraps (and % gives 0), shift counts at or beyond the width give
// 0 (or all sign bits for >> of negative values), negative shift counts panic.
// Overflow otherwise wraps because generated code is built with -fwrapv.
#pragma once

#include "gocxx/runtime/core.h"

#include <limits>

namespace go {

template <class T> inline T div(T a, T b) {
  static_assert(std::is_integral_v<T>);
  if (b == 0) [[unlikely]]
    impl::panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (b == -1) { // MinInt / -1 == MinInt in Go: negate without overflow
      using U = std::make_unsigned_t<T>;
      return T(U(U(0) - U(a)));
    }
  }
  return T(a / b);
}

template <class T> inline T mod(T a, T b) {
  static_assert(std::is_integral_v<T>);
  if (b == 0) [[unlikely]]
    impl::panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (b == -1)
      return 0;
  }
  return T(a % b);
}

// x << s. S is the (integer) type of the count.
template <class T, class S> inline T shl(T x, S s) {
  static_assert(std::is_integral_v<T> && std::is_integral_v<S>);
  if constexpr (std::is_signed_v<S>) {
    if (s < 0) [[unlikely]]
      impl::panic_shift();
  }
  if (uint64_t(s) >= sizeof(T) * 8)
    return 0;
  using U = std::make_unsigned_t<T>;
  return T(U(U(x) << unsigned(s)));
}

// x >> s: arithmetic for signed x, logical for unsigned.
template <class T, class S> inline T shr(T x, S s) {
  static_assert(std::is_integral_v<T> && std::is_integral_v<S>);
  if constexpr (std::is_signed_v<S>) {
    if (s < 0) [[unlikely]]
      impl::panic_shift();
  }
  if (uint64_t(s) >= sizeof(T) * 8) {
    if constexpr (std::is_signed_v<T>)
      return x < 0 ? T(-1) : T(0);
    return 0;
  }
  return T(x >> unsigned(s));
}

// Conversion of a float to an integer type truncates toward zero. Go leaves
// out-of-range results implementation-defined and C++ undefined; here they
// are what gc's amd64 code gives (CVTTSD2SQ yields MinInt64 for NaN and
// out-of-range values; narrower types truncate the int64 result).
namespace impl {
inline int64_t cvt_int64(double f) {
  if (!(f > -9223372036854775808.0 && f < 9223372036854775808.0))
    return INT64_MIN;
  return int64_t(f);
}
} // namespace impl

template <class T, class F> inline T float_to_int(F value) {
  static_assert(std::is_integral_v<T> && std::is_floating_point_v<F>);
  double f = double(value);
  if constexpr (std::is_signed_v<T>) {
    return T(impl::cvt_int64(f));
  } else {
    if (f < 9223372036854775808.0)
      return T(uint64_t(impl::cvt_int64(f)));
    return T(uint64_t(impl::cvt_int64(f - 9223372036854775808.0)) ^ (uint64_t(1) << 63));
  }
}

// Infinite float constants (the checker has rejected them in typed
// contexts; they appear only through conversions of computed values).
inline double inf(int sign) { return sign >= 0 ? __builtin_inf() : -__builtin_inf(); }

} // namespace go
