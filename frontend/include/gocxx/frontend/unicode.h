// Unicode classification and UTF-8 coding, as Go's unicode and unicode/utf8
// packages define them (tables generated from Go by tools/genunicode.go).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gocxx::unicode {

inline constexpr char32_t RuneError = 0xFFFD;
inline constexpr char32_t MaxRune = 0x10FFFF;
inline constexpr char32_t RuneSelf = 0x80;

// isLetter is unicode.IsLetter (ASCII letters included, '_' excluded).
bool isLetter(char32_t r);
// isDigit is unicode.IsDigit.
bool isDigit(char32_t r);
// isUpper is unicode.IsUpper.
bool isUpper(char32_t r);

// decodeRune decodes the UTF-8 sequence at s[i]; width receives its length
// (1 for invalid input, which yields RuneError, as utf8.DecodeRuneInString).
char32_t decodeRune(std::string_view s, size_t i, int &width);
// appendRune appends the UTF-8 encoding of r (RuneError if r is invalid).
void appendRune(std::string &out, char32_t r);

} // namespace gocxx::unicode
