// Unicode classification by binary search over generated range tables, and
// UTF-8 decoding/encoding with Go's rules (surrogates and overlong forms are
// invalid and decode as RuneError of width 1).
#include "gocxx/frontend/unicode.h"

#include <algorithm>

namespace gocxx::unicode {

namespace {
struct CodeRange {
  char32_t lo, hi;
};
#include "unicode_tables.inc"

template <size_t N> bool inTable(const CodeRange (&table)[N], char32_t r) {
  auto it = std::upper_bound(std::begin(table), std::end(table), r,
                             [](char32_t x, const CodeRange &c) { return x < c.lo; });
  if (it == std::begin(table))
    return false;
  --it;
  return r <= it->hi;
}
} // namespace

bool isLetter(char32_t r) {
  if (r < RuneSelf)
    return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
  return inTable(kLetterRanges, r);
}

bool isDigit(char32_t r) {
  if (r < RuneSelf)
    return r >= '0' && r <= '9';
  return inTable(kDigitRanges, r);
}

bool isUpper(char32_t r) {
  if (r < RuneSelf)
    return r >= 'A' && r <= 'Z';
  return inTable(kUpperRanges, r);
}

char32_t decodeRune(std::string_view s, size_t i, int &width) {
  width = 1;
  if (i >= s.size())
    return RuneError;
  unsigned char c0 = static_cast<unsigned char>(s[i]);
  if (c0 < 0x80)
    return c0;
  auto cont = [&](size_t k) -> int {
    if (i + k >= s.size())
      return -1;
    unsigned char c = static_cast<unsigned char>(s[i + k]);
    return (c & 0xC0) == 0x80 ? (c & 0x3F) : -1;
  };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    int c1 = cont(1);
    if (c1 < 0)
      return RuneError;
    width = 2;
    return ((c0 & 0x1F) << 6) | c1;
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    int c1 = cont(1), c2 = c1 < 0 ? -1 : cont(2);
    if (c1 < 0 || c2 < 0)
      return RuneError;
    char32_t r = ((c0 & 0x0F) << 12) | (c1 << 6) | c2;
    if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))
      return RuneError;
    width = 3;
    return r;
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    int c1 = cont(1), c2 = c1 < 0 ? -1 : cont(2), c3 = c2 < 0 ? -1 : cont(3);
    if (c1 < 0 || c2 < 0 || c3 < 0)
      return RuneError;
    char32_t r = ((c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
    if (r < 0x10000 || r > MaxRune)
      return RuneError;
    width = 4;
    return r;
  }
  return RuneError;
}

void appendRune(std::string &out, char32_t r) {
  if (r > MaxRune || (r >= 0xD800 && r <= 0xDFFF))
    r = RuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

} // namespace gocxx::unicode
