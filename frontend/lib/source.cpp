// FileSet, SourceFile and position decoding (including gc's rules for line
// directives: a directive's line applies from the following position on; a
// directive with a column makes the first line's columns relative to it, a
// directive without one makes columns unknown).
#include "gocxx/frontend/source.h"

#include <algorithm>

namespace gocxx {

std::string Position::str() const {
  if (!isValid())
    return filename.empty() ? "-" : filename;
  std::string s = filename;
  s += ':';
  s += std::to_string(line);
  if (column > 0) {
    s += ':';
    s += std::to_string(column);
  }
  return s;
}

SourceFile::SourceFile(std::string name, std::string content, Pos base)
    : name_(std::move(name)), content_(std::move(content)), base_(base) {
  lines_.push_back(0);
  for (uint32_t i = 0; i < content_.size(); i++)
    if (content_[i] == '\n')
      lines_.push_back(i + 1);
}

void SourceFile::addLineDirective(LineDirective d) {
  // Keep the list sorted; directives normally arrive in order.
  auto it = std::upper_bound(directives_.begin(), directives_.end(), d.offset,
                             [](uint32_t off, const LineDirective &x) { return off < x.offset; });
  directives_.insert(it, std::move(d));
}

Position SourceFile::position(uint32_t offset, bool adjusted) const {
  if (offset > size())
    offset = size();
  auto it = std::upper_bound(lines_.begin(), lines_.end(), offset);
  int line = static_cast<int>(it - lines_.begin()); // 1-based
  int col = static_cast<int>(offset - lines_[line - 1]) + 1;
  Position p{name_, line, col};
  if (!adjusted || directives_.empty())
    return p;
  auto d = std::upper_bound(directives_.begin(), directives_.end(), offset,
                            [](uint32_t off, const LineDirective &x) { return off < x.offset; });
  if (d == directives_.begin())
    return p;
  --d;
  // Line and column of the directive's own base position.
  auto bit = std::upper_bound(lines_.begin(), lines_.end(), d->offset);
  int bline = static_cast<int>(bit - lines_.begin());
  int bcol = static_cast<int>(d->offset - lines_[bline - 1]) + 1;
  Position r;
  r.filename = d->filename;
  r.line = d->line + (line - bline);
  if (d->column == 0)
    r.column = 0;
  else if (line == bline)
    r.column = d->column + (col - bcol);
  else
    r.column = col;
  return r;
}

SourceFile *FileSet::addFile(std::string name, std::string content) {
  auto f = std::make_unique<SourceFile>(std::move(name), std::move(content), nextBase_);
  nextBase_ += f->size() + 1; // +1: a position just past the last byte (EOF)
  files_.push_back(std::move(f));
  return files_.back().get();
}

const SourceFile *FileSet::file(Pos p) const {
  if (p == NoPos)
    return nullptr;
  auto it =
      std::upper_bound(files_.begin(), files_.end(), p,
                       [](Pos x, const std::unique_ptr<SourceFile> &f) { return x < f->base(); });
  if (it == files_.begin())
    return nullptr;
  --it;
  return (*it)->contains(p) ? it->get() : nullptr;
}

SourceFile *FileSet::file(Pos p) {
  return const_cast<SourceFile *>(static_cast<const FileSet *>(this)->file(p));
}

Position FileSet::position(Pos p) const {
  const SourceFile *f = file(p);
  if (!f)
    return {};
  return f->position(f->offset(p), true);
}

Position FileSet::rawPosition(Pos p) const {
  const SourceFile *f = file(p);
  if (!f)
    return {};
  return f->position(f->offset(p), false);
}

} // namespace gocxx
