// Literal decoding (strconv.Unquote's rules for the forms the scanner
// accepts) and numeric literal classification.
#include "gocxx/frontend/literals.h"

#include <cstdio>

#include "gocxx/frontend/unicode.h"

namespace gocxx {

namespace {

int hexVal(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// unquoteChar decodes one character or escape at s[i] (quote is the
// enclosing quote character). For \x and octal escapes in strings the value
// is a byte (isByte set); otherwise a rune.
bool unquoteChar(std::string_view s, size_t &i, char quote, uint32_t &value, bool &isByte) {
  isByte = false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"'))
    return false;
  if (c >= 0x80) {
    int w;
    char32_t r = unicode::decodeRune(s, i, w);
    if (r == unicode::RuneError && w == 1)
      return false;
    value = r;
    i += w;
    return true;
  }
  if (c != '\\') {
    value = c;
    i++;
    return true;
  }
  if (i + 1 >= s.size())
    return false;
  char e = s[i + 1];
  i += 2;
  switch (e) {
  case 'a':
    value = '\a';
    return true;
  case 'b':
    value = '\b';
    return true;
  case 'f':
    value = '\f';
    return true;
  case 'n':
    value = '\n';
    return true;
  case 'r':
    value = '\r';
    return true;
  case 't':
    value = '\t';
    return true;
  case 'v':
    value = '\v';
    return true;
  case '\\':
    value = '\\';
    return true;
  case '\'':
  case '"':
    if (e != quote)
      return false;
    value = static_cast<unsigned char>(e);
    return true;
  case 'x':
  case 'u':
  case 'U': {
    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
    if (i + n > s.size())
      return false;
    uint32_t v = 0;
    for (int k = 0; k < n; k++) {
      int d = hexVal(s[i + k]);
      if (d < 0)
        return false;
      v = v * 16 + static_cast<uint32_t>(d);
    }
    i += n;
    if (e == 'x') {
      value = v;
      isByte = true;
      return true;
    }
    if (v > unicode::MaxRune || (v >= 0xD800 && v < 0xE000))
      return false;
    value = v;
    return true;
  }
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7': {
    uint32_t v = static_cast<uint32_t>(e - '0');
    if (i + 2 > s.size())
      return false;
    for (int k = 0; k < 2; k++) {
      char d = s[i + k];
      if (d < '0' || d > '7')
        return false;
      v = v * 8 + static_cast<uint32_t>(d - '0');
    }
    i += 2;
    if (v > 255)
      return false;
    value = v;
    isByte = true;
    return true;
  }
  default:
    return false;
  }
}

} // namespace

bool decodeStringLiteral(std::string_view lit, std::string &out) {
  out.clear();
  if (lit.size() < 2)
    return false;
  char q = lit.front();
  if (lit.back() != q)
    return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (q == '`') {
    if (body.find('`') != std::string_view::npos)
      return false;
    out.reserve(body.size());
    for (char c : body)
      if (c != '\r')
        out += c;
    return true;
  }
  if (q != '"')
    return false;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '\n')
      return false;
    if (body[i] != '\\' && static_cast<unsigned char>(body[i]) < 0x80 && body[i] != '"') {
      out += body[i++];
      continue;
    }
    uint32_t v;
    bool isByte;
    if (!unquoteChar(body, i, '"', v, isByte))
      return false;
    if (isByte)
      out += static_cast<char>(v);
    else
      unicode::appendRune(out, v);
  }
  return true;
}

bool decodeRuneLiteral(std::string_view lit, int32_t &r) {
  if (lit.size() < 3 || lit.front() != '\'' || lit.back() != '\'')
    return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  size_t i = 0;
  uint32_t v;
  bool isByte;
  if (!unquoteChar(body, i, '\'', v, isByte) || i != body.size())
    return false;
  r = static_cast<int32_t>(v);
  return true;
}

std::string stripSeparators(std::string_view lit) {
  std::string s;
  s.reserve(lit.size());
  for (char c : lit)
    if (c != '_')
      s += c;
  return s;
}

bool classifyNumber(std::string_view lit, NumberLiteral &out) {
  out = NumberLiteral{};
  std::string s = stripSeparators(lit);
  if (s.empty())
    return false;
  size_t i = 0;
  if (s.back() == 'i') {
    out.imaginary = true;
    s.pop_back();
  }
  auto lower = [](char c) { return static_cast<char>(c | 0x20); };
  bool prefixed = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = lower(s[1]);
    if (p == 'x' || p == 'o' || p == 'b') {
      out.base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      i = 2;
      prefixed = true;
    }
  }
  auto isDigit = [&](char c) {
    if (out.base == 16)
      return hexVal(c) >= 0;
    return c >= '0' && c <= '9';
  };
  size_t start = i;
  while (i < s.size() && isDigit(s[i]))
    i++;
  out.intDigits = s.substr(start, i - start);
  bool isFloat = false;
  if (i < s.size() && s[i] == '.') {
    isFloat = true;
    i++;
    size_t f = i;
    while (i < s.size() && isDigit(s[i]))
      i++;
    out.fracDigits = s.substr(f, i - f);
  }
  if (out.intDigits.empty() && out.fracDigits.empty())
    return false;
  if (i < s.size() && (lower(s[i]) == 'e' || lower(s[i]) == 'p')) {
    out.hasExponent = true;
    out.binaryExponent = lower(s[i]) == 'p';
    if (out.binaryExponent != (out.base == 16))
      return false;
    isFloat = true;
    i++;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
      neg = s[i++] == '-';
    size_t e = i;
    int64_t v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (v < 1000000000)
        v = v * 10 + (s[i] - '0');
      i++;
    }
    if (i == e)
      return false;
    out.exponent = neg ? -v : v;
  } else if (out.base == 16 && isFloat) {
    return false; // hexadecimal mantissa requires a 'p' exponent
  }
  if (i != s.size())
    return false;
  if (!prefixed && !isFloat && out.intDigits.size() > 1 && out.intDigits[0] == '0') {
    // legacy octal 0777
    out.base = 8;
    out.intDigits = out.intDigits.substr(1);
  }
  if (out.base == 8 || out.base == 2) {
    if (isFloat)
      return false;
    for (char c : out.intDigits)
      if (c - '0' >= out.base)
        return false;
  }
  out.kind = out.imaginary ? Token::IMAG : isFloat ? Token::FLOAT : Token::INT;
  return true;
}

std::string quoteString(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    int w;
    char32_t r = unicode::decodeRune(s, i, w);
    if (r == unicode::RuneError && w == 1) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(s[i]));
      out += buf;
      i++;
      continue;
    }
    i += w;
    switch (r) {
    case '\a':
      out += "\\a";
      continue;
    case '\b':
      out += "\\b";
      continue;
    case '\f':
      out += "\\f";
      continue;
    case '\n':
      out += "\\n";
      continue;
    case '\r':
      out += "\\r";
      continue;
    case '\t':
      out += "\\t";
      continue;
    case '\v':
      out += "\\v";
      continue;
    case '\\':
      out += "\\\\";
      continue;
    case '"':
      out += "\\\"";
      continue;
    default:
      break;
    }
    char buf[16];
    if (r < 0x20 || r == 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
      out += buf;
    } else if (r < 0x80 || unicode::isLetter(r) || unicode::isDigit(r) ||
               (r >= 0xA1 && r != 0xAD && r < 0x2000)) {
      unicode::appendRune(out, r);
    } else if (r < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
      out += buf;
    }
  }
  out += '"';
  return out;
}

} // namespace gocxx
