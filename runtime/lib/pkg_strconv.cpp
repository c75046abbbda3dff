// Native package strconv: integer and float conversions with Go's results
// and error texts ("strconv.Atoi: parsing \"x\": invalid syntax").
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "gocxx/pkg/strconv.h"

using namespace go::literals;

namespace gopkg::strconv {

namespace {
go::error numError(const char *fn, go::string s, const char *what) {
  std::string msg =
      std::string("strconv.") + fn + ": parsing " + std::string(Quote(s).view()) + ": " + what;
  return go::errors_new(go::to_string(msg));
}

// Parses an integer as Go's ParseInt: optional sign, base prefixes when base
// is 0, underscores only with base 0. Returns false on syntax errors; sets
// range on overflow of bitSize.
bool parseInt(std::string_view s, int base, int bitSize, int64_t &out, bool &range) {
  range = false;
  if (s.empty())
    return false;
  bool neg = false;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  bool underscores = false;
  if (base == 0) {
    base = 10;
    underscores = true;
    if (s.size() > 1 && s[0] == '0') {
      char p = char(s[1] | 0x20);
      if (p == 'x')
        base = 16, s.remove_prefix(2);
      else if (p == 'b')
        base = 2, s.remove_prefix(2);
      else if (p == 'o')
        base = 8, s.remove_prefix(2);
      else
        base = 8, s.remove_prefix(1);
    }
  }
  if (s.empty())
    return false;
  unsigned __int128 v = 0;
  bool any = false;
  for (char c : s) {
    if (c == '_' && underscores)
      continue;
    int d = c >= '0' && c <= '9'                     ? c - '0'
            : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10
                                                     : 99;
    if (d >= base)
      return false;
    any = true;
    if (v <= (unsigned __int128)UINT64_MAX)
      v = v * unsigned(base) + unsigned(d);
  }
  if (!any)
    return false;
  unsigned __int128 limit = (unsigned __int128)1 << (bitSize - 1);
  if ((!neg && v >= limit) || (neg && v > limit)) {
    range = true;
    out = neg ? -int64_t(limit - 1) - 1 : int64_t(limit - 1);
    return true;
  }
  out = neg ? int64_t(-(__int128)v) : int64_t(v);
  return true;
}
} // namespace

go::string Itoa(int64_t i) { return go::to_string(std::to_string(i)); }

go::string FormatInt(int64_t i, int64_t base) {
  if (base < 2 || base > 36)
    go::impl::panic_plain("strconv: illegal AppendInt/FormatInt base");
  char buf[72];
  auto r = std::to_chars(buf, buf + sizeof buf, i, int(base));
  return go::to_string(std::string_view(buf, size_t(r.ptr - buf)));
}

go::string FormatBool(bool b) { return go::to_string(b ? "true" : "false"); }

std::tuple<int64_t, go::error> ParseInt(go::string s, int64_t base, int64_t bitSize) {
  if (bitSize == 0)
    bitSize = 64;
  int64_t v = 0;
  bool range = false;
  if (!parseInt(s.view(), int(base), int(bitSize), v, range))
    return {0, numError("ParseInt", s, "invalid syntax")};
  if (range)
    return {v, numError("ParseInt", s, "value out of range")};
  return {v, go::error{}};
}

std::tuple<int64_t, go::error> Atoi(go::string s) {
  int64_t v = 0;
  bool range = false;
  if (!parseInt(s.view(), 10, 64, v, range))
    return {0, numError("Atoi", s, "invalid syntax")};
  if (range)
    return {v, numError("Atoi", s, "value out of range")};
  return {v, go::error{}};
}

std::tuple<double, go::error> ParseFloat(go::string s, int64_t bitSize) {
  std::string text;
  for (char c : s.view())
    if (c != '_')
      text += c;
  if (text.empty())
    return {0, numError("ParseFloat", s, "invalid syntax")};
  char *end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size())
    return {0, numError("ParseFloat", s, "invalid syntax")};
  if (bitSize == 32)
    v = double(float(v));
  if (std::isinf(v) && text.find_first_of("iI") == std::string::npos)
    return {v, numError("ParseFloat", s, "value out of range")};
  return {v, go::error{}};
}

go::string FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize) {
  if (std::isnan(f))
    return go::to_string("NaN");
  if (std::isinf(f))
    return go::to_string(f > 0 ? "+Inf" : "-Inf");
  std::chars_format cf = fmt == 'e' || fmt == 'E' ? std::chars_format::scientific
                         : fmt == 'f'             ? std::chars_format::fixed
                                                  : std::chars_format::general;
  char buf[512];
  std::to_chars_result r;
  if (bitSize == 32) {
    float x = float(f);
    r = prec < 0 ? std::to_chars(buf, buf + sizeof buf, x, cf)
                 : std::to_chars(buf, buf + sizeof buf, x, cf, int(prec));
  } else {
    r = prec < 0 ? std::to_chars(buf, buf + sizeof buf, f, cf)
                 : std::to_chars(buf, buf + sizeof buf, f, cf, int(prec));
  }
  std::string out(buf, size_t(r.ptr - buf));
  if (fmt == 'E' || fmt == 'G')
    for (char &c : out)
      if (c == 'e')
        c = 'E';
  return go::to_string(out);
}

go::string Quote(go::string s) { return gopkg::fmt::Sprintf("%q"_gs, go::args(s)); }

} // namespace gopkg::strconv
