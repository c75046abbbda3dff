// Native code of package internal/bytealg: the byte searches and
// comparisons that Go writes in amd64 assembly, on the C library's
// vectorised memchr, memcmp and memmem.
#include <cstring>

namespace gopkg::internal::bytealg {

namespace {
int64_t indexByte(const uint8_t *p, int64_t n, uint8_t c) {
  if (n <= 0)
    return -1;
  auto *hit = static_cast<const uint8_t *>(std::memchr(p, c, size_t(n)));
  return hit ? hit - p : -1;
}

int64_t count(const uint8_t *p, int64_t n, uint8_t c) {
  int64_t k = 0;
  for (int64_t i = 0; i < n; ++i)
    k += p[i] == c;
  return k;
}

int64_t compare(const uint8_t *a, int64_t an, const uint8_t *b, int64_t bn) {
  int64_t n = an < bn ? an : bn;
  if (n > 0)
    if (int r = std::memcmp(a, b, size_t(n)))
      return r < 0 ? -1 : 1;
  return an < bn ? -1 : an > bn ? 1 : 0;
}

int64_t index(const uint8_t *a, int64_t an, const uint8_t *b, int64_t bn) {
  if (bn == 0)
    return 0;
  if (bn > an)
    return -1;
  auto *hit = static_cast<const uint8_t *>(memmem(a, size_t(an), b, size_t(bn)));
  return hit ? hit - a : -1;
}
} // namespace

int64_t IndexByte(go::slice<uint8_t> b, uint8_t c) { return indexByte(b.p, b.len, c); }
int64_t IndexByteString(go::string s, uint8_t c) { return indexByte(s.p, s.n, c); }
int64_t Count(go::slice<uint8_t> b, uint8_t c) { return count(b.p, b.len, c); }
int64_t CountString(go::string s, uint8_t c) { return count(s.p, s.n, c); }
int64_t Compare(go::slice<uint8_t> a, go::slice<uint8_t> b) {
  return compare(a.p, a.len, b.p, b.len);
}
int64_t abigen_runtime_cmpstring(go::string a, go::string b) { return compare(a.p, a.n, b.p, b.n); }
int64_t Index(go::slice<uint8_t> a, go::slice<uint8_t> b) { return index(a.p, a.len, b.p, b.len); }
int64_t IndexString(go::string a, go::string b) { return index(a.p, a.n, b.p, b.n); }

bool abigen_runtime_memequal(void *a, void *b, uintptr_t size) {
  return size == 0 || std::memcmp(a, b, size) == 0;
}
// Go's runtime calls it with the size in a closure register; nothing in the
// standard library calls it.
bool abigen_runtime_memequal_varlen(void *, void *) {
  go::impl::fatal("internal/bytealg: memequal_varlen is not callable from Go code");
}

} // namespace gopkg::internal::bytealg
