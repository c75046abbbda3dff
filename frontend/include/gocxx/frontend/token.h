// Lexical tokens of Go, mirroring go/token.
//
// The enumerators carry go/token's names, except EOF_, spelled with a trailing
// underscore because <cstdio> defines EOF as a macro.
#pragma once

#include <cstdint>
#include <string_view>

namespace gocxx {

enum class Token : uint8_t {
  // Special tokens
  ILLEGAL,
  EOF_,
  COMMENT,

  // Identifiers and basic type literals
  literal_beg,
  IDENT,  // main
  INT,    // 12345
  FLOAT,  // 123.45
  IMAG,   // 123.45i
  CHAR,   // 'a'
  STRING, // "abc"
  literal_end,

  // Operators and delimiters
  operator_beg,
  ADD, // +
  SUB, // -
  MUL, // *
  QUO, // /
  REM, // %

  AND,     // &
  OR,      // |
  XOR,     // ^
  SHL,     // <<
  SHR,     // >>
  AND_NOT, // &^

  ADD_ASSIGN, // +=
  SUB_ASSIGN, // -=
  MUL_ASSIGN, // *=
  QUO_ASSIGN, // /=
  REM_ASSIGN, // %=

  AND_ASSIGN,     // &=
  OR_ASSIGN,      // |=
  XOR_ASSIGN,     // ^=
  SHL_ASSIGN,     // <<=
  SHR_ASSIGN,     // >>=
  AND_NOT_ASSIGN, // &^=

  LAND,  // &&
  LOR,   // ||
  ARROW, // <-
  INC,   // ++
  DEC,   // --

  EQL,    // ==
  LSS,    // <
  GTR,    // >
  ASSIGN, // =
  NOT,    // !

  NEQ,      // !=
  LEQ,      // <=
  GEQ,      // >=
  DEFINE,   // :=
  ELLIPSIS, // ...

  LPAREN, // (
  LBRACK, // [
  LBRACE, // {
  COMMA,  // ,
  PERIOD, // .

  RPAREN,    // )
  RBRACK,    // ]
  RBRACE,    // }
  SEMICOLON, // ;
  COLON,     // :
  operator_end,

  // Keywords
  keyword_beg,
  BREAK,
  CASE,
  CHAN,
  CONST,
  CONTINUE,

  DEFAULT,
  DEFER,
  ELSE,
  FALLTHROUGH,
  FOR,

  FUNC,
  GO,
  GOTO,
  IF,
  IMPORT,

  INTERFACE,
  MAP,
  PACKAGE,
  RANGE,
  RETURN,

  SELECT,
  STRUCT,
  SWITCH,
  TYPE,
  VAR,
  keyword_end,

  // Additional tokens, handled in an ad-hoc manner
  additional_beg,
  TILDE, // ~
  additional_end,
};

// tokenString returns the token's spelling for operators, delimiters and
// keywords ("+", "(", "func"), and its name otherwise ("IDENT", "EOF").
std::string_view tokenString(Token t);

// Operator precedences as in go/token.
inline constexpr int LowestPrec = 0;
inline constexpr int UnaryPrec = 6;
inline constexpr int HighestPrec = 7;

// precedence returns the binary-operator precedence of t (1..5), or
// LowestPrec if t is not a binary operator.
int precedence(Token t);

inline bool isLiteral(Token t) { return t > Token::literal_beg && t < Token::literal_end; }
inline bool isOperator(Token t) {
  return (t > Token::operator_beg && t < Token::operator_end) || t == Token::TILDE;
}
inline bool isKeyword(Token t) { return t > Token::keyword_beg && t < Token::keyword_end; }

// lookupKeyword maps an identifier to its keyword token, or IDENT.
Token lookupKeyword(std::string_view ident);

// isExported reports whether name starts with an upper-case letter.
bool isExported(std::string_view name);
// isIdentifier reports whether name is a Go identifier (not a keyword).
bool isIdentifier(std::string_view name);

} // namespace gocxx
