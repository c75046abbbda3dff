// Parser tests: every statement and declaration form, generics and the
// composite-literal / type-parameter ambiguities, and syntax errors in gc's
// words and positions.
#include <gtest/gtest.h>

#include "testutil.h"

using namespace gocxx;
using namespace gocxx::ast;
using gocxx::test::Parsed;
using gocxx::test::wrapBody;

namespace {

// firstStmt returns the first statement of f's body in p.
Stmt *firstStmt(const Parsed &p) {
  auto *fd = cast<FuncDecl>(p.file->decls.back());
  return fd->body->list.at(0);
}

std::string errorsOf(const std::string &src) { return Parsed(src).errors(); }

} // namespace

TEST(Parser, PackageAndImports) {
  Parsed p(
      "package main\n\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)\n");
  EXPECT_EQ(p.errors(), "");
  EXPECT_EQ(p.file->name->name, "main");
  ASSERT_EQ(p.file->imports.size(), 4u);
  EXPECT_EQ(p.file->imports[1]->name->name, "m");
  EXPECT_EQ(p.file->imports[2]->name->name, ".");
  EXPECT_EQ(p.file->imports[3]->path->value, "\"os\"");
  auto *g = cast<GenDecl>(p.file->decls[1]);
  EXPECT_NE(g->lparen, NoPos);
  EXPECT_EQ(g->specs.size(), 3u);
}

TEST(Parser, Declarations) {
  Parsed p(R"(package p
const (
	A = iota
	B
	C, D int = 1, 2
)
var x, y = 1, 2
var z []map[string]*chan<- int
type T struct {
	a, b int "tag"
	*E
	pkg.F
	G[int]
}
type I interface {
	M(x int) (y string, err error)
	E
	~int | ~string
}
type A = T
func (t *T) m(a ...int) {}
func f()
)");
  EXPECT_EQ(p.errors(), "");
  ASSERT_EQ(p.file->decls.size(), 8u);
  auto *c = cast<GenDecl>(p.file->decls[0]);
  EXPECT_EQ(c->tok, Token::CONST);
  EXPECT_EQ(c->specs.size(), 3u);
  auto *ts = cast<TypeSpec>(cast<GenDecl>(p.file->decls[3])->specs[0]);
  auto *st = cast<StructType>(ts->type);
  ASSERT_EQ(st->fields->list.size(), 4u);
  EXPECT_EQ(st->fields->list[0]->names.size(), 2u);
  EXPECT_NE(st->fields->list[0]->tag, nullptr);
  EXPECT_TRUE(isa<StarExpr>(st->fields->list[1]->type));
  EXPECT_TRUE(isa<SelectorExpr>(st->fields->list[2]->type));
  EXPECT_TRUE(isa<IndexExpr>(st->fields->list[3]->type));
  auto *it = cast<InterfaceType>(cast<TypeSpec>(cast<GenDecl>(p.file->decls[4])->specs[0])->type);
  ASSERT_EQ(it->methods->list.size(), 3u);
  EXPECT_TRUE(isa<FuncType>(it->methods->list[0]->type));
  EXPECT_TRUE(isa<BinaryExpr>(it->methods->list[2]->type));
  EXPECT_NE(cast<TypeSpec>(cast<GenDecl>(p.file->decls[5])->specs[0])->assign, NoPos);
  auto *m = cast<FuncDecl>(p.file->decls[6]);
  ASSERT_NE(m->recv, nullptr);
  EXPECT_TRUE(isa<Ellipsis>(m->type->params->list[0]->type));
  EXPECT_EQ(cast<FuncDecl>(p.file->decls[7])->body, nullptr);
}

TEST(Parser, Generics) {
  Parsed p(R"(package p
type List[T any] struct{ next *List[T]; val T }
type Map[K comparable, V any] map[K]V
type Num interface{ ~int | ~float64 }
type P[T *int,] struct{}
type Q[T interface{ ~[]byte }] []T
func Sum[T Num](xs ...T) T { var s T; return s }
func (l *List[T]) Push(v T) {}
func (m Map[K, V]) Get(k K) V { return m[k] }
var _ = Sum[int]
var _ = Map[string, int]{}
var _ = Sum[float64](1, 2)
)");
  EXPECT_EQ(p.errors(), "");
  auto spec = [&](int i) { return cast<TypeSpec>(cast<GenDecl>(p.file->decls[i])->specs[0]); };
  ASSERT_NE(spec(0)->typeParams, nullptr);
  EXPECT_EQ(spec(1)->typeParams->list.size(), 2u);
  EXPECT_TRUE(isa<StarExpr>(spec(3)->typeParams->list[0]->type));
  auto *sum = cast<FuncDecl>(p.file->decls[5]);
  ASSERT_NE(sum->type->typeParams, nullptr);
  auto *get = cast<FuncDecl>(p.file->decls[7]);
  EXPECT_TRUE(isa<IndexListExpr>(get->recv->list[0]->type));
  auto value = [&](int i) {
    return cast<ValueSpec>(cast<GenDecl>(p.file->decls[i])->specs[0])->values[0];
  };
  EXPECT_TRUE(isa<IndexExpr>(value(8)));
  auto *cl = cast<CompositeLit>(value(9));
  EXPECT_TRUE(isa<IndexListExpr>(cl->type));
  EXPECT_TRUE(isa<CallExpr>(value(10)));
}

TEST(Parser, ArrayVersusTypeParams) {
  // type T[N]E is an array; type T[P any] is generic; type T[P *C] is generic.
  Parsed p("package p\nconst N = 2\ntype A [N]int\ntype B[P any] int\ntype C [N * 2]int\ntype D[P "
           "*C,] int\n");
  EXPECT_EQ(p.errors(), "");
  auto spec = [&](int i) { return cast<TypeSpec>(cast<GenDecl>(p.file->decls[i])->specs[0]); };
  EXPECT_TRUE(isa<ArrayType>(spec(1)->type));
  EXPECT_EQ(spec(1)->typeParams, nullptr);
  EXPECT_NE(spec(2)->typeParams, nullptr);
  EXPECT_TRUE(isa<ArrayType>(spec(3)->type));
  EXPECT_NE(spec(4)->typeParams, nullptr);
}

TEST(Parser, Statements) {
  Parsed p(wrapBody(R"(	x := 1
	x++
	x += 2
	var y int
	ch := make(chan int)
	ch <- x
	<-ch
	go f()
	defer f()
	if x > 0 { } else if y := 2; y < x { } else { }
	for { break }
	for i := 0; i < 10; i++ { continue }
	for k, v := range m { _, _ = k, v }
	for range ch { }
	switch x { case 1, 2: fallthrough; case 3: default: }
	switch t := v.(type) { case int, string: _ = t }
	select { case v := <-ch: _ = v; case ch <- 1: default: }
L:
	for { break L }
	goto L
	return
	{ }
	;)"));
  EXPECT_EQ(p.errors(), "");
  auto *body = cast<FuncDecl>(p.file->decls[0])->body;
  std::vector<NodeKind> kinds;
  for (Stmt *s : body->list)
    kinds.push_back(s->kind);
  std::vector<NodeKind> want = {
      NodeKind::AssignStmt, NodeKind::IncDecStmt,  NodeKind::AssignStmt, NodeKind::DeclStmt,
      NodeKind::AssignStmt, NodeKind::SendStmt,    NodeKind::ExprStmt,   NodeKind::GoStmt,
      NodeKind::DeferStmt,  NodeKind::IfStmt,      NodeKind::ForStmt,    NodeKind::ForStmt,
      NodeKind::RangeStmt,  NodeKind::RangeStmt,   NodeKind::SwitchStmt, NodeKind::TypeSwitchStmt,
      NodeKind::SelectStmt, NodeKind::LabeledStmt, NodeKind::BranchStmt, NodeKind::ReturnStmt,
      NodeKind::BlockStmt,  NodeKind::EmptyStmt};
  EXPECT_EQ(kinds, want);
  auto *sw = cast<SwitchStmt>(body->list[14]);
  EXPECT_EQ(cast<CaseClause>(sw->body->list[0])->list.size(), 2u);
  EXPECT_TRUE(cast<CaseClause>(sw->body->list[2])->list.empty()); // default
  auto *sel = cast<SelectStmt>(body->list[16]);
  EXPECT_EQ(cast<CommClause>(sel->body->list[2])->comm, nullptr);
}

TEST(Parser, CompositeLiteralAmbiguity) {
  // In a statement header, T{} is not a composite literal unless parenthesized.
  Parsed p(
      wrapBody("for x := range []int{1} { }\nif x == (T{}) { }\nswitch s := (S{a: 1}); s { }"));
  EXPECT_EQ(p.errors(), "");
  Parsed q(wrapBody("if x == T{} { }"));
  EXPECT_NE(q.errors(), "");
}

TEST(Parser, ChannelTypes) {
  Parsed p("package p\nvar a <-chan int\nvar b chan<- int\nvar c chan (<-chan int)\nvar d = "
           "(<-chan int)(nil)\n");
  EXPECT_EQ(p.errors(), "");
  auto type = [&](int i) {
    return cast<ValueSpec>(cast<GenDecl>(p.file->decls[i])->specs[0])->type;
  };
  EXPECT_EQ(cast<ChanType>(type(0))->dir, RECV);
  EXPECT_EQ(cast<ChanType>(type(1))->dir, SEND);
  EXPECT_EQ(cast<ChanType>(type(2))->dir, SEND | RECV);
}

TEST(Parser, Positions) {
  Parsed p("package p\n\nfunc f(a int) int {\n\treturn a + 1\n}\n");
  auto *fd = cast<FuncDecl>(p.file->decls[0]);
  EXPECT_EQ(p.fset.position(fd->pos()).str(), "x.go:3:1");
  EXPECT_EQ(p.fset.position(fd->end()).str(), "x.go:5:2");
  auto *ret = cast<ReturnStmt>(fd->body->list[0]);
  auto *bin = cast<BinaryExpr>(ret->results[0]);
  EXPECT_EQ(p.fset.position(bin->pos()).str(), "x.go:4:9");
  EXPECT_EQ(p.fset.position(bin->opPos).str(), "x.go:4:11");
  EXPECT_EQ(p.fset.position(bin->end()).str(), "x.go:4:14");
  EXPECT_EQ(gcPos(bin), bin->opPos);
}

TEST(Parser, SyntaxErrorsInGcWords) {
  EXPECT_EQ(errorsOf("package p\nvar x = []int{1,\n2\n}\n"),
            "x.go:3:2: error: syntax error: unexpected newline in composite literal; possibly "
            "missing comma or }\n");
  EXPECT_EQ(errorsOf("x := 1\n"),
            "x.go:1:1: error: syntax error: package statement must be first\n");
  EXPECT_EQ(errorsOf("package p\nx := 1\n"),
            "x.go:2:1: error: syntax error: non-declaration statement outside function body\n");
  EXPECT_EQ(errorsOf(wrapBody("if x := 1; x = 2 {\n}")),
            "x.go:3:14: error: syntax error: cannot use assignment (x) = (2) as value\n");
  EXPECT_EQ(errorsOf(wrapBody("foo bar")),
            "x.go:3:5: error: syntax error: unexpected bar at end of statement\n");
  EXPECT_EQ(errorsOf(wrapBody("for i := 0; i < 3; j := 1 {\n}")),
            "x.go:3:22: error: syntax error: cannot declare in post statement of for loop\n");
  EXPECT_EQ(errorsOf(wrapBody("if x {\n} else for {\n}")),
            "x.go:4:8: error: syntax error: else must be followed by if or statement block\n");
  EXPECT_EQ(errorsOf("package p\nfunc f()\n{\n}\n"),
            "x.go:3:1: error: syntax error: unexpected semicolon or newline before {\n");
  EXPECT_EQ(errorsOf(wrapBody("go (f())")),
            "x.go:3:4: error: expression in go must not be parenthesized\n");
  EXPECT_EQ(errorsOf(wrapBody("defer f")),
            "x.go:3:7: error: expression in defer must be function call\n");
  EXPECT_EQ(errorsOf(wrapBody("x = y[1::]")),
            "x.go:3:9: error: middle index required in 3-index slice\n"
            "x.go:3:10: error: final index required in 3-index slice\n");
  EXPECT_EQ(errorsOf("package p\nfunc f(a int, string) {}\n"),
            "x.go:2:15: error: syntax error: mixed named and unnamed parameters\n");
  EXPECT_EQ(errorsOf("package p\ntype T[P] int\nfunc g[P any, Q]() {}\n"),
            "x.go:3:16: error: syntax error: missing type constraint\n");
  EXPECT_EQ(errorsOf("package p\ntype T interface{ m[P any]() }\n"),
            "x.go:2:20: error: interface method must have no type parameters\n");
  EXPECT_EQ(errorsOf("package p\nfunc () f() {}\n"), "x.go:2:9: error: method has no receiver\n");
}

TEST(Parser, OneSyntaxErrorPerLine) {
  std::string e = errorsOf(wrapBody("x := ) ) )\ny := ]"));
  EXPECT_EQ(e, "x.go:3:6: error: syntax error: unexpected ), expecting expression\n"
               "x.go:4:6: error: syntax error: unexpected ], expecting expression\n");
}

TEST(Parser, TooManyErrors) {
  std::string src = "package p\n";
  for (int i = 0; i < 12; i++)
    src += "var x" + std::to_string(i) + " int = @\n";
  std::string e = errorsOf(src);
  EXPECT_NE(e.find("x.go:10:14: error: too many errors\n"), std::string::npos) << e;
  EXPECT_EQ(std::count(e.begin(), e.end(), '\n'), 11);
}

TEST(Parser, BranchChecks) {
  EXPECT_EQ(errorsOf(wrapBody("break")),
            "x.go:3:1: error: break is not in a loop, switch, or select\n");
  EXPECT_EQ(errorsOf(wrapBody("L: x := 1\n_ = x")),
            "x.go:3:1: error: label L defined and not used\n");
  EXPECT_EQ(errorsOf(wrapBody("goto L")), "x.go:3:6: error: label L not defined\n");
  EXPECT_EQ(errorsOf(wrapBody("switch { case true: fallthrough }")),
            "x.go:3:21: error: cannot fallthrough final case in switch\n");
  EXPECT_EQ(errorsOf(wrapBody("goto L\nx := 1\n_ = x\nL:\n")),
            "x.go:3:6: error: goto L jumps over declaration of x at x.go:4:3\n");
}

TEST(Parser, NeverCrashesOnGarbage) {
  const char *inputs[] = {"",
                          "package",
                          "package p; func",
                          "package p; func f() { if",
                          "package p; type T[",
                          "package p; var x = [](",
                          "package p; func f() { x.(",
                          "package p; import (",
                          "package p\nfunc f() { for x := range { } }",
                          "package p; type T interface { m[] }",
                          "package p; func f[]()",
                          "package p; var _ = <-<-chan int(nil)"};
  for (const char *src : inputs) {
    Parsed p(src);
    EXPECT_NE(p.file, nullptr);
    p.dump(); // must not crash on whatever tree recovery built
  }
}
