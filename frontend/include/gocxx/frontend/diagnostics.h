// The one diagnostics engine of the compiler.
//
// Every phase reports through a DiagnosticEngine; none prints or exits on its
// own. The engine filters follow-on errors the way gc does when they are
// reported (only one "syntax error" per line; an identical message on the same
// line only once) and print() sorts by position and stops after `limit` errors
// with gc's "too many errors" line. Output format:
//   file:line:col: error: message
// with the message in gc's wording and notes indented below it.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "gocxx/frontend/source.h"

namespace gocxx {

enum class Severity { Error, Warning, Note };

struct Note {
  Pos pos = NoPos;
  std::string message;
};

struct Diagnostic {
  Pos pos = NoPos;
  Severity severity = Severity::Error;
  std::string message;
  std::vector<Note> notes;
};

class DiagnosticEngine {
public:
  explicit DiagnosticEngine(const FileSet &fset) : fset_(fset) {}

  // error reports an error at pos (dropped if it is a follow-on error in
  // gc's sense: a second syntax error on one line, or the same message twice
  // on one line).
  void error(Pos pos, std::string msg);
  void warning(Pos pos, std::string msg);
  // note attaches a note to the most recently reported diagnostic (ignored
  // if that one was dropped or none exists).
  void note(Pos pos, std::string msg);

  bool hasErrors() const { return errorCount_ > 0; }
  size_t errorCount() const { return errorCount_; }
  const std::vector<Diagnostic> &diagnostics() const { return diags_; }
  const FileSet &fileSet() const { return fset_; }

  // format returns "file:line:col: error: message" for d (without notes).
  std::string format(const Diagnostic &d) const;

  // print writes the diagnostics sorted by position (stable), dropping exact
  // duplicates; after `limit` errors (0 = no limit) it stops with
  // "file:line:col: error: too many errors" as gc does.
  void print(std::ostream &os, size_t limit = 10) const;

  void clear();

private:
  const FileSet &fset_;
  std::vector<Diagnostic> diags_;
  size_t errorCount_ = 0;
  bool lastDropped_ = false;
  // gc's follow-on filter state: last syntax error and last other error.
  Pos lastSyntax_ = NoPos;
  Pos lastOther_ = NoPos;
  std::string lastOtherMsg_;
};

} // namespace gocxx
