// Go slices: a window {p, len, cap} onto a backing array on the collected
// heap. Copying a slice copies the three words and shares the array, as in
// Go. append grows the array by Go's own rule (double below 256 elements, then
// by a quarter plus 192, rounded up to the allocator's size classes) so that
// programs printing cap() see the numbers gc prints.
#pragma once

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/string.h"

#include <initializer_list>
#include <new>
#include <type_traits>

namespace go {

template <class T> struct slice {
  T *p = nullptr;
  int64_t len = 0;
  int64_t cap = 0;

  // Unchecked access for runtime code; generated code uses go::index.
  T &operator[](int64_t i) const { return p[i]; }
  T *begin() const { return p; }
  T *end() const { return p + len; }
};

namespace impl {
// The capacity append chooses when a slice of cap old_cap must hold needed
// elements of elem_size bytes (Go's growslice, including size-class rounding).
int64_t grow_cap(int64_t old_cap, int64_t needed, int64_t elem_size);

template <class T> T *alloc_array(int64_t n) {
  // Zero-length allocations share one address, as Go's zerobase: they are
  // not nil (make([]T, 0) != nil).
  alignas(16) static char zerobase[16];
  if (n == 0)
    return reinterpret_cast<T *>(zerobase);
  T *p = static_cast<T *>(gc_alloc(size_t(n) * sizeof(T), !pointer_free_v<T>));
  if constexpr (!std::is_trivially_default_constructible_v<T>)
    for (int64_t i = 0; i < n; i++)
      new (p + i) T();
  return p;
}

template <class T> void copy_elems(T *dst, const T *src, int64_t n) {
  if (n <= 0 || dst == src)
    return;
  if constexpr (std::is_trivially_copyable_v<T>) {
    std::memmove(dst, src, size_t(n) * sizeof(T));
  } else if (dst < src) {
    for (int64_t i = 0; i < n; i++)
      dst[i] = src[i];
  } else {
    for (int64_t i = n; i-- > 0;)
      dst[i] = src[i];
  }
}
} // namespace impl

template <class T> slice<T> make_slice(int64_t len, int64_t cap) {
  // As Go's makeslice: a length that is itself too large is reported as
  // the length's fault, even when the capacity is also out of range.
  constexpr int64_t max_elems = (int64_t(1) << 47) / int64_t(sizeof(T) ? sizeof(T) : 1);
  if (len < 0 || len > cap || cap > max_elems) [[unlikely]] {
    if (len < 0 || len > max_elems)
      impl::panic_make_len();
    impl::panic_make_cap();
  }
  return slice<T>{impl::alloc_array<T>(cap), len, cap};
}
template <class T> slice<T> make_slice(int64_t len) { return make_slice<T>(len, len); }

// A slice literal []T{a, b, c}.
template <class T> slice<T> slice_of(std::initializer_list<T> elems) {
  slice<T> s = make_slice<T>(int64_t(elems.size()));
  int64_t i = 0;
  for (const T &e : elems)
    s.p[i++] = e;
  return s;
}

namespace impl {
// Storage in a function's frame for a slice that escape analysis keeps
// there (a variadic call's arguments): raw bytes, so that declaring it runs
// no code; frame_slice copies the elements in.
template <class T, size_t N> struct frame_array {
  alignas(T) unsigned char bytes[sizeof(T) * N];
};
template <class T, size_t N>
slice<T> frame_slice(frame_array<T, N> &a, std::type_identity_t<std::initializer_list<T>> elems) {
  T *p = reinterpret_cast<T *>(a.bytes);
  size_t i = 0;
  for (const T &e : elems)
    ::new (static_cast<void *>(p + i++)) T(e);
  return slice<T>{p, int64_t(N), int64_t(N)};
}
} // namespace impl

template <class T> int64_t len(const slice<T> &s) { return s.len; }
template <class T> bool is_nil(const slice<T> &s) { return s.p == nullptr; }
template <class T> int64_t cap(const slice<T> &s) { return s.cap; }

template <class T> T &index(const slice<T> &s, int64_t i) {
  if (uint64_t(i) >= uint64_t(s.len)) [[unlikely]]
    impl::panic_index(i, s.len);
  return s.p[i];
}

// s[i] where codegen proved 0 <= i < len(s): the key of a range over s,
// or a counter of a loop bounded by len(s) (codegen's "Indexes in bounds").
template <class T> T &index_proven(const slice<T> &s, int64_t i) { return s.p[i]; }

// s[lo:hi] (pass hi = len(s) for s[lo:]) and s[lo:hi:max].
// unsafe.Slice(p, n), with the checks of gc's runtime.unsafeslice.
template <class T> slice<T> unsafe_slice(T *p, int64_t n) {
  if (n < 0) [[unlikely]]
    impl::panic_runtime("unsafe.Slice: len out of range");
  uint64_t size = sizeof(T) == 0 ? 1 : sizeof(T);
  if (uint64_t(n) > (uint64_t(0) - reinterpret_cast<uintptr_t>(p)) / size ||
      (p == nullptr && n > 0)) [[unlikely]]
    impl::panic_runtime(p == nullptr ? "unsafe.Slice: ptr is nil and len is not zero"
                                     : "unsafe.Slice: len out of range");
  return slice<T>{p, n, n};
}

template <class T> slice<T> slice_slice(const slice<T> &s, int64_t lo, int64_t hi) {
  if (uint64_t(hi) > uint64_t(s.cap)) [[unlikely]]
    impl::panic_slice_acap(hi, s.cap);
  if (uint64_t(lo) > uint64_t(hi)) [[unlikely]]
    impl::panic_slice_b(lo, hi);
  // No capacity left keeps the base, as gc's does: never a pointer past the end.
  return slice<T>{s.cap > lo ? s.p + lo : s.p, hi - lo, s.cap - lo};
}
template <class T> slice<T> slice_slice(const slice<T> &s, int64_t lo) {
  return slice_slice(s, lo, s.len);
}
template <class T> slice<T> slice_slice3(const slice<T> &s, int64_t lo, int64_t hi, int64_t max) {
  if (uint64_t(max) > uint64_t(s.cap)) [[unlikely]]
    impl::panic_slice3_c(max, s.cap);
  if (uint64_t(hi) > uint64_t(max)) [[unlikely]]
    impl::panic_slice3_b(hi, max);
  if (uint64_t(lo) > uint64_t(hi)) [[unlikely]]
    impl::panic_slice3_a(lo, hi);
  return slice<T>{max > lo ? s.p + lo : s.p, hi - lo, max - lo};
}

namespace impl {
// Makes room for extra more elements, reallocating when needed; the
// returned slice has the new length and the old elements in place.
template <class T> slice<T> grow_for_append(slice<T> s, int64_t extra) {
  int64_t need = s.len + extra;
  if (need <= s.cap)
    return slice<T>{s.p, need, s.cap};
  int64_t ncap = grow_cap(s.cap, need, int64_t(sizeof(T)));
  T *np = alloc_array<T>(ncap);
  copy_elems(np, s.p, s.len);
  return slice<T>{np, need, ncap};
}
} // namespace impl

// append(s, v...)
template <class T, class... V> slice<T> append(slice<T> s, V &&...vs) {
  int64_t at = s.len;
  slice<T> r = impl::grow_for_append(s, int64_t(sizeof...(V)));
  ((r.p[at++] = T(std::forward<V>(vs))), ...);
  return r;
}
// append(s, t...)
template <class T> slice<T> append_slice(slice<T> s, slice<T> t) {
  int64_t at = s.len;
  slice<T> r = impl::grow_for_append(s, t.len);
  impl::copy_elems(r.p + at, t.p, t.len);
  return r;
}
// append([]byte, string...)
slice<uint8_t> append_string(slice<uint8_t> s, string t);
// The same where generic code spells append(b, s...) for s of a type
// parameter whose types are strings and byte slices.
inline slice<uint8_t> append_slice(slice<uint8_t> s, string t) { return append_string(s, t); }

// copy(dst, src)
template <class T> int64_t copy(slice<T> dst, slice<T> src) {
  int64_t n = dst.len < src.len ? dst.len : src.len;
  impl::copy_elems(dst.p, src.p, n);
  return n;
}
int64_t copy(slice<uint8_t> dst, string src);

// Conversions between strings, byte slices and rune slices.
string string_from_bytes(slice<uint8_t> b);
// string(b) where the string only lives for the expression and is not kept
// (a comparison): the bytes themselves, not a copy, as gc's
// slicebytetostringtmp.
inline string string_view_of_bytes(slice<uint8_t> b) { return string(b.p, b.len); }
slice<uint8_t> bytes_from_string(string s);
string string_from_runes(slice<int32_t> r);

namespace impl {
// gc's tmpBuf: room in a function's frame for the result of a conversion
// that escape analysis keeps there (it dies with its statement, or with the
// one variable it defines). A longer result goes to the heap.
struct tmp_buf {
  uint8_t b[32];
};
} // namespace impl
// string(b) and []byte(s) into buf when the bytes fit.
string string_from_bytes_in(impl::tmp_buf &buf, slice<uint8_t> b);
slice<uint8_t> bytes_from_string_in(impl::tmp_buf &buf, string s);
slice<int32_t> runes_from_string(string s);

} // namespace go
