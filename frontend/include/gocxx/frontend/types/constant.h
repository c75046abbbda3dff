// Exact constant values, as the spec requires of untyped constants: integers
// of any size and floats as exact rationals (go/constant's model), strings
// and booleans. Arithmetic never rounds; conversion to a typed constant
// checks that the value fits (`representable`).
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <memory>
#include <optional>
#include <string>

#include "gocxx/frontend/token.h"

namespace gocxx::types {

using BigInt = boost::multiprecision::cpp_int;
using BigRat = boost::multiprecision::cpp_rational;

class Constant {
public:
  enum class Kind { Unknown, Bool, String, Int, Float, Complex };

  Constant() = default;
  static Constant makeBool(bool b);
  static Constant makeString(std::string s);
  static Constant makeInt(BigInt i);
  static Constant makeFloat(BigRat r); // normalised to Int kind never: stays Float
  static Constant makeComplex(BigRat re, BigRat im);
  // Parses a Go literal (already validated by the scanner) of the given token kind.
  static Constant fromLiteral(Token kind, const std::string &text);

  Kind kind() const { return kind_; }
  bool isKnown() const { return kind_ != Kind::Unknown; }
  bool boolValue() const { return b_; }
  const std::string &stringValue() const;
  const BigInt &intValue() const { return data().i; }
  BigRat ratValue() const;  // Int or Float as a rational; a Complex's real part
  BigRat imagValue() const; // a Complex's imaginary part (0 for the others)

  // The value as int64/uint64/double when it fits.
  std::optional<int64_t> toInt64() const;
  std::optional<uint64_t> toUint64() const;
  double toDouble() const;
  // r rounded to the nearest value of an IEEE binary float with `precision`
  // mantissa bits (24: float32, 53: float64), ties to even, subnormals
  // included; nullopt when it rounds to infinity.
  static std::optional<BigRat> roundToFloat(const BigRat &r, int precision);
  // An integer-valued Float converted to Int, or nullopt.
  std::optional<Constant> toIntKind() const;

  // Binary and unary operations; `ok` false on division by zero.
  static Constant binary(const Constant &x, Token op, const Constant &y, bool intDiv, bool &ok);
  static Constant unary(Token op, const Constant &x, unsigned bitsForXor, bool &ok);
  static Constant shift(const Constant &x, Token op, uint64_t count);
  static bool compare(const Constant &x, Token op, const Constant &y);

  // Go-syntax text of the value for messages ("1", "3.5", "\"s\"", "true").
  std::string str() const;

private:
  // The value beyond kind and bool lives out of line and is shared between
  // copies: every expression's recorded type carries a Constant, and most
  // of those are not constants at all.
  struct Payload {
    // A String is a leaf (s) or, made by +, the concatenation of two others,
    // flattened into s on first use: a constant of thousands of concatenated
    // pieces then costs linear time and memory, not quadratic.
    std::string s;
    std::shared_ptr<Payload> left, right;
    BigInt i;
    BigRat r;  // Float value; real part of a Complex
    BigRat im; // imaginary part of a Complex
  };
  const Payload &data() const;
  Payload &mut(); // the payload of a constant being made

  Kind kind_ = Kind::Unknown;
  bool b_ = false;
  std::shared_ptr<Payload> p_;
};

} // namespace gocxx::types
