// Expressions: identifiers, literals, composite and function literals,
// selectors, index and slice expressions, unary and binary operators with
// exact constant folding, and type assertions. Each checked expression is
// recorded in Info with its final type (untyped operands are updated once
// their context fixes the type, as go/types does).
#include <algorithm>
#include <cctype>

#include "checker.h"
#include "gocxx/frontend/exprstring.h"
#include "gocxx/frontend/literals.h"

namespace gocxx::types {

using namespace gocxx::ast;

namespace {
bool isInvalidType(Type *t) {
  auto *b = dyn_cast<Basic>(t);
  return !t || (b && b->basicKind == BasicKind::Invalid);
}
} // namespace

void Checker::record(Operand &x) {
  if (!x.expr)
    return;
  TypeAndValue tv;
  tv.mode = x.invalid ? Mode::NoValue : x.mode;
  tv.type = x.invalid ? ctx_.basic(BasicKind::Invalid) : x.type;
  if (x.mode == Mode::Constant)
    tv.value = x.value;
  info_.types[x.expr] = tv;
}

// Once an untyped expression's type is fixed, record it for the expression
// and the untyped operands it was built from.
void Checker::updateExprType(ast::Expr *e, Type *t, bool final) {
  auto it = info_.types.find(e);
  if (it == info_.types.end())
    return;
  if (!isUntyped(it->second.type))
    return;
  switch (e->kind) {
  case NodeKind::ParenExpr:
    updateExprType(cast<ParenExpr>(e)->x, t, final);
    break;
  case NodeKind::UnaryExpr:
    if (it->second.mode != Mode::Constant)
      updateExprType(cast<UnaryExpr>(e)->x, t, final);
    break;
  case NodeKind::BinaryExpr: {
    auto *b = cast<BinaryExpr>(e);
    if (it->second.mode == Mode::Constant)
      break;
    bool cmp = b->op == Token::EQL || b->op == Token::NEQ || b->op == Token::LSS ||
               b->op == Token::LEQ || b->op == Token::GTR || b->op == Token::GEQ;
    if (cmp)
      break; // operands keep their own (default) types
    if (b->op == Token::SHL || b->op == Token::SHR) {
      if (final && !isUntyped(t) && !isInteger(t)) {
        error(e->pos(),
              "invalid operation: " + exprString(e) + " (shift of type " + typeString(t) + ")");
        return;
      }
      updateExprType(b->x, t, final);
    } else {
      updateExprType(b->x, t, final);
      updateExprType(b->y, t, final);
    }
    break;
  }
  default:
    break;
  }
  it->second.type = t;
}

void Checker::expr(Operand &x, ast::Expr *e) {
  rawExpr(x, e, nullptr);
  if (x.invalid)
    return;
  switch (x.mode) {
  case Mode::NoValue:
    error(e->pos(), operandString(x) + " (no value) used as value");
    x.invalid = true;
    break;
  case Mode::Builtin:
    error(e->pos(), operandString(x) + " (built-in) must be called");
    x.invalid = true;
    break;
  case Mode::TypeExpr:
    error(e->pos(), operandString(x) + " (type) is not an expression");
    x.invalid = true;
    break;
  case Mode::Constant:
  case Mode::Variable:
  case Mode::MapIndex:
  case Mode::Value:
  case Mode::CommaOk:
    if (auto *t = dyn_cast<Tuple>(x.type)) {
      error(e->pos(), "multiple-value " + operandString(x) + " in single-value context");
      x.invalid = true;
    }
    break;
  }
}

void Checker::multiExpr(std::vector<Operand> &xs, ast::Expr *e) {
  Operand x;
  rawExpr(x, e, nullptr);
  if (!x.invalid) {
    if (auto *t = dyn_cast<Tuple>(x.type)) {
      for (Var *v : t->vars) {
        Operand y;
        y.invalid = false;
        y.mode = Mode::Value;
        y.expr = e;
        y.type = v->type;
        xs.push_back(y);
      }
      return;
    }
    if (x.mode == Mode::NoValue) {
      error(e->pos(), operandString(x) + " (no value) used as value");
      x.invalid = true;
    } else if (x.mode == Mode::TypeExpr) {
      error(e->pos(), operandString(x) + " (type) is not an expression");
      x.invalid = true;
    } else if (x.mode == Mode::Builtin) {
      error(e->pos(), operandString(x) + " (built-in) must be called");
      x.invalid = true;
    }
  }
  xs.push_back(x);
}

// The values of a var declaration's single initializer: a call's results,
// or v, ok of a comma-ok expression when two are wanted.
void Checker::commaOkOrMulti(std::vector<Operand> &xs, ast::Expr *e, bool wantTwo) {
  if (wantTwo) {
    Operand x;
    rawExpr(x, e, nullptr);
    if (!x.invalid && (x.mode == Mode::CommaOk || x.mode == Mode::MapIndex)) {
      x.mode = Mode::Value;
      xs.push_back(x);
      Operand ok = x;
      ok.type = ctx_.basic(BasicKind::UntypedBool); // assignable to any boolean type
      xs.push_back(ok);
      info_.commaOk.insert(e);
      return;
    }
  }
  multiExpr(xs, e);
}

void Checker::exprOrType(Operand &x, ast::Expr *e) {
  rawExpr(x, e, nullptr);
  if (!x.invalid && x.mode == Mode::NoValue) {
    error(e->pos(), operandString(x) + " (no value) used as value");
    x.invalid = true;
  }
}

void Checker::rawExpr(Operand &x, ast::Expr *e, Type *hint) {
  x = Operand();
  x.expr = e;
  exprInternal(x, e, hint);
  x.expr = e;
  record(x);
}

void Checker::exprInternal(Operand &x, ast::Expr *e, Type *hint) {
  x.invalid = false;
  switch (e->kind) {
  case NodeKind::BadExpr:
    x.invalid = true;
    return;
  case NodeKind::Ident:
    ident(x, cast<Ident>(e), false);
    return;
  case NodeKind::BasicLit:
    basicLit(x, cast<BasicLit>(e));
    return;
  case NodeKind::CompositeLit:
    compositeLit(x, cast<CompositeLit>(e), hint);
    return;
  case NodeKind::FuncLit:
    funcLit(x, cast<FuncLit>(e));
    return;
  case NodeKind::ParenExpr: {
    Operand y;
    rawExpr(y, cast<ParenExpr>(e)->x, hint);
    x = y;
    return;
  }
  case NodeKind::SelectorExpr:
    selector(x, cast<SelectorExpr>(e));
    return;
  case NodeKind::IndexExpr:
    indexExpr(x, cast<IndexExpr>(e));
    return;
  case NodeKind::IndexListExpr: {
    auto *il = cast<IndexListExpr>(e);
    instantiateExpr(x, e, il->x, il->indices);
    return;
  }
  case NodeKind::SliceExpr:
    sliceExpr(x, cast<SliceExpr>(e));
    return;
  case NodeKind::TypeAssertExpr:
    typeAssert(x, cast<TypeAssertExpr>(e));
    return;
  case NodeKind::CallExpr:
    callExpr(x, cast<CallExpr>(e));
    return;
  case NodeKind::StarExpr: {
    auto *se = cast<StarExpr>(e);
    Operand y;
    exprOrType(y, se->x);
    if (y.invalid) {
      x.invalid = true;
      return;
    }
    if (y.mode == Mode::TypeExpr) {
      x.mode = Mode::TypeExpr;
      x.type = ctx_.pointer(y.type);
      return;
    }
    if (auto *p = dyn_cast<Pointer>(underlying(y.type))) {
      x.mode = Mode::Variable;
      x.type = p->elem;
      return;
    }
    if (isa<Basic>(y.type) && cast<Basic>(y.type)->basicKind == BasicKind::UntypedNil)
      error(e->pos(), "invalid operation: cannot indirect nil");
    else
      error(e->pos(), "invalid operation: cannot indirect " + operandString(y));
    x.invalid = true;
    return;
  }
  case NodeKind::UnaryExpr:
    unary(x, cast<UnaryExpr>(e));
    return;
  case NodeKind::BinaryExpr: {
    auto *b = cast<BinaryExpr>(e);
    binary(x, b, b->x, b->y, b->op);
    return;
  }
  case NodeKind::KeyValueExpr:
    error(e->pos(), "unexpected key:value expression");
    x.invalid = true;
    return;
  case NodeKind::ArrayType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
    x.mode = Mode::TypeExpr;
    x.type = typExprInternal(e);
    x.invalid = isInvalidType(x.type);
    return;
  default:
    error(e->pos(), "unexpected expression");
    x.invalid = true;
    return;
  }
}

void Checker::use(Object *obj) {
  obj->used = true;
  // Package-level dependencies, for the initialization order.
  if (declObj_ && obj->pkg == pkg_ && (isa<Var>(obj) || isa<Func>(obj) || isa<Const>(obj)) &&
      decls_.count(obj)) {
    auto &deps = decls_[declObj_].deps;
    if (std::find(deps.begin(), deps.end(), obj) == deps.end())
      deps.push_back(obj);
  }
  // A local variable of an enclosing function, used inside a function
  // literal, is captured.
  if (auto *v = dyn_cast<Var>(obj); v && !v->isGlobal && !v->isField && fn_ && fn_->lit) {
    for (FuncState *f = fn_; f && f->lit; f = f->outer) {
      // Declared inside f? Then it is f's own; stop.
      bool inside = false;
      for (const Scope *s = v->parent; s; s = s->parent)
        if (s == f->scope) {
          inside = true;
          break;
        }
      if (inside)
        break;
      v->captured = true;
      auto &caps = info_.captures[f->lit];
      if (std::find(caps.begin(), caps.end(), v) == caps.end())
        caps.push_back(v);
    }
  }
}

void Checker::markAddressTaken(ast::Expr *e) {
  // The address of x, x.f (a field of a struct value), x[i] (an element of
  // an array value) or x[:] is the address of the variable x: it escapes,
  // and codegen puts it on the heap (Var::captured).
  for (;;) {
    if (auto *p = dyn_cast<ParenExpr>(e)) {
      e = p->x;
    } else if (auto *se = dyn_cast<SelectorExpr>(e)) {
      auto it = info_.selections.find(se);
      if (it == info_.selections.end() || it->second.kind != SelectionKind::FieldVal ||
          it->second.indirect)
        return;
      auto *tv = info_.typeOf(se->x);
      if (!tv || isa<Pointer>(underlying(tv->type)))
        return;
      e = se->x;
    } else if (auto *ix = dyn_cast<IndexExpr>(e)) {
      auto *tv = info_.typeOf(ix->x);
      if (!tv || !isa<Array>(coreOrUnderlying(tv->type)))
        return;
      e = ix->x;
    } else if (auto *id = dyn_cast<Ident>(e)) {
      if (auto *v = dyn_cast<Var>(info_.objectOf(id)); v && !v->isGlobal)
        v->captured = true;
      return;
    } else {
      return;
    }
  }
}

void Checker::ident(Operand &x, Ident *id, bool wantType) {
  std::string name(id->name);
  if (auto blank = blankTypeParams_.find(id); blank != blankTypeParams_.end()) {
    info_.uses[id] = blank->second;
    x.mode = Mode::TypeExpr;
    x.type = blank->second->type;
    return;
  }
  if (name == "_") {
    error(id->pos(), "cannot use _ as value");
    x.invalid = true;
    return;
  }
  const Scope *found = nullptr;
  Object *obj =
      scope_ ? scope_->lookupParent(name, &found) : pkg_->scope->lookupParent(name, &found);
  if (!obj) {
    error(id->pos(), "undefined: " + name);
    x.invalid = true;
    return;
  }
  info_.uses[id] = obj;
  if (!isa<PkgName>(obj))
    use(obj);
  if (!dotImports_.empty() && obj->pkg != pkg_) {
    auto dot = dotImports_.find({found, obj});
    if (dot != dotImports_.end())
      dot->second->used = true;
  }
  switch (obj->kind) {
  case ObjectKind::PkgName:
    error(id->pos(), "use of package " + name + " without selector");
    x.invalid = true;
    return;
  case ObjectKind::Const:
    objDecl(obj);
    if (name == "iota" && !obj->pkg) {
      if (iota_ < 0) {
        error(id->pos(), "cannot use iota outside constant declaration");
        x.invalid = true;
        return;
      }
      x.mode = Mode::Constant;
      x.type = obj->type;
      x.value = Constant::makeInt(iota_);
      return;
    }
    x.mode = Mode::Constant;
    x.type = obj->type;
    x.value = cast<Const>(obj)->value;
    x.invalid = isInvalidType(x.type);
    return;
  case ObjectKind::TypeName:
    objDecl(obj);
    x.mode = Mode::TypeExpr;
    x.type = obj->type;
    x.invalid = isInvalidType(x.type);
    return;
  case ObjectKind::Var:
    objDecl(obj);
    x.mode = Mode::Variable;
    x.type = obj->type;
    x.invalid = isInvalidType(x.type);
    return;
  case ObjectKind::Func:
    objDecl(obj);
    x.mode = Mode::Value;
    x.type = obj->type;
    return;
  case ObjectKind::Builtin:
    x.mode = Mode::Builtin;
    x.builtin = cast<Builtin>(obj)->id;
    x.type = ctx_.basic(BasicKind::Invalid);
    return;
  case ObjectKind::Nil:
    x.mode = Mode::Value;
    x.type = obj->type;
    return;
  case ObjectKind::Label:
    x.invalid = true;
    return;
  }
}

void Checker::basicLit(Operand &x, BasicLit *lit) {
  if (lit->bad) {
    x.invalid = true;
    return;
  }
  x.mode = Mode::Constant;
  std::string text(lit->value);
  switch (lit->kind) {
  case Token::INT:
    x.type = ctx_.basic(BasicKind::UntypedInt);
    x.value = Constant::fromLiteral(Token::INT, text);
    return;
  case Token::FLOAT: {
    // Exact rationals cannot hold 1e1000000000; gc's big floats cannot either.
    NumberLiteral num;
    if (classifyNumber(lit->value, num) && num.exponent > 10000) {
      error(lit->pos(), "floating-point constant overflow");
      x.invalid = true;
      return;
    }
    x.type = ctx_.basic(BasicKind::UntypedFloat);
    // Below any float's range: zero, without computing 10^-10000 exactly.
    x.value = num.exponent < -10000 ? Constant::makeFloat(BigRat(0))
                                    : Constant::fromLiteral(Token::FLOAT, text);
    return;
  }
  case Token::IMAG:
    x.type = ctx_.basic(BasicKind::UntypedComplex);
    x.value = Constant::fromLiteral(Token::IMAG, text);
    return;
  case Token::CHAR: {
    int32_t r = 0;
    if (!decodeRuneLiteral(lit->value, r)) {
      x.invalid = true;
      return;
    }
    x.type = ctx_.basic(BasicKind::UntypedRune);
    x.value = Constant::makeInt(r);
    return;
  }
  case Token::STRING: {
    std::string s;
    if (!decodeStringLiteral(lit->value, s)) {
      x.invalid = true;
      return;
    }
    x.type = ctx_.basic(BasicKind::UntypedString);
    x.value = Constant::makeString(std::move(s));
    return;
  }
  default:
    x.invalid = true;
    return;
  }
}

void Checker::compositeLit(Operand &x, CompositeLit *lit, Type *hint) {
  Type *t = nullptr;
  if (lit->type) {
    if (auto *at = dyn_cast<ArrayType>(lit->type); at && at->len && isa<Ellipsis>(at->len)) {
      // [...]T{...}: the length is the number of elements.
      Type *elem = typExpr(at->elt);
      int64_t n = 0, idx = 0;
      for (ast::Expr *el : lit->elts) {
        if (auto *kv = dyn_cast<KeyValueExpr>(el)) {
          Operand k;
          expr(k, kv->key);
          if (auto v = k.value.toInt64())
            idx = *v;
        }
        n = std::max(n, ++idx);
      }
      t = ctx_.make<Array>(elem, n);
      TypeAndValue tv;
      tv.mode = Mode::TypeExpr;
      tv.type = t;
      info_.types[lit->type] = tv;
    } else {
      t = typExpr(lit->type);
    }
  } else if (hint) {
    t = hint;
    // &T{} elided as {} in a []*T literal (or of a P whose core type is *T).
    if (auto *p = dyn_cast<Pointer>(coreOrUnderlying(t)))
      t = p->elem;
  } else {
    error(lit->pos(), "invalid composite literal type: missing type");
    x.invalid = true;
    return;
  }
  Type *u = coreOrUnderlying(t);
  auto elemAt = [&](ast::Expr *e, Type *elemType) {
    if (auto *cl = dyn_cast<CompositeLit>(e); cl && !cl->type) {
      Operand v;
      rawExpr(v, e, elemType);
      return;
    }
    Operand v;
    rawExpr(v, e, elemType);
    if (v.invalid)
      return;
    if (v.mode == Mode::TypeExpr || v.mode == Mode::NoValue) {
      expr(v, e);
      return;
    }
    assignment(v, elemType, "array or slice literal");
  };
  switch (u->kind) {
  case TypeKind::Struct: {
    auto *st = cast<Struct>(u);
    if (lit->elts.empty())
      break;
    if (isa<KeyValueExpr>(lit->elts[0])) {
      std::set<Var *> fieldsSet;
      for (ast::Expr *el : lit->elts) {
        auto *kv = dyn_cast<KeyValueExpr>(el);
        if (!kv) {
          error(el->pos(), "mixture of field:value and value elements in struct literal");
          continue;
        }
        auto *key = dyn_cast<Ident>(kv->key);
        Var *field = nullptr;
        if (key)
          for (Var *f : st->fields)
            if (f->name == key->name && (f->exported() || f->pkg == pkg_))
              field = f;
        if (!field) {
          error(kv->key->pos(), "unknown field '" +
                                    (key ? std::string(key->name) : std::string("?")) +
                                    "' in struct literal of type " + typeString(t));
          Operand v;
          expr(v, kv->value);
          continue;
        }
        info_.uses[key] = field;
        if (!fieldsSet.insert(field).second)
          error(kv->key->pos(), "duplicate field name " + field->name + " in struct literal");
        Operand v;
        rawExpr(v, kv->value, field->type);
        if (!v.invalid)
          assignment(v, field->type, "struct literal");
      }
    } else {
      size_t i = 0;
      for (ast::Expr *el : lit->elts) {
        if (isa<KeyValueExpr>(el)) {
          error(el->pos(), "mixture of field:value and value elements in struct literal");
          continue;
        }
        Operand v;
        rawExpr(v, el, i < st->fields.size() ? st->fields[i]->type : nullptr);
        if (i >= st->fields.size()) {
          error(el->pos(), "too many values in " + exprString(lit));
          break;
        }
        if (!v.invalid)
          assignment(v, st->fields[i]->type, "struct literal");
        ++i;
      }
      if (i < st->fields.size() && i == lit->elts.size())
        error(lit->rbrace, "too few values in " + exprString(lit));
    }
    break;
  }
  case TypeKind::Array:
  case TypeKind::Slice: {
    Type *elem = isa<Array>(u) ? cast<Array>(u)->elem : cast<Slice>(u)->elem;
    int64_t idx = 0;
    for (ast::Expr *el : lit->elts) {
      if (auto *kv = dyn_cast<KeyValueExpr>(el)) {
        // As gc: an untyped index becomes int; it must be an integer and,
        // here, a non-negative constant.
        Operand k;
        expr(k, kv->key);
        if (!k.invalid)
          convertUntyped(k, ctx_.basic(BasicKind::Int));
        if (k.invalid) {
          // reported
        } else if (!isInteger(k.type)) {
          error(kv->key->pos(), "invalid argument: index " + operandString(k) + " must be integer");
        } else if (k.mode != Mode::Constant) {
          error(el->pos(), "index " + exprString(kv->key) + " must be integer constant");
        } else if (auto v = k.value.toInt64(); !v || *v < 0) {
          error(kv->key->pos(), "invalid argument: index " + operandString(k) +
                                    (v ? " must not be negative" : " overflows int"));
        } else {
          idx = *v;
        }
        elemAt(kv->value, elem);
      } else {
        elemAt(el, elem);
      }
      if (auto *a = dyn_cast<Array>(u); a && idx >= a->len)
        error(el->pos(),
              "index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(a->len) + "]");
      ++idx;
    }
    break;
  }
  case TypeKind::Map: {
    auto *m = cast<Map>(u);
    std::vector<std::pair<Type *, Constant>> constKeys;
    for (ast::Expr *el : lit->elts) {
      auto *kv = dyn_cast<KeyValueExpr>(el);
      if (!kv) {
        error(el->pos(), "missing key in map literal");
        continue;
      }
      elemAt(kv->key, m->key);
      // Constant keys may not repeat (for interface keys: same value and type).
      const TypeAndValue *kt = info_.typeOf(kv->key);
      if (kt && kt->mode == Mode::Constant && kt->value.isKnown()) {
        bool dup = false;
        for (auto &[prevType, prevValue] : constKeys)
          if (Constant::compare(prevValue, Token::EQL, kt->value) &&
              (!isInterface(m->key) || identical(prevType, kt->type)))
            dup = true;
        if (dup)
          error(kv->key->pos(), "duplicate key " + kt->value.str() + " in map literal");
        else
          constKeys.push_back({kt->type, kt->value});
      }
      elemAt(kv->value, m->elem);
    }
    break;
  }
  default:
    if (!isInvalidType(u))
      error(lit->pos(), "invalid composite literal type " + typeString(t));
    x.invalid = true;
    return;
  }
  x.mode = Mode::Value;
  x.type = t;
}

void Checker::funcLit(Operand &x, FuncLit *lit) {
  Scope *sigScope = ctx_.scope(scope_);
  Signature *sig = funcType(nullptr, lit->type, sigScope);
  FuncState *outer = fn_;
  FuncState state;
  state.sig = sig;
  state.lit = lit;
  state.outer = outer;
  state.scope = sigScope;
  info_.captures[lit]; // present even when nothing is captured
  Scope *saved = scope_;
  fn_ = &state;
  funcBody(nullptr, sig, lit->body, sigScope);
  fn_ = outer;
  scope_ = saved;
  x.mode = Mode::Value;
  x.type = sig;
}

void Checker::selector(Operand &x, SelectorExpr *e) {
  std::string sel(e->sel->name);
  // A qualified identifier pkg.Name.
  if (auto *id = dyn_cast<Ident>(e->x)) {
    Object *obj = scope_ ? scope_->lookupParent(std::string(id->name))
                         : pkg_->scope->lookupParent(std::string(id->name));
    if (auto *pn = dyn_cast<PkgName>(obj)) {
      info_.uses[id] = pn;
      pn->used = true;
      if (pn->imported->fake) {
        x.invalid = true; // the import failed, and was reported
        return;
      }
      Object *member = pn->imported->scope ? pn->imported->scope->lookup(sel) : nullptr;
      if (!member || !member->exported()) {
        // gc sees only what export data holds, and says undefined either way.
        error(e->sel->pos(), "undefined: " + std::string(id->name) + "." + sel);
        x.invalid = true;
        return;
      }
      info_.uses[e->sel] = member;
      Selection s;
      s.kind = SelectionKind::Qualified;
      s.obj = member;
      info_.selections[e] = s;
      switch (member->kind) {
      case ObjectKind::Const:
        x.mode = Mode::Constant;
        x.type = member->type;
        x.value = cast<Const>(member)->value;
        return;
      case ObjectKind::TypeName:
        x.mode = Mode::TypeExpr;
        x.type = member->type;
        return;
      case ObjectKind::Var:
        x.mode = Mode::Variable;
        x.type = member->type;
        return;
      case ObjectKind::Func:
        x.mode = Mode::Value;
        x.type = member->type;
        return;
      case ObjectKind::Builtin: // unsafe.Sizeof and friends
        x.mode = Mode::Builtin;
        x.builtin = cast<Builtin>(member)->id;
        x.type = ctx_.basic(BasicKind::Invalid);
        return;
      case ObjectKind::PkgName:
      case ObjectKind::Label:
      case ObjectKind::Nil:
        x.invalid = true;
        return;
      }
    }
  }
  Operand base;
  exprOrType(base, e->x);
  if (base.invalid) {
    x.invalid = true;
    return;
  }
  // Unexported names of other packages are not found from here.
  struct LookupFrom {
    Package *&slot, *saved;
    ~LookupFrom() { slot = saved; }
  } lookupFrom{lookupFrom_, lookupFrom_};
  lookupFrom_ = pkg_;
  if (base.mode == Mode::TypeExpr) {
    // A method expression T.m or (*T).m.
    bool indirect = false, ptrOnly = false, ambiguous = false, fieldAmbiguous = false;
    int depth = 0;
    Type *where = nullptr;
    Func *m = lookupMethod(base.type, sel, indirect, ptrOnly, &depth, &ambiguous, &where);
    std::vector<int> fpath;
    bool findirect = false;
    Var *f = lookupField(base.type, sel, fpath, findirect, &fieldAmbiguous);
    if (ambiguous || fieldAmbiguous ||
        (m && f && static_cast<int>(fpath.size()) - 1 == depth && depth > 0)) {
      error(e->sel->pos(), "ambiguous selector " + exprString(e->x) + "." + sel);
      x.invalid = true;
      return;
    }
    if (!m || (ptrOnly && !isa<Pointer>(base.type))) {
      error(e->sel->pos(), typeString(base.type) + "." + sel + " undefined (type " +
                               typeString(base.type) +
                               (f ? " has no method " : " has no field or method ") + sel + ")");
      x.invalid = true;
      return;
    }
    use(m);
    info_.uses[e->sel] = m;
    Selection s;
    s.kind = SelectionKind::MethodExpr;
    s.obj = m;
    s.recv = base.type;
    info_.selections[e] = s;
    Signature *msig = where ? instanceMethodType(m, where) : m->signature();
    std::vector<Var *> params;
    params.push_back(ctx_.object<Var>("", NoPos, pkg_, base.type));
    for (Var *p : msig->params->vars)
      params.push_back(p);
    x.mode = Mode::Value;
    x.type = ctx_.make<Signature>(nullptr, ctx_.tuple(params), msig->results, msig->variadic);
    return;
  }
  std::vector<int> path;
  bool indirect = false;
  bool fieldAmbiguous = false, methodAmbiguous = false;
  Var *field = lookupField(base.type, sel, path, indirect, &fieldAmbiguous);
  {
    // A method at a shallower depth than the field hides it; at the same
    // depth the two make the selector ambiguous.
    bool mIndirect = false, mPtrOnly = false;
    int mDepth = 0;
    Func *m = lookupMethod(base.type, sel, mIndirect, mPtrOnly, &mDepth, &methodAmbiguous);
    int fDepth = static_cast<int>(path.size()) - 1;
    if (field && m && mDepth < fDepth)
      field = nullptr;
    else if (field && m && mDepth == fDepth && mDepth > 0)
      fieldAmbiguous = true;
    if (fieldAmbiguous || (methodAmbiguous && !field)) {
      error(e->sel->pos(), "ambiguous selector " + exprString(e->x) + "." + sel);
      x.invalid = true;
      return;
    }
  }
  if (Var *f = field) {
    info_.uses[e->sel] = f;
    Selection s;
    s.kind = SelectionKind::FieldVal;
    s.obj = f;
    s.recv = base.type;
    s.path = path;
    s.indirect = indirect;
    info_.selections[e] = s;
    x.mode = (base.mode == Mode::Variable || indirect || isa<Pointer>(underlying(base.type)))
                 ? Mode::Variable
                 : Mode::Value;
    x.type = f->type;
    return;
  }
  bool ptrOnly = false;
  indirect = false;
  Type *where = nullptr;
  if (Func *m = lookupMethod(base.type, sel, indirect, ptrOnly, nullptr, nullptr, &where)) {
    if (ptrOnly && base.mode != Mode::Variable && !isa<Pointer>(underlying(base.type))) {
      error(e->pos(), "cannot call pointer method " + sel + " on " + typeString(base.type));
      x.invalid = true;
      return;
    }
    // x.M with a pointer receiver on an addressable x means (&x).M.
    if (ptrOnly && !isa<Pointer>(underlying(base.type)))
      markAddressTaken(e->x);
    use(m);
    info_.uses[e->sel] = m;
    Selection s;
    s.kind = SelectionKind::MethodVal;
    s.obj = m;
    s.recv = base.type;
    s.indirect = indirect;
    info_.selections[e] = s;
    Signature *msig = where ? instanceMethodType(m, where) : m->signature();
    x.mode = Mode::Value;
    x.type = ctx_.make<Signature>(nullptr, msig->params, msig->results, msig->variadic);
    return;
  }
  if (isInvalidType(underlying(base.type))) {
    x.invalid = true;
    return;
  }
  std::string why;
  if (auto *p = dyn_cast<Pointer>(underlying(base.type)); p && isInterface(p->elem)) {
    why = "type " + typeString(base.type) + " is pointer to interface, not interface";
  } else {
    why = "type " + typeString(base.type) + " has no field or method " + sel;
    // A hint when only the case of the first letter is wrong.
    std::string other = sel;
    other[0] = std::isupper(static_cast<unsigned char>(other[0]))
                   ? static_cast<char>(std::tolower(static_cast<unsigned char>(other[0])))
                   : static_cast<char>(std::toupper(static_cast<unsigned char>(other[0])));
    std::vector<int> p2;
    bool ind2 = false, ptr2 = false;
    if (other != sel &&
        (lookupField(base.type, other, p2, ind2) || lookupMethod(base.type, other, ind2, ptr2)))
      why += ", but does have " + other;
  }
  error(e->sel->pos(), exprString(e->x) + "." + sel + " undefined (" + why + ")");
  x.invalid = true;
}

void Checker::indexExpr(Operand &x, IndexExpr *e) {
  Operand base;
  exprOrType(base, e->x);
  if (base.invalid) {
    x.invalid = true;
    Operand i;
    expr(i, e->index);
    return;
  }
  if (base.mode == Mode::TypeExpr ||
      (isa<Signature>(base.type) && !cast<Signature>(base.type)->typeParams.empty())) {
    instantiateExpr(x, e, e->x, {e->index});
    return;
  }
  Type *u = coreOrUnderlying(base.type);
  auto checkIndex = [&](int64_t length) {
    Operand i;
    expr(i, e->index);
    if (i.invalid)
      return;
    convertUntyped(i, ctx_.basic(BasicKind::Int));
    if (i.invalid)
      return;
    if (!isInteger(i.type)) {
      error(e->index->pos(), "invalid argument: index " + operandString(i) + " must be integer");
      return;
    }
    if (i.mode == Mode::Constant) {
      auto v = i.value.toInt64();
      if (v && *v < 0)
        error(e->index->pos(),
              "invalid argument: index " + operandString(i) + " must not be negative");
      else if (v && length >= 0 && *v >= length)
        error(e->index->pos(), "invalid argument: index " + std::to_string(*v) +
                                   " out of bounds [0:" + std::to_string(length) + "]");
    }
  };
  if (isString(u)) {
    int64_t len = base.mode == Mode::Constant ? (int64_t)base.value.stringValue().size() : -1;
    checkIndex(len);
    if (base.mode == Mode::Constant) {
      auto it = info_.types.find(e->index);
      if (it != info_.types.end() && it->second.mode == Mode::Constant) {
        // Indexing a constant string is not a constant.
      }
    }
    x.mode = Mode::Value;
    x.type = ctx_.byteType();
    if (isUntyped(base.type))
      updateExprType(e->x, ctx_.basic(BasicKind::String), true);
    return;
  }
  // A type parameter without a core type: every type of its set indexes
  // alike (identical elements, all maps with one key type or none).
  if (auto *tp = dyn_cast<TypeParam>(u)) {
    Type *key = nullptr, *elem = nullptr;
    int64_t length = -1;
    bool first = true;
    Mode mode = Mode::Variable;
    bool ok = eachTerm(tp, [&](Type *term) {
      Type *tu = underlying(term);
      Type *k = nullptr, *el = nullptr;
      int64_t l = -1;
      if (isString(tu)) {
        el = ctx_.byteType();
        mode = Mode::Value;
      } else if (auto *a = dyn_cast<Array>(tu)) {
        l = a->len, el = a->elem;
        if (base.mode != Mode::Variable)
          mode = Mode::Value;
      } else if (auto *p = dyn_cast<Pointer>(tu)) {
        if (auto *a = dyn_cast<Array>(underlying(p->elem)))
          l = a->len, el = a->elem;
      } else if (auto *sl = dyn_cast<Slice>(tu)) {
        el = sl->elem;
      } else if (auto *m = dyn_cast<Map>(tu)) {
        k = m->key, el = m->elem;
      }
      if (!el)
        return false;
      if (first) {
        first = false;
        length = l, key = k, elem = el;
        return true;
      }
      if ((key == nullptr) != (k == nullptr) || (key && !identical(key, k)) || !identical(elem, el))
        return false;
      if (l >= 0 && (length < 0 || l < length))
        length = l;
      return true;
    });
    if (ok) {
      if (key) {
        Operand k;
        expr(k, e->index);
        if (!k.invalid)
          assignment(k, key, "map index");
        x.mode = Mode::MapIndex;
      } else {
        checkIndex(length);
        x.mode = mode;
      }
      x.type = elem;
      return;
    }
  }
  switch (u->kind) {
  case TypeKind::Slice:
    checkIndex(-1);
    x.mode = Mode::Variable;
    x.type = cast<Slice>(u)->elem;
    return;
  case TypeKind::Array:
    checkIndex(cast<Array>(u)->len);
    x.mode = base.mode == Mode::Variable ? Mode::Variable : Mode::Value;
    x.type = cast<Array>(u)->elem;
    return;
  case TypeKind::Pointer:
    if (auto *a = dyn_cast<Array>(underlying(cast<Pointer>(u)->elem))) {
      checkIndex(a->len);
      x.mode = Mode::Variable;
      x.type = a->elem;
      return;
    }
    break;
  case TypeKind::Map: {
    Operand k;
    expr(k, e->index);
    if (!k.invalid)
      assignment(k, cast<Map>(u)->key, "map index");
    x.mode = Mode::MapIndex;
    x.type = cast<Map>(u)->elem;
    return;
  }
  default:
    break;
  }
  error(e->pos(), "invalid operation: cannot index " + operandString(base));
  Operand i;
  expr(i, e->index);
  x.invalid = true;
}

// G[A, B]: a generic type's instance (a type), or a generic function with
// explicit type arguments (all of them, or a prefix completed at the call).
void Checker::instantiateExpr(Operand &x, ast::Expr *e, ast::Expr *base,
                              const std::vector<ast::Expr *> &indices) {
  Operand b;
  exprOrType(b, base);
  if (b.invalid) {
    x.invalid = true;
    return;
  }
  if (b.mode == Mode::TypeExpr) {
    x.mode = Mode::TypeExpr;
    x.type = genericTypeInstance(e);
    x.invalid = isa<Basic>(x.type) && cast<Basic>(x.type)->basicKind == BasicKind::Invalid;
    return;
  }
  auto *sig = dyn_cast<Signature>(b.type);
  if (!sig || sig->typeParams.empty()) {
    error(e->pos(), "invalid operation: cannot index " + operandString(b));
    x.invalid = true;
    return;
  }
  std::vector<Type *> args;
  for (ast::Expr *ie : indices)
    args.push_back(typExpr(ie));
  x.mode = Mode::Value;
  if (args.size() < sig->typeParams.size()) {
    partialTypeArgs_[e] = args;
    x.type = sig;
    return;
  }
  Signature *inst = inferAndInstantiate(base, sig, args, nullptr, e->pos());
  if (!inst) {
    x.invalid = true;
    return;
  }
  x.type = inst;
}

void Checker::sliceExpr(Operand &x, SliceExpr *e) {
  Operand base;
  expr(base, e->x);
  for (ast::Expr *ix : {e->low, e->high, e->max}) {
    if (!ix)
      continue;
    Operand i;
    expr(i, ix);
    if (i.invalid)
      continue;
    convertUntyped(i, ctx_.basic(BasicKind::Int));
    if (!i.invalid && !isInteger(i.type))
      error(ix->pos(), "invalid argument: index " + operandString(i) + " must be integer");
    else if (!i.invalid && i.mode == Mode::Constant && i.value.toInt64() && *i.value.toInt64() < 0)
      error(ix->pos(), "invalid argument: index " + operandString(i) + " must not be negative");
  }
  if (base.invalid) {
    x.invalid = true;
    return;
  }
  Type *u = coreOrUnderlying(base.type);
  if (isString(u)) {
    if (e->slice3) {
      error(e->pos(), "invalid operation: 3-index slice of string");
      x.invalid = true;
      return;
    }
    x.mode = Mode::Value;
    x.type = isUntyped(base.type) ? ctx_.basic(BasicKind::String) : base.type;
    if (isUntyped(base.type))
      updateExprType(e->x, x.type, true);
    return;
  }
  switch (u->kind) {
  case TypeKind::Slice:
    x.mode = Mode::Value;
    x.type = base.type;
    return;
  case TypeKind::Array:
    if (base.mode != Mode::Variable) {
      error(e->pos(),
            "invalid operation: " + operandString(base) + " (slice of unaddressable value)");
      x.invalid = true;
      return;
    }
    markAddressTaken(e->x); // the slice points into the array
    x.mode = Mode::Value;
    x.type = ctx_.slice(cast<Array>(u)->elem);
    return;
  case TypeKind::Pointer:
    if (auto *a = dyn_cast<Array>(underlying(cast<Pointer>(u)->elem))) {
      x.mode = Mode::Value;
      x.type = ctx_.slice(a->elem);
      return;
    }
    break;
  default:
    break;
  }
  error(e->pos(), "cannot slice " + operandString(base));
  x.invalid = true;
}

void Checker::typeAssert(Operand &x, TypeAssertExpr *e) {
  Operand base;
  expr(base, e->x);
  if (!e->type) {
    error(e->pos(), "invalid syntax tree: use of .(type) outside type switch");
    x.invalid = true;
    return;
  }
  Type *t = typExpr(e->type);
  if (base.invalid || isInvalidType(t)) {
    x.invalid = true;
    return;
  }
  auto *iface = dyn_cast<Interface>(underlying(base.type));
  if (!iface) {
    error(e->x->pos(), "invalid operation: " + operandString(base) + " is not an interface");
    x.invalid = true;
    return;
  }
  // A type parameter is an interface here, as in go/types: its dynamic
  // type is only known when instantiated.
  if (!isInterface(t) && !isa<TypeParam>(t)) {
    std::string missing;
    if (!implements(t, iface, &missing)) {
      error(e->x->pos(), "impossible type assertion: " + exprString(e) + "\n\t" + typeString(t) +
                             " does not implement " + typeString(base.type) + " " + missing);
      x.invalid = true;
      return;
    }
  }
  x.mode = Mode::CommaOk;
  x.type = t;
}

void Checker::unary(Operand &x, UnaryExpr *e) {
  if (e->op == Token::AND) {
    // &x: x must be addressable, or a composite literal.
    ast::Expr *inner = e->x;
    while (auto *p = dyn_cast<ParenExpr>(inner))
      inner = p->x;
    Operand y;
    rawExpr(y, e->x, nullptr);
    if (y.invalid) {
      x.invalid = true;
      return;
    }
    if (y.mode == Mode::TypeExpr) {
      error(e->x->pos(), typeString(y.type) + " (type) is not an expression");
      x.invalid = true;
      return;
    }
    if (y.mode != Mode::Variable && !isa<CompositeLit>(inner)) {
      error(y.expr->pos(), "invalid operation: cannot take address of " + operandString(y));
      x.invalid = true;
      return;
    }
    markAddressTaken(inner);
    x.mode = Mode::Value;
    x.type = ctx_.pointer(y.type);
    return;
  }
  if (e->op == Token::ARROW) {
    Operand y;
    expr(y, e->x);
    if (y.invalid) {
      x.invalid = true;
      return;
    }
    auto *ch = dyn_cast<Chan>(coreOrUnderlying(y.type));
    if (!ch) {
      error(e->pos(), "invalid operation: cannot receive from non-channel " + operandString(y));
      x.invalid = true;
      return;
    }
    if (ch->dir == ChanDir::SendOnly) {
      error(y.expr->pos(),
            "invalid operation: cannot receive from send-only channel " + operandString(y));
      x.invalid = true;
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = ch->elem;
    return;
  }
  if (e->op == Token::TILDE) {
    unsupported(e->pos(), "type constraints");
    x.invalid = true;
    return;
  }
  Operand y;
  expr(y, e->x);
  if (y.invalid) {
    x.invalid = true;
    return;
  }
  bool ok = false;
  switch (e->op) {
  case Token::ADD:
  case Token::SUB:
    ok = isNumeric(y.type);
    break;
  case Token::XOR:
    ok = isInteger(y.type);
    break;
  case Token::NOT:
    ok = isBoolean(y.type);
    break;
  default:
    break;
  }
  if (!ok) {
    error(e->pos(), "invalid operation: operator " + std::string(tokenString(e->op)) +
                        " not defined on " + operandString(y));
    x.invalid = true;
    return;
  }
  x.mode = y.mode == Mode::Constant ? Mode::Constant : Mode::Value;
  x.type = y.type;
  if (y.mode == Mode::Constant) {
    unsigned bits = 0;
    if (isUnsigned(y.type) && !isUntyped(y.type)) {
      auto *b = cast<Basic>(underlying(y.type));
      switch (b->basicKind) {
      case BasicKind::Uint8:
        bits = 8;
        break;
      case BasicKind::Uint16:
        bits = 16;
        break;
      case BasicKind::Uint32:
        bits = 32;
        break;
      default:
        bits = 64;
        break;
      }
    }
    bool fine = true;
    x.value = Constant::unary(e->op, y.value, bits, fine);
    x.expr = e;
    if (constantOverflow(x, e->op == Token::XOR ? "bitwise complement" : "negation"))
      return;
    if (!isUntyped(x.type)) {
      x.expr = e;
      representable(x, cast<Basic>(underlying(x.type)), true);
    }
  }
}

// gc keeps integer constants within 512 bits: "constant multiplication
// overflow" and the like beyond.
bool Checker::constantOverflow(Operand &x, const char *what) {
  if (x.value.kind() != Constant::Kind::Int)
    return false;
  const BigInt &v = x.value.intValue();
  if (v == 0 || boost::multiprecision::msb(boost::multiprecision::abs(v)) < 512)
    return false;
  error(x.expr->pos(), std::string("constant ") + what + " overflow");
  x.invalid = true;
  return true;
}

void Checker::shift(Operand &x, Operand &y, BinaryExpr *e, Token op) {
  // The right operand: an integer, or an untyped constant representable as uint.
  if (y.mode == Mode::Constant) {
    auto v = y.value.toIntKind();
    if (!v || v->intValue() < 0) {
      error(y.expr->pos(), "invalid shift count " + operandString(y));
      x.invalid = true;
      return;
    }
    if (isUntyped(y.type))
      convertUntyped(y, ctx_.basic(BasicKind::Uint));
  } else {
    if (isUntyped(y.type)) { // an untyped shift: it becomes uint
      convertUntyped(y, ctx_.basic(BasicKind::Uint));
      if (y.invalid) {
        x.invalid = true;
        return;
      }
    }
    if (!isInteger(y.type)) {
      error(y.expr->pos(),
            "invalid operation: shift count " + operandString(y) + " must be integer");
      x.invalid = true;
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (isUntyped(x.type)) {
      auto xi = x.value.toIntKind();
      if (!xi) {
        error(x.expr->pos(),
              "invalid operation: shifted operand " + operandString(x) + " must be integer");
        x.invalid = true;
        return;
      }
      if (y.mode == Mode::Constant) {
        x.value = *xi;
        if (x.value.kind() == Constant::Kind::Int && isa<Basic>(x.type) &&
            cast<Basic>(x.type)->basicKind == BasicKind::UntypedFloat)
          x.type = ctx_.basic(BasicKind::UntypedInt);
      }
    }
    if (y.mode == Mode::Constant) {
      auto count = y.value.toUint64();
      if (!count || *count > 1100) {
        error(y.expr->pos(), "invalid shift count " + operandString(y));
        x.invalid = true;
        return;
      }
      if (!isInteger(x.type)) {
        error(x.expr->pos(),
              "invalid operation: shifted operand " + operandString(x) + " must be integer");
        x.invalid = true;
        return;
      }
      x.value = Constant::shift(x.value, op, *count);
      x.expr = e;
      if (constantOverflow(x, "shift"))
        return;
      if (!isUntyped(x.type))
        representable(x, cast<Basic>(underlying(x.type)), true);
      return;
    }
    // Non-constant shift of an untyped constant: the result is an untyped
    // value of the constant's kind (1.0 << s is an untyped float) that
    // takes the type its context gives it, int when there is none;
    // updateExprType checks that type is an integer.
    if (isUntyped(x.type)) {
      x.mode = Mode::Value;
      return;
    }
  }
  if (!isInteger(x.type)) {
    error(x.expr->pos(),
          "invalid operation: shifted operand " + operandString(x) + " must be integer");
    x.invalid = true;
    return;
  }
  x.mode = Mode::Value;
}

// How gc names the kind of a type in comparison errors.
std::string Checker::kindString(Type *t) {
  Type *u = underlying(t);
  switch (u->kind) {
  case TypeKind::Array:
    return "array";
  case TypeKind::Slice:
    return "slice";
  case TypeKind::Struct:
    return "struct";
  case TypeKind::Pointer:
    return "pointer";
  case TypeKind::Signature:
    return "func";
  case TypeKind::Interface:
    return isa<TypeParam>(t) ? "type parameter " + typeString(t) : "interface";
  case TypeKind::Map:
    return "map";
  case TypeKind::Chan:
    return "chan";
  default:
    return typeString(t);
  }
}

// Spec "Comparison operators", with gc's messages: the error is at the
// operand at fault (the right one for mismatched types).
void Checker::comparison(Operand &x, Operand &y, Token op) {
  auto isNil = [](const Operand &o) {
    return isa<Basic>(o.type) && cast<Basic>(o.type)->basicKind == BasicKind::UntypedNil;
  };
  auto incomparable = [&](Type *t) {
    Type *u = underlying(t);
    if (isa<Slice>(u) || isa<Signature>(u) || isa<Map>(u))
      return kindString(t) + " can only be compared to nil";
    if (auto *st = dyn_cast<Struct>(u))
      for (Var *f : st->fields)
        if (!comparable(f->type))
          return "struct containing " + typeString(f->type) + " cannot be compared";
    if (isa<Array>(u))
      return typeString(t) + " cannot be compared";
    return std::string();
  };
  const Operand *errOp = &x;
  std::string why;
  bool ok = true;
  if (!assignableTo(x, y.type) && !assignableTo(y, x.type)) {
    ok = false;
    errOp = &y;
    why = "mismatched types " + typeString(x.type) + " and " + typeString(y.type);
  } else if (op == Token::EQL || op == Token::NEQ) {
    if (isNil(x) || isNil(y)) {
      Type *other = isNil(x) ? y.type : x.type;
      if (!hasNil(other) || (isNil(x) && isNil(y))) {
        ok = false;
        errOp = &y;
      }
    } else if (!comparable(x.type)) {
      ok = false;
      why = incomparable(x.type);
    } else if (!comparable(y.type)) {
      ok = false;
      errOp = &y;
      why = incomparable(y.type);
    }
  } else if (!isOrdered(x.type)) {
    ok = false;
  } else if (!isOrdered(y.type)) {
    ok = false;
    errOp = &y;
  }
  if (!ok) {
    if (why.empty()) {
      if (isa<TypeParam>(x.type) || isa<TypeParam>(y.type)) {
        if (!isa<TypeParam>(x.type))
          errOp = &y;
        why = "type parameter " + typeString(errOp->type) + " is not comparable with " +
              std::string(tokenString(op));
      } else {
        why = "operator " + std::string(tokenString(op)) + " not defined on " +
              (isNil(*errOp) ? std::string("nil") : kindString(errOp->type));
      }
    }
    error(errOp->expr->pos(), "invalid operation: " + exprString(x.expr) + " " +
                                  std::string(tokenString(op)) + " " + exprString(y.expr) + " (" +
                                  why + ")");
    x.invalid = true;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.value = Constant::makeBool(Constant::compare(x.value, op, y.value));
    x.type = ctx_.basic(BasicKind::UntypedBool);
    return;
  }
  // Untyped operands take their default types when compared to each other.
  if (isUntyped(x.type))
    convertUntyped(x, defaultType(x.type));
  if (isUntyped(y.type))
    convertUntyped(y, defaultType(y.type));
  x.mode = Mode::Value;
  x.type = ctx_.basic(BasicKind::UntypedBool);
}

void Checker::binary(Operand &x, BinaryExpr *e, ast::Expr *lhs, ast::Expr *rhs, Token op) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid || y.invalid) {
    x.invalid = true;
    return;
  }
  if (op == Token::SHL || op == Token::SHR) {
    shift(x, y, e, op);
    return;
  }
  // Untyped operands are converted to the other operand's type, where an
  // implicit conversion could apply at all (gc's matchTypes).
  auto isNilOp = [](const Operand &o) {
    return isa<Basic>(o.type) && cast<Basic>(o.type)->basicKind == BasicKind::UntypedNil;
  };
  auto mayConvert = [&](const Operand &a, const Operand &b) {
    if ((isInterface(a.type) && !isa<TypeParam>(a.type)) ||
        (isInterface(b.type) && !isa<TypeParam>(b.type)))
      return true;
    if (isBoolean(a.type) != isBoolean(b.type) || isString(a.type) != isString(b.type))
      return false;
    if (isNilOp(a))
      return hasNil(b.type);
    if (isNilOp(b))
      return hasNil(a.type);
    return true;
  };
  if (!mayConvert(x, y)) {
    // Left for the mismatch below.
  } else if (isUntyped(x.type) && !isUntyped(y.type) && !isNilOp(x)) {
    convertUntyped(x, y.type);
  } else if (isUntyped(y.type) && !isUntyped(x.type) && !isNilOp(y)) {
    convertUntyped(y, x.type);
  } else if (isUntyped(x.type) && isUntyped(y.type)) {
    // Both untyped: the "larger" kind wins (int < rune < float < complex).
    auto rank = [](Type *t) {
      switch (cast<Basic>(t)->basicKind) {
      case BasicKind::UntypedInt:
        return 1;
      case BasicKind::UntypedRune:
        return 2;
      case BasicKind::UntypedFloat:
        return 3;
      case BasicKind::UntypedComplex:
        return 4;
      default:
        return 0;
      }
    };
    if (rank(x.type) && rank(y.type) && rank(x.type) != rank(y.type)) {
      Operand &smaller = rank(x.type) < rank(y.type) ? x : y;
      smaller.type = rank(x.type) < rank(y.type) ? y.type : x.type;
      if (smaller.mode != Mode::Constant)
        updateExprType(smaller.expr, smaller.type, false);
    }
  }
  if (x.invalid || y.invalid) {
    x.invalid = true;
    return;
  }
  bool isCmp = op == Token::EQL || op == Token::NEQ || op == Token::LSS || op == Token::LEQ ||
               op == Token::GTR || op == Token::GEQ;
  if (isCmp) {
    comparison(x, y, op);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (!isInvalidType(x.type) && !isInvalidType(y.type)) {
      std::string what =
          e ? exprString(e)
            : exprString(lhs) + " " + std::string(tokenString(op)) + "= " + exprString(rhs);
      error(e ? e->pos() : x.expr->pos(), "invalid operation: " + what + " (mismatched types " +
                                              typeString(x.type) + " and " + typeString(y.type) +
                                              ")");
    }
    x.invalid = true;
    return;
  }
  bool ok = false;
  switch (op) {
  case Token::ADD:
    // Each type of a type parameter's type set a number or a string.
    ok = isBasicInfo(x.type, IsNumeric | IsString);
    break;
  case Token::SUB:
  case Token::MUL:
  case Token::QUO:
    ok = isNumeric(x.type);
    break;
  case Token::REM:
  case Token::AND:
  case Token::OR:
  case Token::XOR:
  case Token::AND_NOT:
    ok = isInteger(x.type);
    break;
  case Token::LAND:
  case Token::LOR:
    ok = isBoolean(x.type);
    break;
  default:
    break;
  }
  if (!ok) {
    error(x.expr->pos(), "invalid operation: operator " + std::string(tokenString(op)) +
                             " not defined on " + operandString(x));
    x.invalid = true;
    return;
  }
  if ((op == Token::QUO || op == Token::REM) && y.mode == Mode::Constant &&
      (x.mode == Mode::Constant || isInteger(x.type)) && y.value.isKnown() &&
      y.value.kind() != Constant::Kind::Bool && y.value.ratValue() == 0 &&
      y.value.imagValue() == 0) {
    error(y.expr->pos(), "invalid operation: division by zero");
    x.invalid = true;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    bool fine = true;
    bool intDiv = isInteger(x.type);
    x.value = Constant::binary(x.value, op, y.value, intDiv, fine);
    x.expr = e;
    if (constantOverflow(x, op == Token::ADD   ? "addition"
                            : op == Token::SUB ? "subtraction"
                            : op == Token::MUL ? "multiplication"
                            : op == Token::XOR ? "bitwise XOR"
                                               : "operation"))
      return;
    if (!isUntyped(x.type))
      representable(x, cast<Basic>(underlying(x.type)), true);
    return;
  }
  x.mode = Mode::Value;
}

std::string Checker::operandString(const Operand &x) {
  // The expression as gc prints it (normalised, long literals elided).
  std::string expr = x.expr ? exprString(x.expr) : "";
  if (x.mode == Mode::TypeExpr || x.mode == Mode::Builtin || x.mode == Mode::NoValue)
    return expr;
  if (isa<Basic>(x.type) && cast<Basic>(x.type)->basicKind == BasicKind::UntypedNil)
    return "nil";
  std::string what;
  if (x.mode == Mode::Constant) {
    std::string val = x.value.str();
    if (isUntyped(x.type))
      return expr + " (" + typeString(x.type) + " constant" + (expr == val ? "" : " " + val) + ")";
    return expr + " (constant" + (expr == val ? "" : " " + val) + " of type " + typeString(x.type) +
           ")";
  }
  what = x.mode == Mode::Variable || x.mode == Mode::MapIndex ? "variable" : "value";
  if (isUntyped(x.type))
    return expr + " (" + typeString(x.type) + " " + what + ")";
  return expr + " (" + what + " of type " + typeString(x.type) + ")";
}

} // namespace gocxx::types
