// Statements and function bodies: scopes, := and =, control flow, labels,
// go/defer, range, switch and select; "declared but not used" and "missing
// return" in gc's words.
#include <algorithm>
#include <set>

#include "checker.h"

namespace gocxx::types {

using namespace gocxx::ast;

void Checker::openScope() { scope_ = ctx_.scope(scope_); }

void Checker::closeScope() { scope_ = scope_->parent; }

void Checker::declare(Scope *scope, Ident *id, Object *obj) {
  info_.defs[id] = obj;
  if (id->name == "_")
    return;
  if (Object *prev = scope->insert(obj)) {
    if (auto *v = dyn_cast<Var>(obj))
      v->used = true; // it was never declared, so never unused
    error(id->pos(), std::string(id->name) + " redeclared in this block");
    (void)prev;
  }
}

Var *Checker::newVar(Ident *id, Type *t) {
  auto *v = ctx_.object<Var>(std::string(id->name), id->pos(), pkg_, t);
  funcVars_.push_back(v);
  return v;
}

void Checker::funcBody(Func *fn, Signature *sig, BlockStmt *body, Scope *scope) {
  FuncState state;
  FuncState *saved = fn_;
  std::vector<Var *> savedVars;
  savedVars.swap(funcVars_);
  if (fn) {
    state.sig = sig;
    state.scope = sigScopes_.count(fn) ? sigScopes_[fn] : ctx_.scope(pkg_->scope);
    // The signature scope's parent is the declaring file's scope.
    fn_ = &state;
    scope = state.scope;
  }
  Scope *savedScope = scope_;
  scope_ = scope;
  scope_->isFunc = true;
  stmtList(body->list); // parameters and the body's statements share one block
  if (!sig->results->vars.empty() && !isTerminatingList(body->list))
    error(body->rbrace, "missing return");
  // Unused locals, reported in source order.
  std::vector<Var *> unused;
  for (Var *v : funcVars_)
    if (!v->used && v->name != "_") {
      auto *b = dyn_cast<Basic>(v->type);
      if (!(b && b->basicKind == BasicKind::Invalid))
        unused.push_back(v);
    }
  std::sort(unused.begin(), unused.end(), [](Var *a, Var *b) { return a->pos < b->pos; });
  for (Var *v : unused)
    error(v->pos, v->name + " declared but not used");
  funcVars_.swap(savedVars);
  scope_ = savedScope;
  if (fn)
    fn_ = saved;
}

void Checker::stmtList(const std::vector<Stmt *> &list) {
  for (Stmt *s : list)
    stmt(s);
}

void Checker::simpleStmt(Stmt *s) {
  if (s)
    stmt(s);
}

void Checker::stmt(Stmt *s) {
  switch (s->kind) {
  case NodeKind::BadStmt:
  case NodeKind::EmptyStmt:
    return;
  case NodeKind::DeclStmt:
    declStmt(cast<DeclStmt>(s));
    return;
  case NodeKind::LabeledStmt: {
    auto *ls = cast<LabeledStmt>(s);
    stmt(ls->stmt);
    return;
  }
  case NodeKind::ExprStmt: {
    auto *es = cast<ExprStmt>(s);
    Operand x;
    rawExpr(x, es->x, nullptr);
    if (x.invalid)
      return;
    ast::Expr *inner = es->x;
    while (auto *p = dyn_cast<ParenExpr>(inner))
      inner = p->x;
    bool isCall = isa<CallExpr>(inner);
    bool isRecv = isa<UnaryExpr>(inner) && cast<UnaryExpr>(inner)->op == Token::ARROW;
    if (x.mode == Mode::TypeExpr) {
      error(es->x->pos(), operandString(x) + " (type) is not an expression");
      return;
    }
    if (isCall) {
      auto *call = cast<CallExpr>(inner);
      Operand f;
      auto it = info_.types.find(call->fun);
      if (it != info_.types.end() && it->second.mode == Mode::Builtin) {
        // Only these built-ins may stand as statements (unsafe's may not).
        auto *id = dyn_cast<Ident>(call->fun);
        std::string name = id ? std::string(id->name) : "";
        static const std::set<std::string> statementBuiltins = {
            "close", "copy", "delete", "panic", "print", "println", "recover"};
        if (!statementBuiltins.count(name))
          error(s->pos(), operandString(x) + " is not used");
      } else if (it != info_.types.end() && it->second.mode == Mode::TypeExpr) {
        error(s->pos(), operandString(x) + " is not used");
      }
      return;
    }
    if (isRecv)
      return;
    error(s->pos(), operandString(x) + " is not used");
    return;
  }
  case NodeKind::SendStmt: {
    auto *ss = cast<SendStmt>(s);
    Operand ch, v;
    expr(ch, ss->chan);
    expr(v, ss->value);
    if (ch.invalid || v.invalid)
      return;
    auto *ct = dyn_cast<Chan>(coreOrUnderlying(ch.type));
    if (!ct) {
      error(ss->pos(), "invalid operation: cannot send to non-channel " + operandString(ch));
      return;
    }
    if (ct->dir == ChanDir::RecvOnly) {
      error(ss->pos(),
            "invalid operation: cannot send to receive-only channel " + operandString(ch));
      return;
    }
    assignment(v, ct->elem, "send");
    return;
  }
  case NodeKind::IncDecStmt: {
    auto *ids = cast<IncDecStmt>(s);
    Operand x;
    expr(x, ids->x);
    if (x.invalid)
      return;
    if (!isNumeric(x.type)) {
      error(ids->x->pos(), "invalid operation: " + exprString(ids->x) +
                               std::string(tokenString(ids->tok)) + " (non-numeric type " +
                               typeString(x.type) + ")");
      return;
    }
    if (x.mode != Mode::Variable && x.mode != Mode::MapIndex)
      error(ids->x->pos(), "cannot assign to " + operandString(x));
    return;
  }
  case NodeKind::AssignStmt:
    assignStmt(cast<AssignStmt>(s));
    return;
  case NodeKind::GoStmt:
  case NodeKind::DeferStmt: {
    CallExpr *call = isa<GoStmt>(s) ? cast<GoStmt>(s)->call : cast<DeferStmt>(s)->call;
    const char *what = isa<GoStmt>(s) ? "go" : "defer";
    Operand x;
    rawExpr(x, call, nullptr);
    if (x.invalid)
      return;
    auto it = info_.types.find(call->fun);
    if (it != info_.types.end() && it->second.mode == Mode::TypeExpr) {
      error(s->pos(), std::string(what) + " requires function call, not conversion");
      return;
    }
    if (it != info_.types.end() && it->second.mode == Mode::Builtin) {
      auto *id = dyn_cast<Ident>(call->fun);
      static const std::set<std::string> discard = {"append", "cap",  "complex", "imag",
                                                    "len",    "make", "new",     "real"};
      if (id && discard.count(std::string(id->name)))
        error(s->pos(), std::string(what) + " discards result of " + operandString(x));
    }
    return;
  }
  case NodeKind::ReturnStmt:
    returnStmt(cast<ReturnStmt>(s));
    return;
  case NodeKind::BranchStmt:
    return;
  case NodeKind::BlockStmt:
    openScope();
    stmtList(cast<BlockStmt>(s)->list);
    closeScope();
    return;
  case NodeKind::IfStmt: {
    auto *is = cast<IfStmt>(s);
    openScope();
    simpleStmt(is->init);
    Operand c;
    expr(c, is->cond);
    if (!c.invalid && !isBoolean(c.type))
      error(is->cond->pos(), "non-boolean condition in if statement");
    else if (!c.invalid && isUntyped(c.type))
      convertUntyped(c, ctx_.basic(BasicKind::Bool));
    stmt(is->body);
    if (is->elseStmt)
      stmt(is->elseStmt);
    closeScope();
    return;
  }
  case NodeKind::SwitchStmt:
    switchStmt(cast<SwitchStmt>(s));
    return;
  case NodeKind::TypeSwitchStmt:
    typeSwitchStmt(cast<TypeSwitchStmt>(s));
    return;
  case NodeKind::SelectStmt:
    selectStmt(cast<SelectStmt>(s));
    return;
  case NodeKind::ForStmt: {
    auto *fs = cast<ForStmt>(s);
    openScope();
    simpleStmt(fs->init);
    if (fs->cond) {
      Operand c;
      expr(c, fs->cond);
      if (!c.invalid && !isBoolean(c.type))
        error(fs->cond->pos(), "non-boolean condition in for statement");
      else if (!c.invalid && isUntyped(c.type))
        convertUntyped(c, ctx_.basic(BasicKind::Bool));
    }
    simpleStmt(fs->post);
    stmt(fs->body);
    closeScope();
    return;
  }
  case NodeKind::RangeStmt:
    rangeStmt(cast<RangeStmt>(s));
    return;
  case NodeKind::CaseClause:
  case NodeKind::CommClause:
    return; // handled by their statements
  default:
    error(s->pos(), "unexpected statement");
    return;
  }
}

void Checker::declStmt(DeclStmt *s) {
  auto *gen = dyn_cast<GenDecl>(s->decl);
  if (!gen)
    return;
  if (gen->tok == Token::TYPE) {
    // As gc 1.19 (types2) has it.
    FuncState *outermost = fn_;
    while (outermost && outermost->outer)
      outermost = outermost->outer;
    if (outermost && outermost->sig && !outermost->sig->typeParams.empty())
      error(gen->pos(), "type declarations inside generic functions are not currently supported");
    for (Spec *spec : gen->specs) {
      auto *ts = cast<TypeSpec>(spec);
      if (ts->typeParams) {
        unsupported(ts->typeParams->pos(), "generic types");
        continue;
      }
      auto *tn = ctx_.object<TypeName>(std::string(ts->name->name), ts->name->pos(), pkg_, nullptr);
      tn->decl = ts;
      if (ts->assign != NoPos) {
        tn->isAlias = true;
        tn->type = typExpr(ts->type);
        declare(scope_, ts->name, tn);
      } else {
        auto *named = ctx_.make<Named>(tn);
        tn->type = named;
        declare(scope_, ts->name, tn);
        named->underlying = underlying(typExpr(ts->type));
        if (containsByValue(named->underlying, named)) {
          error(ts->name->pos(), "invalid recursive type " + std::string(ts->name->name));
          named->underlying = ctx_.basic(BasicKind::Invalid);
        }
        if (named->underlying == named)
          named->underlying = ctx_.basic(BasicKind::Invalid);
      }
      tn->used = true;
    }
    return;
  }
  ValueSpec *last = nullptr;
  int iota = 0;
  for (Spec *spec : gen->specs) {
    auto *vs = cast<ValueSpec>(spec);
    if (gen->tok == Token::CONST) {
      if (vs->type || !vs->values.empty())
        last = vs;
      ast::Expr *te = last ? last->type : nullptr;
      const auto &values = last ? last->values : vs->values;
      Type *t = te ? typExpr(te) : nullptr;
      std::vector<Const *> consts;
      for (size_t i = 0; i < vs->names.size(); ++i) {
        Ident *id = vs->names[i];
        auto *c = ctx_.object<Const>(std::string(id->name), id->pos(), pkg_,
                                     ctx_.basic(BasicKind::Invalid), Constant());
        c->used = true;
        if (i < values.size()) {
          int saved = iota_;
          iota_ = iota;
          Operand x;
          expr(x, values[i]);
          iota_ = saved;
          if (!x.invalid && x.mode != Mode::Constant)
            error(values[i]->pos(), operandString(x) + " is not constant");
          else if (!x.invalid) {
            if (t)
              assignment(x, t, "constant declaration");
            if (!x.invalid) {
              c->type = x.type;
              c->value = x.value;
            }
          }
        } else {
          error(id->pos(), "missing init expr for const declaration");
        }
        consts.push_back(c);
      }
      for (size_t i = 0; i < vs->names.size(); ++i)
        declare(scope_, vs->names[i], consts[i]);
      ++iota;
      continue;
    }
    // var
    Type *t = vs->type ? typExpr(vs->type) : nullptr;
    std::vector<Var *> vars;
    bool failed = false;
    for (Ident *id : vs->names)
      vars.push_back(newVar(id, t));
    if (!vs->values.empty()) {
      if (vs->values.size() == vs->names.size()) {
        for (size_t i = 0; i < vars.size(); ++i) {
          Operand x;
          rawExpr(x, vs->values[i], t);
          if (!x.invalid) {
            if (x.mode == Mode::TypeExpr || x.mode == Mode::NoValue || isa<Tuple>(x.type))
              expr(x, vs->values[i]);
          }
          if (t) {
            assignment(x, t, "variable declaration");
            if (x.invalid)
              failed = true;
          } else if (!x.invalid) {
            if (isa<Basic>(x.type) && cast<Basic>(x.type)->basicKind == BasicKind::UntypedNil) {
              error(x.expr->pos(), "use of untyped nil in variable declaration");
              x.invalid = true;
            } else {
              assignment(x, defaultType(x.type), "variable declaration");
            }
          }
          if (!t)
            vars[i]->type = x.invalid ? ctx_.basic(BasicKind::Invalid) : x.type;
        }
      } else {
        std::vector<Operand> xs;
        if (vs->values.size() == 1)
          commaOkOrMulti(xs, vs->values[0], vars.size() == 2);
        if (xs.size() != vars.size()) {
          if (vs->values.size() != 1) {
            for (ast::Expr *v : vs->values) {
              Operand y;
              expr(y, v);
            }
            arityMismatch(vs);
          } else if (xs.empty() || !xs[0].invalid) {
            assignMismatch(vs->values, vars.size(), xs.size());
          }
          failed = true;
          for (Var *v : vars)
            if (!v->type)
              v->type = ctx_.basic(BasicKind::Invalid);
        } else {
          for (size_t i = 0; i < vars.size(); ++i) {
            if (t) {
              assignment(xs[i], t, "variable declaration");
              failed = failed || xs[i].invalid;
            } else
              vars[i]->type =
                  xs[i].invalid ? ctx_.basic(BasicKind::Invalid) : defaultType(xs[i].type);
          }
        }
      }
    }
    // As gc: no "declared but not used" after a failed initialisation.
    for (size_t i = 0; i < vars.size(); ++i) {
      if (failed)
        vars[i]->used = true;
      declare(scope_, vs->names[i], vars[i]);
    }
  }
}

void Checker::assignVar(ast::Expr *lhs, Operand &x) {
  if (x.invalid) {
    Operand l;
    if (auto *id = dyn_cast<Ident>(lhs); id && id->name == "_")
      return;
    expr(l, lhs);
    return;
  }
  if (auto *id = dyn_cast<Ident>(lhs); id && id->name == "_") {
    info_.defs[id] = nullptr;
    if (isa<Basic>(x.type) && cast<Basic>(x.type)->basicKind == BasicKind::UntypedNil) {
      error(x.expr->pos(), "use of untyped nil in assignment");
      return;
    }
    assignment(x, defaultType(x.type), "assignment");
    return;
  }
  // An assignment to a variable is not a use of it.
  Var *target = nullptr;
  bool wasUsed = false;
  if (auto *id = dyn_cast<Ident>(lhs)) {
    Object *obj = scope_->lookupParent(std::string(id->name));
    if ((target = dyn_cast<Var>(obj)))
      wasUsed = target->used;
  }
  Operand l;
  expr(l, lhs);
  if (target && target->pkg == pkg_ && !target->isGlobal) {
    // Captured-variable bookkeeping has run in use(); only the flag is restored.
    target->used = wasUsed;
  }
  if (l.invalid)
    return;
  if (l.mode != Mode::Variable && l.mode != Mode::MapIndex) {
    if (auto *se = dyn_cast<SelectorExpr>(lhs);
        se && info_.selections.count(se) && info_.selections[se].kind == SelectionKind::FieldVal)
      error(lhs->pos(), "cannot assign to struct field " +
                            operandString(l).substr(0, operandString(l).find(" (")) + " in map");
    else
      error(lhs->pos(), "cannot assign to " + operandString(l));
    return;
  }
  assignment(x, l.type, "assignment");
}

void Checker::assignStmt(AssignStmt *s) {
  if (s->tok == Token::DEFINE) {
    shortVarDecl(s);
    return;
  }
  if (s->tok != Token::ASSIGN) {
    // x op= y
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      error(s->tokPos, "assignment operation " + std::string(tokenString(s->tok)) +
                           " requires single-valued expressions");
      return;
    }
    Token op = Token::ILLEGAL;
    switch (s->tok) {
    case Token::ADD_ASSIGN:
      op = Token::ADD;
      break;
    case Token::SUB_ASSIGN:
      op = Token::SUB;
      break;
    case Token::MUL_ASSIGN:
      op = Token::MUL;
      break;
    case Token::QUO_ASSIGN:
      op = Token::QUO;
      break;
    case Token::REM_ASSIGN:
      op = Token::REM;
      break;
    case Token::AND_ASSIGN:
      op = Token::AND;
      break;
    case Token::OR_ASSIGN:
      op = Token::OR;
      break;
    case Token::XOR_ASSIGN:
      op = Token::XOR;
      break;
    case Token::SHL_ASSIGN:
      op = Token::SHL;
      break;
    case Token::SHR_ASSIGN:
      op = Token::SHR;
      break;
    case Token::AND_NOT_ASSIGN:
      op = Token::AND_NOT;
      break;
    default:
      break;
    }
    Operand x;
    binary(x, nullptr, s->lhs[0], s->rhs[0], op);
    if (x.invalid)
      return;
    Operand l;
    expr(l, s->lhs[0]);
    if (!l.invalid && l.mode != Mode::Variable && l.mode != Mode::MapIndex)
      error(s->lhs[0]->pos(), "cannot assign to " + operandString(l));
    return;
  }
  if (s->lhs.size() == s->rhs.size() && !(s->rhs.size() == 1 && isa<CallExpr>(s->rhs[0]))) {
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      Operand x;
      Type *hint = nullptr;
      rawExpr(x, s->rhs[i], hint);
      if (!x.invalid && (x.mode == Mode::TypeExpr || x.mode == Mode::NoValue ||
                         x.mode == Mode::Builtin || isa<Tuple>(x.type)))
        expr(x, s->rhs[i]);
      assignVar(s->lhs[i], x);
    }
    return;
  }
  std::vector<Operand> xs;
  if (s->rhs.size() == 1) {
    auto *rhs = s->rhs[0];
    ast::Expr *inner = rhs;
    while (auto *p = dyn_cast<ParenExpr>(inner))
      inner = p->x;
    Operand x;
    rawExpr(x, rhs, nullptr);
    if (!x.invalid && s->lhs.size() == 2 && (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex)) {
      // v, ok = m[k] / x.(T) / <-ch
      Operand ok;
      ok.invalid = false;
      ok.mode = Mode::Value;
      ok.type = ctx_.basic(BasicKind::UntypedBool);
      ok.expr = rhs;
      x.mode = Mode::Value;
      assignVar(s->lhs[0], x);
      Operand okv = ok;
      okv.type = ctx_.basic(BasicKind::UntypedBool); // assignable to any boolean type
      assignVar(s->lhs[1], okv);
      info_.implicits[s] = nullptr; // marks a comma-ok assignment
      return;
    }
    if (!x.invalid && x.mode == Mode::NoValue) {
      error(rhs->pos(), operandString(x) + " (no value) used as value");
      x.invalid = true;
    }
    if (!x.invalid) {
      if (auto *t = dyn_cast<Tuple>(x.type)) {
        for (Var *v : t->vars) {
          Operand y;
          y.invalid = false;
          y.mode = Mode::Value;
          y.type = v->type;
          y.expr = rhs;
          xs.push_back(y);
        }
      } else {
        xs.push_back(x);
      }
    } else {
      for (ast::Expr *l : s->lhs) {
        Operand y;
        if (auto *id = dyn_cast<Ident>(l); id && id->name == "_")
          continue;
        expr(y, l);
      }
      return;
    }
  }
  if (xs.size() != s->lhs.size()) {
    for (ast::Expr *l : s->lhs) { // used, as gc counts them
      Operand y;
      if (auto *id = dyn_cast<Ident>(l); id && id->name == "_")
        continue;
      expr(y, l);
    }
    assignMismatch(s->rhs, s->lhs.size(), s->rhs.size() == 1 ? xs.size() : s->rhs.size());
    return;
  }
  for (size_t i = 0; i < xs.size(); ++i)
    assignVar(s->lhs[i], xs[i]);
}

void Checker::shortVarDecl(AssignStmt *s) {
  // Evaluate the right-hand side first, in the enclosing scope.
  std::vector<Operand> xs;
  bool commaOk = false;
  if (s->rhs.size() == s->lhs.size() && s->rhs.size() != 1) {
    for (ast::Expr *r : s->rhs) {
      Operand x;
      rawExpr(x, r, nullptr);
      if (!x.invalid && (x.mode == Mode::TypeExpr || x.mode == Mode::NoValue ||
                         x.mode == Mode::Builtin || isa<Tuple>(x.type)))
        expr(x, r);
      xs.push_back(x);
    }
  } else if (s->rhs.size() == 1) {
    Operand x;
    rawExpr(x, s->rhs[0], nullptr);
    if (!x.invalid && s->lhs.size() == 2 && (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex)) {
      commaOk = true;
      x.mode = Mode::Value;
      xs.push_back(x);
      Operand ok;
      ok.invalid = false;
      ok.mode = Mode::Value;
      ok.type = ctx_.basic(BasicKind::UntypedBool);
      ok.expr = s->rhs[0];
      xs.push_back(ok);
      info_.implicits[s] = nullptr;
    } else if (!x.invalid && isa<Tuple>(x.type)) {
      for (Var *v : cast<Tuple>(x.type)->vars) {
        Operand y;
        y.invalid = false;
        y.mode = Mode::Value;
        y.type = v->type;
        y.expr = s->rhs[0];
        xs.push_back(y);
      }
    } else {
      if (!x.invalid && x.mode == Mode::NoValue) {
        error(s->rhs[0]->pos(), operandString(x) + " (no value) used as value");
        x.invalid = true;
      }
      xs.push_back(x);
    }
  } else {
    for (ast::Expr *r : s->rhs) {
      Operand x;
      expr(x, r);
    }
  }
  (void)commaOk;
  bool mismatch = xs.size() != s->lhs.size();
  if (mismatch && !(xs.size() == 1 && xs[0].invalid)) {
    if (s->rhs.empty())
      error(s->tokPos, "assignment mismatch: no values");
    else
      assignMismatch(s->rhs, s->lhs.size(), s->rhs.size() == 1 ? xs.size() : s->rhs.size());
  }
  // Declare the new variables; assign to the redeclared ones.
  bool anyNew = false, nonName = false;
  std::vector<std::pair<Ident *, Var *>> fresh;
  std::set<std::string> seen;
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    auto *id = dyn_cast<Ident>(s->lhs[i]);
    if (!id) {
      Operand y;
      expr(y, s->lhs[i]);
      error(s->lhs[i]->pos(), "non-name " + exprString(s->lhs[i]) + " on left side of :=");
      nonName = true;
      continue;
    }
    std::string name(id->name);
    if (name != "_" && !seen.insert(name).second) {
      error(id->pos(), name + " repeated on left side of :=");
      continue;
    }
    Object *existing = name == "_" ? nullptr : scope_->lookup(name);
    Operand *x = i < xs.size() && !mismatch ? &xs[i] : nullptr;
    if (existing) {
      info_.uses[id] = existing;
      if (x) {
        if (auto *v = dyn_cast<Var>(existing)) {
          bool wasUsed = v->used;
          assignment(*x, v->type, "assignment");
          v->used = wasUsed;
        }
      }
      continue;
    }
    Type *t = nullptr;
    if (x && !x->invalid) {
      if (isa<Basic>(x->type) && cast<Basic>(x->type)->basicKind == BasicKind::UntypedNil) {
        error(x->expr->pos(), "use of untyped nil in assignment");
        x->invalid = true;
      } else {
        assignment(*x, defaultType(x->type), "assignment");
        if (!x->invalid)
          t = x->type;
      }
    }
    Var *v = newVar(id, t ? t : ctx_.basic(BasicKind::Invalid));
    fresh.push_back({id, v});
    if (name != "_")
      anyNew = true;
    else
      info_.defs[id] = v;
  }
  if (!anyNew && !mismatch && !nonName)
    error(s->tokPos, "no new variables on left side of :=");
  // As gc: no "declared but not used" once the initialisation failed.
  bool failed = mismatch || std::any_of(xs.begin(), xs.end(), [](auto &x) { return x.invalid; });
  for (auto &[id, v] : fresh) {
    if (failed)
      v->used = true;
    if (id->name != "_")
      declare(scope_, id, v);
  }
}

// A list of types as gc summarises them in messages: "(number, string)".
std::string Checker::typesSummary(const std::vector<Type *> &types) {
  std::string s = "(";
  for (size_t i = 0; i < types.size(); ++i) {
    if (i)
      s += ", ";
    Type *t = types[i];
    if (!t || (isa<Basic>(t) && cast<Basic>(t)->basicKind == BasicKind::Invalid))
      s += "unknown type";
    else if (isUntyped(t))
      s += isNumeric(t) ? "number" : cast<Basic>(t)->name.substr(8); // drop "untyped "
    else
      s += typeString(t);
  }
  return s + ")";
}

void Checker::returnStmt(ReturnStmt *s) {
  Signature *sig = fn_ ? fn_->sig : nullptr;
  if (!sig)
    return;
  auto &res = sig->results->vars;
  if (s->results.empty()) {
    if (!res.empty() && res[0]->name.empty())
      error(s->pos(), "not enough return values\n\thave ()\n\twant " + typeString(sig->results));
    return;
  }
  std::vector<Operand> xs;
  if (s->results.size() == 1 && res.size() > 1) {
    multiExpr(xs, s->results[0]);
  } else {
    for (size_t i = 0; i < s->results.size(); ++i) {
      Operand x;
      rawExpr(x, s->results[i], i < res.size() ? res[i]->type : nullptr);
      if (!x.invalid && (x.mode == Mode::TypeExpr || x.mode == Mode::NoValue ||
                         x.mode == Mode::Builtin || isa<Tuple>(x.type)))
        expr(x, s->results[i]);
      xs.push_back(x);
    }
  }
  for (auto &x : xs)
    if (x.invalid)
      return;
  if (xs.size() != res.size()) {
    // gc: at the first extra value, or the last one given.
    std::vector<Type *> have, want;
    for (auto &x : xs)
      have.push_back(x.type);
    for (Var *v : res)
      want.push_back(v->type);
    bool tooMany = xs.size() > res.size();
    ast::Expr *at = s->results.size() == 1 ? s->results[0]
                    : tooMany              ? s->results[res.size()]
                                           : s->results.back();
    error(at->pos(), std::string(tooMany ? "too many" : "not enough") + " return values\n\thave " +
                         typesSummary(have) + "\n\twant " + typesSummary(want));
    return;
  }
  for (size_t i = 0; i < xs.size(); ++i)
    assignment(xs[i], res[i]->type, "return statement");
}

void Checker::rangeStmt(RangeStmt *s) {
  Operand x;
  expr(x, s->x);
  Type *keyT = nullptr, *valT = nullptr;
  if (!x.invalid) {
    Type *u = coreOrUnderlying(x.type);
    if (auto *p = dyn_cast<Pointer>(u); p && isa<Array>(underlying(p->elem)))
      u = underlying(p->elem);
    if (isString(u)) {
      keyT = ctx_.basic(BasicKind::Int);
      valT = ctx_.runeType();
      if (isUntyped(x.type))
        convertUntyped(x, ctx_.basic(BasicKind::String));
    } else if (auto *a = dyn_cast<Array>(u)) {
      keyT = ctx_.basic(BasicKind::Int);
      valT = a->elem;
    } else if (auto *sl = dyn_cast<Slice>(u)) {
      keyT = ctx_.basic(BasicKind::Int);
      valT = sl->elem;
    } else if (auto *m = dyn_cast<Map>(u)) {
      keyT = m->key;
      valT = m->elem;
    } else if (auto *c = dyn_cast<Chan>(u)) {
      keyT = c->elem;
      if (s->value)
        error(s->value->pos(),
              "range over " + operandString(x) + " permits only one iteration variable");
      if (c->dir == ChanDir::SendOnly)
        error(s->x->pos(),
              "invalid operation: range " + operandString(x) + " (receive from send-only channel)");
    } else if (isInteger(u)) {
      error(s->x->pos(), "cannot range over " + operandString(x));
      x.invalid = true;
    } else {
      error(s->x->pos(), "cannot range over " + operandString(x));
      x.invalid = true;
    }
  }
  openScope();
  ast::Expr *lhs[2] = {s->key, s->value};
  Type *types[2] = {keyT, valT};
  if (s->tok == Token::DEFINE) {
    std::vector<std::pair<Ident *, Var *>> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i])
        continue;
      auto *id = dyn_cast<Ident>(lhs[i]);
      if (!id) {
        error(lhs[i]->pos(), "non-name on left side of :=");
        continue;
      }
      Var *v = newVar(id, types[i] ? types[i] : ctx_.basic(BasicKind::Invalid));
      vars.push_back({id, v});
    }
    for (auto &[id, v] : vars)
      declare(scope_, id, v);
  } else if (s->tok == Token::ASSIGN) {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i] || !types[i])
        continue;
      Operand v;
      v.invalid = false;
      v.mode = Mode::Value;
      v.type = types[i];
      v.expr = s->x;
      assignVar(lhs[i], v);
    }
  }
  stmt(s->body);
  closeScope();
}

void Checker::switchStmt(SwitchStmt *s) {
  openScope();
  simpleStmt(s->init);
  Operand tag;
  bool hasTag = s->tag != nullptr;
  if (hasTag) {
    expr(tag, s->tag);
    if (!tag.invalid) {
      assignment(tag, defaultType(tag.type), "switch expression");
      if (!tag.invalid && !comparable(tag.type) && !hasNil(tag.type)) {
        error(s->tag->pos(), "cannot switch on " + operandString(tag) + " (" +
                                 typeString(tag.type) + " is not comparable)");
        tag.invalid = true;
      }
    }
  }
  Pos seenDefault = NoPos;
  // Constant case values seen so far (type and exact value), for duplicates.
  std::map<std::string, Pos> seenValues;
  for (Stmt *cs : s->body->list) {
    auto *cc = dyn_cast<CaseClause>(cs);
    if (!cc)
      continue;
    defaultClause(cc, seenDefault);
    for (ast::Expr *e : cc->list) {
      Operand x;
      expr(x, e);
      if (x.invalid)
        continue;
      if (hasTag) {
        if (tag.invalid)
          continue;
        Operand y = tag;
        Operand xc = x;
        comparisonCase(xc, y, e);
        if (!xc.invalid && xc.mode == Mode::Constant && xc.value.isKnown()) {
          const Constant &v = xc.value;
          std::string key = typeString(xc.type) + "|" + std::to_string(int(v.kind())) + "|";
          if (v.kind() == Constant::Kind::String)
            key += v.stringValue();
          else if (v.kind() == Constant::Kind::Bool)
            key += v.boolValue() ? "true" : "false";
          else
            key += v.ratValue().str() + "|" + v.imagValue().str();
          auto [it, fresh] = seenValues.emplace(key, e->pos());
          if (!fresh) {
            error(e->pos(), "duplicate case " + operandString(xc) + " in expression switch");
            diags_.note(it->second, "previous case");
          }
        }
      } else {
        // The case is compared with true: a bool, or an interface that a
        // bool can be assigned to.
        Operand truth;
        truth.mode = Mode::Value;
        truth.type = ctx_.basic(BasicKind::Bool);
        if (!isBoolean(x.type) && !(isInterface(x.type) && assignableTo(truth, x.type))) {
          error(e->pos(), "invalid case " +
                              operandString(x).substr(0, operandString(x).find(" (")) +
                              " in switch (mismatched types " + typeString(x.type) + " and bool)");
          continue;
        }
        if (isUntyped(x.type))
          convertUntyped(x, ctx_.basic(BasicKind::Bool));
      }
    }
    openScope();
    stmtList(cc->body);
    closeScope();
  }
  closeScope();
}

// A switch has at most one default clause; first is where it was seen.
void Checker::defaultClause(CaseClause *cc, Pos &first) {
  if (!cc->isDefault)
    return;
  if (first)
    error(cc->pos(), "multiple defaults (first at " + diags_.fileSet().position(first).str() + ")");
  else
    first = cc->pos();
}

void Checker::comparisonCase(Operand &x, Operand &tag, ast::Expr *e) {
  bool isNil = isa<Basic>(x.type) && cast<Basic>(x.type)->basicKind == BasicKind::UntypedNil;
  if (isUntyped(x.type)) {
    convertUntyped(x, tag.type);
    if (x.invalid)
      return;
  }
  std::string why;
  if (!assignableTo(x, tag.type) && !assignableTo(tag, x.type)) {
    why = "mismatched types " + typeString(x.type) + " and " + typeString(tag.type);
  } else {
    // Comparable only to nil: maps, slices and functions.
    for (Type *t : {x.type, tag.type}) {
      Type *u = underlying(t);
      if (why.empty() && (isa<Map>(u) || isa<Slice>(u) || isa<Signature>(u)) && !isNil)
        why = kindString(t) + " can only be compared to nil";
    }
  }
  if (!why.empty())
    error(e->pos(), "invalid case " + exprString(x.expr) + " in switch on " + exprString(tag.expr) +
                        " (" + why + ")");
}

void Checker::typeSwitchStmt(TypeSwitchStmt *s) {
  openScope();
  simpleStmt(s->init);
  Ident *lhs = nullptr;
  ast::Expr *rhs = nullptr;
  if (auto *as = dyn_cast<AssignStmt>(s->assign)) {
    lhs = dyn_cast<Ident>(as->lhs[0]);
    rhs = as->rhs[0];
  } else if (auto *es = dyn_cast<ExprStmt>(s->assign)) {
    rhs = es->x;
  }
  auto *ta = rhs ? dyn_cast<TypeAssertExpr>(rhs) : nullptr;
  if (!ta) {
    closeScope();
    return;
  }
  Operand x;
  expr(x, ta->x);
  Interface *iface = nullptr;
  if (!x.invalid) {
    iface = dyn_cast<Interface>(underlying(x.type));
    if (!iface)
      error(ta->x->pos(), operandString(x) + " is not an interface");
  }
  if (!x.invalid) {
    TypeAndValue tv;
    tv.mode = Mode::Value;
    tv.type = x.type;
    info_.types[ta] = tv;
  }
  std::vector<Var *> caseVars;
  // Types already listed (nullptr for nil), with where, for duplicates.
  std::vector<std::pair<Type *, ast::Expr *>> seen;
  auto duplicate = [&](Type *t, ast::Expr *e) {
    for (auto &[prev, at] : seen)
      if (prev == t || (prev && t && identical(prev, t))) {
        error(e->pos(),
              "duplicate case " + (t ? typeString(t) : std::string("nil")) + " in type switch");
        diags_.note(at->pos(), "previous case");
        return true;
      }
    seen.push_back({t, e});
    return false;
  };
  Pos firstDefault = NoPos;
  for (Stmt *cs : s->body->list) {
    auto *cc = dyn_cast<CaseClause>(cs);
    if (!cc)
      continue;
    defaultClause(cc, firstDefault);
    Type *single = nullptr;
    for (ast::Expr *e : cc->list) {
      Operand t;
      exprOrType(t, e);
      if (t.invalid)
        continue;
      if (t.mode == Mode::Value && isa<Basic>(t.type) &&
          cast<Basic>(t.type)->basicKind == BasicKind::UntypedNil) {
        single = cc->list.size() == 1 ? x.type : nullptr;
        duplicate(nullptr, e);
        continue;
      }
      if (t.mode != Mode::TypeExpr) {
        error(e->pos(), operandString(t) + " is not a type");
        continue;
      }
      duplicate(t.type, e);
      if (iface && !isInterface(t.type) && !isa<TypeParam>(t.type)) {
        std::string missing;
        if (!implements(t.type, iface, &missing))
          error(e->pos(), "impossible type switch case: " + exprString(e) + "\n\t" +
                              operandString(x) + " cannot have dynamic type " + typeString(t.type) +
                              " " + missing);
      }
      if (cc->list.size() == 1)
        single = t.type;
    }
    openScope();
    if (lhs && lhs->name != "_") {
      Type *vt = single ? single : (x.invalid ? ctx_.basic(BasicKind::Invalid) : x.type);
      auto *v = ctx_.object<Var>(std::string(lhs->name), lhs->pos(), pkg_, vt);
      scope_->insert(v);
      info_.implicits[cc] = v;
      caseVars.push_back(v);
    }
    stmtList(cc->body);
    closeScope();
  }
  if (lhs) {
    info_.defs[lhs] = nullptr;
    bool used = std::any_of(caseVars.begin(), caseVars.end(), [](Var *v) { return v->used; });
    if (!used && lhs->name != "_")
      error(lhs->pos(), std::string(lhs->name) + " declared but not used");
  }
  closeScope();
}

void Checker::selectStmt(SelectStmt *s) {
  for (Stmt *cs : s->body->list) {
    auto *cc = dyn_cast<CommClause>(cs);
    if (!cc)
      continue;
    openScope();
    if (cc->comm) {
      bool valid = isa<SendStmt>(cc->comm);
      ast::Expr *rhs = nullptr;
      if (auto *es = dyn_cast<ExprStmt>(cc->comm))
        rhs = es->x;
      else if (auto *as = dyn_cast<AssignStmt>(cc->comm); as && as->rhs.size() == 1)
        rhs = as->rhs[0];
      if (rhs) {
        ast::Expr *inner = rhs;
        while (auto *p = dyn_cast<ParenExpr>(inner))
          inner = p->x;
        auto *u = dyn_cast<UnaryExpr>(inner);
        valid = u && u->op == Token::ARROW;
      }
      if (!valid)
        error(cc->comm->pos(), "select case must be receive, send or assign recv");
      else
        stmt(cc->comm);
    }
    stmtList(cc->body);
    closeScope();
  }
}

bool Checker::isTerminatingList(const std::vector<Stmt *> &list) {
  // Trailing empty statements are ignored.
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    if (isa<EmptyStmt>(*it))
      continue;
    return isTerminating(*it, "");
  }
  return false;
}

bool Checker::isTerminating(Stmt *s, const std::string &label) {
  switch (s->kind) {
  case NodeKind::ReturnStmt:
    return true;
  case NodeKind::BranchStmt: {
    auto *b = cast<BranchStmt>(s);
    return b->tok == Token::GOTO || b->tok == Token::FALLTHROUGH;
  }
  case NodeKind::ExprStmt: {
    auto *call = dyn_cast<CallExpr>(cast<ExprStmt>(s)->x);
    if (!call)
      return false;
    auto *id = dyn_cast<Ident>(call->fun);
    return id && isa<Builtin>(info_.objectOf(id)) && id->name == "panic";
  }
  case NodeKind::BlockStmt:
    return isTerminatingList(cast<BlockStmt>(s)->list);
  case NodeKind::IfStmt: {
    auto *is = cast<IfStmt>(s);
    return is->elseStmt && isTerminating(is->body, "") && isTerminating(is->elseStmt, "");
  }
  case NodeKind::LabeledStmt: {
    auto *ls = cast<LabeledStmt>(s);
    return isTerminating(ls->stmt, std::string(ls->label->name));
  }
  case NodeKind::ForStmt: {
    auto *fs = cast<ForStmt>(s);
    return !fs->cond && !hasBreak(fs->body, label, true);
  }
  case NodeKind::SwitchStmt:
  case NodeKind::TypeSwitchStmt:
  case NodeKind::SelectStmt: {
    BlockStmt *body = isa<SwitchStmt>(s)       ? cast<SwitchStmt>(s)->body
                      : isa<TypeSwitchStmt>(s) ? cast<TypeSwitchStmt>(s)->body
                                               : cast<SelectStmt>(s)->body;
    bool hasDefault = isa<SelectStmt>(s);
    for (Stmt *c : body->list) {
      const std::vector<Stmt *> *stmts = nullptr;
      if (auto *cc = dyn_cast<CaseClause>(c)) {
        if (cc->isDefault)
          hasDefault = true;
        stmts = &cc->body;
      } else if (auto *cc = dyn_cast<CommClause>(c)) {
        stmts = &cc->body;
      }
      if (!stmts)
        continue;
      if (!isTerminatingList(*stmts)) {
        // A case ending in fallthrough also terminates.
        bool ft = !stmts->empty() && isa<BranchStmt>(stmts->back()) &&
                  cast<BranchStmt>(stmts->back())->tok == Token::FALLTHROUGH;
        if (!ft)
          return false;
      }
      for (Stmt *st : *stmts)
        if (hasBreak(st, label, true))
          return false;
    }
    return hasDefault;
  }
  default:
    return false;
  }
}

// Whether s contains a break that refers to the enclosing statement: an
// unlabelled break not inside a nested for/switch/select, or `break label`.
bool Checker::hasBreak(Stmt *s, const std::string &label, bool implicit) {
  if (!s)
    return false;
  switch (s->kind) {
  case NodeKind::BranchStmt: {
    auto *b = cast<BranchStmt>(s);
    if (b->tok != Token::BREAK)
      return false;
    if (!b->label)
      return implicit;
    return b->label->name == label;
  }
  case NodeKind::BlockStmt:
    for (Stmt *st : cast<BlockStmt>(s)->list)
      if (hasBreak(st, label, implicit))
        return true;
    return false;
  case NodeKind::LabeledStmt:
    return hasBreak(cast<LabeledStmt>(s)->stmt, label, implicit);
  case NodeKind::IfStmt: {
    auto *is = cast<IfStmt>(s);
    return hasBreak(is->body, label, implicit) || hasBreak(is->elseStmt, label, implicit);
  }
  case NodeKind::CaseClause:
    for (Stmt *st : cast<CaseClause>(s)->body)
      if (hasBreak(st, label, implicit))
        return true;
    return false;
  case NodeKind::CommClause:
    for (Stmt *st : cast<CommClause>(s)->body)
      if (hasBreak(st, label, implicit))
        return true;
    return false;
  case NodeKind::ForStmt:
    return !label.empty() && hasBreak(cast<ForStmt>(s)->body, label, false);
  case NodeKind::RangeStmt:
    return !label.empty() && hasBreak(cast<RangeStmt>(s)->body, label, false);
  case NodeKind::SwitchStmt:
    return !label.empty() && hasBreak(cast<SwitchStmt>(s)->body, label, false);
  case NodeKind::TypeSwitchStmt:
    return !label.empty() && hasBreak(cast<TypeSwitchStmt>(s)->body, label, false);
  case NodeKind::SelectStmt:
    return !label.empty() && hasBreak(cast<SelectStmt>(s)->body, label, false);
  default:
    return false;
  }
}

} // namespace gocxx::types
