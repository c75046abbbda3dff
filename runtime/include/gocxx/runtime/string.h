// Go strings: an immutable pointer and length. Substrings share the bytes of
// the original; every operation that makes new text (concatenation,
// conversions) allocates fresh bytes on the collector's atomic heap, so a
// string never needs freeing and can be copied as two words. (A conversion
// that escape analysis proves dies with its frame writes into the frame:
// the *_in functions.)
#pragma once

#include "gocxx/runtime/core.h"

#include <compare>
#include <initializer_list>
#include <string_view>

namespace go {

struct string {
  const uint8_t *p = nullptr; // first byte, or null when n == 0
  int64_t n = 0;              // length in bytes

  constexpr string() = default;
  constexpr string(const uint8_t *bytes, int64_t len) : p(bytes), n(len) {}

  // A view for runtime code written against the C++ library.
  std::string_view view() const { return {reinterpret_cast<const char *>(p), size_t(n)}; }
};

namespace impl {
// Storage for one string literal: a class-type template argument so that
// "..."_gs is a constant expression (usable in statically initialised type
// descriptors) and identical literals share their bytes.
template <size_t N> struct literal_text {
  uint8_t bytes[N];
  consteval literal_text(const char (&s)[N]) {
    for (size_t i = 0; i < N; i++)
      bytes[i] = uint8_t(s[i]);
  }
};
template <literal_text S> inline constexpr auto literal_storage = S;
} // namespace impl

namespace literals {
// "text"_gs is a Go string constant; embedded NULs are kept. The template
// form is chosen by the compiler for literals; the two-argument form exists
// for explicit calls.
template <impl::literal_text S> constexpr string operator""_gs() {
  constexpr size_t n = sizeof(S.bytes) - 1;
  return string{n ? impl::literal_storage<S>.bytes : nullptr, int64_t(n)};
}
inline string operator""_gs(const char *s, size_t n) {
  return string{reinterpret_cast<const uint8_t *>(s), int64_t(n)};
}
} // namespace literals

// A Go string from C++ text: copies the bytes onto the collected heap.
string to_string(std::string_view s);
// A Go string viewing NUL-terminated static text (no copy; the text must live
// for ever, as literals do).
inline string static_string(const char *s) {
  return string{reinterpret_cast<const uint8_t *>(s), int64_t(std::strlen(s))};
}

inline int64_t len(string s) { return s.n; }

inline uint8_t index(string s, int64_t i) {
  if (uint64_t(i) >= uint64_t(s.n)) [[unlikely]]
    impl::panic_index(i, s.n);
  return s.p[i];
}
// s[i] with 0 <= i < len(s) proven by codegen (see index_proven in slice.h).
inline uint8_t index_proven(string s, int64_t i) { return s.p[i]; }

// s[lo:hi]; pass hi = len(s) for s[lo:].
inline string slice_string(string s, int64_t lo, int64_t hi) {
  if (uint64_t(hi) > uint64_t(s.n)) [[unlikely]]
    impl::panic_slice_alen(hi, s.n);
  if (uint64_t(lo) > uint64_t(hi)) [[unlikely]]
    impl::panic_slice_b(lo, hi);
  // An empty result keeps the base, as gc's does: never a pointer past the end.
  return string{hi > lo ? s.p + lo : s.p, hi - lo};
}
inline string slice_string(string s, int64_t lo) { return slice_string(s, lo, s.n); }

string concat(string a, string b);
// Concatenation of many operands with one allocation (a + b + c ...).
string concat_n(const string *parts, int64_t n);
// a + b + c + ...: one allocation for the whole (codegen flattens chains).
inline string concat_list(std::initializer_list<string> parts) {
  return concat_n(parts.begin(), int64_t(parts.size()));
}
inline string operator+(string a, string b) { return concat(a, b); }
inline string &operator+=(string &a, string b) { return a = concat(a, b); }

inline bool operator==(string a, string b) {
  return a.n == b.n && (a.p == b.p || a.n == 0 || std::memcmp(a.p, b.p, size_t(a.n)) == 0);
}
inline std::strong_ordering operator<=>(string a, string b) {
  int64_t m = a.n < b.n ? a.n : b.n;
  int c = m ? std::memcmp(a.p, b.p, size_t(m)) : 0;
  if (c != 0)
    return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
  return a.n <=> b.n;
}

// string(r): the UTF-8 encoding of r, or "\uFFFD" when r is not a valid rune.
string string_from_rune(int32_t r);
// string(i) for an integer of any width: beyond the runes' range, "\uFFFD".
template <class I> string string_from_int(I i) {
  if constexpr (sizeof(I) < sizeof(int32_t) || (sizeof(I) == sizeof(int32_t) && I(-1) < I(0)))
    return string_from_rune(int32_t(i));
  else
    return string_from_rune(i >= I(0) && i <= I(0x10FFFF) ? int32_t(i) : -1);
}
namespace impl {
// Room in a function's frame for string(r) (see tmp_buf in slice.h).
struct rune_buf {
  uint8_t b[4];
};
} // namespace impl
// string(r) and string(i) into buf.
string string_from_rune_in(impl::rune_buf &buf, int32_t r);
template <class I> string string_from_int_in(impl::rune_buf &buf, I i) {
  if constexpr (sizeof(I) < sizeof(int32_t) || (sizeof(I) == sizeof(int32_t) && I(-1) < I(0)))
    return string_from_rune_in(buf, int32_t(i));
  else
    return string_from_rune_in(buf, i >= I(0) && i <= I(0x10FFFF) ? int32_t(i) : -1);
}
// Encodes r as UTF-8 into buf (at least 4 bytes); returns the length.
int encode_rune(uint8_t *buf, int32_t r);
// Decodes the rune starting at s[i]; sets *width (1 for invalid bytes, which
// decode to U+FFFD as in Go's for-range over strings).
int32_t decode_rune(string s, int64_t i, int64_t *width);

// FNV-style hash of the bytes, used by maps and type descriptors.
uint64_t hash_bytes(const void *p, size_t n, uint64_t seed);

} // namespace go
