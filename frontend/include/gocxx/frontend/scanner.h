// The Go scanner: turns a SourceFile's bytes into tokens.
//
// It implements the whole lexical grammar of the spec (automatic semicolons,
// every numeric literal form, rune and string escapes, raw strings, Unicode
// identifiers, BOM) and reports lexical errors in gc's words ("newline in
// string", "invalid character U+0040 '@'"). The token kinds are go/token's;
// the literal text of SEMICOLON tokens says what the semicolon was ("semicolon",
// "newline" or "EOF"), which gc's syntax errors print. Comments are not
// tokens: they are collected in comments() in source order, and //line
// directives are recorded on the SourceFile as gc does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/source.h"
#include "gocxx/frontend/token.h"

namespace gocxx {

// A comment as scanned, with its text including the comment markers.
struct ScannedComment {
  Pos pos = NoPos;       // position of the leading '/'
  std::string_view text; // "//..." (without newline) or "/*...*/"
};

class Scanner {
public:
  // The scanner reads file's content (which must outlive it) and reports
  // errors to diags.
  Scanner(SourceFile &file, DiagnosticEngine &diags);

  // next scans the next token into tok/pos/lit/bad.
  void next();

  Token tok = Token::ILLEGAL;
  Pos pos = NoPos; // position of the token's first byte
  std::string_view
      lit;          // IDENT, literals: the source text; SEMICOLON: "semicolon", "newline" or "EOF"
  bool bad = false; // literal with a lexical error

  // Comments seen so far (the parser drains them with takeComments).
  std::vector<ScannedComment> &comments() { return comments_; }

  SourceFile &file() { return file_; }

private:
  void nextch();
  void error(uint32_t offset, std::string msg);
  void errorHere(std::string msg) { error(chOff_, std::move(msg)); }
  void ident();
  void number(bool seenPoint);
  int digits(int base, int *invalid);
  void runeLit();
  void stdString();
  void rawString();
  bool escape(int32_t quote);
  void lineComment();
  bool fullComment();
  void lineDirective(uint32_t commentStart, std::string_view text, bool lineComment);
  void setLit(Token kind, bool ok);

  SourceFile &file_;
  DiagnosticEngine &diags_;
  std::string_view src_;
  int32_t ch_ = ' ';         // current character, -1 at EOF
  uint32_t chOff_ = 0;       // offset of ch_
  uint32_t rdOff_ = 0;       // offset after ch_
  uint32_t start_ = 0;       // offset of the current token
  std::string lineFilename_; // file name in effect for //line directives
  bool nlsemi_ = false;
  std::vector<ScannedComment> comments_;
};

// quoteRune formats r as Go's %q does for a rune ('a', '\n', '\x00').
std::string quoteRune(char32_t r);
// formatU formats r as Go's %#U does (U+0040 '@').
std::string formatU(char32_t r);

} // namespace gocxx
