// Decoding of literal text kept in ast::BasicLit::value.
//
// The scanner has already reported malformed literals (BasicLit::bad); these
// helpers turn well-formed literal text into values: strings and runes with
// every escape (raw strings with carriage returns stripped, as the spec
// says), and numeric literals classified into base, mantissa digits and
// exponent so that the checker can do exact constant arithmetic itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "gocxx/frontend/token.h"

namespace gocxx {

// decodeStringLiteral decodes an interpreted ("...") or raw (`...`) string
// literal into its bytes. It returns false if lit is malformed.
bool decodeStringLiteral(std::string_view lit, std::string &out);

// decodeRuneLiteral decodes a rune literal ('x', '\n', '\u00e9', '\377').
// It returns false if lit is malformed.
bool decodeRuneLiteral(std::string_view lit, int32_t &r);

// A numeric literal taken apart.
struct NumberLiteral {
  Token kind = Token::INT;     // INT, FLOAT or IMAG (the literal's token)
  int base = 10;               // 2, 8, 10 or 16 (mantissa base; "0" prefix octal is 8)
  std::string intDigits;       // mantissa digits before the radix point, no prefix, no '_'
  std::string fracDigits;      // mantissa digits after the radix point (floats only)
  bool hasExponent = false;    // an 'e' or 'p' exponent is present
  bool binaryExponent = false; // the exponent is 'p' (power of two) rather than 'e'
  int64_t exponent = 0;        // exponent value (saturated to +-1e9)
  bool imaginary = false;      // trailing 'i'
};

// classifyNumber takes a numeric literal apart. It returns false if lit is
// malformed. A legacy octal literal like 0777 has base 8; a decimal float
// with a leading 0 (0123.5, 09e1) has base 10.
bool classifyNumber(std::string_view lit, NumberLiteral &out);

// stripSeparators returns lit without '_' digit separators.
std::string stripSeparators(std::string_view lit);

// quoteString renders s as a Go interpreted string literal, as strconv.Quote
// does (printable Unicode kept, other runes escaped).
std::string quoteString(std::string_view s);

} // namespace gocxx
