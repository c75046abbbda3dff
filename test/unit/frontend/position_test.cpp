// FileSet and position decoding tests, including line directives.
#include <gtest/gtest.h>

#include "gocxx/frontend/source.h"

using namespace gocxx;

TEST(Position, FileSetBasics) {
  FileSet fset;
  SourceFile *a = fset.addFile("a.go", "ab\ncd\n");
  SourceFile *b = fset.addFile("b.go", "xyz");
  EXPECT_EQ(a->base(), 1u);
  EXPECT_EQ(b->base(), a->base() + a->size() + 1);
  EXPECT_EQ(fset.position(a->pos(0)).str(), "a.go:1:1");
  EXPECT_EQ(fset.position(a->pos(4)).str(), "a.go:2:2");
  EXPECT_EQ(fset.position(a->pos(6)).str(), "a.go:3:1"); // EOF
  EXPECT_EQ(fset.position(b->pos(2)).str(), "b.go:1:3");
  EXPECT_EQ(fset.file(b->pos(1)), b);
  EXPECT_EQ(fset.file(NoPos), nullptr);
  EXPECT_FALSE(fset.position(NoPos).isValid());
  EXPECT_EQ(a->lineCount(), 3);
}

TEST(Position, ByteColumns) {
  FileSet fset;
  SourceFile *f = fset.addFile("u.go", "é = 1");
  EXPECT_EQ(fset.position(f->pos(3)).column, 4); // 'é' is two bytes
}

TEST(Position, LineDirectives) {
  FileSet fset;
  SourceFile *f = fset.addFile("d.go", "a\nb\nc\nd\n");
  f->addLineDirective({2, "x.go", 100, 0}); // from "b" on: x.go:100, unknown columns
  f->addLineDirective({6, "y.go", 7, 3});   // from "d" on: y.go:7:3
  EXPECT_EQ(fset.position(f->pos(0)).str(), "d.go:1:1");
  EXPECT_EQ(fset.position(f->pos(2)).str(), "x.go:100");
  EXPECT_EQ(fset.position(f->pos(4)).str(), "x.go:101");
  EXPECT_EQ(fset.position(f->pos(6)).str(), "y.go:7:3");
  EXPECT_EQ(fset.rawPosition(f->pos(6)).str(), "d.go:4:1");
}
