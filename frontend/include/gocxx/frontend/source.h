// Source files and positions.
//
// A Pos is a compact offset into a FileSet, as in go/token: every file added
// to the set owns the range [base, base+size] of Pos values, so a single
// 32-bit integer identifies a byte in any file. Positions are turned into
// file:line:col only when printed (FileSet::position). Line directives
// (//line file:line[:col] and /*line ...*/) are recorded by the scanner on
// the SourceFile and honoured when decoding, with gc's rules: a directive
// without a column makes columns unknown until the next directive.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gocxx {

// Pos is an offset into a FileSet; 0 means "no position" (token.NoPos).
using Pos = uint32_t;
inline constexpr Pos NoPos = 0;

// Position is a decoded source position. Columns count bytes, 1-based, as
// gc does; column 0 means unknown (then str() prints only file:line).
struct Position {
  std::string filename;
  int line = 0;   // 1-based; 0 if invalid
  int column = 0; // 1-based byte column; 0 if unknown

  bool isValid() const { return line > 0; }
  // "file:line:col", "file:line" if the column is unknown, "-" if invalid.
  std::string str() const;
};

// LineDirective records one //line or /*line*/ comment: from byte offset
// `offset` on, positions are reported relative to (filename, line, column).
struct LineDirective {
  uint32_t offset = 0;  // offset of the first byte the directive applies to
  std::string filename; // file name to report
  int line = 0;         // line number at offset
  int column = 0;       // column at offset, 0 if the directive had none
};

// SourceFile owns the bytes of one file and its line table.
class SourceFile {
public:
  SourceFile(std::string name, std::string content, Pos base);

  const std::string &name() const { return name_; }
  std::string_view content() const { return content_; }
  Pos base() const { return base_; }
  uint32_t size() const { return static_cast<uint32_t>(content_.size()); }

  // pos returns the Pos of the byte at offset (offset <= size()).
  Pos pos(uint32_t offset) const { return base_ + offset; }
  // offset returns the byte offset of p, which must lie in this file.
  uint32_t offset(Pos p) const { return p - base_; }
  bool contains(Pos p) const { return p >= base_ && p <= base_ + size(); }

  // Line table: start offset of each line (line i+1 starts at lines()[i]).
  const std::vector<uint32_t> &lines() const { return lines_; }
  int lineCount() const { return static_cast<int>(lines_.size()); }
  // lineStart returns the offset of the first byte of the 1-based line.
  uint32_t lineStart(int line) const { return lines_[line - 1]; }

  // Line directives, in increasing offset order (the scanner adds them).
  void addLineDirective(LineDirective d);
  const std::vector<LineDirective> &lineDirectives() const { return directives_; }

  // position decodes offset; adjusted applies line directives.
  Position position(uint32_t offset, bool adjusted = true) const;

private:
  std::string name_;
  std::string content_;
  Pos base_;
  std::vector<uint32_t> lines_;
  std::vector<LineDirective> directives_;
};

// FileSet is the set of all source files of a compilation.
class FileSet {
public:
  FileSet() = default;
  FileSet(const FileSet &) = delete;
  FileSet &operator=(const FileSet &) = delete;

  // addFile adds a file owning content; the result lives as long as the set.
  SourceFile *addFile(std::string name, std::string content);

  // file returns the file containing p, or nullptr.
  const SourceFile *file(Pos p) const;
  SourceFile *file(Pos p);
  const std::vector<std::unique_ptr<SourceFile>> &files() const { return files_; }

  // position decodes p honouring line directives (as gc does when printing).
  Position position(Pos p) const;
  // rawPosition decodes p ignoring line directives.
  Position rawPosition(Pos p) const;

private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  Pos nextBase_ = 1;
};

} // namespace gocxx
