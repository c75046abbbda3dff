// Go arrays: value types of fixed length. operator[] is bounds-checked with
// Go's message; == exists when the element type has ==. Slicing an array
// (a[lo:hi], which in Go needs an addressable array) yields a slice sharing
// the array's storage, so generated code slices arrays that live on the heap.
#pragma once

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/slice.h"

namespace go {

template <class T, int64_t N> struct array {
  T v[N > 0 ? N : 1]{};

  T &operator[](int64_t i) {
    if (uint64_t(i) >= uint64_t(N)) [[unlikely]]
      impl::panic_index(i, N);
    return v[i];
  }
  const T &operator[](int64_t i) const {
    if (uint64_t(i) >= uint64_t(N)) [[unlikely]]
      impl::panic_index(i, N);
    return v[i];
  }
  T *begin() { return v; }
  T *end() { return v + N; }
  const T *begin() const { return v; }
  const T *end() const { return v + N; }

  friend bool operator==(const array &a, const array &b)
    requires requires(const T &x) { x == x; }
  {
    for (int64_t i = 0; i < N; i++)
      if (!(a.v[i] == b.v[i]))
        return false;
    return true;
  }
};

template <class T, int64_t N> constexpr int64_t len(const array<T, N> &) { return N; }
template <class T, int64_t N> constexpr int64_t cap(const array<T, N> &) { return N; }
template <class T, int64_t N> T &index(array<T, N> &a, int64_t i) { return a[i]; }
template <class T, int64_t N> const T &index(const array<T, N> &a, int64_t i) { return a[i]; }
// p[i] for p of type *[N]T (generic code indexes through index()).
template <class T, int64_t N> T &index(array<T, N> *p, int64_t i) {
  return (*impl::nil_check(p))[i];
}

// a[lo:hi] for an array a (addressable, so generated code passes its address).
template <class T, int64_t N> slice<T> slice_array(array<T, N> *a, int64_t lo, int64_t hi) {
  if (uint64_t(hi) > uint64_t(N)) [[unlikely]]
    impl::panic_slice_alen(hi, N);
  if (uint64_t(lo) > uint64_t(hi)) [[unlikely]]
    impl::panic_slice_b(lo, hi);
  return slice<T>{a->v + lo, hi - lo, N - lo};
}
template <class T, int64_t N> slice<T> slice_array(array<T, N> *a, int64_t lo) {
  return slice_array(a, lo, N);
}

// a[lo:hi:max]
template <class T, int64_t N>
slice<T> slice_array3(array<T, N> *a, int64_t lo, int64_t hi, int64_t max) {
  if (uint64_t(max) > uint64_t(N)) [[unlikely]]
    impl::panic_slice3_c(max, N);
  if (uint64_t(hi) > uint64_t(max)) [[unlikely]]
    impl::panic_slice3_b(hi, max);
  if (uint64_t(lo) > uint64_t(hi)) [[unlikely]]
    impl::panic_slice3_a(lo, hi);
  return slice<T>{a->v + lo, hi - lo, max - lo};
}

namespace impl {
[[noreturn]] void panic_slice_to_array(int64_t len, int64_t n);
} // namespace impl

// (*[N]T)(s): the slice's first N elements as an array (Go panics when the
// slice is shorter; a nil slice gives a nil pointer).
template <class T, int64_t N> array<T, N> *slice_to_array_ptr(const slice<T> &s) {
  if (s.len < N) [[unlikely]]
    impl::panic_slice_to_array(s.len, N);
  return reinterpret_cast<array<T, N> *>(s.p);
}

namespace impl {
// A copy of an array, made before the assignment that stores it: through
// array pointers made from slices (*p = *q), source and target may overlap,
// which C++'s assignment (a memcpy) leaves undefined and Go defines.
template <class T, int64_t N> array<T, N> copy_of(const array<T, N> &a) { return a; }
} // namespace impl

} // namespace go
