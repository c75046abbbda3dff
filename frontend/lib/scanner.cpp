// The scanner. Its structure follows gc's cmd/compile/internal/syntax
// scanner so that lexical errors are reported at the same positions and in
// the same words; tokens are go/token's.
#include "gocxx/frontend/scanner.h"

#include <cstdio>

#include "gocxx/frontend/unicode.h"

namespace gocxx {

namespace {

constexpr int32_t kEOF = -1;

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
bool isLetter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char *baseName(int base) {
  switch (base) {
  case 2:
    return "binary";
  case 8:
    return "octal";
  case 10:
    return "decimal";
  case 16:
    return "hexadecimal";
  }
  return "decimal";
}

// isPrint approximates strconv.IsPrint: graphic characters and U+0020.
bool isPrint(char32_t r) {
  if (r < 0x20 || r == 0x7F)
    return false;
  if (r < 0x80)
    return true;
  if (r < 0xA0 || r == 0xAD)
    return false;
  if ((r >= 0x200B && r <= 0x200F) || (r >= 0x2028 && r <= 0x202E) || (r >= 0x2060 && r <= 0x206F))
    return false;
  if (r == 0xFEFF || (r >= 0xFFF9 && r <= 0xFFFB) || (r >= 0xD800 && r <= 0xDFFF))
    return false;
  if ((r >= 0xE000 && r <= 0xF8FF) || r >= 0xF0000 || r > unicode::MaxRune)
    return false;
  if ((r & 0xFFFE) == 0xFFFE)
    return false;
  return true;
}

// invalidSep returns the index of the first invalid separator in x, or -1.
int invalidSep(std::string_view x) {
  int32_t x1 = ' '; // prefix char, we only care if it's 'x'
  int32_t d = '.';  // digit, one of '_', '0' (a digit), or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(static_cast<unsigned char>(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int32_t p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0')
        return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_')
        return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_')
    return static_cast<int>(x.size()) - 1;
  return -1;
}

} // namespace

std::string quoteRune(char32_t r) {
  std::string s = "'";
  switch (r) {
  case '\a':
    s += "\\a";
    break;
  case '\b':
    s += "\\b";
    break;
  case '\f':
    s += "\\f";
    break;
  case '\n':
    s += "\\n";
    break;
  case '\r':
    s += "\\r";
    break;
  case '\t':
    s += "\\t";
    break;
  case '\v':
    s += "\\v";
    break;
  case '\\':
    s += "\\\\";
    break;
  case '\'':
    s += "\\'";
    break;
  default: {
    char buf[16];
    if (isPrint(r)) {
      unicode::appendRune(s, r);
    } else if (r < 0x80) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
      s += buf;
    } else if (r < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
      s += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
      s += buf;
    }
  }
  }
  s += '\'';
  return s;
}

std::string formatU(char32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string s = buf;
  if (isPrint(r)) {
    s += " '";
    unicode::appendRune(s, r);
    s += '\'';
  }
  return s;
}

Scanner::Scanner(SourceFile &file, DiagnosticEngine &diags)
    : file_(file), diags_(diags), src_(file.content()), lineFilename_(file.name()) {
  rdOff_ = 0;
  ch_ = ' ';
  nextch();
}

void Scanner::error(uint32_t offset, std::string msg) {
  diags_.error(file_.pos(offset), std::move(msg));
}

// nextch reads the next character into ch_, skipping (and reporting) NUL
// bytes, invalid UTF-8 and BOMs after the start, as gc's source reader does.
void Scanner::nextch() {
redo:
  chOff_ = rdOff_;
  if (rdOff_ >= src_.size()) {
    ch_ = kEOF;
    return;
  }
  unsigned char c = static_cast<unsigned char>(src_[rdOff_]);
  if (c < 0x80) {
    rdOff_++;
    ch_ = c;
    if (c == 0) {
      error(chOff_, "invalid NUL character");
      goto redo;
    }
    return;
  }
  int w;
  char32_t r = unicode::decodeRune(src_, rdOff_, w);
  rdOff_ += w;
  if (r == unicode::RuneError && w == 1) {
    error(chOff_, "invalid UTF-8 encoding");
    goto redo;
  }
  if (r == 0xFEFF) {
    if (chOff_ > 0)
      error(chOff_, "invalid BOM in the middle of the file");
    goto redo;
  }
  ch_ = static_cast<int32_t>(r);
}

void Scanner::setLit(Token kind, bool ok) {
  nlsemi_ = true;
  tok = kind;
  lit = src_.substr(start_, chOff_ - start_);
  bad = !ok;
}

void Scanner::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  bad = false;
  lit = {};

redo:
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r')
    nextch();

  start_ = chOff_;
  pos = file_.pos(start_);

  if (isLetter(ch_) || (ch_ >= 0x80 && ch_ != kEOF)) {
    if (isLetter(ch_)) {
      nextch();
      ident();
      return;
    }
    // Non-ASCII start: a letter, or an error reported by the identifier
    // rules (gc scans it as an identifier anyway).
    char32_t r = static_cast<char32_t>(ch_);
    if (unicode::isLetter(r)) {
    } else if (unicode::isDigit(r)) {
      errorHere("identifier cannot begin with digit " + formatU(r));
    } else {
      errorHere("invalid character " + formatU(r) + " in identifier");
    }
    nextch();
    ident();
    return;
  }

  switch (ch_) {
  case kEOF:
    if (nlsemi) {
      lit = "EOF";
      tok = Token::SEMICOLON;
      break;
    }
    tok = Token::EOF_;
    break;
  case '\n':
    nextch();
    lit = "newline";
    tok = Token::SEMICOLON;
    break;
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
  case '8':
  case '9':
    number(false);
    break;
  case '"':
    stdString();
    break;
  case '`':
    rawString();
    break;
  case '\'':
    runeLit();
    break;
  case '(':
    nextch();
    tok = Token::LPAREN;
    break;
  case '[':
    nextch();
    tok = Token::LBRACK;
    break;
  case '{':
    nextch();
    tok = Token::LBRACE;
    break;
  case ',':
    nextch();
    tok = Token::COMMA;
    break;
  case ';':
    nextch();
    lit = "semicolon";
    tok = Token::SEMICOLON;
    break;
  case ')':
    nextch();
    nlsemi_ = true;
    tok = Token::RPAREN;
    break;
  case ']':
    nextch();
    nlsemi_ = true;
    tok = Token::RBRACK;
    break;
  case '}':
    nextch();
    nlsemi_ = true;
    tok = Token::RBRACE;
    break;
  case ':':
    nextch();
    if (ch_ == '=') {
      nextch();
      tok = Token::DEFINE;
      break;
    }
    tok = Token::COLON;
    break;
  case '.':
    nextch();
    if (isDecimal(ch_)) {
      number(true);
      break;
    }
    if (ch_ == '.' && rdOff_ < src_.size() && src_[rdOff_] == '.') {
      nextch();
      nextch();
      tok = Token::ELLIPSIS;
      break;
    }
    tok = Token::PERIOD;
    break;
  case '+':
    nextch();
    if (ch_ == '+') {
      nextch();
      nlsemi_ = true;
      tok = Token::INC;
    } else if (ch_ == '=') {
      nextch();
      tok = Token::ADD_ASSIGN;
    } else {
      tok = Token::ADD;
    }
    break;
  case '-':
    nextch();
    if (ch_ == '-') {
      nextch();
      nlsemi_ = true;
      tok = Token::DEC;
    } else if (ch_ == '=') {
      nextch();
      tok = Token::SUB_ASSIGN;
    } else {
      tok = Token::SUB;
    }
    break;
  case '*':
    nextch();
    if (ch_ == '=') {
      nextch();
      tok = Token::MUL_ASSIGN;
    } else {
      tok = Token::MUL;
    }
    break;
  case '/':
    nextch();
    if (ch_ == '/') {
      nextch();
      lineComment();
      goto redo;
    }
    if (ch_ == '*') {
      nextch();
      uint32_t commentStart = start_;
      bool multiline = fullComment();
      if (multiline && nlsemi) {
        // A multi-line comment acts like a newline.
        start_ = commentStart;
        pos = file_.pos(start_);
        lit = "newline";
        tok = Token::SEMICOLON;
        break;
      }
      goto redo;
    }
    if (ch_ == '=') {
      nextch();
      tok = Token::QUO_ASSIGN;
    } else {
      tok = Token::QUO;
    }
    break;
  case '%':
    nextch();
    if (ch_ == '=') {
      nextch();
      tok = Token::REM_ASSIGN;
    } else {
      tok = Token::REM;
    }
    break;
  case '&':
    nextch();
    if (ch_ == '&') {
      nextch();
      tok = Token::LAND;
      break;
    }
    if (ch_ == '^') {
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Token::AND_NOT_ASSIGN;
      } else {
        tok = Token::AND_NOT;
      }
      break;
    }
    if (ch_ == '=') {
      nextch();
      tok = Token::AND_ASSIGN;
    } else {
      tok = Token::AND;
    }
    break;
  case '|':
    nextch();
    if (ch_ == '|') {
      nextch();
      tok = Token::LOR;
    } else if (ch_ == '=') {
      nextch();
      tok = Token::OR_ASSIGN;
    } else {
      tok = Token::OR;
    }
    break;
  case '^':
    nextch();
    if (ch_ == '=') {
      nextch();
      tok = Token::XOR_ASSIGN;
    } else {
      tok = Token::XOR;
    }
    break;
  case '<':
    nextch();
    if (ch_ == '=') {
      nextch();
      tok = Token::LEQ;
    } else if (ch_ == '<') {
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Token::SHL_ASSIGN;
      } else {
        tok = Token::SHL;
      }
    } else if (ch_ == '-') {
      nextch();
      tok = Token::ARROW;
    } else {
      tok = Token::LSS;
    }
    break;
  case '>':
    nextch();
    if (ch_ == '=') {
      nextch();
      tok = Token::GEQ;
    } else if (ch_ == '>') {
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Token::SHR_ASSIGN;
      } else {
        tok = Token::SHR;
      }
    } else {
      tok = Token::GTR;
    }
    break;
  case '=':
    nextch();
    if (ch_ == '=') {
      nextch();
      tok = Token::EQL;
    } else {
      tok = Token::ASSIGN;
    }
    break;
  case '!':
    nextch();
    if (ch_ == '=') {
      nextch();
      tok = Token::NEQ;
    } else {
      tok = Token::NOT;
    }
    break;
  case '~':
    nextch();
    tok = Token::TILDE;
    break;
  default:
    errorHere("invalid character " + formatU(static_cast<char32_t>(ch_)));
    nextch();
    goto redo;
  }
}

void Scanner::ident() {
  while (isLetter(ch_) || isDecimal(ch_))
    nextch();
  if (ch_ >= 0x80) {
    for (;;) {
      char32_t r = static_cast<char32_t>(ch_);
      if (ch_ == '_' || (ch_ < 0x80 && (isLetter(ch_) || isDecimal(ch_)))) {
      } else if (ch_ < 0x80) {
        break;
      } else if (unicode::isLetter(r) || unicode::isDigit(r)) {
      } else {
        errorHere("invalid character " + formatU(r) + " in identifier");
      }
      nextch();
    }
  }
  lit = src_.substr(start_, chOff_ - start_);
  Token kw = lit.size() >= 2 ? lookupKeyword(lit) : Token::IDENT;
  if (kw != Token::IDENT) {
    nlsemi_ = kw == Token::BREAK || kw == Token::CONTINUE || kw == Token::FALLTHROUGH ||
              kw == Token::RETURN;
    tok = kw;
    return;
  }
  nlsemi_ = true;
  tok = Token::IDENT;
}

// digits accepts the sequence { digit | '_' }. If base <= 10, digits accepts
// any decimal digit but records the index (relative to the literal start) of
// a digit >= base in *invalid, if *invalid < 0. It returns a bitset: bit 0
// set if there were digits, bit 1 if there were separators.
int Scanner::digits(int base, int *invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_')
        ds = 2;
      else if (ch_ >= max && invalid && *invalid < 0)
        *invalid = static_cast<int>(chOff_ - start_);
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

void Scanner::number(bool seenPoint) {
  bool ok = true;
  Token kind = Token::INT;
  int base = 10;
  int32_t prefix = 0; // one of 0 (decimal), '0' (0-octal), 'x', 'o', or 'b'
  int digsep = 0;
  int invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
      case 'x':
        nextch();
        base = 16, prefix = 'x';
        break;
      case 'o':
        nextch();
        base = 8, prefix = 'o';
        break;
      case 'b':
        nextch();
        base = 2, prefix = 'b';
        break;
      default:
        base = 8, prefix = '0';
        digsep = 1; // leading 0
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorHere(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }

  if (seenPoint) {
    kind = Token::FLOAT;
    digsep |= digits(base, &invalid);
  }

  if ((digsep & 1) == 0 && ok) {
    errorHere(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }

  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorHere(quoteRune(static_cast<char32_t>(ch_)) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorHere(quoteRune(static_cast<char32_t>(ch_)) +
                  " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = Token::FLOAT;
    if (ch_ == '+' || ch_ == '-')
      nextch();
    digsep = digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorHere("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Token::FLOAT && ok) {
    errorHere("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = Token::IMAG;
    nextch();
  }

  setLit(kind, ok);

  if (kind == Token::INT && invalid >= 0 && ok) {
    error(start_ + invalid, "invalid digit " + quoteRune(static_cast<unsigned char>(lit[invalid])) +
                                " in " + baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int i = invalidSep(lit);
    if (i >= 0) {
      error(start_ + i, "'_' must separate successive digits");
      ok = false;
    }
  }
  bad = !ok;
}

void Scanner::runeLit() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorHere("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          error(start_, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\''))
        ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        errorHere("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ == kEOF) {
      if (ok) {
        error(start_, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  setLit(Token::CHAR, ok);
}

void Scanner::stdString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"'))
        ok = false;
      continue;
    }
    if (ch_ == '\n') {
      errorHere("newline in string");
      ok = false;
      break;
    }
    if (ch_ == kEOF) {
      error(start_, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(Token::STRING, ok);
}

void Scanner::rawString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ == kEOF) {
      error(start_, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  // CRs stay in the literal text; literals.h strips them from the value.
  setLit(Token::STRING, ok);
}

void Scanner::lineComment() {
  // "//" has been consumed; don't consume the '\n' (needed for nlsemi).
  while (ch_ != kEOF && ch_ != '\n')
    nextch();
  std::string_view text = src_.substr(start_, chOff_ - start_);
  if (!text.empty() && text.back() == '\r')
    text.remove_suffix(1);
  comments_.push_back({file_.pos(start_), text});
  // //line directives must start at the beginning of a line.
  if (text.size() > 7 && text.substr(2, 5) == "line " && (start_ == 0 || src_[start_ - 1] == '\n'))
    lineDirective(start_, text, true);
}

// fullComment scans the rest of a /*-style comment and reports whether it
// spanned lines.
bool Scanner::fullComment() {
  bool multiline = false;
  bool terminated = false;
  while (ch_ != kEOF) {
    if (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        terminated = true;
        break;
      }
      continue;
    }
    if (ch_ == '\n')
      multiline = true;
    nextch();
  }
  std::string_view text = src_.substr(start_, chOff_ - start_);
  if (!terminated) {
    error(start_, "comment not terminated");
    return multiline;
  }
  comments_.push_back({file_.pos(start_), text});
  if (text.size() > 9 && text.substr(2, 5) == "line ")
    lineDirective(start_, text, false);
  return multiline;
}

// lineDirective records a //line or /*line*/ directive as gc's updateBase
// does, reporting malformed line or column numbers.
void Scanner::lineDirective(uint32_t commentStart, std::string_view comment, bool isLineComment) {
  std::string_view text = comment.substr(2);
  if (!isLineComment)
    text.remove_suffix(2);
  text.remove_prefix(5); // "line "
  uint32_t textOff = commentStart + 7;
  uint32_t applyAt;
  if (isLineComment) {
    applyAt = commentStart + static_cast<uint32_t>(comment.size());
    while (applyAt < src_.size() && src_[applyAt] != '\n')
      applyAt++;
    applyAt++; // start of the next line
  } else {
    if (comment.find('\n') != std::string_view::npos)
      return; // a multi-line /*line*/ comment is not a valid directive
    applyAt = commentStart + static_cast<uint32_t>(comment.size());
  }

  // trailingDigits: split "text:digits" at the last ':'.
  auto trailing = [](std::string_view t, size_t &i, uint64_t &n) -> bool {
    size_t c = t.rfind(':');
    if (c == std::string_view::npos) {
      i = 0;
      return false;
    }
    i = c + 1;
    std::string_view d = t.substr(c + 1);
    if (d.empty())
      return false;
    n = 0;
    for (char ch : d) {
      if (ch < '0' || ch > '9')
        return false;
      n = n * 10 + static_cast<uint64_t>(ch - '0');
      if (n > (1ull << 40))
        n = 1ull << 40;
    }
    return true;
  };
  constexpr uint64_t PosMax = 1u << 30;
  size_t i = 0;
  uint64_t n = 0;
  bool ok = trailing(text, i, n);
  if (i == 0)
    return; // not a line directive
  if (!ok) {
    error(textOff + i, "invalid line number: " + std::string(text.substr(i)));
    return;
  }
  uint64_t line = 0, col = 0;
  size_t i2 = 0;
  uint64_t n2 = 0;
  bool ok2 = trailing(text.substr(0, i - 1), i2, n2);
  std::string_view rest = text;
  if (ok2) {
    std::swap(i, i2);
    line = n2;
    col = n;
    if (col == 0 || col > PosMax) {
      error(textOff + i2, "invalid column number: " + std::string(text.substr(i2)));
      return;
    }
    rest = text.substr(0, i2 - 1);
  } else {
    line = n;
  }
  if (line == 0 || line > PosMax) {
    error(textOff + i, "invalid line number: " + std::string(rest.substr(i)));
    return;
  }
  std::string filename(rest.substr(0, i - 1));
  if (filename.empty() && ok2)
    filename = lineFilename_;
  lineFilename_ = filename;
  if (applyAt > src_.size())
    applyAt = static_cast<uint32_t>(src_.size());
  file_.addLineDirective({applyAt, filename, static_cast<int>(line), static_cast<int>(col)});
}

bool Scanner::escape(int32_t quote) {
  int n;
  uint32_t base, max;
  switch (ch_) {
  case 'a':
  case 'b':
  case 'f':
  case 'n':
  case 'r':
  case 't':
  case 'v':
  case '\\':
    nextch();
    return true;
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
    n = 3, base = 8, max = 255;
    break;
  case 'x':
    nextch();
    n = 2, base = 16, max = 255;
    break;
  case 'u':
    nextch();
    n = 4, base = 16, max = unicode::MaxRune;
    break;
  case 'U':
    nextch();
    n = 8, base = 16, max = unicode::MaxRune;
    break;
  default:
    if (ch_ == quote) {
      nextch();
      return true;
    }
    if (ch_ == kEOF)
      return true; // complain in caller about EOF
    errorHere("unknown escape");
    return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ == kEOF)
      return true; // complain in caller about EOF
    uint32_t d = base;
    if (isDecimal(ch_))
      d = static_cast<uint32_t>(ch_ - '0');
    else if ('a' <= lower(ch_) && lower(ch_) <= 'f')
      d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    if (d >= base) {
      errorHere("invalid character " + quoteRune(static_cast<char32_t>(ch_)) + " in " +
                baseName(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    errorHere("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    errorHere("escape is invalid Unicode code point " + formatU(x));
    return false;
  }
  return true;
}

} // namespace gocxx
