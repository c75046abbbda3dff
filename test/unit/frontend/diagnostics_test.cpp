// DiagnosticEngine tests: gc's follow-on filtering, sorting and format.
#include <gtest/gtest.h>

#include <sstream>

#include "gocxx/frontend/diagnostics.h"

using namespace gocxx;

TEST(Diagnostics, SortsAndFormats) {
  FileSet fset;
  SourceFile *f = fset.addFile("a.go", "line1\nline2\nline3\n");
  DiagnosticEngine d(fset);
  d.error(f->pos(12), "second");
  d.error(f->pos(0), "first");
  d.note(f->pos(1), "a note");
  std::ostringstream os;
  d.print(os);
  EXPECT_EQ(os.str(),
            "a.go:1:1: error: first\n\ta.go:1:2: note: a note\na.go:3:1: error: second\n");
  EXPECT_EQ(d.errorCount(), 2u);
}

TEST(Diagnostics, FollowOnFilter) {
  FileSet fset;
  SourceFile *f = fset.addFile("a.go", "0123456789\n0123456789\n");
  DiagnosticEngine d(fset);
  d.error(f->pos(1), "syntax error: one");
  d.error(f->pos(5), "syntax error: two"); // same line: dropped
  d.error(f->pos(6), "other");
  d.error(f->pos(7), "other"); // same line, same message: dropped
  d.error(f->pos(8), "another");
  d.error(f->pos(12), "syntax error: three");
  EXPECT_EQ(d.errorCount(), 4u);
}

TEST(Diagnostics, TooManyErrors) {
  FileSet fset;
  std::string src(20, '\n');
  SourceFile *f = fset.addFile("a.go", src);
  DiagnosticEngine d(fset);
  for (uint32_t i = 0; i < 15; i++)
    d.error(f->pos(i), "e" + std::to_string(i));
  std::ostringstream os;
  d.print(os);
  std::string out = os.str();
  EXPECT_NE(out.find("a.go:10:1: error: e9\na.go:10:1: error: too many errors\n"),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find("e10"), std::string::npos);
}
