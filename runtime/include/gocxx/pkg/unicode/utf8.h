// Native package unicode/utf8 (declarations in runtime/native/unicode/utf8),
// on the runtime's UTF-8 decoder and encoder (go::decode_rune,
// go::encode_rune), which follow Go's rules for invalid input: each bad byte
// decodes as RuneError with width 1.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::unicode::utf8 {

inline constexpr int32_t RuneError = 0xFFFD;
inline constexpr int32_t RuneSelf = 0x80;
inline constexpr int32_t MaxRune = 0x10FFFF;
inline constexpr int64_t UTFMax = 4;

int64_t RuneLen(int32_t r);
int64_t RuneCountInString(go::string s);
int64_t RuneCount(go::slice<uint8_t> p);
std::tuple<int32_t, int64_t> DecodeRuneInString(go::string s);
std::tuple<int32_t, int64_t> DecodeRune(go::slice<uint8_t> p);
std::tuple<int32_t, int64_t> DecodeLastRuneInString(go::string s);
std::tuple<int32_t, int64_t> DecodeLastRune(go::slice<uint8_t> p);
int64_t EncodeRune(go::slice<uint8_t> p, int32_t r);
go::slice<uint8_t> AppendRune(go::slice<uint8_t> p, int32_t r);
bool FullRuneInString(go::string s);
bool FullRune(go::slice<uint8_t> p);
inline bool RuneStart(uint8_t b) { return (b & 0xC0) != 0x80; }
bool ValidString(go::string s);
bool Valid(go::slice<uint8_t> p);
inline bool ValidRune(int32_t r) { return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= MaxRune); }

} // namespace gopkg::unicode::utf8
