// Escape analysis (see escape.h): one flow graph per declared function, its
// function literals included. Locations are the function's variables, its
// frame-eligible allocations and the heap; the walk from each location as a
// root finds what reaches it after how many dereferences (gc's walkOne).
#include "escape.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <sstream>

#include "gocxx/frontend/types/sizes.h"
#include "gocxx/frontend/types/type.h"

namespace gocxx::codegen {

using namespace types;
using gocxx::ast::dyn_cast;

bool pointerFree(Type *t) {
  Type *u = underlying(t);
  switch (u->kind) {
  case TypeKind::Basic:
    return !isString(u) && cast<Basic>(u)->basicKind != BasicKind::UnsafePointer;
  case TypeKind::Array:
    return pointerFree(cast<Array>(u)->elem);
  case TypeKind::Struct:
    for (Var *f : cast<Struct>(u)->fields)
      if (!pointerFree(f->type))
        return false;
    return true;
  default:
    return false;
  }
}

namespace {
// The prefix of the header lines that carry a package's tags.
constexpr std::string_view tagLine = "//escape-tags ";

bool nestedIn(const Scope *inner, const Scope *outer) {
  for (const Scope *s = inner; s; s = s->parent)
    if (s == outer)
      return true;
  return false;
}

const ast::Expr *unparen(const ast::Expr *e) { return ast::unparen(const_cast<ast::Expr *>(e)); }
} // namespace

class EscapeAnalysis::Graph {
public:
  Graph(EscapeAnalysis &ea) : ea_(ea), info_(ea.info_) {
    locs_.resize(2); // the heap, and the function's results
    locs_[0].escapes = true;
  }

  void function(const Func *fn, const ast::FuncDecl *fd) {
    Signature *sig = fn->signature();
    int index = 0;
    auto param = [&](Var *p) {
      if (p && !p->name.empty() && p->name != "_")
        locOf(p).param = index;
      ++index;
    };
    if (sig->recv)
      param(sig->recv);
    for (Var *p : sig->params->vars)
      param(p);
    body(sig, fd->body);
    walkAll();
    std::vector<int> tags(2 * index, -1);
    for (Loc &l : locs_)
      if (l.param >= 0) {
        tags[2 * l.param] = giveUp_ || l.escapes ? 0 : l.leak == INT_MAX ? -1 : l.leak;
        tags[2 * l.param + 1] = l.resultLeak == INT_MAX ? -1 : l.resultLeak;
      }
    if (std::string k = key(fn); !k.empty())
      ea_.tags_[k] = tags;
    if (giveUp_)
      return;
    for (Loc &l : locs_) {
      if (l.escapes)
        continue;
      if (l.var && l.var->captured)
        ea_.stackVars_.insert(l.var);
      if (l.site)
        ea_.stackSites_.insert(l.site);
    }
  }

private:
  struct Loc {
    const Var *var = nullptr;
    const ast::Expr *site = nullptr;
    const Scope *scope = nullptr; // lifetime; nullptr: the heap
    bool statement = false;       // a site that lives for its statement only
    int param = -1;               // index among the tags
    bool escapes = false;
    std::vector<std::pair<int, int>> in; // (source, derefs): this = derefs(source)
    // The walk from one root.
    unsigned gen = 0;
    int derefs = 0;
    int leak = INT_MAX;       // a parameter: fewest dereferences to the heap
    int resultLeak = INT_MAX; // and to the function's results
    bool queued = false;
  };
  // Where a value goes: location loc (-1: nowhere that matters) after derefs
  // dereferences of it.
  struct Hole {
    int loc;
    int derefs;
    Hole deref() const { return {loc, derefs + 1}; }
  };
  static constexpr Hole discard{-1, 0};
  static constexpr Hole heap{0, 0};
  static constexpr Hole results{1, 0}; // what the declared function returns

  int loc(const Var *v) {
    auto it = varLocs_.find(v);
    if (it != varLocs_.end())
      return it->second;
    locs_.emplace_back();
    locs_.back().var = v;
    locs_.back().scope = v->parent;
    return varLocs_[v] = int(locs_.size() - 1);
  }
  Loc &locOf(const Var *v) { return locs_[loc(v)]; }

  // The value of location src flows to k, after `extra` more dereferences
  // (-1: its address).
  void flow(Hole k, int src, int extra) {
    if (k.loc < 0)
      return;
    locs_[k.loc].in.push_back({src, k.derefs + extra});
  }

  Type *typeOf(const ast::Expr *e) const {
    auto *tv = info_.typeOf(e);
    return tv ? tv->type : nullptr;
  }
  const Var *localVar(const ast::Expr *e) const {
    auto *id = dyn_cast<ast::Ident>(unparen(e));
    auto *v = id ? dyn_cast<Var>(info_.objectOf(id)) : nullptr;
    return v && !v->isGlobal && !v->isField ? v : nullptr;
  }

  // --- statements

  // A declared function's results outlive its frame, and what flows there
  // flows to its caller (the tags' second half); a literal's results are
  // taken to reach the heap.
  void body(Signature *sig, const ast::BlockStmt *b) {
    for (Var *r : sig->results->vars)
      if (!r->name.empty() && r->name != "_")
        flow(returned(), loc(r), 0);
    if (b)
      stmts(b->list);
  }
  Hole returned() const { return literals_ ? heap : results; }

  void stmts(const std::vector<ast::Stmt *> &list) {
    for (const ast::Stmt *s : list)
      stmt(s);
  }

  void stmt(const ast::Stmt *s) {
    if (!s)
      return;
    switch (s->kind) {
    case ast::NodeKind::BlockStmt:
      stmts(cast<ast::BlockStmt>(s)->list);
      return;
    case ast::NodeKind::ExprStmt:
      expr(discard, cast<ast::ExprStmt>(s)->x);
      return;
    case ast::NodeKind::AssignStmt:
      assign(cast<ast::AssignStmt>(s));
      return;
    case ast::NodeKind::DeclStmt: {
      auto *gd = dyn_cast<ast::GenDecl>(cast<ast::DeclStmt>(s)->decl);
      if (!gd || gd->tok != Token::VAR)
        return;
      for (ast::Spec *sp : gd->specs) {
        auto *vs = cast<ast::ValueSpec>(sp);
        if (vs->values.size() == vs->names.size()) {
          for (size_t i = 0; i < vs->names.size(); ++i)
            define(info_.objectOf(vs->names[i]), vs->values[i]);
        } else if (!vs->values.empty()) {
          std::vector<Hole> holes;
          for (ast::Ident *n : vs->names) {
            auto *v = dyn_cast<Var>(info_.objectOf(n));
            holes.push_back(v && n->name != "_" ? Hole{loc(v), 0} : discard);
          }
          multiValue(holes, vs->values[0]);
        }
      }
      return;
    }
    case ast::NodeKind::IncDecStmt:
      target(cast<ast::IncDecStmt>(s)->x);
      return;
    case ast::NodeKind::SendStmt: {
      auto *ss = cast<ast::SendStmt>(s);
      expr(discard, ss->chan);
      expr(heap, ss->value);
      return;
    }
    case ast::NodeKind::GoStmt:
      leakingCall(cast<ast::GoStmt>(s)->call);
      return;
    case ast::NodeKind::DeferStmt:
      leakingCall(cast<ast::DeferStmt>(s)->call);
      return;
    case ast::NodeKind::ReturnStmt:
      for (ast::Expr *r : cast<ast::ReturnStmt>(s)->results)
        expr(returned(), r);
      return;
    case ast::NodeKind::BranchStmt:
      giveUp_ |= cast<ast::BranchStmt>(s)->tok == Token::GOTO;
      return;
    case ast::NodeKind::LabeledStmt:
      stmt(cast<ast::LabeledStmt>(s)->stmt);
      return;
    case ast::NodeKind::IfStmt: {
      auto *is = cast<ast::IfStmt>(s);
      stmt(is->init);
      expr(discard, is->cond);
      stmt(is->body);
      stmt(is->elseStmt);
      return;
    }
    case ast::NodeKind::ForStmt: {
      auto *fs = cast<ast::ForStmt>(s);
      stmt(fs->init);
      expr(discard, fs->cond);
      stmt(fs->post);
      stmt(fs->body);
      return;
    }
    case ast::NodeKind::RangeStmt:
      range(cast<ast::RangeStmt>(s));
      return;
    case ast::NodeKind::SwitchStmt: {
      auto *ss = cast<ast::SwitchStmt>(s);
      stmt(ss->init);
      expr(discard, ss->tag);
      stmt(ss->body);
      return;
    }
    case ast::NodeKind::TypeSwitchStmt: {
      // Each clause's variable holds the operand's dynamic value.
      auto *ts = cast<ast::TypeSwitchStmt>(s);
      stmt(ts->init);
      auto *as = dyn_cast<ast::AssignStmt>(ts->assign);
      if (!as) {
        stmt(ts->assign);
        stmt(ts->body);
        return;
      }
      for (ast::Stmt *c : ts->body->list) {
        auto it = info_.implicits.find(c);
        auto *v = it == info_.implicits.end() ? nullptr : dyn_cast<Var>(it->second);
        for (ast::Expr *r : as->rhs)
          expr(v ? Hole{loc(v), 0} : discard, r);
      }
      stmt(ts->body);
      return;
    }
    case ast::NodeKind::CaseClause: {
      // A case's expressions are emitted inside the if-else chain, where no
      // buffer can be declared.
      auto *cc = cast<ast::CaseClause>(s);
      ++inlineOnly_;
      for (ast::Expr *e : cc->list)
        expr(discard, e);
      --inlineOnly_;
      stmts(cc->body);
      return;
    }
    case ast::NodeKind::SelectStmt:
      stmt(cast<ast::SelectStmt>(s)->body);
      return;
    case ast::NodeKind::CommClause: {
      auto *cc = cast<ast::CommClause>(s);
      ++inlineOnly_;
      if (auto *as = dyn_cast<ast::AssignStmt>(cc->comm)) {
        // A receive: the value comes from the channel, not from here.
        for (ast::Expr *r : as->rhs)
          expr(discard, r);
        for (ast::Expr *l : as->lhs)
          target(l);
      } else {
        stmt(cc->comm);
      }
      --inlineOnly_;
      stmts(cc->body);
      return;
    }
    case ast::NodeKind::EmptyStmt:
    case ast::NodeKind::BadStmt:
      return;
    default:
      // A statement this analysis does not know: give up on the function.
      giveUp_ = true;
      return;
    }
  }

  // v := value, var v = value: a new(T) or &T{...} here is an allocation
  // that may stay in the frame, with v's lifetime.
  void define(Object *obj, const ast::Expr *value) {
    auto *v = dyn_cast<Var>(obj);
    if (!v || v->name == "_") {
      expr(discard, value);
      return;
    }
    const ast::Expr *site = allocation(value);
    if (!site) {
      expr(Hole{loc(v), 0}, value);
      return;
    }
    int s = newSite(site, v->parent);
    if (auto *lit = dyn_cast<ast::CompositeLit>(site))
      compositeElements(Hole{s, 0}, lit);
    else if (buffered(cast<ast::CallExpr>(site)))
      expr(discard, cast<ast::CallExpr>(site)->args[0]);
    flow(Hole{loc(v), 0}, s, -1);
  }

  // The location of an allocation site: one per site, however many times
  // its expression is evaluated (a call's argument is, once for each place
  // the callee's tags send it).
  int newSite(const ast::Expr *site, const Scope *scope) {
    if (auto it = siteLocs_.find(site); it != siteLocs_.end())
      return it->second;
    locs_.emplace_back();
    locs_.back().site = site;
    locs_.back().scope = scope;
    locs_.back().statement = !scope;
    return siteLocs_[site] = int(locs_.size() - 1);
  }

  // Whether c is a conversion that may write its result into a buffer in
  // the frame (gc's tmpBuf): string(r), string(b) and []byte(s), where no
  // type parameter decides what it does, and where the emitted statement
  // can declare the buffer just before itself (not in a case's list).
  bool buffered(const ast::CallExpr *c) const {
    if (inlineOnly_ || c->args.size() != 1)
      return false;
    auto *ftv = info_.typeOf(c->fun);
    auto *xtv = info_.typeOf(c->args[0]);
    auto *ctv = info_.typeOf(c);
    if (!ftv || ftv->mode != Mode::TypeExpr || !xtv || !ctv || ctv->mode == Mode::Constant)
      return false;
    Type *to = ftv->type, *from = xtv->type;
    if (isa<TypeParam>(to) || isa<TypeParam>(from))
      return false;
    if (isString(to))
      return isInteger(from) || isByteSlice(from);
    return isByteSlice(to) && isString(from);
  }

  // The allocation a value is, if it is new(T) or &T{...} of a struct or
  // array type: the call, or the composite literal.
  const ast::Expr *allocation(const ast::Expr *value) const {
    value = unparen(value);
    if (auto *u = dyn_cast<ast::UnaryExpr>(value); u && u->op == Token::AND) {
      auto *lit = dyn_cast<ast::CompositeLit>(unparen(u->x));
      Type *t = lit ? typeOf(lit) : nullptr;
      if (t && (isa<Struct>(underlying(t)) || isa<Array>(underlying(t))))
        return lit;
      return nullptr;
    }
    if (auto *call = dyn_cast<ast::CallExpr>(value); call && call->args.size() == 1) {
      if (auto *id = dyn_cast<ast::Ident>(unparen(call->fun)))
        if (auto *b = dyn_cast<Builtin>(info_.objectOf(id)); b && b->id == BuiltinId::New)
          return call;
      if (buffered(call))
        return call;
    }
    return nullptr;
  }

  void assign(const ast::AssignStmt *s) {
    bool define = s->tok == Token::DEFINE;
    if (s->tok != Token::ASSIGN && !define) { // x op= y
      Hole t = target(s->lhs[0]);
      // s += t is t itself when s is empty.
      Type *lt = typeOf(s->lhs[0]);
      bool concat = s->tok == Token::ADD_ASSIGN && lt && isString(underlying(lt));
      expr(concat ? t : discard, s->rhs[0]);
      return;
    }
    if (s->lhs.size() != s->rhs.size()) { // a, b = f() and the comma-ok forms
      std::vector<Hole> holes;
      for (ast::Expr *l : s->lhs)
        holes.push_back(target(l));
      multiValue(holes, s->rhs[0]);
      return;
    }
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      // x.buf = x.buf[a:b] stores nothing new in x (gc's isSelfAssign).
      if (auto *sl = dyn_cast<ast::SliceExpr>(unparen(s->rhs[i]));
          sl && !localVar(s->lhs[i]) && sameLocation(s->lhs[i], sl->x)) {
        target(s->lhs[i]);
        expr(discard, sl->low);
        expr(discard, sl->high);
        expr(discard, sl->max);
        continue;
      }
      if (define && s->lhs.size() == 1)
        if (auto *id = dyn_cast<ast::Ident>(s->lhs[0]); id && info_.defs.count(id)) {
          this->define(info_.objectOf(id), s->rhs[0]);
          continue;
        }
      expr(target(s->lhs[i]), s->rhs[i]);
    }
  }

  // Whether a and b denote the same variable or field (x, x.f, p.f, *p).
  bool sameLocation(const ast::Expr *a, const ast::Expr *b) const {
    a = unparen(a);
    b = unparen(b);
    if (a->kind != b->kind)
      return false;
    if (auto *ia = dyn_cast<ast::Ident>(a))
      return info_.objectOf(ia) && info_.objectOf(ia) == info_.objectOf(cast<ast::Ident>(b));
    if (auto *sa = dyn_cast<ast::SelectorExpr>(a)) {
      auto *sb = cast<ast::SelectorExpr>(b);
      return sa->sel->name == sb->sel->name && sameLocation(sa->x, sb->x);
    }
    if (auto *pa = dyn_cast<ast::StarExpr>(a))
      return sameLocation(pa->x, cast<ast::StarExpr>(b)->x);
    return false;
  }

  // a, b = f(...): each result may hold what f returns of its arguments, so
  // the call flows to each variable (evaluated once per hole: the graph only
  // gains the same edges again). The comma-ok forms give their value to the
  // first.
  void multiValue(const std::vector<Hole> &holes, const ast::Expr *rhs) {
    if (!isa<ast::CallExpr>(unparen(rhs))) {
      expr(holes.empty() ? discard : holes[0], rhs);
      return;
    }
    bool any = false;
    for (Hole h : holes)
      if (h.loc >= 0) {
        expr(h, rhs);
        any = true;
      }
    if (!any)
      expr(discard, rhs);
  }

  // The hole of an assignment's left side; evaluates its operands.
  Hole target(const ast::Expr *lhs) {
    lhs = unparen(lhs);
    if (auto *id = dyn_cast<ast::Ident>(lhs)) {
      if (id->name == "_")
        return discard;
      if (const Var *v = localVar(id))
        return Hole{loc(v), 0};
      return heap; // a package variable
    }
    if (auto *se = dyn_cast<ast::SelectorExpr>(lhs)) {
      auto it = info_.selections.find(se);
      if (it != info_.selections.end() && it->second.kind == SelectionKind::FieldVal &&
          !it->second.indirect && !isa<Pointer>(underlying(typeOf(se->x))))
        return target(se->x); // a field of a struct value: the value's location
      expr(discard, se->x);
      return heap;
    }
    if (auto *ix = dyn_cast<ast::IndexExpr>(lhs)) {
      Type *xt = typeOf(ix->x);
      if (xt && isa<Array>(underlying(xt))) {
        expr(discard, ix->index);
        return target(ix->x);
      }
      expr(discard, ix->x);
      expr(xt && isa<Map>(underlying(xt)) ? heap : discard, ix->index);
      return heap;
    }
    if (auto *st = dyn_cast<ast::StarExpr>(lhs)) {
      expr(discard, st->x);
      return heap;
    }
    expr(discard, lhs);
    return heap;
  }

  void range(const ast::RangeStmt *s) {
    Type *xt = typeOf(s->x);
    Type *u = xt ? underlying(xt) : nullptr;
    if (auto *tp = xt ? coreType(xt) : nullptr)
      u = tp;
    // The value variable gets the elements: the array's own value, or the
    // contents of a slice or of a pointed-to array.
    auto *valueId = s->value ? dyn_cast<ast::Ident>(s->value) : nullptr;
    Hole vk = discard;
    if (s->value)
      vk = s->tok != Token::DEFINE ? target(s->value)
           : valueId && dyn_cast<Var>(info_.objectOf(valueId))
               ? Hole{loc(cast<Var>(info_.objectOf(valueId))), 0}
               : discard;
    if (s->key && s->tok != Token::DEFINE)
      target(s->key);
    if (u && isa<Array>(u))
      expr(vk, s->x);
    else if (u && (isa<Slice>(u) || isa<Pointer>(u)))
      expr(vk.deref(), s->x);
    else
      expr(discard, s->x); // maps and channels hold heap values; strings give runes
    stmt(s->body);
  }

  // go f(x), defer f(x): the call outlives the statement, so its operands
  // go to the heap.
  void leakingCall(const ast::CallExpr *call) {
    const ast::Expr *fun = unparen(call->fun);
    if (auto *se = dyn_cast<ast::SelectorExpr>(fun)) {
      auto it = info_.selections.find(se);
      if (it != info_.selections.end() && it->second.kind == SelectionKind::MethodVal) {
        receiver(heap, se, it->second);
        fun = nullptr;
      }
    }
    if (fun)
      expr(heap, fun);
    for (ast::Expr *a : call->args)
      expr(heap, a);
  }

  // --- expressions

  // Evaluates e, its value flowing to k.
  void expr(Hole k, const ast::Expr *e) {
    if (!e)
      return;
    if (auto *tv = info_.typeOf(e)) {
      if (tv->mode == Mode::TypeExpr || tv->mode == Mode::Constant)
        return;
      if (tv->type && !isa<Tuple>(tv->type) && pointerFree(tv->type))
        k = discard;
    }
    switch (e->kind) {
    case ast::NodeKind::Ident:
      if (const Var *v = localVar(e))
        flow(k, loc(v), 0);
      return;
    case ast::NodeKind::BasicLit:
      return;
    case ast::NodeKind::FuncLit: {
      // A closure: what it captures lives on the heap (it may outlive the
      // frame); its body is analysed with the function.
      auto *lit = cast<ast::FuncLit>(e);
      auto it = info_.captures.find(lit);
      if (it != info_.captures.end())
        for (Var *v : it->second) {
          if (ea_.byValue(v))
            flow(heap, loc(v), 0); // a copy in the closure
          else
            locOf(v).escapes = true;
        }
      if (auto *sig = dyn_cast<Signature>(typeOf(lit))) {
        ++literals_;
        body(sig, lit->body);
        --literals_;
      }
      return;
    }
    case ast::NodeKind::CompositeLit: {
      auto *lit = cast<ast::CompositeLit>(e);
      Type *t = typeOf(lit);
      Type *u = t ? coreType(t) : nullptr;
      if (!u && t)
        u = underlying(t);
      // A struct or array value holds its elements; slices and maps keep
      // theirs in heap storage.
      compositeElements(u && (isa<Struct>(u) || isa<Array>(u)) ? k : heap, lit);
      return;
    }
    case ast::NodeKind::ParenExpr:
      expr(k, cast<ast::ParenExpr>(e)->x);
      return;
    case ast::NodeKind::SelectorExpr:
      selector(k, cast<ast::SelectorExpr>(e));
      return;
    case ast::NodeKind::IndexExpr: {
      auto *ix = cast<ast::IndexExpr>(e);
      Type *xt = typeOf(ix->x);
      Type *u = xt ? coreType(xt) : nullptr;
      if (!u && xt)
        u = underlying(xt);
      if (xt && isa<Signature>(underlying(xt)))
        return; // an instantiation
      expr(discard, ix->index);
      if (u && isa<Array>(u))
        expr(k, ix->x);
      else if (u && (isa<Slice>(u) || isa<Pointer>(u)))
        expr(k.deref(), ix->x);
      else
        expr(discard, ix->x); // maps hold heap values; strings give bytes
      return;
    }
    case ast::NodeKind::IndexListExpr:
      return; // an instantiation
    case ast::NodeKind::SliceExpr: {
      auto *se = cast<ast::SliceExpr>(e);
      expr(discard, se->low);
      expr(discard, se->high);
      expr(discard, se->max);
      Type *xt = typeOf(se->x);
      if (xt && isa<Array>(underlying(xt)))
        address(k, se->x);
      else
        expr(k, se->x);
      return;
    }
    case ast::NodeKind::TypeAssertExpr:
      expr(k, cast<ast::TypeAssertExpr>(e)->x);
      return;
    case ast::NodeKind::CallExpr:
      call(k, cast<ast::CallExpr>(e));
      return;
    case ast::NodeKind::StarExpr:
      expr(k.deref(), cast<ast::StarExpr>(e)->x);
      return;
    case ast::NodeKind::UnaryExpr: {
      auto *u = cast<ast::UnaryExpr>(e);
      if (u->op == Token::AND) {
        if (auto *lit = dyn_cast<ast::CompositeLit>(unparen(u->x)))
          compositeElements(heap, lit); // not a frame allocation: see define
        else
          address(k, u->x);
        return;
      }
      expr(discard, u->x);
      return;
    }
    case ast::NodeKind::BinaryExpr: {
      // s + t is s itself when t is empty (and t when s is).
      auto *b = cast<ast::BinaryExpr>(e);
      Type *t = typeOf(b);
      Hole operands = b->op == Token::ADD && t && isString(underlying(t)) ? k : discard;
      expr(operands, b->x);
      expr(operands, b->y);
      return;
    }
    case ast::NodeKind::KeyValueExpr: {
      auto *kv = cast<ast::KeyValueExpr>(e);
      expr(heap, kv->key);
      expr(heap, kv->value);
      return;
    }
    default:
      return; // types
    }
  }

  void compositeElements(Hole k, const ast::CompositeLit *lit) {
    Type *t = typeOf(lit);
    bool keyed = t && isa<Map>(underlying(t));
    for (ast::Expr *el : lit->elts) {
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(el)) {
        if (keyed)
          expr(heap, kv->key);
        compositeValue(k, kv->value);
      } else {
        compositeValue(k, el);
      }
    }
  }
  // An element whose type is elided (&T{...} and T{...} inside another
  // literal) is a value of its own.
  void compositeValue(Hole k, const ast::Expr *v) {
    if (auto *lit = dyn_cast<ast::CompositeLit>(v); lit && !lit->type) {
      Type *t = typeOf(lit);
      if (t && isa<Pointer>(underlying(t))) {
        compositeElements(heap, lit);
        return;
      }
    }
    expr(k, v);
  }

  void selector(Hole k, const ast::SelectorExpr *se) {
    auto it = info_.selections.find(se);
    if (it == info_.selections.end())
      return; // a qualified identifier: a package's variable or function
    const Selection &sel = it->second;
    switch (sel.kind) {
    case SelectionKind::FieldVal:
      if (sel.indirect || isa<Pointer>(underlying(typeOf(se->x))))
        expr(k.deref(), se->x);
      else
        expr(k, se->x);
      return;
    case SelectionKind::MethodVal:
      receiver(heap, se, sel); // a method value holds its receiver
      return;
    case SelectionKind::MethodExpr:
    case SelectionKind::Qualified:
      return;
    }
  }

  // The receiver of method value or call se, flowing to k.
  void receiver(Hole k, const ast::SelectorExpr *se, const Selection &sel) {
    auto *m = dyn_cast<Func>(sel.obj);
    Var *recv = m ? m->signature()->recv : nullptr;
    bool ptrRecv = recv && isa<Pointer>(recv->type);
    bool xPtr = isa<Pointer>(underlying(typeOf(se->x)));
    if (ptrRecv && !xPtr && !sel.indirect)
      address(k, se->x);
    else if (!ptrRecv && xPtr)
      expr(k.deref(), se->x);
    else
      expr(k, se->x);
  }

  // The address of e flows to k.
  void address(Hole k, const ast::Expr *e) {
    e = unparen(e);
    if (auto *id = dyn_cast<ast::Ident>(e)) {
      if (const Var *v = localVar(id))
        flow(k, loc(v), -1);
      return; // a package variable: on the heap already
    }
    if (auto *se = dyn_cast<ast::SelectorExpr>(e)) {
      auto it = info_.selections.find(se);
      if (it == info_.selections.end())
        return; // pkg.Var
      if (it->second.kind == SelectionKind::FieldVal && !it->second.indirect &&
          !isa<Pointer>(underlying(typeOf(se->x))))
        address(k, se->x);
      else
        expr(k, se->x);
      return;
    }
    if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
      expr(discard, ix->index);
      Type *xt = typeOf(ix->x);
      if (xt && isa<Array>(underlying(xt)))
        address(k, ix->x);
      else
        expr(k, ix->x);
      return;
    }
    if (auto *st = dyn_cast<ast::StarExpr>(e)) {
      expr(k, st->x);
      return;
    }
    expr(heap, e);
  }

  void call(Hole k, const ast::CallExpr *c) {
    const ast::Expr *fun = unparen(c->fun);
    auto *ftv = info_.typeOf(fun);
    if (ftv && ftv->mode == Mode::TypeExpr) {
      conversion(k, ftv->type, c);
      return;
    }
    if (auto *id = dyn_cast<ast::Ident>(fun))
      if (auto *b = dyn_cast<Builtin>(info_.objectOf(id))) {
        builtin(k, b->id, c);
        return;
      }
    if (auto *se = dyn_cast<ast::SelectorExpr>(fun))
      if (auto *b = dyn_cast<Builtin>(info_.objectOf(se->sel))) {
        builtin(k, b->id, c); // unsafe.Add, unsafe.Slice
        return;
      }
    // A static callee, and its receiver.
    const Func *fn = nullptr;
    const ast::SelectorExpr *method = nullptr;
    const Selection *sel = nullptr;
    const ast::Expr *callee = fun;
    if (auto *ix = dyn_cast<ast::IndexExpr>(callee))
      callee = unparen(ix->x);
    else if (auto *il = dyn_cast<ast::IndexListExpr>(callee))
      callee = unparen(il->x);
    if (auto *id = dyn_cast<ast::Ident>(callee)) {
      fn = dyn_cast<Func>(info_.objectOf(id));
    } else if (auto *se = dyn_cast<ast::SelectorExpr>(callee)) {
      auto it = info_.selections.find(se);
      if (it == info_.selections.end() || it->second.kind == SelectionKind::Qualified) {
        fn = dyn_cast<Func>(info_.objectOf(se->sel)); // pkg.F
      } else if (it->second.kind == SelectionKind::MethodVal) {
        method = se;
        sel = &it->second;
        fn = dyn_cast<Func>(sel->obj);
        Type *xt = typeOf(se->x);
        // Interface methods and methods of type parameters are dynamic.
        if (!xt || isInterface(xt) || isa<TypeParam>(xt) ||
            (isa<Pointer>(xt) && isa<TypeParam>(cast<Pointer>(xt)->elem)))
          fn = nullptr;
        if (fn && fn->signature()->recv && isInterface(fn->signature()->recv->type))
          fn = nullptr;
      }
    }
    const std::vector<int> *tags = fn ? ea_.tagsOf(fn) : nullptr;
    // Argument i goes to the heap and to the call's value, each after the
    // tags' dereferences (unknown: to the heap as it is).
    auto pass = [&](size_t i, const std::function<void(Hole)> &eval) {
      if (!tags || 2 * i + 1 >= tags->size()) {
        eval(heap);
        return;
      }
      int h = (*tags)[2 * i], r = (*tags)[2 * i + 1];
      if (h < 0 && (r < 0 || k.loc < 0)) {
        eval(discard);
        return;
      }
      if (h >= 0)
        eval(Hole{0, h});
      if (r >= 0 && k.loc >= 0)
        eval(Hole{k.loc, k.derefs + r});
    };
    size_t first = 0;
    if (method) {
      pass(0, [&](Hole h) { receiver(h, method, *sel); });
      first = 1;
    } else if (!fn) {
      expr(discard, fun); // calling a func value does not leak it
    }
    Signature *sig = fn ? fn->signature() : dyn_cast<Signature>(coreType(typeOf(fun)));
    size_t fixed = sig ? sig->params->vars.size() : 0;
    bool spread = c->ellipsis != NoPos;
    if (c->args.size() == 1 && isTuple(c->args[0])) {
      expr(heap, c->args[0]); // f(g()): g's results may hold g's arguments
      return;
    }
    int packed = -1; // the new slice that holds the variadic arguments
    for (size_t i = 0; i < c->args.size(); ++i) {
      if (!sig || !sig->variadic || spread || i + 1 < fixed) {
        pass(first + std::min(i, fixed ? fixed - 1 : 0), [&](Hole h) { expr(h, c->args[i]); });
        continue;
      }
      // The variadic parameter's arguments are stored in a new slice: an
      // allocation that may stay in the frame for the call's statement.
      if (inlineOnly_) {
        expr(heap, c->args[i]);
        continue;
      }
      if (packed < 0) {
        packed = newSite(c, nullptr);
        pass(first + fixed - 1, [&](Hole h) { flow(h, packed, -1); });
      }
      expr(Hole{packed, 0}, c->args[i]);
    }
  }

  bool isTuple(const ast::Expr *e) const {
    Type *t = typeOf(e);
    return t && isa<Tuple>(t);
  }

  void conversion(Hole k, Type *to, const ast::CallExpr *c) {
    const ast::Expr *x = c->args.empty() ? nullptr : c->args[0];
    if (!x)
      return;
    Type *from = typeOf(x);
    Type *tu = underlying(to);
    if (isInterface(to) || isa<TypeParam>(to)) {
      expr(heap, x); // boxed
      return;
    }
    if (isString(tu) && from && isString(underlying(from))) {
      expr(k, x); // the same bytes
      return;
    }
    if (buffered(c)) { // the result's bytes are the site's
      expr(discard, x);
      flow(k, newSite(c, nullptr), -1);
      return;
    }
    // To and from strings copies; uintptr(p) keeps no pointer (as in gc).
    if (isString(tu) || (from && isString(underlying(from))) ||
        (isa<Basic>(tu) && cast<Basic>(tu)->basicKind != BasicKind::UnsafePointer)) {
      expr(discard, x);
      return;
    }
    expr(k, x);
  }

  void builtin(Hole k, BuiltinId id, const ast::CallExpr *c) {
    auto arg = [&](size_t i) { return i < c->args.size() ? c->args[i] : nullptr; };
    switch (id) {
    case BuiltinId::Append: {
      expr(k, arg(0)); // the result may be the same array
      bool spread = c->ellipsis != NoPos;
      for (size_t i = 1; i < c->args.size(); ++i)
        expr(spread ? heap.deref() : heap, c->args[i]);
      return;
    }
    case BuiltinId::Copy:
      expr(discard, arg(0));
      expr(heap.deref(), arg(1));
      return;
    case BuiltinId::Panic:
      expr(heap, arg(0));
      return;
    case BuiltinId::New:
      return; // not a frame allocation (see define): on the heap
    case BuiltinId::Add:
    case BuiltinId::Slice:
      expr(k, arg(0));
      expr(discard, arg(1));
      return;
    case BuiltinId::Cap:
    case BuiltinId::Close:
    case BuiltinId::Complex:
    case BuiltinId::Delete:
    case BuiltinId::Imag:
    case BuiltinId::Len:
    case BuiltinId::Make:
    case BuiltinId::Print:
    case BuiltinId::Println:
    case BuiltinId::Real:
    case BuiltinId::Recover:
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof:
    case BuiltinId::Offsetof:
      for (ast::Expr *a : c->args)
        expr(id == BuiltinId::Delete && a == arg(1) ? heap : discard, a);
      return;
    }
  }

  // --- the walk

  bool outlives(int root, int l) const {
    const Loc &r = locs_[root];
    if (r.escapes || !r.scope || locs_[l].statement)
      return true;
    return !nestedIn(r.scope, locs_[l].scope);
  }

  void walkAll() {
    std::vector<int> todo;
    for (int i = int(locs_.size()) - 1; i >= 0; --i) {
      todo.push_back(i);
      locs_[i].queued = true;
    }
    while (!todo.empty()) {
      int root = todo.back();
      todo.pop_back();
      locs_[root].queued = false;
      walkOne(root, todo);
    }
  }

  void walkOne(int root, std::vector<int> &todo) {
    ++gen_;
    locs_[root].gen = gen_;
    locs_[root].derefs = 0;
    std::vector<int> work{root};
    bool toHeap = locs_[root].escapes;
    while (!work.empty()) {
      int l = work.back();
      work.pop_back();
      Loc &loc = locs_[l];
      int derefs = loc.derefs;
      if (derefs < 0) {
        // l's address reaches root: l must live as long as root does.
        if (!loc.escapes && outlives(root, l)) {
          loc.escapes = true;
          if (!loc.queued) {
            loc.queued = true;
            todo.push_back(l);
          }
        }
        derefs = 0;
      }
      if (toHeap && loc.param >= 0)
        loc.leak = std::min(loc.leak, derefs);
      if (root == 1 && loc.param >= 0)
        loc.resultLeak = std::min(loc.resultLeak, derefs);
      for (auto [src, d] : loc.in) {
        int nd = std::min(derefs + d, 1 << 20);
        Loc &s = locs_[src];
        if (s.gen != gen_ || s.derefs > nd) {
          s.gen = gen_;
          s.derefs = nd;
          work.push_back(src);
        }
      }
    }
  }

  EscapeAnalysis &ea_;
  const Info &info_;
  std::vector<Loc> locs_; // [0]: the heap
  std::unordered_map<const Var *, int> varLocs_;
  std::unordered_map<const ast::Expr *, int> siteLocs_;
  unsigned gen_ = 0;
  int literals_ = 0;    // inside function literals (their own results)
  int inlineOnly_ = 0;  // inside a case's expressions: no buffered conversions
  bool giveUp_ = false; // a goto, or a statement not modelled: nothing stays in the frame
};

EscapeAnalysis::EscapeAnalysis(const Package &pkg, const Info &info, EscapeTags &tags)
    : info_(info), tags_(tags) {
  for (ast::File *f : pkg.files) {
    size_t c = 0;      // f->comments before c lie before the declaration at hand
    Pos after = NoPos; // the end of the previous declaration
    for (ast::Decl *d : f->decls) {
      // gc's pragmas: the //go: lines between the previous declaration and
      // this one, blank lines or not.
      bool noescape = false;
      for (; c < f->comments.size() && f->comments[c]->pos() < d->pos(); ++c)
        if (f->comments[c]->pos() > after && findDirective(f->comments[c], "go:noescape"))
          noescape = true;
      after = d->end();
      auto *fd = dyn_cast<ast::FuncDecl>(d);
      auto *fn = fd ? dyn_cast<Func>(info.objectOf(fd->name)) : nullptr;
      std::string k = fn ? key(fn) : "";
      if (k.empty() || fn->name == "_" || fn->name == "init")
        continue;
      if (fd->body) {
        decls_[k] = {fn, fd};
      } else if (noescape) {
        // Implemented outside Go (assembly in gc, C++ here) with the
        // promise that no argument outlives the call: no parameter
        // reaches the heap or the results.
        Signature *sig = fn->signature();
        tags_[k].assign(2 * (sig->params->vars.size() + (sig->recv ? 1 : 0)), -1);
        started_.insert(k);
      }
    }
  }
}

std::string EscapeAnalysis::key(const Func *fn) {
  if (!fn->pkg)
    return "";
  Signature *sig = fn->signature();
  if (!sig->recv)
    return fn->pkg->path + "." + fn->name;
  Type *t = sig->recv->type;
  if (auto *p = dyn_cast<Pointer>(t))
    t = p->elem;
  auto *n = dyn_cast<Named>(t);
  if (!n || isInterface(n))
    return "";
  return fn->pkg->path + "." + n->obj->name + "." + fn->name;
}

void EscapeAnalysis::analyze(const Func *fn, const ast::FuncDecl *fd) {
  std::string k = key(fn);
  if (k.empty() || fn->name == "init" || fn->name == "_") {
    captureModes(fn, fd);
    Graph(*this).function(fn, fd); // stack decisions only; no callers
    return;
  }
  if (!started_.insert(k).second)
    return;
  captureModes(fn, fd);
  Graph(*this).function(fn, fd);
}

// gc's capture rule (escape.flowClosure): by value when the variable is
// never reassigned (escape.reassigned: an assignment other than its
// definition; a range statement's variables are assigned on every
// iteration), its address is never taken (also by a pointer method's call
// on it, or by slicing it), and it has at most 128 bytes. Assigning to a
// field or an array element of a variable assigns to the variable.
void EscapeAnalysis::captureModes(const Func *fn, const ast::FuncDecl *fd) {
  if (!fd->body)
    return;
  std::unordered_set<const Var *> captured, changed;
  // The variable whose storage e denotes (x, x.f, x[i] of an array x).
  std::function<const Var *(const ast::Expr *)> root = [&](const ast::Expr *e) -> const Var * {
    e = unparen(e);
    if (auto *id = dyn_cast<ast::Ident>(e)) {
      auto *v = dyn_cast<Var>(info_.objectOf(id));
      return v && !v->isGlobal && !v->isField ? v : nullptr;
    }
    if (auto *se = dyn_cast<ast::SelectorExpr>(e)) {
      auto it = info_.selections.find(se);
      if (it == info_.selections.end() || it->second.kind != SelectionKind::FieldVal ||
          it->second.indirect)
        return nullptr;
      auto *xt = info_.typeOf(se->x);
      return xt && !isa<Pointer>(underlying(xt->type)) ? root(se->x) : nullptr;
    }
    if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
      auto *xt = info_.typeOf(ix->x);
      Type *u = xt ? underlying(xt->type) : nullptr;
      return u && !isa<Slice>(u) && !isa<Map>(u) && !isa<Pointer>(u) && !isString(u) ? root(ix->x)
                                                                                     : nullptr;
    }
    return nullptr;
  };
  auto change = [&](const ast::Expr *e) {
    if (const Var *v = e ? root(e) : nullptr)
      changed.insert(v);
  };
  for (Var *r : fn->signature()->results->vars)
    changed.insert(r); // a return statement assigns them
  ast::inspect(fd->body, [&](ast::Node *n) {
    if (auto *lit = dyn_cast<ast::FuncLit>(n)) {
      if (auto it = info_.captures.find(lit); it != info_.captures.end())
        captured.insert(it->second.begin(), it->second.end());
    } else if (auto *as = dyn_cast<ast::AssignStmt>(n)) {
      for (ast::Expr *l : as->lhs) {
        auto *id = dyn_cast<ast::Ident>(l);
        if (as->tok != Token::DEFINE || !id || !info_.defs.count(id))
          change(l);
      }
    } else if (auto *ids = dyn_cast<ast::IncDecStmt>(n)) {
      change(ids->x);
    } else if (auto *rs = dyn_cast<ast::RangeStmt>(n)) {
      change(rs->key);
      change(rs->value);
    } else if (auto *u = dyn_cast<ast::UnaryExpr>(n); u && u->op == Token::AND) {
      change(u->x);
    } else if (auto *sl = dyn_cast<ast::SliceExpr>(n)) {
      auto *xt = info_.typeOf(sl->x);
      if (xt && isa<Array>(underlying(xt->type)))
        change(sl->x);
    } else if (auto *se = dyn_cast<ast::SelectorExpr>(n)) {
      // x.M with a pointer method M takes x's address.
      auto it = info_.selections.find(se);
      auto *m = it != info_.selections.end() && it->second.kind == SelectionKind::MethodVal
                    ? dyn_cast<Func>(it->second.obj)
                    : nullptr;
      Var *recv = m ? m->signature()->recv : nullptr;
      auto *xt = info_.typeOf(se->x);
      if (recv && isa<Pointer>(recv->type) && !it->second.indirect && xt &&
          !isa<Pointer>(underlying(xt->type)))
        change(se->x);
    }
    return true;
  });
  for (const Var *v : captured)
    if (!changed.count(v) && sizeOf(v->type) <= 128)
      byValue_.insert(v);
}

const std::vector<int> *EscapeAnalysis::tagsOf(const Func *fn) {
  std::string k = key(fn);
  if (k.empty())
    return nullptr;
  if (auto d = decls_.find(k); d != decls_.end() && !started_.count(k))
    analyze(d->second.first, d->second.second);
  auto it = tags_.find(k);
  return it == tags_.end() ? nullptr : &it->second;
}

std::string EscapeAnalysis::summary() const {
  std::ostringstream os;
  for (const std::string &k : started_) {
    auto it = tags_.find(k);
    if (it == tags_.end())
      continue;
    os << tagLine << k;
    for (int t : it->second)
      os << " " << t;
    os << "\n";
  }
  return os.str();
}

void readEscapeTags(std::istream &header, EscapeTags &tags) {
  std::string line;
  while (std::getline(header, line) && line.rfind(tagLine, 0) == 0) {
    std::istringstream ls(line.substr(tagLine.size()));
    std::string k;
    ls >> k;
    std::vector<int> t;
    for (int v; ls >> v;)
      t.push_back(v);
    tags[k] = std::move(t);
  }
}

} // namespace gocxx::codegen
