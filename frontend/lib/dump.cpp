// The canonical AST dump (see dump.h for the format). Kept in lock-step with
// test/parser/astdump.go, which prints the same form for go/parser's trees.
#include "gocxx/frontend/dump.h"

#include <cstdio>
#include <string>

namespace gocxx {

using namespace ast;

namespace {

class Dumper {
public:
  Dumper(const FileSet &fset, std::ostream &os) : fset_(fset), os_(os) {}

  void node(const char *role, const Node *n) {
    if (!n)
      return;
    if (n->kind == NodeKind::CommentGroup || n->kind == NodeKind::Comment)
      return;
    for (int i = 0; i < depth_; i++)
      os_ << "  ";
    os_ << role << ": " << nodeKindName(n->kind) << ' ' << pos(n->pos()) << '-' << pos(n->end());
    attrs(n);
    os_ << '\n';
    depth_++;
    children(n);
    depth_--;
  }

  template <class T> void list(const char *role, const std::vector<T *> &v) {
    for (const T *n : v)
      node(role, n);
  }

private:
  std::string pos(Pos p) {
    if (p == NoPos)
      return "-";
    Position q = fset_.rawPosition(p);
    return std::to_string(q.line) + ":" + std::to_string(q.column);
  }

  static std::string escape(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
      switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
      }
    }
    return out;
  }

  void attrs(const Node *n) {
    switch (n->kind) {
    case NodeKind::Ident:
      os_ << ' ' << cast<Ident>(n)->name;
      break;
    case NodeKind::BasicLit:
      os_ << ' ' << tokenString(cast<BasicLit>(n)->kind) << " \""
          << escape(cast<BasicLit>(n)->value) << '"';
      break;
    case NodeKind::UnaryExpr:
      os_ << ' ' << tokenString(cast<UnaryExpr>(n)->op);
      break;
    case NodeKind::BinaryExpr:
      os_ << ' ' << tokenString(cast<BinaryExpr>(n)->op);
      break;
    case NodeKind::AssignStmt:
      os_ << ' ' << tokenString(cast<AssignStmt>(n)->tok);
      break;
    case NodeKind::IncDecStmt:
      os_ << ' ' << tokenString(cast<IncDecStmt>(n)->tok);
      break;
    case NodeKind::BranchStmt:
      os_ << ' ' << tokenString(cast<BranchStmt>(n)->tok);
      break;
    case NodeKind::GenDecl:
      os_ << ' ' << tokenString(cast<GenDecl>(n)->tok);
      break;
    case NodeKind::RangeStmt:
      if (cast<RangeStmt>(n)->key)
        os_ << ' ' << tokenString(cast<RangeStmt>(n)->tok);
      break;
    case NodeKind::ChanType:
      os_ << " dir=" << int(cast<ChanType>(n)->dir);
      break;
    case NodeKind::SliceExpr:
      if (cast<SliceExpr>(n)->slice3)
        os_ << " slice3";
      break;
    case NodeKind::CallExpr:
      if (cast<CallExpr>(n)->ellipsis != NoPos)
        os_ << " ...";
      break;
    case NodeKind::EmptyStmt:
      if (cast<EmptyStmt>(n)->implicit)
        os_ << " implicit";
      break;
    case NodeKind::CaseClause:
      if (cast<CaseClause>(n)->list.empty())
        os_ << " default";
      break;
    case NodeKind::CommClause:
      if (!cast<CommClause>(n)->comm)
        os_ << " default";
      break;
    case NodeKind::TypeSpec:
      if (cast<TypeSpec>(n)->assign != NoPos)
        os_ << " =";
      break;
    default:
      break;
    }
  }

  void children(const Node *n) {
    switch (n->kind) {
    case NodeKind::Comment:
    case NodeKind::CommentGroup:
    case NodeKind::BadExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
    case NodeKind::BadDecl:
      break;
    case NodeKind::Field: {
      auto *x = cast<Field>(n);
      list("names", x->names);
      node("type", x->type);
      node("tag", x->tag);
      break;
    }
    case NodeKind::FieldList:
      list("list", cast<FieldList>(n)->list);
      break;
    case NodeKind::Ellipsis:
      node("elt", cast<Ellipsis>(n)->elt);
      break;
    case NodeKind::FuncLit:
      node("type", cast<FuncLit>(n)->type);
      node("body", cast<FuncLit>(n)->body);
      break;
    case NodeKind::CompositeLit:
      node("type", cast<CompositeLit>(n)->type);
      list("elts", cast<CompositeLit>(n)->elts);
      break;
    case NodeKind::ParenExpr:
      node("x", cast<ParenExpr>(n)->x);
      break;
    case NodeKind::SelectorExpr:
      node("x", cast<SelectorExpr>(n)->x);
      node("sel", cast<SelectorExpr>(n)->sel);
      break;
    case NodeKind::IndexExpr:
      node("x", cast<IndexExpr>(n)->x);
      node("index", cast<IndexExpr>(n)->index);
      break;
    case NodeKind::IndexListExpr:
      node("x", cast<IndexListExpr>(n)->x);
      list("indices", cast<IndexListExpr>(n)->indices);
      break;
    case NodeKind::SliceExpr: {
      auto *x = cast<SliceExpr>(n);
      node("x", x->x);
      node("low", x->low);
      node("high", x->high);
      node("max", x->max);
      break;
    }
    case NodeKind::TypeAssertExpr:
      node("x", cast<TypeAssertExpr>(n)->x);
      node("type", cast<TypeAssertExpr>(n)->type);
      break;
    case NodeKind::CallExpr:
      node("fun", cast<CallExpr>(n)->fun);
      list("args", cast<CallExpr>(n)->args);
      break;
    case NodeKind::StarExpr:
      node("x", cast<StarExpr>(n)->x);
      break;
    case NodeKind::UnaryExpr:
      node("x", cast<UnaryExpr>(n)->x);
      break;
    case NodeKind::BinaryExpr:
      node("x", cast<BinaryExpr>(n)->x);
      node("y", cast<BinaryExpr>(n)->y);
      break;
    case NodeKind::KeyValueExpr:
      node("key", cast<KeyValueExpr>(n)->key);
      node("value", cast<KeyValueExpr>(n)->value);
      break;
    case NodeKind::ArrayType:
      node("len", cast<ArrayType>(n)->len);
      node("elt", cast<ArrayType>(n)->elt);
      break;
    case NodeKind::StructType:
      node("fields", cast<StructType>(n)->fields);
      break;
    case NodeKind::FuncType:
      node("typeParams", cast<FuncType>(n)->typeParams);
      node("params", cast<FuncType>(n)->params);
      node("results", cast<FuncType>(n)->results);
      break;
    case NodeKind::InterfaceType:
      node("methods", cast<InterfaceType>(n)->methods);
      break;
    case NodeKind::MapType:
      node("key", cast<MapType>(n)->key);
      node("value", cast<MapType>(n)->value);
      break;
    case NodeKind::ChanType:
      node("value", cast<ChanType>(n)->value);
      break;
    case NodeKind::DeclStmt:
      node("decl", cast<DeclStmt>(n)->decl);
      break;
    case NodeKind::LabeledStmt:
      node("label", cast<LabeledStmt>(n)->label);
      node("stmt", cast<LabeledStmt>(n)->stmt);
      break;
    case NodeKind::ExprStmt:
      node("x", cast<ExprStmt>(n)->x);
      break;
    case NodeKind::SendStmt:
      node("chan", cast<SendStmt>(n)->chan);
      node("value", cast<SendStmt>(n)->value);
      break;
    case NodeKind::IncDecStmt:
      node("x", cast<IncDecStmt>(n)->x);
      break;
    case NodeKind::AssignStmt:
      list("lhs", cast<AssignStmt>(n)->lhs);
      list("rhs", cast<AssignStmt>(n)->rhs);
      break;
    case NodeKind::GoStmt:
      node("call", cast<GoStmt>(n)->call);
      break;
    case NodeKind::DeferStmt:
      node("call", cast<DeferStmt>(n)->call);
      break;
    case NodeKind::ReturnStmt:
      list("results", cast<ReturnStmt>(n)->results);
      break;
    case NodeKind::BranchStmt:
      node("label", cast<BranchStmt>(n)->label);
      break;
    case NodeKind::BlockStmt:
      list("list", cast<BlockStmt>(n)->list);
      break;
    case NodeKind::IfStmt: {
      auto *x = cast<IfStmt>(n);
      node("init", x->init);
      node("cond", x->cond);
      node("body", x->body);
      node("else", x->elseStmt);
      break;
    }
    case NodeKind::CaseClause:
      list("list", cast<CaseClause>(n)->list);
      list("body", cast<CaseClause>(n)->body);
      break;
    case NodeKind::SwitchStmt:
      node("init", cast<SwitchStmt>(n)->init);
      node("tag", cast<SwitchStmt>(n)->tag);
      node("body", cast<SwitchStmt>(n)->body);
      break;
    case NodeKind::TypeSwitchStmt:
      node("init", cast<TypeSwitchStmt>(n)->init);
      node("assign", cast<TypeSwitchStmt>(n)->assign);
      node("body", cast<TypeSwitchStmt>(n)->body);
      break;
    case NodeKind::CommClause:
      node("comm", cast<CommClause>(n)->comm);
      list("body", cast<CommClause>(n)->body);
      break;
    case NodeKind::SelectStmt:
      node("body", cast<SelectStmt>(n)->body);
      break;
    case NodeKind::ForStmt: {
      auto *x = cast<ForStmt>(n);
      node("init", x->init);
      node("cond", x->cond);
      node("post", x->post);
      node("body", x->body);
      break;
    }
    case NodeKind::RangeStmt: {
      auto *x = cast<RangeStmt>(n);
      node("key", x->key);
      node("value", x->value);
      node("x", x->x);
      node("body", x->body);
      break;
    }
    case NodeKind::ImportSpec:
      node("name", cast<ImportSpec>(n)->name);
      node("path", cast<ImportSpec>(n)->path);
      break;
    case NodeKind::ValueSpec: {
      auto *x = cast<ValueSpec>(n);
      list("names", x->names);
      node("type", x->type);
      list("values", x->values);
      break;
    }
    case NodeKind::TypeSpec: {
      auto *x = cast<TypeSpec>(n);
      node("name", x->name);
      node("typeParams", x->typeParams);
      node("type", x->type);
      break;
    }
    case NodeKind::GenDecl:
      list("specs", cast<GenDecl>(n)->specs);
      break;
    case NodeKind::FuncDecl: {
      auto *x = cast<FuncDecl>(n);
      node("recv", x->recv);
      node("name", x->name);
      node("type", x->type);
      node("body", x->body);
      break;
    }
    case NodeKind::File:
      node("name", cast<File>(n)->name);
      list("decls", cast<File>(n)->decls);
      break;
    }
  }

  const FileSet &fset_;
  std::ostream &os_;
  int depth_ = 0;
};

} // namespace

void dumpFile(const File *file, const FileSet &fset, std::ostream &os) {
  Dumper d(fset, os);
  d.node("file", file);
}

void dumpNode(const Node *node, const FileSet &fset, std::ostream &os) {
  Dumper d(fset, os);
  d.node("node", node);
}

} // namespace gocxx
