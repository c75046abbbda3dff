// Strings and the byte-level helpers around them: concatenation, UTF-8
// encoding and decoding with Go's replacement rules, conversions between
// strings, byte slices and rune slices, hashing, and append's growth rule
// (slices are templates in slice.h; their out-of-line parts live here
// because they are about bytes).
#include "sched_internal.h"

#include <array>

namespace go {

namespace {
// Every one-byte string, so that making one allocates nothing (as gc's
// runtime does with its staticuint64s table).
constexpr auto one_byte_strings = [] {
  std::array<uint8_t, 256> t{};
  for (int i = 0; i < 256; i++)
    t[size_t(i)] = uint8_t(i);
  return t;
}();
} // namespace

string to_string(std::string_view s) {
  if (s.empty())
    return {};
  if (s.size() == 1)
    return string{&one_byte_strings[uint8_t(s[0])], 1};
  auto *p = static_cast<uint8_t *>(gc_alloc_bytes(s.size()));
  std::memcpy(p, s.data(), s.size());
  return string{p, int64_t(s.size())};
}

string concat(string a, string b) {
  if (a.n == 0)
    return b;
  if (b.n == 0)
    return a;
  auto *p = static_cast<uint8_t *>(gc_alloc_bytes(size_t(a.n + b.n)));
  std::memcpy(p, a.p, size_t(a.n));
  std::memcpy(p + a.n, b.p, size_t(b.n));
  return string{p, a.n + b.n};
}

string concat_n(const string *parts, int64_t n) {
  int64_t total = 0;
  for (int64_t i = 0; i < n; i++)
    total += parts[i].n;
  if (total == 0)
    return {};
  auto *p = static_cast<uint8_t *>(gc_alloc_bytes(size_t(total)));
  int64_t at = 0;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].n)
      std::memcpy(p + at, parts[i].p, size_t(parts[i].n));
    at += parts[i].n;
  }
  return string{p, total};
}

int encode_rune(uint8_t *b, int32_t r) {
  uint32_t c = uint32_t(r);
  if (c < 0x80) {
    b[0] = uint8_t(c);
    return 1;
  }
  if (c < 0x800) {
    b[0] = uint8_t(0xC0 | (c >> 6));
    b[1] = uint8_t(0x80 | (c & 0x3F));
    return 2;
  }
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    c = 0xFFFD;
  if (c < 0x10000) {
    b[0] = uint8_t(0xE0 | (c >> 12));
    b[1] = uint8_t(0x80 | ((c >> 6) & 0x3F));
    b[2] = uint8_t(0x80 | (c & 0x3F));
    return 3;
  }
  b[0] = uint8_t(0xF0 | (c >> 18));
  b[1] = uint8_t(0x80 | ((c >> 12) & 0x3F));
  b[2] = uint8_t(0x80 | ((c >> 6) & 0x3F));
  b[3] = uint8_t(0x80 | (c & 0x3F));
  return 4;
}

int32_t decode_rune(string s, int64_t i, int64_t *width) {
  const uint8_t *p = s.p + i;
  int64_t n = s.n - i;
  *width = 1;
  if (n <= 0)
    return 0xFFFD;
  uint8_t b0 = p[0];
  if (b0 < 0x80)
    return b0;
  auto cont = [&](int64_t k) { return k < n && (p[k] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1))
      return 0xFFFD;
    *width = 2;
    return int32_t(((b0 & 0x1F) << 6) | (p[1] & 0x3F));
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2))
      return 0xFFFD;
    if (b0 == 0xE0 && p[1] < 0xA0)
      return 0xFFFD; // overlong
    if (b0 == 0xED && p[1] > 0x9F)
      return 0xFFFD; // surrogates
    *width = 3;
    return int32_t(((b0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3))
      return 0xFFFD;
    if (b0 == 0xF0 && p[1] < 0x90)
      return 0xFFFD;
    if (b0 == 0xF4 && p[1] > 0x8F)
      return 0xFFFD;
    *width = 4;
    return int32_t(((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
                   (p[3] & 0x3F));
  }
  return 0xFFFD;
}

string string_from_rune(int32_t r) {
  uint8_t buf[4];
  int n = encode_rune(buf, r);
  return to_string(std::string_view(reinterpret_cast<char *>(buf), size_t(n)));
}

string string_from_rune_in(impl::rune_buf &buf, int32_t r) {
  int n = encode_rune(buf.b, r);
  if (n == 1)
    return string{&one_byte_strings[buf.b[0]], 1};
  return string{buf.b, n};
}

string string_from_bytes_in(impl::tmp_buf &buf, slice<uint8_t> b) {
  if (b.len == 0 || b.len > int64_t(sizeof buf.b))
    return string_from_bytes(b);
  if (b.len == 1)
    return string{&one_byte_strings[b.p[0]], 1};
  std::memcpy(buf.b, b.p, size_t(b.len));
  return string{buf.b, b.len};
}

slice<uint8_t> bytes_from_string_in(impl::tmp_buf &buf, string s) {
  if (s.n > int64_t(sizeof buf.b))
    return bytes_from_string(s);
  // As gc's stringtoslicebyte: the whole buffer is the capacity, zeroed.
  std::memset(buf.b, 0, sizeof buf.b);
  if (s.n)
    std::memcpy(buf.b, s.p, size_t(s.n));
  return slice<uint8_t>{buf.b, s.n, int64_t(sizeof buf.b)};
}

string string_from_bytes(slice<uint8_t> b) {
  return to_string(std::string_view(reinterpret_cast<const char *>(b.p), size_t(b.len)));
}

slice<uint8_t> bytes_from_string(string s) {
  slice<uint8_t> b = make_slice<uint8_t>(s.n, impl::grow_cap(0, s.n, 1));
  if (s.n)
    std::memcpy(b.p, s.p, size_t(s.n));
  return b;
}

string string_from_runes(slice<int32_t> r) {
  std::string out;
  uint8_t buf[4];
  for (int32_t c : r)
    out.append(reinterpret_cast<char *>(buf), size_t(encode_rune(buf, c)));
  return to_string(out);
}

slice<int32_t> runes_from_string(string s) {
  int64_t count = 0, w;
  for (int64_t i = 0; i < s.n; i += w) {
    decode_rune(s, i, &w);
    count++;
  }
  slice<int32_t> r = make_slice<int32_t>(count, impl::grow_cap(0, count, 4));
  int64_t k = 0;
  for (int64_t i = 0; i < s.n; i += w)
    r.p[k++] = decode_rune(s, i, &w);
  return r;
}

slice<uint8_t> append_string(slice<uint8_t> s, string t) {
  int64_t at = s.len;
  slice<uint8_t> r = impl::grow_for_append(s, t.n);
  if (t.n)
    std::memmove(r.p + at, t.p, size_t(t.n));
  return r;
}

int64_t copy(slice<uint8_t> dst, string src) {
  int64_t n = dst.len < src.n ? dst.len : src.n;
  if (n)
    std::memmove(dst.p, src.p, size_t(n));
  return n;
}

uint64_t hash_bytes(const void *p, size_t n, uint64_t seed) {
  // FNV-1a, 64-bit, seeded.
  uint64_t h = 0xcbf29ce484222325ull ^ seed;
  const uint8_t *b = static_cast<const uint8_t *>(p);
  for (size_t i = 0; i < n; i++) {
    h ^= b[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

namespace impl {

// The allocator's size classes of gc (runtime/sizeclasses.go), so cap()
// after append matches what gc prints.
constexpr int64_t size_classes[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,   192,
    208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,   640,
    704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,  3200,
    3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

int64_t round_up_size(int64_t bytes) {
  if (bytes <= 32768) {
    for (int64_t c : size_classes)
      if (c >= bytes)
        return c;
  }
  constexpr int64_t page = 8192;
  return (bytes + page - 1) / page * page;
}

int64_t grow_cap(int64_t old_cap, int64_t needed, int64_t elem_size) {
  int64_t newcap = old_cap;
  int64_t doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else {
    constexpr int64_t threshold = 256;
    if (old_cap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < needed)
        newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0)
        newcap = needed;
    }
  }
  if (elem_size == 0)
    return newcap;
  if (newcap > (int64_t(1) << 47) / elem_size)
    panic_plain("growslice: len out of range");
  return round_up_size(newcap * elem_size) / elem_size;
}

} // namespace impl
} // namespace go
