// Native package strings: the common functions, byte-wise on UTF-8 as Go's
// own (ToUpper/ToLower and Fields/TrimSpace handle ASCII letters and
// spaces, and Unicode spaces through go::decode_rune).
#include <string>
#include <string_view>
#include <vector>

#include "gocxx/pkg/strings.h"

#include "gocxx/pkg/native_types.h"

namespace gopkg::strings {

namespace {
std::string_view sv(go::string s) { return s.view(); }
go::string make(std::string_view v) { return go::to_string(v); }
// A substring of s (shares its bytes, as Go's slicing does).
go::string sub(go::string s, size_t pos, size_t n) { return go::string{s.p + pos, int64_t(n)}; }
bool isSpace(int32_t r) {
  switch (r) {
  case '\t':
  case '\n':
  case '\v':
  case '\f':
  case '\r':
  case ' ':
  case 0x85:
  case 0xA0:
  case 0x1680:
  case 0x2028:
  case 0x2029:
  case 0x202F:
  case 0x205F:
  case 0x3000:
    return true;
  default:
    return r >= 0x2000 && r <= 0x200A;
  }
}
go::slice<go::string> toSlice(const std::vector<go::string> &v) {
  go::slice<go::string> out = go::make_slice<go::string>(int64_t(v.size()));
  for (size_t i = 0; i < v.size(); ++i)
    out.p[i] = v[i];
  return out;
}
} // namespace

bool Contains(go::string s, go::string substr) {
  return sv(s).find(sv(substr)) != std::string_view::npos;
}

bool ContainsRune(go::string s, int32_t r) {
  for (int64_t i = 0, w = 0; i < s.n; i += w)
    if (go::decode_rune(s, i, &w) == r)
      return true;
  return false;
}

int64_t Index(go::string s, go::string substr) {
  size_t i = sv(s).find(sv(substr));
  return i == std::string_view::npos ? -1 : int64_t(i);
}

int64_t IndexByte(go::string s, uint8_t c) {
  size_t i = sv(s).find(char(c));
  return i == std::string_view::npos ? -1 : int64_t(i);
}

int64_t LastIndex(go::string s, go::string substr) {
  size_t i = sv(s).rfind(sv(substr));
  return i == std::string_view::npos ? -1 : int64_t(i);
}

bool HasPrefix(go::string s, go::string prefix) { return sv(s).starts_with(sv(prefix)); }
bool HasSuffix(go::string s, go::string suffix) { return sv(s).ends_with(sv(suffix)); }

go::slice<go::string> Split(go::string s, go::string sep) {
  std::vector<go::string> parts;
  if (sep.n == 0) {
    // Split into UTF-8 sequences.
    for (int64_t i = 0, w = 0; i < s.n; i += w) {
      go::decode_rune(s, i, &w);
      parts.push_back(sub(s, size_t(i), size_t(w)));
    }
    return toSlice(parts);
  }
  size_t start = 0;
  for (;;) {
    size_t i = sv(s).find(sv(sep), start);
    if (i == std::string_view::npos)
      break;
    parts.push_back(sub(s, start, i - start));
    start = i + size_t(sep.n);
  }
  parts.push_back(sub(s, start, size_t(s.n) - start));
  return toSlice(parts);
}

go::string Join(go::slice<go::string> elems, go::string sep) {
  std::string out;
  for (int64_t i = 0; i < elems.len; ++i) {
    if (i)
      out += sv(sep);
    out += sv(elems.p[i]);
  }
  return make(out);
}

go::string Repeat(go::string s, int64_t count) {
  if (count < 0)
    go::impl::panic_plain("strings: negative Repeat count");
  std::string out;
  out.reserve(size_t(s.n * count));
  for (int64_t i = 0; i < count; ++i)
    out += sv(s);
  return make(out);
}

go::string Replace(go::string s, go::string old_, go::string new_, int64_t n) {
  if (n == 0 || (old_.n == 0 && false))
    return s;
  std::string out;
  size_t start = 0;
  int64_t done = 0;
  if (old_.n == 0) {
    // Insert new_ before every rune and at the end, up to n times.
    for (int64_t i = 0, w = 0; i <= s.n; i += w) {
      if (n < 0 || done < n) {
        out += sv(new_);
        ++done;
      }
      if (i == s.n)
        break;
      go::decode_rune(s, i, &w);
      out += sv(s).substr(size_t(i), size_t(w));
    }
    return make(out);
  }
  while (n < 0 || done < n) {
    size_t i = sv(s).find(sv(old_), start);
    if (i == std::string_view::npos)
      break;
    out += sv(s).substr(start, i - start);
    out += sv(new_);
    start = i + size_t(old_.n);
    ++done;
  }
  out += sv(s).substr(start);
  return make(out);
}

go::string ReplaceAll(go::string s, go::string old_, go::string new_) {
  return Replace(s, old_, new_, -1);
}

go::string ToUpper(go::string s) {
  std::string out(sv(s));
  for (char &c : out)
    if (c >= 'a' && c <= 'z')
      c = char(c - 'a' + 'A');
  return make(out);
}

go::string ToLower(go::string s) {
  std::string out(sv(s));
  for (char &c : out)
    if (c >= 'A' && c <= 'Z')
      c = char(c - 'A' + 'a');
  return make(out);
}

go::string TrimSpace(go::string s) {
  int64_t start = 0, end = s.n;
  while (start < end) {
    int64_t w = 0;
    if (!isSpace(go::decode_rune(s, start, &w)))
      break;
    start += w;
  }
  while (end > start) {
    // Step back over one UTF-8 sequence.
    int64_t b = end - 1;
    while (b > start && (s.p[b] & 0xC0) == 0x80)
      --b;
    int64_t w = 0;
    if (!isSpace(go::decode_rune(s, b, &w)))
      break;
    end = b;
  }
  return sub(s, size_t(start), size_t(end - start));
}

go::string Trim(go::string s, go::string cutset) {
  auto in = [&](uint8_t c) { return sv(cutset).find(char(c)) != std::string_view::npos; };
  int64_t start = 0, end = s.n;
  while (start < end && in(s.p[start]))
    ++start;
  while (end > start && in(s.p[end - 1]))
    --end;
  return sub(s, size_t(start), size_t(end - start));
}

go::string TrimPrefix(go::string s, go::string prefix) {
  return HasPrefix(s, prefix) ? sub(s, size_t(prefix.n), size_t(s.n - prefix.n)) : s;
}

go::string TrimSuffix(go::string s, go::string suffix) {
  return HasSuffix(s, suffix) ? sub(s, 0, size_t(s.n - suffix.n)) : s;
}

go::slice<go::string> Fields(go::string s) {
  std::vector<go::string> parts;
  int64_t i = 0;
  while (i < s.n) {
    int64_t w = 0;
    while (i < s.n && isSpace(go::decode_rune(s, i, &w)))
      i += w;
    int64_t start = i;
    while (i < s.n && !isSpace(go::decode_rune(s, i, &w)))
      i += w;
    if (i > start)
      parts.push_back(sub(s, size_t(start), size_t(i - start)));
  }
  return toSlice(parts);
}

int64_t Count(go::string s, go::string substr) {
  if (substr.n == 0) {
    int64_t runes = 0;
    for (int64_t i = 0, w = 0; i < s.n; i += w, ++runes)
      go::decode_rune(s, i, &w);
    return runes + 1;
  }
  int64_t n = 0;
  for (size_t start = 0;;) {
    size_t i = sv(s).find(sv(substr), start);
    if (i == std::string_view::npos)
      return n;
    ++n;
    start = i + size_t(substr.n);
  }
}

bool EqualFold(go::string s, go::string t) {
  if (s.n != t.n)
    return false;
  for (int64_t i = 0; i < s.n; ++i) {
    uint8_t a = s.p[i], b = t.p[i];
    if (a >= 'A' && a <= 'Z')
      a = uint8_t(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z')
      b = uint8_t(b - 'A' + 'a');
    if (a != b)
      return false;
  }
  return true;
}

} // namespace gopkg::strings

// ---- Builder --------------------------------------------------------------

namespace gopkg::strings {

using namespace go::literals;

void Builder__Grow(Builder *b, int64_t n) {
  go::impl::nil_check(b);
  if (n < 0)
    go::panic(go::box("strings.Builder.Grow: negative count"_gs));
  if (b->buf.cap - b->buf.len < n) {
    // As Go: room for n more bytes, at least doubling.
    go::slice<uint8_t> nb = go::make_slice<uint8_t>(b->buf.len, 2 * b->buf.cap + n);
    go::copy(nb, b->buf);
    b->buf = nb;
  }
}

std::tuple<int64_t, go::error> Builder__Write(Builder *b, go::slice<uint8_t> p) {
  go::impl::nil_check(b)->buf = go::append_slice(b->buf, p);
  return {p.len, go::error{}};
}

go::error Builder__WriteByte(Builder *b, uint8_t c) {
  go::impl::nil_check(b)->buf = go::append(b->buf, c);
  return go::error{};
}

std::tuple<int64_t, go::error> Builder__WriteRune(Builder *b, int32_t r) {
  go::impl::nil_check(b);
  uint8_t tmp[4];
  int n = go::encode_rune(tmp, r);
  b->buf = go::append_slice(b->buf, go::slice<uint8_t>{tmp, n, n});
  return {n, go::error{}};
}

std::tuple<int64_t, go::error> Builder__WriteString(Builder *b, go::string s) {
  go::impl::nil_check(b)->buf = go::append_string(b->buf, s);
  return {s.n, go::error{}};
}

const go::type_desc *Builder__type() {
  static const go::field_desc fields[] = {{"buf"_gs, go::impl::slice_type(&go::impl::type_uint8),
                                           int64_t(offsetof(Builder, buf)), false}};
  static const go::type_desc desc =
      gopkg::native::struct_desc_of<Builder>("strings.Builder"_gs, fields, 1);
  return &desc;
}

const go::type_desc *Builder__ptrtype() {
  using gopkg::native::pointer_thunk;
  static const go::method_desc methods[] = {
      {"Cap"_gs, nullptr, pointer_thunk<&Builder__Cap>()},
      {"Grow"_gs, nullptr, pointer_thunk<&Builder__Grow>()},
      {"Len"_gs, nullptr, pointer_thunk<&Builder__Len>()},
      {"Reset"_gs, nullptr, pointer_thunk<&Builder__Reset>()},
      {"String"_gs, nullptr, pointer_thunk<&Builder__String>()},
      {"Write"_gs, nullptr, pointer_thunk<&Builder__Write>()},
      {"WriteByte"_gs, nullptr, pointer_thunk<&Builder__WriteByte>()},
      {"WriteRune"_gs, nullptr, pointer_thunk<&Builder__WriteRune>()},
      {"WriteString"_gs, nullptr, pointer_thunk<&Builder__WriteString>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Builder>(Builder__type(), "*strings.Builder"_gs, methods);
  return &desc;
}

} // namespace gopkg::strings
