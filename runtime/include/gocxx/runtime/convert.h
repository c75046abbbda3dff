// Interface conversions and calls as generated code spells them. Boxing a
// concrete value takes its descriptor explicitly (go::make_any(v, desc)),
// since several Go types share one C++ type (a defined `type Celsius float64`
// is a double); the itab of a (type, interface) pair is found once per
// conversion site by a function the emitter generates, then reused.
#pragma once

#include <complex>
#include <type_traits>
#include <utility>

#include "gocxx/runtime/arith.h"
#include "gocxx/runtime/array.h"
#include "gocxx/runtime/slice.h"
#include "gocxx/runtime/string.h"
#include "gocxx/runtime/types.h"

namespace go {

inline any to_any(const any &a) { return a; }

// A concrete value in a non-empty interface, given the pair's itab.
template <class T> iface make_iface(const T &v, const itab *tab) {
  return iface{tab, box_data(v, tab->type)};
}

// An interface value converted to another (non-empty) interface type whose
// method set it has statically: nil stays nil.
inline iface iface_to_iface(const iface &x, const abi::rtype *to) {
  if (x.tab == nullptr)
    return iface{};
  if (&x.tab->inter->r == to)
    return x;
  return iface{find_itab(x.tab->type, to), x.data};
}
inline iface iface_to_iface(const any &x, const abi::rtype *to) {
  if (x.type == nullptr)
    return iface{};
  return iface{find_itab(x.type, to), x.data};
}

// x.M(args) on an interface value: k is M's index in the interface's sorted
// method list; A are the Go parameter types of M. (Parameters of those
// types, not forwarded ones: call_iface<R, A...> is also a function to
// bind, for go and defer.)
template <class R, class... A> R call_iface(const iface &x, int k, A... args) {
  return impl::iface_fn<R, A...>(x, k)(x.data, std::move(args)...);
}

// T(x) in generic code, where what the conversion does depends on the type
// arguments (the C++ types From and To): each case of the spec's
// "Conversions" that C++ spells differently.
template <class T> struct is_slice : std::false_type {};
template <class E> struct is_slice<slice<E>> : std::true_type {};
template <class T> struct array_len;
template <class E, int64_t N> struct array_len<array<E, N>> {
  static constexpr int64_t value = N;
};
template <class T> struct is_complex : std::false_type {};
template <class F> struct is_complex<std::complex<F>> : std::true_type {};

template <class To, class From> To convert(const From &x) {
  if constexpr (std::is_same_v<To, From>) {
    return x;
  } else if constexpr (std::is_same_v<To, string>) {
    if constexpr (std::is_integral_v<From>)
      return string_from_int(x);
    else if constexpr (std::is_same_v<From, slice<uint8_t>>)
      return string_from_bytes(x);
    else
      return string_from_runes(x);
  } else if constexpr (std::is_same_v<From, string>) {
    if constexpr (std::is_same_v<To, slice<uint8_t>>)
      return bytes_from_string(x);
    else
      return runes_from_string(x);
  } else if constexpr (std::is_integral_v<To> && std::is_floating_point_v<From>) {
    return float_to_int<To>(x);
  } else if constexpr (std::is_arithmetic_v<To> && std::is_arithmetic_v<From>) {
    return static_cast<To>(x);
  } else if constexpr (is_complex<To>::value && is_complex<From>::value) {
    return To(x);
  } else if constexpr (std::is_pointer_v<To> && is_slice<From>::value) {
    using A = std::remove_pointer_t<To>;
    return slice_to_array_ptr<std::remove_cvref_t<decltype(x.p[0])>, array_len<A>::value>(x);
  } else if constexpr (std::is_pointer_v<To> && std::is_pointer_v<From>) {
    return reinterpret_cast<To>(x);
  } else {
    return To(x); // identical underlying types spelt apart (derived types)
  }
}

// The dynamic type of an interface value, for type switches.
inline const abi::rtype *dynamic_type(const any &x) { return x.type; }
inline const abi::rtype *dynamic_type(const iface &x) { return x.tab ? x.tab->type : nullptr; }

} // namespace go
