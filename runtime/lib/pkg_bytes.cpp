// Native package bytes: byte-slice comparisons and searches through
// std::string_view, and Buffer's writing side with Go's growth rule. Buffer
// keeps the unread bytes at buf[off:]; Reset keeps the storage for reuse,
// as Go's does.
#include "gocxx/pkg/bytes.h"

#include <cstring>
#include <string_view>

#include "gocxx/pkg/native_types.h"

using namespace go::literals;

namespace gopkg::bytes {

namespace {
std::string_view sv(go::slice<uint8_t> s) {
  return {reinterpret_cast<const char *>(s.p), size_t(s.len)};
}
bool is_space(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
go::slice<uint8_t> copy_of(std::string_view v) {
  go::slice<uint8_t> out = go::make_slice<uint8_t>(int64_t(v.size()));
  if (!v.empty())
    std::memcpy(out.p, v.data(), v.size());
  return out;
}
} // namespace

bool Equal(go::slice<uint8_t> a, go::slice<uint8_t> b) { return sv(a) == sv(b); }

int64_t Compare(go::slice<uint8_t> a, go::slice<uint8_t> b) {
  int c = sv(a).compare(sv(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

bool Contains(go::slice<uint8_t> b, go::slice<uint8_t> subslice) { return Index(b, subslice) >= 0; }

int64_t Index(go::slice<uint8_t> s, go::slice<uint8_t> sep) {
  size_t i = sv(s).find(sv(sep));
  return i == std::string_view::npos ? -1 : int64_t(i);
}

int64_t IndexByte(go::slice<uint8_t> b, uint8_t c) {
  size_t i = sv(b).find(char(c));
  return i == std::string_view::npos ? -1 : int64_t(i);
}

bool HasPrefix(go::slice<uint8_t> s, go::slice<uint8_t> prefix) {
  return sv(s).starts_with(sv(prefix));
}
bool HasSuffix(go::slice<uint8_t> s, go::slice<uint8_t> suffix) {
  return sv(s).ends_with(sv(suffix));
}

go::slice<uint8_t> Join(go::slice<go::slice<uint8_t>> s, go::slice<uint8_t> sep) {
  if (s.len == 0)
    return go::slice<uint8_t>{};
  std::string out;
  for (int64_t i = 0; i < s.len; i++) {
    if (i)
      out += sv(sep);
    out += sv(s.p[i]);
  }
  return copy_of(out);
}

go::slice<uint8_t> Repeat(go::slice<uint8_t> b, int64_t count) {
  if (count < 0)
    go::panic(go::box("bytes: negative Repeat count"_gs));
  if (b.len && count > INT64_MAX / b.len)
    go::panic(go::box("bytes: Repeat count causes overflow"_gs));
  go::slice<uint8_t> out = go::make_slice<uint8_t>(b.len * count);
  for (int64_t i = 0; i < count; i++)
    std::memcpy(out.p + i * b.len, b.p, size_t(b.len));
  return out;
}

go::slice<uint8_t> ToUpper(go::slice<uint8_t> s) {
  std::string out(sv(s));
  for (char &c : out)
    if (c >= 'a' && c <= 'z')
      c = char(c - 'a' + 'A');
  return copy_of(out);
}

go::slice<uint8_t> ToLower(go::slice<uint8_t> s) {
  std::string out(sv(s));
  for (char &c : out)
    if (c >= 'A' && c <= 'Z')
      c = char(c - 'A' + 'a');
  return copy_of(out);
}

go::slice<uint8_t> TrimSpace(go::slice<uint8_t> s) {
  int64_t lo = 0, hi = s.len;
  while (lo < hi && is_space(s.p[lo]))
    lo++;
  while (hi > lo && is_space(s.p[hi - 1]))
    hi--;
  // As Go: an all-space input gives nil.
  if (lo == hi)
    return go::slice<uint8_t>{};
  return go::slice_slice(s, lo, hi);
}

// ---- Buffer -------------------------------------------------------------------

Buffer *NewBuffer(go::slice<uint8_t> buf) {
  return go::new_object_flagged<Buffer>(true, Buffer{buf, 0});
}

Buffer *NewBufferString(go::string s) {
  return go::new_object_flagged<Buffer>(true, Buffer{go::bytes_from_string(s), 0});
}

go::slice<uint8_t> Buffer__Bytes(Buffer *b) {
  go::impl::nil_check(b);
  return go::slice_slice(b->buf, b->off);
}

go::string Buffer__String(Buffer *b) {
  if (b == nullptr)
    return "<nil>"_gs; // as Go, for debugging
  return go::string_from_bytes(go::slice_slice(b->buf, b->off));
}

int64_t Buffer__Len(Buffer *b) { return go::impl::nil_check(b)->buf.len - b->off; }
int64_t Buffer__Cap(Buffer *b) { return go::impl::nil_check(b)->buf.cap; }

void Buffer__Reset(Buffer *b) {
  go::impl::nil_check(b);
  b->buf = go::slice_slice(b->buf, 0, 0);
  b->off = 0;
}

void Buffer__Truncate(Buffer *b, int64_t n) {
  go::impl::nil_check(b);
  if (n == 0) {
    Buffer__Reset(b);
    return;
  }
  if (n < 0 || n > Buffer__Len(b))
    go::panic(go::box("bytes.Buffer: truncation out of range"_gs));
  b->buf = go::slice_slice(b->buf, 0, b->off + n);
}

namespace {
// Makes room for n more bytes and extends the length over them; returns
// where they start. As Go's Buffer.grow: reslice when there is capacity,
// 64 bytes for a first small write, slide the unread bytes down when that
// frees enough, else reallocate to at least twice the capacity. (Go rounds
// the allocation up to a size class; Cap can differ by that.)
int64_t grow(Buffer *b, int64_t n) {
  int64_t m = Buffer__Len(b);
  if (m == 0 && b->off != 0)
    Buffer__Reset(b);
  if (n <= b->buf.cap - b->buf.len) {
    b->buf = go::slice_slice(b->buf, 0, b->buf.len + n);
    return b->buf.len - n;
  }
  constexpr int64_t small_buffer_size = 64;
  if (b->buf.p == nullptr && n <= small_buffer_size) {
    b->buf = go::make_slice<uint8_t>(n, small_buffer_size);
    return 0;
  }
  int64_t c = b->buf.cap;
  if (n <= c / 2 - m) {
    std::memmove(b->buf.p, b->buf.p + b->off, size_t(m));
  } else {
    int64_t nc = m + b->off + n;
    if (nc < 2 * c)
      nc = 2 * c;
    go::slice<uint8_t> nb = go::make_slice<uint8_t>(m, nc);
    if (m)
      std::memcpy(nb.p, b->buf.p + b->off, size_t(m));
    b->buf = nb;
  }
  b->off = 0;
  b->buf = go::slice<uint8_t>{b->buf.p, m + n, b->buf.cap};
  return m;
}
} // namespace

void Buffer__Grow(Buffer *b, int64_t n) {
  go::impl::nil_check(b);
  if (n < 0)
    go::panic(go::box("bytes.Buffer.Grow: negative count"_gs));
  int64_t m = grow(b, n);
  b->buf = go::slice_slice(b->buf, 0, m);
}

std::tuple<int64_t, go::error> Buffer__Write(Buffer *b, go::slice<uint8_t> p) {
  go::impl::nil_check(b);
  int64_t at = grow(b, p.len);
  if (p.len)
    std::memmove(b->buf.p + at, p.p, size_t(p.len));
  return {p.len, go::error{}};
}

std::tuple<int64_t, go::error> Buffer__WriteString(Buffer *b, go::string s) {
  go::impl::nil_check(b);
  int64_t at = grow(b, s.n);
  if (s.n)
    std::memcpy(b->buf.p + at, s.p, size_t(s.n));
  return {s.n, go::error{}};
}

go::error Buffer__WriteByte(Buffer *b, uint8_t c) {
  go::impl::nil_check(b);
  int64_t at = grow(b, 1);
  b->buf.p[at] = c;
  return go::error{};
}

std::tuple<int64_t, go::error> Buffer__WriteRune(Buffer *b, int32_t r) {
  go::impl::nil_check(b);
  uint8_t tmp[4];
  int n = go::encode_rune(tmp, r);
  int64_t at = grow(b, n);
  std::memcpy(b->buf.p + at, tmp, size_t(n));
  return {n, go::error{}};
}

const go::type_desc *Buffer__type() {
  static const go::field_desc fields[] = {
      {"buf"_gs, go::impl::slice_type(&go::impl::type_uint8), int64_t(offsetof(Buffer, buf)),
       false},
      {"off"_gs, &go::impl::type_int, int64_t(offsetof(Buffer, off)), false}};
  static const go::type_desc desc =
      gopkg::native::struct_desc_of<Buffer>("bytes.Buffer"_gs, fields, 2);
  return &desc;
}

const go::type_desc *Buffer__ptrtype() {
  using gopkg::native::pointer_thunk;
  static const go::method_desc methods[] = {
      {"Bytes"_gs, nullptr, pointer_thunk<&Buffer__Bytes>()},
      {"Cap"_gs, nullptr, pointer_thunk<&Buffer__Cap>()},
      {"Grow"_gs, nullptr, pointer_thunk<&Buffer__Grow>()},
      {"Len"_gs, nullptr, pointer_thunk<&Buffer__Len>()},
      {"Reset"_gs, nullptr, pointer_thunk<&Buffer__Reset>()},
      {"String"_gs, nullptr, pointer_thunk<&Buffer__String>()},
      {"Truncate"_gs, nullptr, pointer_thunk<&Buffer__Truncate>()},
      {"Write"_gs, nullptr, pointer_thunk<&Buffer__Write>()},
      {"WriteByte"_gs, nullptr, pointer_thunk<&Buffer__WriteByte>()},
      {"WriteRune"_gs, nullptr, pointer_thunk<&Buffer__WriteRune>()},
      {"WriteString"_gs, nullptr, pointer_thunk<&Buffer__WriteString>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Buffer>(Buffer__type(), "*bytes.Buffer"_gs, methods);
  return &desc;
}

} // namespace gopkg::bytes
