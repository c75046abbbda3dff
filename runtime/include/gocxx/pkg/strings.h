// Native package strings (declarations in runtime/native/strings): byte-wise
// implementations with Go's semantics until strings is compiled from Go.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::strings {
bool Contains(go::string s, go::string substr);
bool ContainsRune(go::string s, int32_t r);
int64_t Index(go::string s, go::string substr);
int64_t IndexByte(go::string s, uint8_t c);
int64_t LastIndex(go::string s, go::string substr);
bool HasPrefix(go::string s, go::string prefix);
bool HasSuffix(go::string s, go::string suffix);
go::slice<go::string> Split(go::string s, go::string sep);
go::string Join(go::slice<go::string> elems, go::string sep);
go::string Repeat(go::string s, int64_t count);
go::string Replace(go::string s, go::string old_, go::string new_, int64_t n);
go::string ReplaceAll(go::string s, go::string old_, go::string new_);
go::string ToUpper(go::string s);
go::string ToLower(go::string s);
go::string TrimSpace(go::string s);
go::string Trim(go::string s, go::string cutset);
go::string TrimPrefix(go::string s, go::string prefix);
go::string TrimSuffix(go::string s, go::string suffix);
go::slice<go::string> Fields(go::string s);
int64_t Count(go::string s, go::string substr);
bool EqualFold(go::string s, go::string t);

// Builder: appends to buf; String shares its bytes (appends only ever write
// past the length a string was taken at).
struct Builder {
  go::slice<uint8_t> buf{};
};

inline go::string Builder__String(Builder *b) {
  return go::string{go::impl::nil_check(b)->buf.p, b->buf.len};
}
inline int64_t Builder__Len(Builder *b) { return go::impl::nil_check(b)->buf.len; }
inline int64_t Builder__Cap(Builder *b) { return go::impl::nil_check(b)->buf.cap; }
inline void Builder__Reset(Builder *b) { go::impl::nil_check(b)->buf = {}; }
void Builder__Grow(Builder *b, int64_t n);
std::tuple<int64_t, go::error> Builder__Write(Builder *b, go::slice<uint8_t> p);
go::error Builder__WriteByte(Builder *b, uint8_t c);
std::tuple<int64_t, go::error> Builder__WriteRune(Builder *b, int32_t r);
std::tuple<int64_t, go::error> Builder__WriteString(Builder *b, go::string s);

// Type descriptors (see gocxx/pkg/native_types.h).
const go::type_desc *Builder__type();
const go::type_desc *Builder__ptrtype();
} // namespace gopkg::strings
