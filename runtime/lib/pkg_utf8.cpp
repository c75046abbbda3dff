// Native package unicode/utf8: Go's functions over the runtime's decoder.
// A byte slice is decoded through a go::string sharing its bytes.
#include "gocxx/pkg/unicode/utf8.h"

namespace gopkg::unicode::utf8 {

namespace {
go::string view(go::slice<uint8_t> p) { return go::string{p.p, p.len}; }
} // namespace

int64_t RuneLen(int32_t r) {
  if (r < 0)
    return -1;
  if (r < 0x80)
    return 1;
  if (r < 0x800)
    return 2;
  if (0xD800 <= r && r <= 0xDFFF)
    return -1;
  if (r < 0x10000)
    return 3;
  if (r <= MaxRune)
    return 4;
  return -1;
}

int64_t RuneCountInString(go::string s) {
  int64_t n = 0;
  for (int64_t i = 0, w = 0; i < s.n; i += w, n++) {
    if (s.p[i] < RuneSelf) {
      w = 1;
      continue;
    }
    go::decode_rune(s, i, &w);
  }
  return n;
}

int64_t RuneCount(go::slice<uint8_t> p) { return RuneCountInString(view(p)); }

std::tuple<int32_t, int64_t> DecodeRuneInString(go::string s) {
  if (s.n == 0)
    return {RuneError, 0};
  int64_t w = 0;
  int32_t r = go::decode_rune(s, 0, &w);
  return {r, w};
}

std::tuple<int32_t, int64_t> DecodeRune(go::slice<uint8_t> p) {
  return DecodeRuneInString(view(p));
}

std::tuple<int32_t, int64_t> DecodeLastRuneInString(go::string s) {
  int64_t end = s.n;
  if (end == 0)
    return {RuneError, 0};
  int64_t start = end - 1;
  if (s.p[start] < RuneSelf)
    return {s.p[start], 1};
  // Back up to the start of the rune: at most UTFMax bytes.
  int64_t lim = end - UTFMax < 0 ? 0 : end - UTFMax;
  for (start--; start >= lim; start--)
    if (RuneStart(s.p[start]))
      break;
  if (start < 0)
    start = 0;
  auto [r, size] = DecodeRuneInString(go::string{s.p + start, end - start});
  if (start + size != end)
    return {RuneError, 1};
  return {r, size};
}

std::tuple<int32_t, int64_t> DecodeLastRune(go::slice<uint8_t> p) {
  return DecodeLastRuneInString(view(p));
}

int64_t EncodeRune(go::slice<uint8_t> p, int32_t r) {
  uint8_t buf[4];
  int n = go::encode_rune(buf, r);
  // Go writes the last byte first for multi-byte runes, so a short p
  // panics before anything is written, with index n-1.
  go::index(p, n - 1);
  for (int i = 0; i < n; i++)
    p.p[i] = buf[i];
  return n;
}

go::slice<uint8_t> AppendRune(go::slice<uint8_t> p, int32_t r) {
  uint8_t buf[4];
  int n = go::encode_rune(buf, r);
  for (int i = 0; i < n; i++)
    p = go::append(p, buf[i]);
  return p;
}

bool FullRuneInString(go::string s) {
  int64_t n = s.n;
  if (n == 0)
    return false;
  uint8_t b0 = s.p[0];
  int64_t need = b0 < 0xC2 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : b0 <= 0xF4 ? 4 : 1;
  if (n >= need)
    return true; // ASCII, invalid or complete
  // Short: full only if what is there is already invalid.
  uint8_t lo = 0x80, hi = 0xBF;
  if (b0 == 0xE0)
    lo = 0xA0;
  else if (b0 == 0xED)
    hi = 0x9F;
  else if (b0 == 0xF0)
    lo = 0x90;
  else if (b0 == 0xF4)
    hi = 0x8F;
  if (n > 1 && (s.p[1] < lo || hi < s.p[1]))
    return true;
  if (n > 2 && (s.p[2] < 0x80 || 0xBF < s.p[2]))
    return true;
  return false;
}

bool FullRune(go::slice<uint8_t> p) { return FullRuneInString(view(p)); }

bool ValidString(go::string s) {
  for (int64_t i = 0, w = 0; i < s.n; i += w) {
    if (s.p[i] < RuneSelf) {
      w = 1;
      continue;
    }
    if (go::decode_rune(s, i, &w) == RuneError && w == 1)
      return false;
  }
  return true;
}

bool Valid(go::slice<uint8_t> p) { return ValidString(view(p)); }

} // namespace gopkg::unicode::utf8
