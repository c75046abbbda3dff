// Scanner tests: every literal form, semicolon insertion, comments and line
// directives, and lexical errors in gc's words.
#include <gtest/gtest.h>

#include <vector>

#include "gocxx/frontend/scanner.h"

using namespace gocxx;

namespace {

struct Tok {
  Token tok;
  std::string lit;
};

struct Scanned {
  FileSet fset;
  DiagnosticEngine diags{fset};
  std::vector<Tok> toks;
  std::vector<Pos> pos;
  SourceFile *file = nullptr;
  explicit Scanned(const std::string &src) {
    file = fset.addFile("s.go", src);
    Scanner s(*file, diags);
    for (int i = 0; i < 10000; i++) {
      s.next();
      toks.push_back({s.tok, std::string(s.lit)});
      pos.push_back(s.pos);
      if (s.tok == Token::EOF_)
        break;
    }
  }
  std::string errors() const {
    std::ostringstream os;
    diags.print(os, 0);
    return os.str();
  }
};

Token single(const std::string &src, std::string *lit = nullptr, std::string *err = nullptr) {
  Scanned s(src);
  if (lit)
    *lit = s.toks[0].lit;
  if (err)
    *err = s.errors();
  return s.toks[0].tok;
}

} // namespace

TEST(Scanner, IntegerLiterals) {
  for (const char *src : {"0", "42", "0x1F", "0X1f", "0b1010", "0B1", "0o17", "0O7", "017",
                          "1_000_000", "0x_1F", "0b_1"}) {
    std::string lit, err;
    EXPECT_EQ(single(src, &lit, &err), Token::INT) << src;
    EXPECT_EQ(lit, src);
    EXPECT_EQ(err, "") << src;
  }
}

TEST(Scanner, FloatAndImaginaryLiterals) {
  for (const char *src : {"1.5", ".5", "1.", "1e10", "1E-3", "0x1p-2", "0X1.8P+3", "0x.8p1",
                          "1_0.2_5", "012.5", "09e1"}) {
    std::string err;
    EXPECT_EQ(single(src, nullptr, &err), Token::FLOAT) << src;
    EXPECT_EQ(err, "") << src;
  }
  for (const char *src : {"1i", "1.5i", "0x1p2i", "0b1i", "012i"}) {
    std::string err;
    EXPECT_EQ(single(src, nullptr, &err), Token::IMAG) << src;
    EXPECT_EQ(err, "") << src;
  }
}

TEST(Scanner, NumberErrors) {
  struct Case {
    const char *src, *err;
  } cases[] = {
      {"0x", "s.go:1:3: error: hexadecimal literal has no digits\n"},
      {"0b102", "s.go:1:5: error: invalid digit '2' in binary literal\n"},
      {"09", "s.go:1:2: error: invalid digit '9' in octal literal\n"},
      {"1__0", "s.go:1:3: error: '_' must separate successive digits\n"},
      {"1_", "s.go:1:2: error: '_' must separate successive digits\n"},
      {"0x1.8", "s.go:1:6: error: hexadecimal mantissa requires a 'p' exponent\n"},
      {"1p4", "s.go:1:2: error: 'p' exponent requires hexadecimal mantissa\n"},
      {"0x1e3p", "s.go:1:7: error: exponent has no digits\n"},
      {"0b1.0", "s.go:1:4: error: invalid radix point in binary literal\n"},
      {"0o1e3", "s.go:1:4: error: 'e' exponent requires decimal mantissa\n"},
  };
  for (auto &c : cases) {
    std::string err;
    single(c.src, nullptr, &err);
    EXPECT_EQ(err, c.err) << c.src;
  }
}

TEST(Scanner, RuneAndStringLiterals) {
  for (const char *src :
       {"'a'", "'\\n'", "'\\x7f'", "'\\377'", "'\\u00e9'", "'\\U0001F600'", "'\\''", "'é'"}) {
    std::string err;
    EXPECT_EQ(single(src, nullptr, &err), Token::CHAR) << src;
    EXPECT_EQ(err, "") << src;
  }
  for (const char *src : {"\"\"", "\"abc\"", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\"\\xff\\000\"",
                          "`raw\\n`", "`multi\nline`"}) {
    std::string err;
    EXPECT_EQ(single(src, nullptr, &err), Token::STRING) << src;
    EXPECT_EQ(err, "") << src;
  }
}

TEST(Scanner, RuneAndStringErrors) {
  struct Case {
    const char *src, *err;
  } cases[] = {
      {"\"abc\n", "s.go:1:5: error: newline in string\n"},
      {"\"abc", "s.go:1:1: error: string not terminated\n"},
      {"`abc", "s.go:1:1: error: string not terminated\n"},
      {"''", "s.go:1:2: error: empty rune literal or unescaped '\n"},
      {"'ab'", "s.go:1:1: error: more than one character in rune literal\n"},
      {"'a\n", "s.go:1:3: error: newline in rune literal\n"},
      {"'\\q'", "s.go:1:3: error: unknown escape\n"},
      {"'\\400'", "s.go:1:6: error: octal escape value 256 > 255\n"},
      {"'\\uD800'", "s.go:1:8: error: escape is invalid Unicode code point U+D800\n"},
      {"\"\\xZZ\"", "s.go:1:4: error: invalid character 'Z' in hexadecimal escape\n"},
  };
  for (auto &c : cases) {
    std::string err;
    single(c.src, nullptr, &err);
    EXPECT_EQ(err, c.err) << c.src;
  }
}

TEST(Scanner, SemicolonInsertion) {
  Scanned s("x\ny++\nreturn\n)\n]\n}\n'a'\n1 /* c\n */ 2 // c\n+\nbreak");
  std::vector<Token> want = {Token::IDENT,     Token::SEMICOLON, Token::IDENT,     Token::INC,
                             Token::SEMICOLON, Token::RETURN,    Token::SEMICOLON, Token::RPAREN,
                             Token::SEMICOLON, Token::RBRACK,    Token::SEMICOLON, Token::RBRACE,
                             Token::SEMICOLON, Token::CHAR,      Token::SEMICOLON, Token::INT,
                             Token::SEMICOLON, Token::INT,       Token::SEMICOLON, Token::ADD,
                             Token::BREAK,     Token::SEMICOLON, Token::EOF_};
  ASSERT_EQ(s.toks.size(), want.size());
  for (size_t i = 0; i < want.size(); i++)
    EXPECT_EQ(s.toks[i].tok, want[i]) << i;
  EXPECT_EQ(s.toks[1].lit, "newline");
  EXPECT_EQ(s.toks[21].lit, "EOF");
  EXPECT_EQ(s.toks[16].lit, "newline"); // the multi-line comment acts like a newline
}

TEST(Scanner, Operators) {
  Scanned s(
      "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != "
      "<= >= := ... ( [ { , . ) ] } ; :");
  std::vector<std::string> got;
  for (auto &t : s.toks)
    if (t.tok != Token::EOF_ && t.tok != Token::SEMICOLON)
      got.push_back(std::string(tokenString(t.tok)));
  std::vector<std::string> want = {"+",   "-",   "*",  "/",  "%",  "&",  "|",  "^",   "<<", ">>",
                                   "&^",  "+=",  "-=", "*=", "/=", "%=", "&=", "|=",  "^=", "<<=",
                                   ">>=", "&^=", "&&", "||", "<-", "++", "--", "==",  "<",  ">",
                                   "=",   "!",   "~",  "!=", "<=", ">=", ":=", "...", "(",  "[",
                                   "{",   ",",   ".",  ")",  "]",  "}",  ":"};
  EXPECT_EQ(got, want);
}

TEST(Scanner, IdentifiersAndKeywords) {
  Scanned s("func αβ _x x1 résumé Ünïcode chan");
  EXPECT_EQ(s.toks[0].tok, Token::FUNC);
  EXPECT_EQ(s.toks[1].tok, Token::IDENT);
  EXPECT_EQ(s.toks[1].lit, "αβ");
  EXPECT_EQ(s.toks[4].lit, "résumé");
  EXPECT_EQ(s.toks[6].tok, Token::CHAN);
  EXPECT_EQ(s.errors(), "");
}

TEST(Scanner, InvalidCharacters) {
  EXPECT_EQ(Scanned("x @ y").errors(), "s.go:1:3: error: invalid character U+0040 '@'\n");
  EXPECT_EQ(Scanned("x·y").errors(),
            "s.go:1:2: error: invalid character U+00B7 '·' in identifier\n");
  EXPECT_EQ(Scanned("٣x").errors(),
            "s.go:1:1: error: identifier cannot begin with digit U+0663 '٣'\n");
  EXPECT_EQ(Scanned(std::string("a\0b", 3)).errors(), "s.go:1:2: error: invalid NUL character\n");
  EXPECT_EQ(Scanned("a \xff b").errors(), "s.go:1:3: error: invalid UTF-8 encoding\n");
  EXPECT_EQ(Scanned("a \xEF\xBB\xBF").errors(),
            "s.go:1:3: error: invalid BOM in the middle of the file\n");
  EXPECT_EQ(Scanned("\xEF\xBB\xBFpackage").errors(), "");
  EXPECT_EQ(Scanned("/* x").errors(), "s.go:1:1: error: comment not terminated\n");
}

TEST(Scanner, CommentsAndLineDirectives) {
  Scanned s(
      "//go:build linux\npackage p // trailing\n//line foo.go:10\nx\n/*line bar.go:20:5*/y\n");
  EXPECT_EQ(s.errors(), "");
  // x is on raw line 4, reported as foo.go:10
  ASSERT_EQ(s.toks[3].lit, "x");
  ASSERT_EQ(s.toks[5].lit, "y");
  EXPECT_EQ(s.fset.position(s.pos[3]).str(), "foo.go:10");
  EXPECT_EQ(s.fset.position(s.pos[5]).str(), "bar.go:20:5");
  EXPECT_EQ(s.fset.rawPosition(s.pos[5]).str(), "s.go:5:21");
}

TEST(Scanner, BadLineDirectives) {
  EXPECT_EQ(Scanned("//line foo.go:x\n").errors(), "s.go:1:15: error: invalid line number: x\n");
  EXPECT_EQ(Scanned("//line foo.go:0\n").errors(), "s.go:1:15: error: invalid line number: 0\n");
  EXPECT_EQ(Scanned("//line foo.go:1:0\n").errors(),
            "s.go:1:17: error: invalid column number: 0\n");
  EXPECT_EQ(Scanned(" //line foo.go:1\n").errors(), ""); // not at column 1: an ordinary comment
}
