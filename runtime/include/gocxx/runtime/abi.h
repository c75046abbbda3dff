// Type descriptors, laid out as gc lays out its own (reflect/type.go's rtype
// and the structs of each kind), so that Go's reflect and internal/
// reflectlite compile from their own sources and read them. gocxx's overlay
// of those packages (runtime/overlay/reflect) changes one thing: a name,
// type or code reference (nameOff, typeOff, textOff) is a pointer, where gc
// has a 32-bit offset into the binary's type data.
//
// One descriptor exists per Go type, so types compare by address:
//   - the basic types and error are the runtime's (type_int, ...);
//   - a defined type's descriptor is emitted with its package (T__desc);
//   - an unnamed composite type's is an instance of a variable template
//     below (ptr_of, slice_of, array_of, chan_of, map_of, func_of), keyed by
//     its parts' descriptors and its name, which generic code computes at
//     compile time from the names of its type arguments; identical types
//     thus meet in one instance however and wherever they are spelt;
//   - an unnamed struct or interface type's is emitted inline under a name
//     made from a hash of the type.
// Descriptors are constant-initialised aggregates: no code runs to make them.
//
// Interface values are gc's too: {type or itab, data}, where data is the
// value itself for pointer-shaped types (pointers, maps, channels,
// unsafe.Pointer: kind_direct_iface) and otherwise points at a copy.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/func.h"
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

namespace abi {

inline constexpr uint8_t kind_direct_iface = 1 << 5;
inline constexpr uint8_t kind_mask = (1 << 5) - 1;

inline constexpr uint8_t tflag_uncommon = 1 << 0;
inline constexpr uint8_t tflag_extra_star = 1 << 1;
inline constexpr uint8_t tflag_named = 1 << 2;
inline constexpr uint8_t tflag_regular_memory = 1 << 3;

// reflect.rtype.
struct rtype {
  uintptr_t size;
  uintptr_t ptrdata; // 0: no pointers (gocxx: size otherwise; the collector is conservative)
  uint32_t hash;     // of the type's string
  uint8_t tflag;
  uint8_t align;
  uint8_t field_align;
  uint8_t kind;                     // go::kind, with kind_direct_iface
  func<bool(void *, void *)> equal; // nil: not comparable
  const uint8_t *gcdata;            // gocxx: the descriptor's typelink entry (see typelink)
  const uint8_t *str;               // an encoded name: the type as Go prints it
  const rtype *ptr_to_this;         // *T, when there is one

  go::kind kind_of() const { return go::kind(kind & kind_mask); }
  // Interface values hold the value itself, not a pointer to a copy.
  bool direct() const { return (kind & kind_direct_iface) != 0; }
};

// reflect.method: a method of a method set; ifn takes the interface data
// word first (R (*)(void *self, A...)); tfn is unused (null).
struct method {
  const uint8_t *name;
  const rtype *mtyp; // the method's func type, without the receiver
  const void *ifn;
  const void *tfn;
};

// reflect.uncommonType: present for defined types and types with methods.
struct uncommon_type {
  const uint8_t *pkg_path;
  uint16_t mcount; // methods, sorted by name
  uint16_t xcount; // of which exported (they sort first)
  uint32_t moff;   // from this struct to the first method
  uint32_t unused;
};

struct imethod {
  const uint8_t *name;
  const rtype *typ; // the method's func type
};

struct basic_type {
  rtype r;
};
struct array_type {
  rtype r;
  const rtype *elem;
  const rtype *slice;
  uintptr_t len;
};
struct chan_type {
  rtype r;
  const rtype *elem;
  uintptr_t dir; // 1 receive, 2 send, 3 both
};
// How reflect calls a func value of a type and makes one of a method, for
// one C++ signature (runtime/reflect_call.h instantiates them): arguments
// and results are passed as arrays of pointers to values.
struct func_ops {
  // Calls the func value at fn.
  void (*call)(const void *fn, void *const *args, void *const *results);
  // Calls method code (a method's ifn) with the receiver's data word.
  void (*call_method)(const void *code, void *self, void *const *args, void *const *results);
  // Stores at out a func value calling method code on self (a method value).
  void (*bind)(const void *code, void *self, void *out);
  // Stores at out a func value that takes the receiver as its first argument
  // and calls method code on it (Type.Method(i).Func); `direct`: the
  // receiver type's values are their own data word. Null for func types
  // without parameters.
  void (*unbound)(const void *code, bool direct, void *out);
};

// Followed (after the uncommon part, if any) by in_count + out_count
// parameter descriptors. ops is gocxx's (null for func types that reflect
// makes at run time).
struct func_type {
  rtype r;
  uint16_t in_count;
  uint16_t out_count; // top bit: the last parameter is ...T
  const func_ops *ops;
};
struct interface_type {
  rtype r;
  const uint8_t *pkg_path;
  slice<imethod> methods; // sorted by name
};
struct map_type {
  rtype r;
  const rtype *key;
  const rtype *elem;
  const rtype *bucket;                       // unused by gocxx
  func<uintptr_t(void *, uintptr_t)> hasher; // (&key, seed)
  uint8_t keysize;
  uint8_t valuesize;
  uint16_t bucketsize;
  uint32_t flags;
};
struct ptr_type {
  rtype r;
  const rtype *elem;
};
struct slice_type {
  rtype r;
  const rtype *elem;
};
struct struct_field {
  const uint8_t *name; // flags: exported 1, tag 2, embedded 8
  const rtype *typ;
  uintptr_t offset;
};
struct struct_type {
  rtype r;
  const uint8_t *pkg_path;
  slice<struct_field> fields;
};

// gc's itab: the methods of the interface, in its order, for one dynamic type.
struct itab {
  const interface_type *inter;
  const rtype *type;
  uint32_t hash; // the type's
  uint32_t unused;
  const void *fun[1]; // as many as the interface has methods
};
template <size_t N> struct itab_n {
  const interface_type *inter;
  const rtype *type;
  uint32_t hash;
  uint32_t unused;
  const void *fun[N > 0 ? N : 1];
};

// A descriptor object: the kind's struct, and for types with an uncommon
// part its methods after it (reflect finds them from the uncommon part).
template <class K> struct desc {
  K t;
};
template <class K, size_t NM> struct udesc {
  K t;
  uncommon_type u;
  method m[NM > 0 ? NM : 1];
};
// Func types: the parameter descriptors follow the func_type (and the
// uncommon part), the methods follow those.
template <size_t NP> struct fdesc {
  func_type t;
  const rtype *params[NP > 0 ? NP : 1];
};
template <size_t NP, size_t NM> struct ufdesc {
  func_type t;
  uncommon_type u;
  const rtype *params[NP > 0 ? NP : 1];
  method m[NM > 0 ? NM : 1];
};

// reflect finds the methods moff bytes after the uncommon part.
template <class D> constexpr uint32_t methods_offset() {
  return uint32_t(__builtin_offsetof(D, m) - __builtin_offsetof(D, u));
}

// ---- names --------------------------------------------------------------

// Text as a class-type template argument: names known at compile time,
// concatenated with + (generic code spells "[]" + T's name).
template <size_t N> struct text {
  char c[N] = {}; // with a final NUL
  constexpr text() = default;
  constexpr text(const char (&s)[N]) {
    for (size_t i = 0; i < N; ++i)
      c[i] = s[i];
  }
  static constexpr size_t size = N - 1;
};
template <size_t A, size_t B>
constexpr text<A + B - 1> operator+(const text<A> &a, const text<B> &b) {
  text<A + B - 1> r;
  for (size_t i = 0; i < A - 1; ++i)
    r.c[i] = a.c[i];
  for (size_t i = 0; i < B; ++i)
    r.c[A - 1 + i] = b.c[i];
  return r;
}
template <size_t A, size_t B> constexpr auto operator+(const text<A> &a, const char (&b)[B]) {
  return a + text<B>(b);
}
template <size_t A, size_t B> constexpr auto operator+(const char (&a)[A], const text<B> &b) {
  return text<A>(a) + b;
}

constexpr size_t varint_size(size_t n) { return n < 128 ? 1 : n < 16384 ? 2 : 3; }

// gc's encoded name: flags, varint length, bytes, then (flag 2) varint
// length and bytes of a tag.
template <size_t N, size_t T> struct encoded {
  static constexpr size_t size =
      1 + varint_size(N - 1) + (N - 1) + (T > 1 ? varint_size(T - 1) + (T - 1) : 0);
  uint8_t b[size];
};
template <size_t N, size_t T>
constexpr encoded<N, T> encode_name(const text<N> &s, uint8_t flags, const text<T> &tag) {
  encoded<N, T> e{};
  size_t i = 0;
  e.b[i++] = flags | (T > 1 ? 2 : 0);
  auto varint = [&](size_t n) {
    while (n >= 128) {
      e.b[i++] = uint8_t(n & 127) | 128;
      n >>= 7;
    }
    e.b[i++] = uint8_t(n);
  };
  varint(N - 1);
  for (size_t k = 0; k < N - 1; ++k)
    e.b[i++] = uint8_t(s.c[k]);
  if (T > 1) {
    varint(T - 1);
    for (size_t k = 0; k < T - 1; ++k)
      e.b[i++] = uint8_t(tag.c[k]);
  }
  return e;
}
template <text S, uint8_t Flags, text Tag>
inline constexpr auto name_storage = encode_name(S, Flags, Tag);
// The encoded name of S (flags: 1 exported, 8 embedded field; a non-empty
// Tag adds flag 2).
template <text S, uint8_t Flags = 0, text Tag = text("")>
inline constexpr const uint8_t *name = name_storage<S, Flags, Tag>.b;

// Reading an encoded name.
struct name_view {
  const uint8_t *bytes;
  string str() const; // the name
  string tag() const; // its tag, or ""
  bool exported() const { return bytes && (bytes[0] & 1); }
  bool embedded() const { return bytes && (bytes[0] & 8); }
};

// FNV-1a of the type's string: rtype.hash.
template <size_t N> constexpr uint32_t type_hash(const text<N> &s) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < N - 1; ++i)
    h = (h ^ uint8_t(s.c[i])) * 16777619u;
  return h;
}

// ---- equality and hashing -------------------------------------------------

template <class T> bool equal_thunk(void *, void *a, void *b) {
  return *static_cast<const T *>(a) == *static_cast<const T *>(b);
}
// rtype.equal for a C++ type with Go's ==.
template <class T> constexpr func<bool(void *, void *)> equal_of() {
  return func<bool(void *, void *)>::from_thunk(&equal_thunk<T>);
}
// The same, or nil when the Go type is not comparable (T has no ==).
template <class T, bool Comparable> constexpr func<bool(void *, void *)> equal_if() {
  if constexpr (Comparable)
    return equal_of<T>();
  else
    return {};
}

// ---- the basic types ----------------------------------------------------

extern const basic_type type_bool, type_int, type_int8, type_int16, type_int32, type_int64,
    type_uint, type_uint8, type_uint16, type_uint32, type_uint64, type_uintptr, type_float32,
    type_float64, type_complex64, type_complex128, type_string, type_unsafe_pointer;
extern const interface_type type_empty_interface;
extern const desc<interface_type> type_error; // a defined type: the predeclared error

// The registry of the program's types (gc's typelinks, which reflect
// searches before it makes a type such as *T or []T, so that it finds the
// one the program has): a pointer to each descriptor in one section of the
// executable. A descriptor links itself through its gcdata field (which
// gocxx's collector does not need), so that every instance of a template
// below, in whatever translation unit, is registered.
template <const rtype *T> struct typelink {
  [[gnu::used, gnu::section("gocxx_typelinks")]] static inline const rtype *const entry = T;
};
template <const rtype *T> const uint8_t *link() {
  return reinterpret_cast<const uint8_t *>(&typelink<T>::entry);
}
// The program's types whose string is s (String()), for reflect.
slice<const rtype *> types_by_string(string s);

// An rtype with the common fields filled in.
constexpr rtype make_rtype(uintptr_t size, uintptr_t align, go::kind k, bool direct, bool pointers,
                           uint32_t hash, const uint8_t *str, func<bool(void *, void *)> equal,
                           uint8_t tflag = 0, const rtype *ptr_to_this = nullptr,
                           const uint8_t *gcdata = nullptr) {
  return rtype{size,
               pointers ? size : 0,
               hash,
               tflag,
               uint8_t(align),
               uint8_t(align),
               uint8_t(uint8_t(k) | (direct ? kind_direct_iface : 0)),
               equal,
               gcdata,
               str,
               ptr_to_this};
}

// ---- composite types ------------------------------------------------------

// *E.
template <const rtype *E, text Name>
inline const desc<ptr_type> ptr_of = {
    {make_rtype(sizeof(void *), alignof(void *), kind::pointer, true, true, type_hash(Name),
                name<Name>, equal_of<void *>(), 0, nullptr, link<&ptr_of<E, Name>.t.r>()),
     E}};

// []E.
template <const rtype *E, text Name>
inline const desc<slice_type> slice_of = {
    {make_rtype(sizeof(slice<char>), alignof(slice<char>), kind::slice, false, true,
                type_hash(Name), name<Name>, {}, 0, nullptr, link<&slice_of<E, Name>.t.r>()),
     E}};

// [N]E; T is the C++ array type (for ==, when Comparable). The arguments
// are the same wherever [N]E is spelt, in generic code ([N]T, T int) and
// out of it: so the descriptor claims pointers (a safe overstatement for
// the collector, which gc's ptrdata would not make) rather than take a
// flag that generic code cannot compute.
template <class T, const rtype *E, const rtype *Slice, uintptr_t N, bool Comparable, text Name>
inline const desc<array_type> array_of = {
    {make_rtype(sizeof(T), alignof(T), kind::array, false, true, type_hash(Name), name<Name>,
                equal_if<T, Comparable>(), 0, nullptr,
                link<&array_of<T, E, Slice, N, Comparable, Name>.t.r>()),
     E, Slice, N}};

// chan E, <-chan E, chan<- E (Dir 3, 1, 2).
template <const rtype *E, uintptr_t Dir, text Name>
inline const desc<chan_type> chan_of = {
    {make_rtype(sizeof(void *), alignof(void *), kind::chan, true, true, type_hash(Name),
                name<Name>, equal_of<void *>(), 0, nullptr, link<&chan_of<E, Dir, Name>.t.r>()),
     E, Dir}};

template <class K> uintptr_t hash_thunk(void *, void *key, uintptr_t seed);

// A map_type's keysize or valuesize: the size of K when a byte holds it,
// else 0.
template <class K> constexpr uint8_t map_slot_size() { return sizeof(K) < 256 ? sizeof(K) : 0; }

// map[K]V; K and V are the C++ key and value types.
template <class K, class V, const rtype *Kd, const rtype *Vd, text Name>
inline const desc<map_type> map_of = {
    {make_rtype(sizeof(void *), alignof(void *), kind::map, true, true, type_hash(Name), name<Name>,
                {}, 0, nullptr, link<&map_of<K, V, Kd, Vd, Name>.t.r>()),
     Kd, Vd, nullptr, func<uintptr_t(void *, uintptr_t)>::from_thunk(&hash_thunk<K>),
     map_slot_size<K>(), map_slot_size<V>(), 0, 0}};

// The func_ops of C++ func type F (go::func<R(A...)>), in runtime/reflect_call.h.
template <class F> struct func_thunks;

// func(Ps[:NIn]) (Ps[NIn:]); F is its C++ type (go::func<R(A...)>).
template <class F, bool Variadic, uint16_t NIn, text Name, const rtype *...Ps>
inline const fdesc<sizeof...(Ps)> func_of = {
    {make_rtype(sizeof(F), alignof(F), kind::func, false, true, type_hash(Name), name<Name>, {}, 0,
                nullptr, link<&func_of<F, Variadic, NIn, Name, Ps...>.t.r>()),
     NIn, uint16_t((sizeof...(Ps) - NIn) | (Variadic ? 0x8000 : 0)), &func_thunks<F>::ops},
    {Ps...}};

// ---- reading descriptors --------------------------------------------------

const uncommon_type *uncommon(const rtype *t);
// The methods of t's method set (sorted by name), or an empty range.
const method *methods_begin(const rtype *t);
const method *methods_end(const rtype *t);
// The method named n in t's method set, or null.
const method *find_method(const rtype *t, std::string_view n);
// The type as Go prints it ("int", "main.T", "[]*main.T").
string string_of(const rtype *t);
// Whether the type is defined (has a name): main.T(5) in panics.
inline bool named(const rtype *t) { return (t->tflag & tflag_named) != 0; }
// The hash of the value at p of type t (Go's typehash; panics on a type
// that is not comparable).
uintptr_t typehash(const rtype *t, const void *p, uintptr_t seed);

} // namespace abi

// The runtime's names for the descriptors.
using type_desc = abi::rtype;

} // namespace go
