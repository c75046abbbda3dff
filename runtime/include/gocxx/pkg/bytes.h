// Native package bytes (declarations in runtime/native/bytes).
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::bytes {

bool Equal(go::slice<uint8_t> a, go::slice<uint8_t> b);
int64_t Compare(go::slice<uint8_t> a, go::slice<uint8_t> b);
bool Contains(go::slice<uint8_t> b, go::slice<uint8_t> subslice);
int64_t Index(go::slice<uint8_t> s, go::slice<uint8_t> sep);
int64_t IndexByte(go::slice<uint8_t> b, uint8_t c);
bool HasPrefix(go::slice<uint8_t> s, go::slice<uint8_t> prefix);
bool HasSuffix(go::slice<uint8_t> s, go::slice<uint8_t> suffix);
go::slice<uint8_t> Join(go::slice<go::slice<uint8_t>> s, go::slice<uint8_t> sep);
go::slice<uint8_t> Repeat(go::slice<uint8_t> b, int64_t count);
go::slice<uint8_t> ToUpper(go::slice<uint8_t> s);
go::slice<uint8_t> ToLower(go::slice<uint8_t> s);
go::slice<uint8_t> TrimSpace(go::slice<uint8_t> s);

// Buffer: the unread bytes are buf[off:].
struct Buffer {
  go::slice<uint8_t> buf{};
  int64_t off{};
};

Buffer *NewBuffer(go::slice<uint8_t> buf);
Buffer *NewBufferString(go::string s);

go::slice<uint8_t> Buffer__Bytes(Buffer *b);
go::string Buffer__String(Buffer *b);
int64_t Buffer__Len(Buffer *b);
int64_t Buffer__Cap(Buffer *b);
void Buffer__Reset(Buffer *b);
void Buffer__Truncate(Buffer *b, int64_t n);
void Buffer__Grow(Buffer *b, int64_t n);
std::tuple<int64_t, go::error> Buffer__Write(Buffer *b, go::slice<uint8_t> p);
std::tuple<int64_t, go::error> Buffer__WriteString(Buffer *b, go::string s);
go::error Buffer__WriteByte(Buffer *b, uint8_t c);
std::tuple<int64_t, go::error> Buffer__WriteRune(Buffer *b, int32_t r);

// Type descriptors (see gocxx/pkg/native_types.h).
const go::type_desc *Buffer__type();
const go::type_desc *Buffer__ptrtype();

} // namespace gopkg::bytes
