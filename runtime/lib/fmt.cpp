// The native subset of package fmt. A printer walks each argument through
// its type descriptor the way fmt's pp does: methods first (Error, then
// String, for the string-like verbs), then by kind. Numbers follow fmt's
// format.go rules for flags, width and precision; floats are converted with
// std::to_chars (shortest or with a precision, both correctly rounded like
// strconv) and then laid out by strconv's %e/%f/%g rules. Bad verbs, missing
// and extra arguments print fmt's %!v(type=value) forms.
#include "sched_internal.h"
#include <algorithm>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace go::impl {

using namespace go::literals;

namespace {

// The order fmt prints map keys in (Go's internal/fmtsort): numbers by
// value, strings bytewise, false before true, NaN first; other kinds keep
// the map's order.
int compare_keys(const type_desc *t, const void *a, const void *b) {
  if (!t)
    return 0;
  auto cmp = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; };
  switch (t->kind) {
  case kind::bool_:
    return cmp(*static_cast<const bool *>(a), *static_cast<const bool *>(b));
  case kind::int_:
  case kind::int64:
    return cmp(*static_cast<const int64_t *>(a), *static_cast<const int64_t *>(b));
  case kind::int32:
    return cmp(*static_cast<const int32_t *>(a), *static_cast<const int32_t *>(b));
  case kind::int16:
    return cmp(*static_cast<const int16_t *>(a), *static_cast<const int16_t *>(b));
  case kind::int8:
    return cmp(*static_cast<const int8_t *>(a), *static_cast<const int8_t *>(b));
  case kind::uint:
  case kind::uint64:
  case kind::uintptr:
    return cmp(*static_cast<const uint64_t *>(a), *static_cast<const uint64_t *>(b));
  case kind::uint32:
    return cmp(*static_cast<const uint32_t *>(a), *static_cast<const uint32_t *>(b));
  case kind::uint16:
    return cmp(*static_cast<const uint16_t *>(a), *static_cast<const uint16_t *>(b));
  case kind::uint8:
    return cmp(*static_cast<const uint8_t *>(a), *static_cast<const uint8_t *>(b));
  case kind::float32:
  case kind::float64: {
    double x =
        t->kind == kind::float32 ? *static_cast<const float *>(a) : *static_cast<const double *>(a);
    double y =
        t->kind == kind::float32 ? *static_cast<const float *>(b) : *static_cast<const double *>(b);
    if (x != x)
      return y != y ? 0 : -1;
    if (y != y)
      return 1;
    return cmp(x, y);
  }
  case kind::string: {
    auto x = static_cast<const string *>(a)->view(), y = static_cast<const string *>(b)->view();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  case kind::pointer:
  case kind::chan:
    return cmp(*static_cast<const uintptr_t *>(a), *static_cast<const uintptr_t *>(b));
  case kind::struct_:
    for (int64_t i = 0; i < t->nfields; i++) {
      const field_desc &f = t->fields[i];
      int c = compare_keys(f.type, static_cast<const uint8_t *>(a) + f.offset,
                           static_cast<const uint8_t *>(b) + f.offset);
      if (c)
        return c;
    }
    return 0;
  default:
    return 0;
  }
}

} // namespace

namespace {

struct flags {
  bool plus = false, minus = false, sharp = false, space = false, zero = false;
  bool plus_v = false, sharp_v = false;
  bool wid_present = false, prec_present = false;
  int64_t wid = 0, prec = 0;
};

int64_t rune_count(std::string_view s) {
  string gs{reinterpret_cast<const uint8_t *>(s.data()), int64_t(s.size())};
  int64_t n = 0, w;
  for (int64_t i = 0; i < gs.n; i += w) {
    decode_rune(gs, i, &w);
    n++;
  }
  return n;
}

// Decimal digits of a float and the position of the decimal point, as
// strconv's decimalSlice: value = 0.d[0]d[1]... * 10^dp.
struct decimal {
  char d[800];
  int nd = 0;
  int dp = 0;
};

// Parses to_chars scientific output ("-1.2345e+07") into digits.
void parse_scientific(const char *p, const char *end, decimal &out, bool trim) {
  if (p < end && *p == '-')
    p++;
  out.nd = 0;
  for (; p < end && *p != 'e'; p++)
    if (*p != '.')
      out.d[out.nd++] = *p;
  int exp = 0;
  if (p < end) {
    p++; // 'e'
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
      p++;
    for (; p < end; p++)
      exp = exp * 10 + (*p - '0');
    if (neg)
      exp = -exp;
  }
  out.dp = exp + 1;
  if (trim)
    while (out.nd > 0 && out.d[out.nd - 1] == '0')
      out.nd--;
  if (out.nd == 0)
    out.dp = 0;
}

void fmt_e(std::string &o, const decimal &d, int prec, char fmt) {
  o += d.nd ? d.d[0] : '0';
  if (prec > 0) {
    o += '.';
    int i = 1;
    int m = std::min(d.nd, prec + 1);
    for (; i < m; i++)
      o += d.d[i];
    for (; i <= prec; i++)
      o += '0';
  }
  o += fmt;
  int exp = d.nd == 0 ? 0 : d.dp - 1;
  o += exp < 0 ? '-' : '+';
  if (exp < 0)
    exp = -exp;
  if (exp < 10) {
    o += '0';
    o += char('0' + exp);
  } else {
    o += std::to_string(exp);
  }
}

void fmt_f(std::string &o, const decimal &d, int prec) {
  if (d.dp > 0) {
    int m = std::min(d.nd, d.dp);
    o.append(d.d, size_t(m));
    for (; m < d.dp; m++)
      o += '0';
  } else {
    o += '0';
  }
  if (prec > 0) {
    o += '.';
    for (int i = 1; i <= prec; i++) {
      int j = d.dp + i - 1;
      o += (j >= 0 && j < d.nd) ? d.d[j] : '0';
    }
  }
}

} // namespace

// strconv.FormatFloat(v, fmt, prec, bits) for fmt in e E f g G.
std::string format_float(double v, char fmt, int prec, int bits) {
  std::string o;
  if (v != v)
    return "NaN";
  if (std::isinf(v))
    return v > 0 ? "+Inf" : "-Inf";
  bool neg = std::signbit(v);
  if (neg)
    o += '-';
  double a = std::fabs(v);
  char buf[1100];
  decimal d;
  bool shortest = prec < 0;
  std::to_chars_result r;
  if (shortest) {
    r = bits == 32 ? std::to_chars(buf, buf + sizeof buf, float(a), std::chars_format::scientific)
                   : std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
    parse_scientific(buf, r.ptr, d, true);
    if (a == 0)
      d.nd = 0, d.dp = 0;
    switch (fmt) {
    case 'e':
    case 'E':
      prec = std::max(d.nd - 1, 0);
      break;
    case 'f':
      prec = std::max(d.nd - d.dp, 0);
      break;
    case 'g':
    case 'G':
      prec = d.nd;
      break;
    }
  } else if (fmt == 'f') {
    r = bits == 32 ? std::to_chars(buf, buf + sizeof buf, float(a), std::chars_format::fixed, prec)
                   : std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, prec);
    o.append(buf, r.ptr);
    return o;
  } else {
    int digits = prec;
    if (fmt == 'e' || fmt == 'E')
      digits++;
    if ((fmt == 'g' || fmt == 'G') && digits == 0)
      digits = 1;
    if (fmt == 'g' || fmt == 'G')
      prec = digits;
    r = bits == 32
            ? std::to_chars(buf, buf + sizeof buf, float(a), std::chars_format::scientific,
                            digits - 1)
            : std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific, digits - 1);
    parse_scientific(buf, r.ptr, d, fmt == 'g' || fmt == 'G');
    if (a == 0)
      d.nd = 0, d.dp = 0;
  }
  switch (fmt) {
  case 'e':
  case 'E':
    fmt_e(o, d, prec, fmt);
    break;
  case 'f':
    fmt_f(o, d, prec);
    break;
  case 'g':
  case 'G': {
    int eprec = prec;
    if (eprec > d.nd && d.nd >= d.dp)
      eprec = d.nd;
    if (shortest)
      eprec = 6;
    int exp = d.dp - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > d.nd)
        prec = d.nd;
      fmt_e(o, d, prec - 1, fmt == 'g' ? 'e' : 'E');
    } else {
      if (prec > d.dp)
        prec = d.nd;
      fmt_f(o, d, std::max(prec - d.dp, 0));
    }
    break;
  }
  default:
    o += '%';
    o += fmt;
  }
  return o;
}

namespace {

bool is_print(int32_t r) {
  if (r < 0x20 || r == 0x7f)
    return false;
  if (r >= 0x80 && r < 0xa0)
    return false;
  if (r == 0xad)
    return false;
  if (r == 0xFFFD)
    return true;
  if (r >= 0xD800 && r <= 0xDFFF)
    return false;
  if (r > 0x10FFFF)
    return false;
  // Approximation of unicode.IsPrint for the rest: format and private-use
  // characters are rare in program output.
  if ((r >= 0x2028 && r <= 0x202e) || (r >= 0x2060 && r <= 0x206f) || r == 0xfeff)
    return false;
  return true;
}

void append_escaped_rune(std::string &o, int32_t r, char quote, bool ascii_only) {
  if (r == quote || r == '\\') {
    o += '\\';
    o += char(r);
    return;
  }
  if (ascii_only ? (r < 0x80 && is_print(r)) : is_print(r)) {
    uint8_t buf[4];
    o.append(reinterpret_cast<char *>(buf), size_t(encode_rune(buf, r)));
    return;
  }
  char buf[16];
  switch (r) {
  case '\a':
    o += "\\a";
    return;
  case '\b':
    o += "\\b";
    return;
  case '\f':
    o += "\\f";
    return;
  case '\n':
    o += "\\n";
    return;
  case '\r':
    o += "\\r";
    return;
  case '\t':
    o += "\\t";
    return;
  case '\v':
    o += "\\v";
    return;
  }
  if (r < ' ' || r == 0x7f)
    std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(r));
  else if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
    std::snprintf(buf, sizeof buf, "\\ufffd");
  else if (r < 0x10000)
    std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(r));
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(r));
  o += buf;
}

std::string quote(string s, bool ascii_only) {
  std::string o = "\"";
  int64_t w;
  for (int64_t i = 0; i < s.n; i += w) {
    int32_t r = decode_rune(s, i, &w);
    if (w == 1 && r == 0xFFFD) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", s.p[i]);
      o += buf;
      continue;
    }
    append_escaped_rune(o, r, '"', ascii_only);
  }
  o += '"';
  return o;
}

bool can_backquote(string s) {
  int64_t w;
  for (int64_t i = 0; i < s.n; i += w) {
    int32_t r = decode_rune(s, i, &w);
    if (w == 1 && r == 0xFFFD)
      return false;
    if (r == '`' || r == 0xFEFF)
      return false;
    if (r != '\t' && (r < ' ' || r == 0x7f))
      return false;
  }
  return true;
}

class printer {
public:
  explicit printer(std::string &out) : buf(out) {}

  std::string &buf;
  flags f;

  void clear_flags() { f = flags{}; }

  void write_padding(int64_t n) {
    if (n <= 0)
      return;
    buf.append(size_t(n), f.zero ? '0' : ' ');
  }

  void pad(std::string_view s) {
    if (!f.wid_present || f.wid == 0) {
      buf += s;
      return;
    }
    int64_t width = f.wid - rune_count(s);
    if (!f.minus) {
      write_padding(width);
      buf += s;
    } else {
      buf += s;
      bool z = f.zero;
      f.zero = false;
      write_padding(width);
      f.zero = z;
    }
  }

  void fmt_boolean(bool v) { pad(v ? "true" : "false"); }

  // fmt's fmtInteger.
  void fmt_integer(uint64_t u, int base, bool is_signed, char verb, const char *digits) {
    bool negative = is_signed && int64_t(u) < 0;
    if (negative)
      u = uint64_t(0) - u;
    char tmp[200];
    int64_t prec = 0;
    if (f.prec_present) {
      prec = f.prec;
      if (prec == 0 && u == 0) {
        bool z = f.zero;
        f.zero = false;
        write_padding(f.wid);
        f.zero = z;
        return;
      }
    } else if (f.zero && f.wid_present) {
      prec = f.wid;
      if (negative || f.plus || f.space)
        prec--;
    }
    if (prec > 150)
      prec = 150;
    int i = sizeof tmp;
    do {
      tmp[--i] = digits[u % uint64_t(base)];
      u /= uint64_t(base);
    } while (u > 0);
    while (i > 0 && int64_t(sizeof tmp) - i < prec)
      tmp[--i] = '0';
    if (f.sharp) {
      switch (base) {
      case 2:
        tmp[--i] = 'b';
        tmp[--i] = '0';
        break;
      case 8:
        if (tmp[i] != '0')
          tmp[--i] = '0';
        break;
      case 16:
        tmp[--i] = digits[16];
        tmp[--i] = '0';
        break;
      }
    }
    if (verb == 'O') {
      tmp[--i] = 'o';
      tmp[--i] = '0';
    }
    if (negative)
      tmp[--i] = '-';
    else if (f.plus)
      tmp[--i] = '+';
    else if (f.space)
      tmp[--i] = ' ';
    bool z = f.zero;
    f.zero = false;
    pad(std::string_view(tmp + i, sizeof tmp - size_t(i)));
    f.zero = z;
  }

  void fmt_unicode(uint64_t u) {
    char b[32];
    int64_t prec = 4;
    if (f.prec_present && f.prec > 4)
      prec = std::min<int64_t>(f.prec, 20);
    int n = std::snprintf(b, sizeof b, "U+%0*llX", int(prec), (unsigned long long)u);
    std::string s(b, size_t(n));
    if (f.sharp && u <= 0x10FFFF && is_print(int32_t(u))) {
      s += " '";
      uint8_t rb[4];
      s.append(reinterpret_cast<char *>(rb), size_t(encode_rune(rb, int32_t(u))));
      s += "'";
    }
    bool z = f.zero;
    f.zero = false;
    pad(s);
    f.zero = z;
  }

  void fmt_c(uint64_t u) {
    int32_t r = u > 0x10FFFF ? 0xFFFD : int32_t(u);
    uint8_t b[4];
    bool z = f.zero;
    f.zero = false;
    pad(std::string_view(reinterpret_cast<char *>(b), size_t(encode_rune(b, r))));
    f.zero = z;
  }

  void fmt_qc(uint64_t u) {
    int32_t r = u > 0x10FFFF ? 0xFFFD : int32_t(u);
    std::string s = "'";
    append_escaped_rune(s, r, '\'', f.plus);
    s += "'";
    bool z = f.zero;
    f.zero = false;
    pad(s);
    f.zero = z;
  }

  void fmt_float(double v, int size, char verb, int prec) {
    if (f.prec_present)
      prec = int(f.prec);
    std::string num = format_float(v, verb, prec, size);
    if (num[0] != '-' && num[0] != '+')
      num.insert(num.begin(), '+');
    if (f.space && num[0] == '+' && !f.plus)
      num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
      bool z = f.zero;
      f.zero = false;
      if (num[1] == 'N' && !f.space && !f.plus)
        num.erase(0, 1);
      pad(num);
      f.zero = z;
      return;
    }
    if (f.sharp && num.find('.') == std::string::npos) {
      size_t e = num.find_first_of("eE");
      num.insert(e == std::string::npos ? num.size() : e, ".");
    }
    if (f.plus || num[0] != '+') {
      if (f.zero && f.wid_present && f.wid > int64_t(num.size())) {
        buf += num[0];
        write_padding(f.wid - int64_t(num.size()));
        buf.append(num, 1);
        return;
      }
      pad(num);
      return;
    }
    pad(std::string_view(num).substr(1));
  }

  void fmt_sbx(string s, const char *digits) {
    int64_t length = s.n;
    if (f.prec_present && f.prec < length)
      length = f.prec;
    std::string o;
    for (int64_t i = 0; i < length; i++) {
      if (f.space && i > 0)
        o += ' ';
      if (f.sharp && (f.space || i == 0)) {
        o += '0';
        o += digits[16];
      }
      o += digits[s.p[i] >> 4];
      o += digits[s.p[i] & 0xF];
    }
    pad(o);
  }

  string truncate(string s) {
    if (f.prec_present) {
      int64_t n = f.prec, w;
      for (int64_t i = 0; i < s.n; i += w) {
        if (n-- <= 0)
          return string{s.p, i};
        decode_rune(s, i, &w);
      }
    }
    return s;
  }

  void fmt_string(string s, char verb) {
    switch (verb) {
    case 'v':
      if (f.sharp_v) {
        pad(quote(s, false));
        return;
      }
      [[fallthrough]];
    case 's':
      pad(truncate(s).view());
      return;
    case 'x':
      fmt_sbx(s, "0123456789abcdefx");
      return;
    case 'X':
      fmt_sbx(s, "0123456789ABCDEFX");
      return;
    case 'q':
      s = truncate(s);
      if (f.sharp && can_backquote(s)) {
        pad("`" + std::string(s.view()) + "`");
        return;
      }
      pad(quote(s, f.plus));
      return;
    }
    bad_verb(verb, &type_string, &s);
  }

  void fmt_pointer_value(const void *p, char verb, bool nil_as_angle) {
    switch (verb) {
    case 'v':
      if (p == nullptr && nil_as_angle) {
        pad("<nil>");
        return;
      }
      [[fallthrough]];
    case 'p': {
      bool s = f.sharp;
      f.sharp = !f.sharp_v;
      fmt_integer(uint64_t(reinterpret_cast<uintptr_t>(p)), 16, false, 'v', "0123456789abcdefx");
      f.sharp = s;
      return;
    }
    case 'b':
      fmt_integer(uint64_t(reinterpret_cast<uintptr_t>(p)), 2, false, verb, "0123456789abcdefx");
      return;
    case 'o':
      fmt_integer(uint64_t(reinterpret_cast<uintptr_t>(p)), 8, false, verb, "0123456789abcdefx");
      return;
    case 'd':
      fmt_integer(uint64_t(reinterpret_cast<uintptr_t>(p)), 10, false, verb, "0123456789abcdefx");
      return;
    case 'x':
      fmt_integer(uint64_t(reinterpret_cast<uintptr_t>(p)), 16, false, verb, "0123456789abcdefx");
      return;
    case 'X':
      fmt_integer(uint64_t(reinterpret_cast<uintptr_t>(p)), 16, false, verb, "0123456789ABCDEFX");
      return;
    }
    bad_verb(verb, nullptr, nullptr);
  }

  // %!verb(type=value)
  void bad_verb(char verb, const type_desc *t, const void *p) {
    buf += "%!";
    buf += verb;
    buf += '(';
    if (t) {
      buf += t->name.view();
      buf += '=';
      flags saved = f;
      clear_flags();
      print_value(t, p, 'v', 0);
      f = saved;
    } else {
      buf += "<nil>";
    }
    buf += ')';
  }

  void fmt_int_verb(uint64_t v, bool is_signed, char verb, const type_desc *t, const void *p) {
    switch (verb) {
    case 'v':
    case 'd':
      fmt_integer(v, 10, is_signed, verb, "0123456789abcdefx");
      return;
    case 'b':
      fmt_integer(v, 2, is_signed, verb, "0123456789abcdefx");
      return;
    case 'o':
    case 'O':
      fmt_integer(v, 8, is_signed, verb, "0123456789abcdefx");
      return;
    case 'x':
      fmt_integer(v, 16, is_signed, verb, "0123456789abcdefx");
      return;
    case 'X':
      fmt_integer(v, 16, is_signed, verb, "0123456789ABCDEFX");
      return;
    case 'c':
      fmt_c(v);
      return;
    case 'q':
      fmt_qc(v);
      return;
    case 'U':
      fmt_unicode(v);
      return;
    }
    bad_verb(verb, t, p);
  }

  void fmt_float_verb(double v, int size, char verb, const type_desc *t, const void *p) {
    switch (verb) {
    case 'v':
      fmt_float(v, size, 'g', -1);
      return;
    case 'g':
    case 'G':
      fmt_float(v, size, verb, -1);
      return;
    case 'f':
    case 'F':
      fmt_float(v, size, 'f', 6);
      return;
    case 'e':
    case 'E':
      fmt_float(v, size, verb, 6);
      return;
    }
    bad_verb(verb, t, p);
  }

  // Error() or String() for the verbs that print strings; true if done.
  bool handle_methods(const type_desc *t, const void *p, char verb) {
    if (f.sharp_v)
      return false;
    switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
      break;
    default:
      return false;
    }
    const method_desc *m = find_method(t, "Error"_gs);
    if (!m)
      m = find_method(t, "String"_gs);
    if (!m || !m->fn)
      return false;
    string s = reinterpret_cast<string (*)(void *)>(m->fn)(const_cast<void *>(p));
    fmt_string(s, verb);
    return true;
  }

  void print_elems(const type_desc *elem, const uint8_t *base, int64_t n, char verb, int depth) {
    buf += '[';
    for (int64_t i = 0; i < n; i++) {
      if (i > 0)
        buf += ' ';
      print_value(elem, base + i * elem->size, verb, depth + 1);
    }
    buf += ']';
  }

  void print_value(const type_desc *t, const void *p, char verb, int depth) {
    if (depth > 0 && handle_methods(t, p, verb))
      return;
    switch (t->kind) {
    case kind::bool_:
      if (verb == 't' || verb == 'v')
        fmt_boolean(*static_cast<const bool *>(p));
      else
        bad_verb(verb, t, p);
      return;
    case kind::int_:
    case kind::int64:
      fmt_int_verb(uint64_t(*static_cast<const int64_t *>(p)), true, verb, t, p);
      return;
    case kind::int8:
      fmt_int_verb(uint64_t(int64_t(*static_cast<const int8_t *>(p))), true, verb, t, p);
      return;
    case kind::int16:
      fmt_int_verb(uint64_t(int64_t(*static_cast<const int16_t *>(p))), true, verb, t, p);
      return;
    case kind::int32:
      fmt_int_verb(uint64_t(int64_t(*static_cast<const int32_t *>(p))), true, verb, t, p);
      return;
    case kind::uint:
    case kind::uint64:
    case kind::uintptr:
      fmt_int_verb(*static_cast<const uint64_t *>(p), false, verb, t, p);
      return;
    case kind::uint8:
      fmt_int_verb(*static_cast<const uint8_t *>(p), false, verb, t, p);
      return;
    case kind::uint16:
      fmt_int_verb(*static_cast<const uint16_t *>(p), false, verb, t, p);
      return;
    case kind::uint32:
      fmt_int_verb(*static_cast<const uint32_t *>(p), false, verb, t, p);
      return;
    case kind::float32:
      fmt_float_verb(*static_cast<const float *>(p), 32, verb, t, p);
      return;
    case kind::float64:
      fmt_float_verb(*static_cast<const double *>(p), 64, verb, t, p);
      return;
    case kind::complex64:
    case kind::complex128: {
      bool c64 = t->kind == kind::complex64;
      double re = c64 ? static_cast<const float *>(p)[0] : static_cast<const double *>(p)[0];
      double im = c64 ? static_cast<const float *>(p)[1] : static_cast<const double *>(p)[1];
      switch (verb) {
      case 'v':
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
      case 'f':
      case 'F':
      case 'e':
      case 'E':
        break;
      default:
        bad_verb(verb, t, p);
        return;
      }
      flags saved = f;
      buf += '(';
      fmt_float_verb(re, c64 ? 32 : 64, verb, t, p);
      f.plus = true;
      fmt_float_verb(im, c64 ? 32 : 64, verb, t, p);
      buf += "i)";
      f = saved;
      return;
    }
    case kind::string:
      fmt_string(*static_cast<const string *>(p), verb);
      return;
    case kind::slice:
    case kind::array: {
      const uint8_t *base;
      int64_t n;
      if (t->kind == kind::slice) {
        auto *s = static_cast<const slice<uint8_t> *>(p);
        base = s->p;
        n = s->len;
      } else {
        base = static_cast<const uint8_t *>(p);
        n = t->len;
      }
      if (t->elem->kind == kind::uint8 &&
          (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
        fmt_string(string{base, n}, verb);
        return;
      }
      if (verb == 'p' && t->kind == kind::slice) {
        fmt_pointer_value(base, verb, false);
        return;
      }
      print_elems(t->elem, base, n, verb, depth);
      return;
    }
    case kind::struct_: {
      buf += '{';
      for (int64_t i = 0; i < t->nfields; i++) {
        if (i > 0)
          buf += ' ';
        const field_desc &fd = t->fields[i];
        if (f.plus_v) {
          buf += fd.name.view();
          buf += ':';
        }
        print_value(fd.type, static_cast<const uint8_t *>(p) + fd.offset, verb, depth + 1);
      }
      buf += '}';
      return;
    }
    case kind::interface: {
      any dyn =
          t->nmethods > 0 ? to_any(*static_cast<const iface *>(p)) : *static_cast<const any *>(p);
      if (!dyn.type) {
        pad("<nil>");
        return;
      }
      if (depth > 0 && handle_methods(dyn.type, dyn.data, verb))
        return;
      print_value(dyn.type, dyn.data, verb, depth + 1);
      return;
    }
    case kind::pointer: {
      const void *q = *static_cast<void *const *>(p);
      if (depth == 0 && q && t->elem && verb == 'v' &&
          (t->elem->kind == kind::struct_ || t->elem->kind == kind::array ||
           t->elem->kind == kind::slice || t->elem->kind == kind::map)) {
        buf += '&';
        print_value(t->elem, q, verb, depth + 1);
        return;
      }
      fmt_pointer_value(q, verb, true);
      return;
    }
    case kind::map: {
      if (!t->map_range || verb == 'p') {
        fmt_pointer_value(*static_cast<void *const *>(p), verb, true);
        return;
      }
      // map[k:v ...] with keys sorted as fmt does (internal/fmtsort).
      std::vector<std::pair<const void *, const void *>> entries;
      t->map_range(
          p,
          [](void *ctx, const void *k, const void *v) {
            static_cast<std::vector<std::pair<const void *, const void *>> *>(ctx)->push_back(
                {k, v});
          },
          &entries);
      const type_desc *kt = t->key;
      std::stable_sort(entries.begin(), entries.end(), [kt](const auto &a, const auto &b) {
        return compare_keys(kt, a.first, b.first) < 0;
      });
      buf += "map[";
      for (size_t i = 0; i < entries.size(); i++) {
        if (i > 0)
          buf += ' ';
        print_value(kt, entries[i].first, verb, depth + 1);
        buf += ':';
        print_value(t->elem, entries[i].second, verb, depth + 1);
      }
      buf += ']';
      return;
    }
    case kind::chan:
    case kind::func:
    case kind::unsafe_pointer:
      fmt_pointer_value(*static_cast<void *const *>(p), verb, true);
      return;
    case kind::invalid:
      buf += "<invalid>";
      return;
    }
  }

  void print_arg(const any &a, char verb) {
    if (!a.type) {
      switch (verb) {
      case 'T':
      case 'v':
        pad("<nil>");
        return;
      }
      bad_verb(verb, nullptr, nullptr);
      return;
    }
    if (verb == 'T') {
      fmt_string(a.type->name, 's');
      return;
    }
    if (verb == 'p') {
      switch (a.type->kind) {
      case kind::pointer:
      case kind::chan:
      case kind::func:
      case kind::map:
      case kind::unsafe_pointer:
        fmt_pointer_value(*static_cast<void *const *>(a.data), 'p', false);
        return;
      case kind::slice:
        fmt_pointer_value(static_cast<const slice<uint8_t> *>(a.data)->p, 'p', false);
        return;
      default:
        bad_verb(verb, a.type, a.data);
        return;
      }
    }
    if (handle_methods(a.type, a.data, verb))
      return;
    print_value(a.type, a.data, verb, 0);
  }
};

bool is_string_arg(const any &a) { return a.type && a.type->kind == kind::string; }

} // namespace

void fmt_print(std::string &out, slice<any> a, bool spaces_always, bool newline) {
  printer p(out);
  bool prev_string = false;
  for (int64_t i = 0; i < a.len; i++) {
    bool is_string = is_string_arg(a.p[i]);
    if (i > 0 && (spaces_always || (!is_string && !prev_string)))
      out += ' ';
    p.clear_flags();
    p.print_arg(a.p[i], 'v');
    prev_string = is_string;
  }
  if (newline)
    out += '\n';
}

void fmt_printf(std::string &out, string format, slice<any> a) {
  printer p(out);
  const uint8_t *s = format.p;
  int64_t end = format.n;
  int64_t argn = 0;
  for (int64_t i = 0; i < end;) {
    int64_t lasti = i;
    while (i < end && s[i] != '%')
      i++;
    if (i > lasti)
      out.append(reinterpret_cast<const char *>(s + lasti), size_t(i - lasti));
    if (i >= end)
      break;
    i++; // skip %
    p.clear_flags();
    for (; i < end; i++) {
      switch (s[i]) {
      case '#':
        p.f.sharp = true;
        continue;
      case '0':
        p.f.zero = !p.f.minus;
        continue;
      case '+':
        p.f.plus = true;
        continue;
      case '-':
        p.f.minus = true;
        p.f.zero = false;
        continue;
      case ' ':
        p.f.space = true;
        continue;
      }
      break;
    }
    // width
    if (i < end && s[i] == '*') {
      i++;
      if (argn < a.len && a.p[argn].type && a.p[argn].type->kind == kind::int_) {
        p.f.wid = *static_cast<int64_t *>(a.p[argn].data);
        p.f.wid_present = true;
        if (p.f.wid < 0) {
          p.f.minus = true;
          p.f.zero = false;
          p.f.wid = -p.f.wid;
        }
      } else {
        out += "%!(BADWIDTH)";
      }
      argn++;
    } else {
      while (i < end && s[i] >= '0' && s[i] <= '9') {
        p.f.wid = p.f.wid * 10 + (s[i] - '0');
        p.f.wid_present = true;
        i++;
      }
    }
    // precision
    if (i < end && s[i] == '.') {
      i++;
      p.f.prec_present = true;
      if (i < end && s[i] == '*') {
        i++;
        if (argn < a.len && a.p[argn].type && a.p[argn].type->kind == kind::int_) {
          p.f.prec = *static_cast<int64_t *>(a.p[argn].data);
          if (p.f.prec < 0) {
            p.f.prec = 0;
            p.f.prec_present = false;
          }
        } else {
          out += "%!(BADPREC)";
        }
        argn++;
      } else {
        while (i < end && s[i] >= '0' && s[i] <= '9') {
          p.f.prec = p.f.prec * 10 + (s[i] - '0');
          i++;
        }
      }
    }
    if (i >= end) {
      out += "%!(NOVERB)";
      break;
    }
    int64_t w;
    int32_t verb = decode_rune(format, i, &w);
    i += w;
    if (verb == '%') {
      out += '%';
      continue;
    }
    if (argn >= a.len) {
      out += "%!";
      uint8_t rb[4];
      out.append(reinterpret_cast<char *>(rb), size_t(encode_rune(rb, verb)));
      out += "(MISSING)";
      continue;
    }
    if (verb == 'v') {
      if (p.f.sharp) {
        p.f.sharp = false;
        p.f.sharp_v = true;
      }
      if (p.f.plus) {
        p.f.plus = false;
        p.f.plus_v = true;
      }
    }
    if (verb == 'w')
      verb = 'v'; // Errorf's %w formats like %v
    p.print_arg(a.p[argn++], verb < 128 ? char(verb) : '?');
  }
  if (argn < a.len) {
    out += "%!(EXTRA ";
    for (int64_t k = argn; k < a.len; k++) {
      if (k > argn)
        out += ", ";
      if (!a.p[k].type) {
        out += "<nil>";
        continue;
      }
      out += a.p[k].type->name.view();
      out += '=';
      p.clear_flags();
      p.print_arg(a.p[k], 'v');
    }
    out += ')';
  }
}

} // namespace go::impl

namespace gopkg::fmt {

using go::impl::write_all;

std::tuple<int64_t, go::error> Print(go::slice<go::any> a) {
  std::string out;
  go::impl::fmt_print(out, a, false, false);
  return {write_all(1, out.data(), out.size()), go::error{}};
}

std::tuple<int64_t, go::error> Println(go::slice<go::any> a) {
  std::string out;
  go::impl::fmt_print(out, a, true, true);
  return {write_all(1, out.data(), out.size()), go::error{}};
}

std::tuple<int64_t, go::error> Printf(go::string format, go::slice<go::any> a) {
  std::string out;
  go::impl::fmt_printf(out, format, a);
  return {write_all(1, out.data(), out.size()), go::error{}};
}

go::string Sprint(go::slice<go::any> a) {
  std::string out;
  go::impl::fmt_print(out, a, false, false);
  return go::to_string(out);
}

go::string Sprintln(go::slice<go::any> a) {
  std::string out;
  go::impl::fmt_print(out, a, true, true);
  return go::to_string(out);
}

go::string Sprintf(go::string format, go::slice<go::any> a) {
  std::string out;
  go::impl::fmt_printf(out, format, a);
  return go::to_string(out);
}

go::error Errorf(go::string format, go::slice<go::any> a) {
  return go::errors_new(Sprintf(format, a));
}

} // namespace gopkg::fmt
