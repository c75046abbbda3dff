// Exact constant arithmetic (see constant.h). Integers are cpp_int, floats
// exact rationals; a float literal like 1e400 is held exactly, and only
// conversion to a typed constant asks whether it fits.
#include "gocxx/frontend/types/constant.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace gocxx::types {

const Constant::Payload &Constant::data() const {
  static const Payload kEmpty;
  return p_ ? *p_ : kEmpty;
}

const std::string &Constant::stringValue() const {
  if (!p_ || !p_->left)
    return data().s;
  // Flatten the concatenation tree, left to right, without recursion.
  std::string out;
  std::vector<const Payload *> stack = {p_.get()};
  while (!stack.empty()) {
    const Payload *n = stack.back();
    stack.pop_back();
    if (n->left) {
      stack.push_back(n->right.get());
      stack.push_back(n->left.get());
    } else {
      out += n->s;
    }
  }
  p_->s = std::move(out);
  p_->left.reset();
  p_->right.reset();
  return p_->s;
}

Constant::Payload &Constant::mut() {
  if (!p_)
    p_ = std::make_shared<Payload>();
  return *p_;
}

Constant Constant::makeBool(bool b) {
  Constant c;
  c.kind_ = Kind::Bool;
  c.b_ = b;
  return c;
}

Constant Constant::makeString(std::string s) {
  Constant c;
  c.kind_ = Kind::String;
  c.mut().s = std::move(s);
  return c;
}

Constant Constant::makeInt(BigInt i) {
  Constant c;
  c.kind_ = Kind::Int;
  c.mut().i = std::move(i);
  return c;
}

Constant Constant::makeFloat(BigRat r) {
  Constant c;
  c.kind_ = Kind::Float;
  c.mut().r = std::move(r);
  return c;
}

namespace {

int digitValue(char ch) {
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return 99;
}

BigRat pow10(long e) {
  BigInt p = boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(e < 0 ? -e : e));
  return e < 0 ? BigRat(BigInt(1), p) : BigRat(p);
}

BigRat pow2(long e) {
  BigInt p = 1;
  p <<= (e < 0 ? -e : e);
  return e < 0 ? BigRat(BigInt(1), p) : BigRat(p);
}

// Parses a float literal (decimal or hexadecimal mantissa, optional
// exponent) exactly.
BigRat parseFloat(const std::string &lit) {
  std::string s;
  for (char ch : lit)
    if (ch != '_')
      s += ch;
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  size_t i = hex ? 2 : 0;
  int base = hex ? 16 : 10;
  BigInt mant = 0;
  long scale = 0; // digits after the point
  bool point = false;
  for (; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '.') {
      point = true;
      continue;
    }
    int d = digitValue(ch);
    if (d >= base)
      break;
    mant = mant * base + d;
    if (point)
      ++scale;
  }
  long exp = 0;
  if (i < s.size()) { // e, E, p or P
    ++i;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
      neg = s[i++] == '-';
    for (; i < s.size(); ++i)
      exp = exp * 10 + (s[i] - '0');
    if (neg)
      exp = -exp;
  }
  BigRat r(mant);
  if (hex)
    return r * pow2(exp - 4 * scale);
  return r * pow10(exp - scale);
}

BigInt parseInt(const std::string &lit) {
  std::string s;
  for (char ch : lit)
    if (ch != '_')
      s += ch;
  int base = 10;
  size_t i = 0;
  if (s.size() > 1 && s[0] == '0') {
    char p = s[1];
    if (p == 'x' || p == 'X')
      base = 16, i = 2;
    else if (p == 'b' || p == 'B')
      base = 2, i = 2;
    else if (p == 'o' || p == 'O')
      base = 8, i = 2;
    else
      base = 8, i = 1;
  }
  BigInt v = 0;
  for (; i < s.size(); ++i)
    v = v * base + digitValue(s[i]);
  return v;
}

} // namespace

Constant Constant::makeComplex(BigRat re, BigRat im) {
  Constant c;
  c.kind_ = Kind::Complex;
  c.mut().r = std::move(re);
  c.mut().im = std::move(im);
  return c;
}

BigRat Constant::imagValue() const { return kind_ == Kind::Complex ? data().im : BigRat(0); }

Constant Constant::fromLiteral(Token kind, const std::string &text) {
  switch (kind) {
  case Token::IMAG: {
    // The mantissa is decimal even with a leading 0 (0123i is 123i), unless
    // it has a base prefix.
    std::string m = text.substr(0, text.size() - 1);
    bool prefixed = m.size() > 1 && m[0] == '0' && std::isalpha(static_cast<unsigned char>(m[1]));
    bool isFloat = !prefixed && m.find_first_of(".eEpP") != std::string::npos;
    if (prefixed && (m[1] == 'x' || m[1] == 'X') && m.find_first_of(".pP") != std::string::npos)
      isFloat = true;
    BigRat v;
    if (isFloat || !prefixed) {
      std::string digits = m;
      if (!isFloat) {
        size_t i = 0;
        while (i + 1 < digits.size() && (digits[i] == '0' || digits[i] == '_'))
          ++i;
        digits = digits.substr(i);
      }
      v = isFloat ? parseFloat(m) : BigRat(parseInt(digits));
    } else {
      v = BigRat(parseInt(m));
    }
    return makeComplex(BigRat(0), v);
  }
  case Token::INT:
    return makeInt(parseInt(text));
  case Token::FLOAT:
    return makeFloat(parseFloat(text));
  default:
    return Constant();
  }
}

BigRat Constant::ratValue() const { return kind_ == Kind::Int ? BigRat(data().i) : data().r; }
// (For Complex, the payload's r is the real part.)

std::optional<int64_t> Constant::toInt64() const {
  auto c = toIntKind();
  if (!c)
    return std::nullopt;
  const BigInt &v = c->data().i;
  if (v < BigInt(INT64_MIN) || v > BigInt(INT64_MAX))
    return std::nullopt;
  return static_cast<int64_t>(v);
}

std::optional<uint64_t> Constant::toUint64() const {
  auto c = toIntKind();
  if (!c)
    return std::nullopt;
  const BigInt &v = c->data().i;
  if (v < 0 || v > BigInt(UINT64_MAX))
    return std::nullopt;
  return static_cast<uint64_t>(v);
}

std::optional<BigRat> Constant::roundToFloat(const BigRat &r, int precision) {
  BigInt a = abs(numerator(r)), b = denominator(r);
  if (a == 0)
    return BigRat(0);
  const int maxExp = precision == 24 ? 127 : 1023; // the largest finite value is below 2^(maxExp+1)
  const int minExp = 1 - maxExp;                   // the smallest normal is 2^minExp
  // 2^e <= a/b < 2^(e+1)
  long e = long(msb(a)) - long(msb(b));
  if ((e >= 0 ? a : a << unsigned(-e)) < (e >= 0 ? b << unsigned(e) : b))
    --e;
  if (e < minExp)
    e = minExp; // subnormal: the last bit stays at 2^(minExp-precision+1)
  // q = a/b * 2^shift, rounded to an integer of at most `precision` bits.
  long shift = precision - 1 - e;
  BigInt num = shift >= 0 ? a << unsigned(shift) : a;
  BigInt den = shift >= 0 ? b : b << unsigned(-shift);
  BigInt q = num / den, rem = num % den;
  BigInt twice = rem * 2;
  if (twice > den || (twice == den && (q & 1) != 0))
    ++q;
  if (q == BigInt(1) << unsigned(precision)) { // rounded up to the next power of two
    q >>= 1;
    --shift;
  }
  if (precision - 1 - shift > maxExp)
    return std::nullopt;
  BigRat v = shift >= 0 ? BigRat(q, BigInt(1) << unsigned(shift)) : BigRat(q << unsigned(-shift));
  return numerator(r) < 0 ? BigRat(-v) : v;
}

double Constant::toDouble() const {
  if (kind_ == Kind::Int && abs(data().i) < BigInt(1) << 53)
    return static_cast<double>(data().i);
  if (kind_ != Kind::Int && kind_ != Kind::Float && kind_ != Kind::Complex)
    return 0;
  // The correctly rounded value is a dyadic rational that converts exactly.
  auto v = roundToFloat(kind_ == Kind::Int ? BigRat(data().i) : data().r, 53);
  if (!v)
    return ratValue() < 0 ? -HUGE_VAL : HUGE_VAL;
  return static_cast<double>(*v);
}

std::optional<Constant> Constant::toIntKind() const {
  if (kind_ == Kind::Int)
    return *this;
  if (kind_ == Kind::Complex && data().im != 0)
    return std::nullopt;
  if (kind_ != Kind::Float && kind_ != Kind::Complex)
    return std::nullopt;
  if (denominator(data().r) != 1)
    return std::nullopt;
  return makeInt(numerator(data().r));
}

Constant Constant::binary(const Constant &x, Token op, const Constant &y, bool intDiv, bool &ok) {
  ok = true;
  if (x.kind_ == Kind::Bool && y.kind_ == Kind::Bool) {
    if (op == Token::LAND)
      return makeBool(x.b_ && y.b_);
    if (op == Token::LOR)
      return makeBool(x.b_ || y.b_);
  }
  if (x.kind_ == Kind::String && y.kind_ == Kind::String && op == Token::ADD) {
    Constant c;
    c.kind_ = Kind::String;
    c.mut().left = x.p_ ? x.p_ : std::make_shared<Payload>();
    c.mut().right = y.p_ ? y.p_ : std::make_shared<Payload>();
    return c;
  }
  if (x.kind_ == Kind::Int && y.kind_ == Kind::Int && (intDiv || op != Token::QUO)) {
    const BigInt &a = x.data().i, &b = y.data().i;
    switch (op) {
    case Token::ADD:
      return makeInt(a + b);
    case Token::SUB:
      return makeInt(a - b);
    case Token::MUL:
      return makeInt(a * b);
    case Token::QUO:
      if (b == 0)
        break;
      return makeInt(a / b); // truncated, as Go
    case Token::REM:
      if (b == 0)
        break;
      return makeInt(a % b);
    case Token::AND:
      return makeInt(a & b);
    case Token::OR:
      return makeInt(a | b);
    case Token::XOR:
      return makeInt(a ^ b);
    case Token::AND_NOT:
      return makeInt(a & ~b);
    default:
      return Constant();
    }
    ok = false;
    return Constant();
  }
  if (x.kind_ == Kind::Complex || y.kind_ == Kind::Complex) {
    BigRat a = x.ratValue(), b = x.imagValue(), c = y.ratValue(), d = y.imagValue();
    switch (op) {
    case Token::ADD:
      return makeComplex(a + c, b + d);
    case Token::SUB:
      return makeComplex(a - c, b - d);
    case Token::MUL:
      return makeComplex(a * c - b * d, a * d + b * c);
    case Token::QUO: {
      BigRat den = c * c + d * d;
      if (den == 0) {
        ok = false;
        return Constant();
      }
      return makeComplex((a * c + b * d) / den, (b * c - a * d) / den);
    }
    default:
      return Constant();
    }
  }
  if ((x.kind_ == Kind::Int || x.kind_ == Kind::Float) &&
      (y.kind_ == Kind::Int || y.kind_ == Kind::Float)) {
    BigRat a = x.ratValue(), b = y.ratValue();
    switch (op) {
    case Token::ADD:
      return makeFloat(a + b);
    case Token::SUB:
      return makeFloat(a - b);
    case Token::MUL:
      return makeFloat(a * b);
    case Token::QUO:
      if (b == 0) {
        ok = false;
        return Constant();
      }
      return makeFloat(a / b);
    default:
      return Constant();
    }
  }
  return Constant();
}

Constant Constant::unary(Token op, const Constant &x, unsigned bitsForXor, bool &ok) {
  ok = true;
  switch (op) {
  case Token::ADD:
    return x;
  case Token::SUB:
    if (x.kind_ == Kind::Complex)
      return makeComplex(-x.data().r, -x.data().im);
    if (x.kind_ == Kind::Int)
      return makeInt(-x.data().i);
    if (x.kind_ == Kind::Float)
      return makeFloat(-x.data().r);
    break;
  case Token::NOT:
    if (x.kind_ == Kind::Bool)
      return makeBool(!x.b_);
    break;
  case Token::XOR:
    if (x.kind_ == Kind::Int) {
      if (bitsForXor == 0)
        return makeInt(~x.data().i); // untyped or signed: -x-1
      BigInt mask = (BigInt(1) << bitsForXor) - 1;
      return makeInt(x.data().i ^ mask);
    }
    break;
  default:
    break;
  }
  ok = false;
  return Constant();
}

Constant Constant::shift(const Constant &x, Token op, uint64_t count) {
  auto xi = x.toIntKind();
  if (!xi)
    return Constant();
  if (op == Token::SHL)
    return makeInt(xi->data().i << count);
  // Arithmetic shift right rounds toward negative infinity, as Go's >>.
  BigInt v = xi->data().i;
  if (v >= 0)
    return makeInt(v >> count);
  BigInt d = BigInt(1) << count;
  BigInt q = v / d;
  if (q * d != v)
    q -= 1;
  return makeInt(q);
}

bool Constant::compare(const Constant &x, Token op, const Constant &y) {
  int c = 0;
  if (x.kind_ == Kind::Bool) {
    c = x.b_ == y.b_ ? 0 : 1;
  } else if (x.kind_ == Kind::Complex || y.kind_ == Kind::Complex) {
    c = x.ratValue() == y.ratValue() && x.imagValue() == y.imagValue() ? 0 : 1;
  } else if (x.kind_ == Kind::String) {
    c = x.stringValue().compare(y.stringValue());
    c = c < 0 ? -1 : c > 0 ? 1 : 0;
  } else {
    BigRat a = x.ratValue(), b = y.ratValue();
    c = a < b ? -1 : a > b ? 1 : 0;
  }
  switch (op) {
  case Token::EQL:
    return c == 0;
  case Token::NEQ:
    return c != 0;
  case Token::LSS:
    return c < 0;
  case Token::LEQ:
    return c <= 0;
  case Token::GTR:
    return c > 0;
  case Token::GEQ:
    return c >= 0;
  default:
    return false;
  }
}

// A float constant as gc prints it in messages: %g with 6 significant
// digits ("1e+10000", "0.1", "1.5e-10"), computed from the exact value so
// that constants beyond float64's range print too.
static std::string floatString(const BigRat &r) {
  if (r == 0)
    return "0";
  bool neg = r < 0;
  BigRat a = neg ? BigRat(-r) : r;
  // e = floor(log10(a)), first estimated from the digit counts, then fixed.
  long e = long(numerator(a).str().size()) - long(denominator(a).str().size());
  auto scaled = [&](long exp10) {
    BigInt p =
        boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(exp10 < 0 ? -exp10 : exp10));
    return exp10 < 0 ? a * BigRat(p) : a / BigRat(p);
  };
  while (scaled(e) >= 10)
    ++e;
  while (scaled(e) < 1)
    --e;
  // Six significant digits, rounded half to even as strconv does (close enough: half up).
  BigRat m = scaled(e - 5);
  BigInt digits = numerator(m) / denominator(m);
  if (BigRat(digits) + BigRat(1, 2) <= m)
    digits += 1;
  std::string d = digits.str();
  if (d.size() > 6) { // rounding carried into a seventh digit
    d = d.substr(0, 6);
    ++e;
  }
  while (d.size() > 1 && d.back() == '0')
    d.pop_back();
  std::string out = neg ? "-" : "";
  if (e >= -4 && e < 21) {
    if (e >= 0) {
      std::string ip = d.size() > size_t(e) + 1 ? d.substr(0, size_t(e) + 1)
                                                : d + std::string(size_t(e) + 1 - d.size(), '0');
      std::string fp = d.size() > size_t(e) + 1 ? d.substr(size_t(e) + 1) : "";
      return out + ip + (fp.empty() ? "" : "." + fp);
    }
    return out + "0." + std::string(size_t(-e - 1), '0') + d;
  }
  out += d.substr(0, 1);
  if (d.size() > 1)
    out += "." + d.substr(1);
  char buf[32];
  std::snprintf(buf, sizeof buf, "e%c%02ld", e < 0 ? '-' : '+', e < 0 ? -e : e);
  return out + buf;
}

std::string Constant::str() const {
  switch (kind_) {
  case Kind::Unknown:
    return "unknown";
  case Kind::Bool:
    return b_ ? "true" : "false";
  case Kind::String: {
    std::string out = "\"";
    for (unsigned char ch : stringValue()) {
      if (ch == '"' || ch == '\\')
        out += '\\', out += static_cast<char>(ch);
      else if (ch == '\n')
        out += "\\n";
      else if (ch == '\t')
        out += "\\t";
      else
        out += static_cast<char>(ch);
    }
    return out + "\"";
  }
  case Kind::Int:
    return data().i.str();
  case Kind::Float: {
    if (denominator(data().r) == 1 && numerator(data().r).str().size() <= 21)
      return numerator(data().r).str();
    return floatString(data().r);
  }
  case Kind::Complex: {
    auto part = [](const BigRat &v) {
      return denominator(v) == 1 && numerator(v).str().size() <= 21 ? numerator(v).str()
                                                                    : floatString(v);
    };
    return "(" + part(data().r) + " + " + part(data().im) + "i)";
  }
  }
  return "";
}

} // namespace gocxx::types
