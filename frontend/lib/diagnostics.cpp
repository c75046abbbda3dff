// DiagnosticEngine: collection, gc-style follow-on filtering, sorted printing.
#include "gocxx/frontend/diagnostics.h"

#include <algorithm>

namespace gocxx {

namespace {

// sameLine reports whether a and b lie on the same (raw) line of one file,
// which is gc's criterion for dropping follow-on errors.
bool sameLine(const FileSet &fset, Pos a, Pos b) {
  if (a == NoPos || b == NoPos)
    return false;
  const SourceFile *fa = fset.file(a);
  const SourceFile *fb = fset.file(b);
  if (!fa || fa != fb)
    return false;
  return fa->position(fa->offset(a), false).line == fb->position(fb->offset(b), false).line;
}

} // namespace

void DiagnosticEngine::error(Pos pos, std::string msg) {
  if (msg.rfind("syntax error", 0) == 0) {
    // Only one syntax error per line, no matter what error.
    if (sameLine(fset_, lastSyntax_, pos)) {
      lastDropped_ = true;
      return;
    }
    lastSyntax_ = pos;
  } else {
    if (sameLine(fset_, lastOther_, pos) && lastOtherMsg_ == msg) {
      lastDropped_ = true;
      return;
    }
    lastOther_ = pos;
    lastOtherMsg_ = msg;
  }
  lastDropped_ = false;
  diags_.push_back(Diagnostic{pos, Severity::Error, std::move(msg), {}});
  errorCount_++;
}

void DiagnosticEngine::warning(Pos pos, std::string msg) {
  lastDropped_ = false;
  diags_.push_back(Diagnostic{pos, Severity::Warning, std::move(msg), {}});
}

void DiagnosticEngine::note(Pos pos, std::string msg) {
  if (lastDropped_ || diags_.empty())
    return;
  diags_.back().notes.push_back(Note{pos, std::move(msg)});
}

void DiagnosticEngine::clear() {
  diags_.clear();
  errorCount_ = 0;
  lastDropped_ = false;
  lastSyntax_ = lastOther_ = NoPos;
  lastOtherMsg_.clear();
}

static const char *severityName(Severity s) {
  switch (s) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Note:
    return "note";
  }
  return "error";
}

std::string DiagnosticEngine::format(const Diagnostic &d) const {
  std::string s = fset_.position(d.pos).str();
  s += ": ";
  s += severityName(d.severity);
  s += ": ";
  s += d.message;
  return s;
}

void DiagnosticEngine::print(std::ostream &os, size_t limit) const {
  // gc stops at the limit-th error in report order, then prints what it has
  // sorted by position, then "too many errors" at the last one's position.
  std::vector<const Diagnostic *> list;
  size_t errors = 0;
  const Diagnostic *last = nullptr;
  for (const Diagnostic &d : diags_) {
    list.push_back(&d);
    if (d.severity == Severity::Error && ++errors == limit && limit != 0) {
      last = &d;
      break;
    }
  }
  // Stable sort by position (index as the tie-breaker).
  std::vector<std::pair<Position, size_t>> keys;
  for (size_t i = 0; i < list.size(); i++)
    keys.push_back({fset_.position(list[i]->pos), i});
  std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
    if (a.first.filename != b.first.filename)
      return a.first.filename < b.first.filename;
    if (a.first.line != b.first.line)
      return a.first.line < b.first.line;
    if (a.first.column != b.first.column)
      return a.first.column < b.first.column;
    return a.second < b.second;
  });
  std::vector<const Diagnostic *> sorted;
  for (auto &k : keys)
    sorted.push_back(list[k.second]);
  list = std::move(sorted);
  std::string prev;
  for (const Diagnostic *d : list) {
    std::string line = format(*d);
    if (line == prev)
      continue;
    os << line << '\n';
    for (const Note &n : d->notes)
      os << "\t" << fset_.position(n.pos).str() << ": note: " << n.message << '\n';
    prev = std::move(line);
  }
  if (last) {
    // gc prints "too many errors" as soon as the limit is reached.
    os << fset_.position(last->pos).str() << ": error: too many errors\n";
  }
}

} // namespace gocxx
