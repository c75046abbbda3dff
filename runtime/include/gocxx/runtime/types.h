// Type descriptors and interfaces. One type_desc exists per Go type; it is
// what an interface value carries, and what type switches, fmt, maps and
// (later) reflect read. Generated code defines descriptors for its own types
// as statically initialised aggregates; the runtime provides the basic types
// and builds descriptors for composite types of them ([]int, *T, [3]T) on
// first use. Interface values hold a pointer to a heap copy of the value in
// every case (also for pointers), so formatting and comparison code reads a
// value the same way whatever its kind.
#pragma once

#include <complex>
#include <concepts>

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/slice.h"
#include "gocxx/runtime/string.h"

namespace go {

// Matches reflect.Kind value for value.
enum class kind : uint8_t {
  invalid,
  bool_,
  int_,
  int8,
  int16,
  int32,
  int64,
  uint,
  uint8,
  uint16,
  uint32,
  uint64,
  uintptr,
  float32,
  float64,
  complex64,
  complex128,
  array,
  chan,
  func,
  interface,
  map,
  pointer,
  slice,
  string,
  struct_,
  unsafe_pointer,
};

struct type_desc;

struct field_desc {
  string name;
  const type_desc *type;
  int64_t offset;
  bool embedded;
};

// One method of a method set. fn is a thunk whose first parameter is the
// interface data word (void*, pointing at the value), followed by the Go
// parameters: R (*)(void* self, Args...). For the methods of an interface
// type's own descriptor fn is null.
struct method_desc {
  string name;
  const type_desc *type; // the method's func type, or null when unknown
  void *fn;
};

struct type_desc {
  go::kind kind;
  bool pointer_free; // no pointers into the collected heap in its bytes
  bool named;        // a defined type (prints as main.T(5) in panics)
  int64_t size;
  int64_t align;
  string name; // as Go prints it: "int", "main.T", "[]string", "*main.T"
  bool (*equal)(const void *, const void *);     // null: not comparable
  uint64_t (*hash)(const void *, uint64_t seed); // null: not hashable
  const type_desc *elem;                         // pointer, slice, array, chan: element; map: value
  const type_desc *key;                          // map key
  int64_t len;                                   // array length
  const field_desc *fields;
  int64_t nfields;
  const method_desc *methods; // sorted by name
  int64_t nmethods;
  // For maps: calls fn(ctx, &key, &value) for each entry of the map object
  // *m points at (go::map<K, V>*), for fmt. Null for other kinds.
  void (*map_range)(const void *m, void (*fn)(void *ctx, const void *key, const void *value),
                    void *ctx) = nullptr;
};

// Two descriptors denote the same type when they are the same object or, as
// a fallback for composite types built separately by the runtime and by
// generated code, have the same kind and name.
bool same_type(const type_desc *a, const type_desc *b);
// The method named name in t's method set, or null.
const method_desc *find_method(const type_desc *t, string name);

// The empty interface.
struct any {
  const type_desc *type = nullptr; // null: nil interface
  void *data = nullptr;            // points at a copy of the value
};

// An interface table: the dynamic type, the interface type and the methods
// of the interface in its (sorted) method order, as thunks taking the data
// word first.
inline bool is_nil(const any &a) { return a.type == nullptr; }

struct itab {
  const type_desc *type;
  const type_desc *iface;
  void *const *fns;
};

// A non-empty interface value. A method call x.M(a) on it is
//   go::impl::iface_fn<R, A>(x, k)(x.data, a)
// with k the index of M in the interface's sorted method list.
struct iface {
  const itab *tab = nullptr; // null: nil interface
  void *data = nullptr;
};
inline bool is_nil(const iface &x) { return x.tab == nullptr; }
// Go's predeclared error interface (one method: Error() string).
using error = iface;

// Descriptors of the basic types. rune and byte are int32 and uint8.
namespace impl {
extern const type_desc type_bool, type_int, type_int8, type_int16, type_int32, type_int64,
    type_uint, type_uint8, type_uint16, type_uint32, type_uint64, type_uintptr, type_float32,
    type_float64, type_complex64, type_complex128, type_string, type_unsafe_pointer,
    type_empty_interface, type_error;

// Descriptors of []elem, *elem and [n]elem built at run time (cached).
const type_desc *slice_type(const type_desc *elem);
const type_desc *pointer_type(const type_desc *elem);
// equal: how the array compares (equal_fn of its C++ type), if it does.
const type_desc *array_type(const type_desc *elem, int64_t n,
                            bool (*equal)(const void *, const void *) = nullptr);
const type_desc *chan_type(const type_desc *elem);

template <class T> bool equal_fn(const void *a, const void *b) {
  return *static_cast<const T *>(a) == *static_cast<const T *>(b);
}
} // namespace impl

template <class T> class chan;
template <class T, int64_t N> struct array;

// type_of<T>() finds a descriptor: the basic types here, composites of known
// types built by the runtime, and for generated types an overload
//   const go::type_desc* go_type_desc(T*)
// found by argument-dependent lookup in T's namespace.
inline const type_desc *go_type_desc(bool *) { return &impl::type_bool; }
inline const type_desc *go_type_desc(int64_t *) { return &impl::type_int; }
inline const type_desc *go_type_desc(int8_t *) { return &impl::type_int8; }
inline const type_desc *go_type_desc(int16_t *) { return &impl::type_int16; }
inline const type_desc *go_type_desc(int32_t *) { return &impl::type_int32; }
inline const type_desc *go_type_desc(uint64_t *) { return &impl::type_uint; }
inline const type_desc *go_type_desc(uint8_t *) { return &impl::type_uint8; }
inline const type_desc *go_type_desc(uint16_t *) { return &impl::type_uint16; }
inline const type_desc *go_type_desc(uint32_t *) { return &impl::type_uint32; }
inline const type_desc *go_type_desc(float *) { return &impl::type_float32; }
inline const type_desc *go_type_desc(double *) { return &impl::type_float64; }
inline const type_desc *go_type_desc(std::complex<float> *) { return &impl::type_complex64; }
inline const type_desc *go_type_desc(std::complex<double> *) { return &impl::type_complex128; }
inline const type_desc *go_type_desc(string *) { return &impl::type_string; }
inline const type_desc *go_type_desc(any *) { return &impl::type_empty_interface; }
inline const type_desc *go_type_desc(void **) { return &impl::type_unsafe_pointer; }

template <class T> const type_desc *type_of();

template <class T> const type_desc *go_type_desc(slice<T> *) {
  static const type_desc *t = impl::slice_type(type_of<T>());
  return t;
}
template <class T> const type_desc *go_type_desc(T **) {
  static const type_desc *t = impl::pointer_type(type_of<T>());
  return t;
}
template <class T, int64_t N> const type_desc *go_type_desc(array<T, N> *) {
  bool (*equal)(const void *, const void *) = nullptr;
  if constexpr (std::equality_comparable<array<T, N>>)
    equal = &impl::equal_fn<array<T, N>>;
  static const type_desc *t = impl::array_type(type_of<T>(), N, equal);
  return t;
}
template <class T> const type_desc *go_type_desc(chan<T> **) {
  static const type_desc *t = impl::chan_type(type_of<T>());
  return t;
}

template <class T> const type_desc *type_of() { return go_type_desc(static_cast<T *>(nullptr)); }

// Boxing: any holding a heap copy of v, with v's descriptor (or the given
// one, for types that share a C++ type: int64 vs int, uint64 and uintptr vs
// uint).
template <class T> any make_any(const T &v, const type_desc *t) {
  return any{t, new_object_flagged<T>(!t->pointer_free, v)};
}
template <class T> any make_any(const T &v) { return make_any(v, type_of<T>()); }
inline any make_any(const any &v) { return v; }
template <class T> any box(const T &v) { return make_any(v); }
inline any box(const any &v) { return v; }
// A string literal boxed as a Go string.
any box(const char *s) = delete;

// Interfaces to and from any.
inline any to_any(iface i) { return i.tab ? any{i.tab->type, i.data} : any{}; }
inline any box(const iface &i) { return to_any(i); }

// The itab for dynamic type t and interface type it; null when t lacks a
// method (the message then names it in *missing).
const itab *find_itab(const type_desc *t, const type_desc *it, string *missing = nullptr);

// x.(T) for a concrete T: panics with Go's message when the dynamic type is
// not T. from names the static interface type in the message (null: "interface {}").
[[noreturn]] void panic_assert(const type_desc *have, const type_desc *want, const type_desc *from);
template <class T>
T assert_type(any a, const type_desc *want = type_of<T>(), const type_desc *from = nullptr) {
  if (!same_type(a.type, want))
    panic_assert(a.type, want, from);
  return *static_cast<const T *>(a.data);
}
template <class T> std::pair<T, bool> assert_type2(any a, const type_desc *want = type_of<T>()) {
  if (!same_type(a.type, want))
    return {T{}, false};
  return {*static_cast<const T *>(a.data), true};
}
// x.(I) for an interface type I.
iface assert_iface(any a, const type_desc *want, const type_desc *from = nullptr);
std::pair<iface, bool> assert_iface2(any a, const type_desc *want);

// == on interface values (panics for uncomparable dynamic types, as Go).
bool operator==(const any &a, const any &b);
inline bool operator==(const iface &a, const iface &b) { return to_any(a) == to_any(b); }

// errors.New: an error whose Error() returns msg.
error errors_new(string msg);
// err.Error(); "<nil>" is not produced: calling it on nil panics as Go.
string error_message(error e);

namespace impl {
template <class R, class... A> R (*iface_fn(const iface &x, int k))(void *, A...) {
  if (x.tab == nullptr) [[unlikely]]
    panic_nil_deref();
  return reinterpret_cast<R (*)(void *, A...)>(x.tab->fns[k]);
}
} // namespace impl

} // namespace go
