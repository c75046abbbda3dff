// One-line renderings of expressions for diagnostics, following gc's
// syntax.String (binary operators with single spaces, composite literal and
// function bodies elided as {…}).
#include "gocxx/frontend/exprstring.h"

namespace gocxx {

using namespace ast;

namespace {

void writeExpr(std::string &out, const Expr *x);

void writeList(std::string &out, const std::vector<Expr *> &list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i > 0)
      out += ", ";
    writeExpr(out, list[i]);
  }
}

void writeFieldList(std::string &out, const FieldList *fl, char open, char close) {
  out += open;
  if (fl) {
    for (size_t i = 0; i < fl->list.size(); i++) {
      const Field *f = fl->list[i];
      if (i > 0)
        out += ", ";
      for (size_t j = 0; j < f->names.size(); j++) {
        if (j > 0)
          out += ", ";
        out += f->names[j]->name;
      }
      if (!f->names.empty() && f->type)
        out += ' ';
      if (f->type)
        writeExpr(out, f->type);
    }
  }
  out += close;
}

void writeSignature(std::string &out, const FuncType *t) {
  if (t->typeParams)
    writeFieldList(out, t->typeParams, '[', ']');
  writeFieldList(out, t->params, '(', ')');
  if (!t->results || t->results->list.empty())
    return;
  out += ' ';
  const FieldList *r = t->results;
  if (r->list.size() == 1 && r->list[0]->names.empty()) {
    writeExpr(out, r->list[0]->type);
    return;
  }
  writeFieldList(out, r, '(', ')');
}

void writeExpr(std::string &out, const Expr *x) {
  if (!x) {
    out += "<nil>";
    return;
  }
  switch (x->kind) {
  case NodeKind::BadExpr:
    out += "BadExpr";
    break;
  case NodeKind::Ident:
    out += cast<Ident>(x)->name;
    break;
  case NodeKind::Ellipsis:
    out += "...";
    if (cast<Ellipsis>(x)->elt)
      writeExpr(out, cast<Ellipsis>(x)->elt);
    break;
  case NodeKind::BasicLit:
    out += cast<BasicLit>(x)->value;
    break;
  case NodeKind::FuncLit:
    out += "func";
    writeSignature(out, cast<FuncLit>(x)->type);
    out += " {…}";
    break;
  case NodeKind::CompositeLit: {
    auto *c = cast<CompositeLit>(x);
    if (c->type)
      writeExpr(out, c->type);
    out += c->elts.empty() ? "{}" : "{…}";
    break;
  }
  case NodeKind::ParenExpr:
    out += '(';
    writeExpr(out, cast<ParenExpr>(x)->x);
    out += ')';
    break;
  case NodeKind::SelectorExpr:
    writeExpr(out, cast<SelectorExpr>(x)->x);
    out += '.';
    out += cast<SelectorExpr>(x)->sel->name;
    break;
  case NodeKind::IndexExpr:
    writeExpr(out, cast<IndexExpr>(x)->x);
    out += '[';
    writeExpr(out, cast<IndexExpr>(x)->index);
    out += ']';
    break;
  case NodeKind::IndexListExpr:
    writeExpr(out, cast<IndexListExpr>(x)->x);
    out += '[';
    writeList(out, cast<IndexListExpr>(x)->indices);
    out += ']';
    break;
  case NodeKind::SliceExpr: {
    auto *s = cast<SliceExpr>(x);
    writeExpr(out, s->x);
    out += '[';
    if (s->low)
      writeExpr(out, s->low);
    out += ':';
    if (s->high)
      writeExpr(out, s->high);
    if (s->slice3) {
      out += ':';
      if (s->max)
        writeExpr(out, s->max);
    }
    out += ']';
    break;
  }
  case NodeKind::TypeAssertExpr: {
    auto *t = cast<TypeAssertExpr>(x);
    writeExpr(out, t->x);
    out += ".(";
    if (t->type)
      writeExpr(out, t->type);
    else
      out += "type";
    out += ')';
    break;
  }
  case NodeKind::CallExpr: {
    auto *c = cast<CallExpr>(x);
    writeExpr(out, c->fun);
    out += '(';
    writeList(out, c->args);
    if (c->ellipsis != NoPos)
      out += "...";
    out += ')';
    break;
  }
  case NodeKind::StarExpr:
    out += '*';
    writeExpr(out, cast<StarExpr>(x)->x);
    break;
  case NodeKind::UnaryExpr:
    out += tokenString(cast<UnaryExpr>(x)->op);
    writeExpr(out, cast<UnaryExpr>(x)->x);
    break;
  case NodeKind::BinaryExpr: {
    auto *b = cast<BinaryExpr>(x);
    writeExpr(out, b->x);
    out += ' ';
    out += tokenString(b->op);
    out += ' ';
    writeExpr(out, b->y);
    break;
  }
  case NodeKind::KeyValueExpr:
    writeExpr(out, cast<KeyValueExpr>(x)->key);
    out += ": ";
    writeExpr(out, cast<KeyValueExpr>(x)->value);
    break;
  case NodeKind::ArrayType: {
    auto *a = cast<ArrayType>(x);
    out += '[';
    if (a->len)
      writeExpr(out, a->len);
    out += ']';
    writeExpr(out, a->elt);
    break;
  }
  case NodeKind::StructType:
    out += "struct{";
    if (auto *fl = cast<StructType>(x)->fields) {
      for (size_t i = 0; i < fl->list.size(); i++) {
        if (i > 0)
          out += "; ";
        const Field *f = fl->list[i];
        for (size_t j = 0; j < f->names.size(); j++) {
          if (j > 0)
            out += ", ";
          out += f->names[j]->name;
        }
        if (!f->names.empty())
          out += ' ';
        writeExpr(out, f->type);
      }
    }
    out += '}';
    break;
  case NodeKind::FuncType:
    out += "func";
    writeSignature(out, cast<FuncType>(x));
    break;
  case NodeKind::InterfaceType: {
    auto *it = cast<InterfaceType>(x);
    out += "interface{";
    if (it->methods) {
      for (size_t i = 0; i < it->methods->list.size(); i++) {
        if (i > 0)
          out += "; ";
        const Field *f = it->methods->list[i];
        if (!f->names.empty()) {
          out += f->names[0]->name;
          if (auto *ft = dyn_cast<FuncType>(f->type))
            writeSignature(out, ft);
        } else {
          writeExpr(out, f->type);
        }
      }
    }
    out += '}';
    break;
  }
  case NodeKind::MapType:
    out += "map[";
    writeExpr(out, cast<MapType>(x)->key);
    out += ']';
    writeExpr(out, cast<MapType>(x)->value);
    break;
  case NodeKind::ChanType: {
    auto *c = cast<ChanType>(x);
    if (c->dir == RECV)
      out += "<-chan ";
    else if (c->dir == SEND)
      out += "chan<- ";
    else
      out += "chan ";
    writeExpr(out, c->value);
    break;
  }
  default:
    out += nodeKindName(x->kind);
    break;
  }
}

} // namespace

std::string exprString(const Expr *x) {
  std::string out;
  writeExpr(out, x);
  return out;
}

std::string stmtString(const Stmt *s) {
  std::string out;
  if (!s)
    return out;
  switch (s->kind) {
  case NodeKind::ExprStmt:
    writeExpr(out, cast<ExprStmt>(s)->x);
    break;
  case NodeKind::SendStmt:
    writeExpr(out, cast<SendStmt>(s)->chan);
    out += " <- ";
    writeExpr(out, cast<SendStmt>(s)->value);
    break;
  case NodeKind::IncDecStmt:
    writeExpr(out, cast<IncDecStmt>(s)->x);
    out += tokenString(cast<IncDecStmt>(s)->tok);
    break;
  case NodeKind::AssignStmt: {
    auto *a = cast<AssignStmt>(s);
    writeList(out, a->lhs);
    out += ' ';
    out += tokenString(a->tok);
    out += ' ';
    writeList(out, a->rhs);
    break;
  }
  case NodeKind::RangeStmt: {
    auto *r = cast<RangeStmt>(s);
    if (r->key) {
      writeExpr(out, r->key);
      if (r->value) {
        out += ", ";
        writeExpr(out, r->value);
      }
      out += ' ';
      out += tokenString(r->tok);
      out += ' ';
    }
    out += "range ";
    writeExpr(out, r->x);
    break;
  }
  default:
    out += nodeKindName(s->kind);
    break;
  }
  return out;
}

} // namespace gocxx
