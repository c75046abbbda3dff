// Interface values and the operations on them: boxing, type assertions,
// comparison, itabs. An interface value is gc's pair {type or itab, data}
// (abi.h): data is the value itself for pointer-shaped types and otherwise
// points at a copy on the collected heap. A method call x.M(a) on a
// non-empty interface calls itab.fun[k], k being M's place in the
// interface's sorted method list, with the data word first.
#pragma once

#include <array>
#include <bit>
#include <complex>
#include <concepts>
#include <type_traits>

#include "gocxx/runtime/abi.h"
#include "gocxx/runtime/core.h"
#include "gocxx/runtime/slice.h"
#include "gocxx/runtime/string.h"

namespace go {

using itab = abi::itab;

// The empty interface.
struct any {
  const abi::rtype *type = nullptr; // null: nil interface
  void *data = nullptr;
};
inline bool is_nil(const any &a) { return a.type == nullptr; }

// A non-empty interface value.
struct iface {
  const itab *tab = nullptr; // null: nil interface
  void *data = nullptr;
};
inline bool is_nil(const iface &x) { return x.tab == nullptr; }
// Go's predeclared error interface (one method: Error() string).
using error = iface;

template <class T> class chan;
template <class T, int64_t N> struct array;

// The descriptors of the basic C++ types, for the runtime's own boxing
// (type_of<int64_t>() is int's): generated code always names its descriptor.
inline const abi::rtype *go_type_desc(bool *) { return &abi::type_bool.r; }
inline const abi::rtype *go_type_desc(int64_t *) { return &abi::type_int.r; }
inline const abi::rtype *go_type_desc(int8_t *) { return &abi::type_int8.r; }
inline const abi::rtype *go_type_desc(int16_t *) { return &abi::type_int16.r; }
inline const abi::rtype *go_type_desc(int32_t *) { return &abi::type_int32.r; }
inline const abi::rtype *go_type_desc(uint64_t *) { return &abi::type_uint.r; }
inline const abi::rtype *go_type_desc(uint8_t *) { return &abi::type_uint8.r; }
inline const abi::rtype *go_type_desc(uint16_t *) { return &abi::type_uint16.r; }
inline const abi::rtype *go_type_desc(uint32_t *) { return &abi::type_uint32.r; }
inline const abi::rtype *go_type_desc(float *) { return &abi::type_float32.r; }
inline const abi::rtype *go_type_desc(double *) { return &abi::type_float64.r; }
inline const abi::rtype *go_type_desc(std::complex<float> *) { return &abi::type_complex64.r; }
inline const abi::rtype *go_type_desc(std::complex<double> *) { return &abi::type_complex128.r; }
inline const abi::rtype *go_type_desc(string *) { return &abi::type_string.r; }
inline const abi::rtype *go_type_desc(void **) { return &abi::type_unsafe_pointer.r; }
template <class T> const abi::rtype *type_of() { return go_type_desc(static_cast<T *>(nullptr)); }

namespace impl {
// gc's staticuint64s: the values 0 to 255, which boxed small integers share
// (nothing writes through an interface's data word).
extern const std::array<uint64_t, 256> small_values;
} // namespace impl

// An interface's data word for value v of type t (a copy on the heap, or v
// itself for pointer-shaped types, or a shared small value).
template <class T> void *box_data(const T &v, const abi::rtype *t) {
  if constexpr (std::is_pointer_v<T>) {
    return const_cast<void *>(static_cast<const void *>(v));
  } else {
    // Little-endian: the low bytes of a uint64_t are the value.
    static_assert(std::endian::native == std::endian::little);
    if constexpr (std::is_same_v<T, bool>) {
      return const_cast<uint64_t *>(&impl::small_values[v ? 1 : 0]);
    } else if constexpr (std::is_integral_v<T> && sizeof(T) <= sizeof(uint64_t)) {
      if (static_cast<std::make_unsigned_t<T>>(v) < 256)
        return const_cast<uint64_t *>(&impl::small_values[static_cast<uint8_t>(v)]);
    }
    return new_object_flagged<T>(t->ptrdata != 0, v);
  }
}
// The value of type T held by an interface's data word.
template <class T> T unbox(void *data) {
  if constexpr (std::is_pointer_v<T>)
    return static_cast<T>(data);
  else
    return *static_cast<const T *>(data);
}

// Boxing: any holding v with descriptor t.
template <class T> any make_any(const T &v, const abi::rtype *t) { return any{t, box_data(v, t)}; }
template <class T> any make_any(const T &v) { return make_any(v, type_of<T>()); }
inline any make_any(const any &v) { return v; }
// A bare nullptr has no Go type to box (it would box as a non-nil value):
// codegen writes a typed null.
any make_any(std::nullptr_t, const abi::rtype *) = delete;
// An interface value is not boxed again (generic code boxes values of a
// type parameter whose type argument may be an interface type).
inline any make_any(const any &v, const abi::rtype *) { return v; }
template <class T> any box(const T &v) { return make_any(v); }
inline any box(const any &v) { return v; }
// A string literal boxed as a Go string.
any box(const char *s) = delete;

// Interfaces to and from any.
inline any to_any(iface i) { return i.tab ? any{i.tab->type, i.data} : any{}; }
inline any box(const iface &i) { return to_any(i); }
inline any make_any(const iface &i, const abi::rtype *) { return to_any(i); }

// The itab for dynamic type t and interface type it (an interface_type's
// rtype); null when t lacks a method (*missing then names it).
const itab *find_itab(const abi::rtype *t, const abi::rtype *it, string *missing = nullptr);

// x.(T) for a concrete T: panics with Go's message when the dynamic type is
// not T. from names the static interface type in the message (null:
// "interface {}").
[[noreturn]] void panic_assert(const abi::rtype *have, const abi::rtype *want,
                               const abi::rtype *from);
template <class T> T assert_type(any a, const abi::rtype *want, const abi::rtype *from = nullptr) {
  if (a.type != want) [[unlikely]]
    panic_assert(a.type, want, from);
  return unbox<T>(a.data);
}
template <class T> std::pair<T, bool> assert_type2(any a, const abi::rtype *want) {
  if (a.type != want)
    return {T{}, false};
  return {unbox<T>(a.data), true};
}
// x.(I) for an interface type I.
iface assert_iface(any a, const abi::rtype *want, const abi::rtype *from = nullptr);
std::pair<iface, bool> assert_iface2(any a, const abi::rtype *want);

// x.(T), case T and the value bound by case T, for a type parameter T in
// generic code: T's type argument may be an interface type, whose C++ type
// is any or iface.
template <class T> bool has_type(const any &a, const abi::rtype *want) {
  if constexpr (std::is_same_v<T, any>)
    return a.type != nullptr;
  else if constexpr (std::is_same_v<T, iface>)
    return a.type != nullptr && find_itab(a.type, want) != nullptr;
  else
    return a.type == want;
}
template <class T> T from_any(const any &a, const abi::rtype *want) {
  if constexpr (std::is_same_v<T, any>)
    return a;
  else if constexpr (std::is_same_v<T, iface>)
    return a.type ? iface{find_itab(a.type, want), a.data} : iface{};
  else
    return unbox<T>(a.data);
}
template <class T> T assert_param(any a, const abi::rtype *want, const abi::rtype *from = nullptr) {
  if constexpr (std::is_same_v<T, any>) {
    if (a.type == nullptr) [[unlikely]]
      panic_assert(nullptr, want, from);
    return a;
  } else if constexpr (std::is_same_v<T, iface>) {
    return assert_iface(a, want, from);
  } else {
    return assert_type<T>(a, want, from);
  }
}
template <class T> std::pair<T, bool> assert_param2(any a, const abi::rtype *want) {
  if constexpr (std::is_same_v<T, any>)
    return {a, a.type != nullptr};
  else if constexpr (std::is_same_v<T, iface>)
    return assert_iface2(a, want);
  else
    return assert_type2<T>(a, want);
}

// == on interface values (panics for uncomparable dynamic types, as Go).
bool operator==(const any &a, const any &b);
inline bool operator==(const iface &a, const iface &b) { return to_any(a) == to_any(b); }

// err.Error(); calling it on nil panics as Go.
string error_message(error e);

namespace impl {
template <class R, class... A> R (*iface_fn(const iface &x, int k))(void *, A...) {
  if (x.tab == nullptr) [[unlikely]]
    panic_nil_deref();
  return reinterpret_cast<R (*)(void *, A...)>(const_cast<void *>(x.tab->fun[k]));
}
} // namespace impl

} // namespace go
