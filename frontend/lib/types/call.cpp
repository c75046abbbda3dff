// Calls: function and method calls with Go's argument passing (variadic
// parameters, f(g()) with a multi-valued g), conversions T(x), and the
// built-in functions.
#include "checker.h"
#include "gocxx/frontend/types/sizes.h"

namespace gocxx::types {

using namespace gocxx::ast;

void Checker::callExpr(Operand &x, CallExpr *call) {
  Operand f;
  exprOrType(f, call->fun);
  if (f.invalid) {
    for (ast::Expr *a : call->args) {
      Operand y;
      rawExpr(y, a, nullptr);
    }
    x.invalid = true;
    return;
  }
  if (f.mode == Mode::TypeExpr) {
    // A conversion T(x).
    if (call->args.size() != 1) {
      error(call->args.empty() ? call->rparen : call->args[1]->pos(),
            call->args.empty() ? "missing argument in conversion to " + typeString(f.type)
                               : "too many arguments in conversion to " + typeString(f.type));
      x.invalid = true;
      return;
    }
    if (call->ellipsis != NoPos) {
      error(call->ellipsis, "invalid use of ... in conversion to " + typeString(f.type));
    }
    expr(x, call->args[0]);
    if (x.invalid)
      return;
    x.expr = call;
    conversion(x, f.type);
    return;
  }
  if (f.mode == Mode::Builtin) {
    builtinCall(x, call, f.builtin);
    return;
  }
  auto *sig = dyn_cast<Signature>(coreOrUnderlying(f.type));
  if (!sig) {
    error(call->fun->pos(), "invalid operation: cannot call non-function " + operandString(f));
    for (ast::Expr *a : call->args) {
      Operand y;
      rawExpr(y, a, nullptr);
    }
    x.invalid = true;
    return;
  }
  std::vector<Operand> args;
  sig = arguments(call, sig, args);
  if (!sig) {
    x.invalid = true;
    return;
  }
  auto &res = sig->results->vars;
  if (res.empty()) {
    x.mode = Mode::NoValue;
    x.type = ctx_.tuple({});
  } else if (res.size() == 1) {
    x.mode = Mode::Value;
    x.type = res[0]->type;
  } else {
    x.mode = Mode::Value;
    x.type = sig->results;
  }
}

Signature *Checker::arguments(CallExpr *call, Signature *sig, std::vector<Operand> &args) {
  // Evaluate the arguments; a single call argument may supply several values.
  if (call->args.size() == 1 && call->ellipsis == NoPos) {
    multiExpr(args, call->args[0]);
  } else {
    auto &params = sig->params->vars;
    for (size_t i = 0; i < call->args.size(); ++i) {
      Type *hint = nullptr;
      if (i < params.size())
        hint = params[i]->type;
      if (sig->variadic && i + 1 >= params.size() && call->ellipsis == NoPos && !params.empty())
        hint = cast<Slice>(params.back()->type)->elem;
      Operand a;
      rawExpr(a, call->args[i], hint);
      if (!a.invalid) {
        if (a.mode == Mode::TypeExpr || a.mode == Mode::Builtin || a.mode == Mode::NoValue) {
          Operand b;
          expr(b, call->args[i]);
          a = b;
        } else if (isa<Tuple>(a.type)) {
          error(call->args[i]->pos(),
                "multiple-value " + operandString(a) + " in single-value context");
          a.invalid = true;
        }
      }
      args.push_back(a);
    }
  }
  for (auto &a : args)
    if (a.invalid)
      return sig;

  if (!sig->typeParams.empty() && !sig->recv) {
    // A call of a generic function: infer the missing type arguments.
    ast::Expr *fun = call->fun;
    while (auto *p = dyn_cast<ParenExpr>(fun))
      fun = p->x;
    std::vector<Type *> explicitArgs;
    if (auto it = partialTypeArgs_.find(fun); it != partialTypeArgs_.end()) {
      explicitArgs = it->second;
      if (auto *ix = dyn_cast<IndexExpr>(fun))
        fun = ix->x;
      else if (auto *il = dyn_cast<IndexListExpr>(fun))
        fun = il->x;
    }
    sig = inferAndInstantiate(fun, sig, explicitArgs, &args, call->rparen, call->ellipsis != NoPos);
    if (!sig)
      return nullptr;
    TypeAndValue tv;
    tv.mode = Mode::Value;
    tv.type = sig;
    info_.types[call->fun] = tv;
  }

  auto &params = sig->params->vars;
  size_t nparams = params.size();
  bool variadic = sig->variadic;
  if (call->ellipsis != NoPos) {
    if (!variadic) {
      error(call->pos(), "cannot use ... in call to non-variadic " + exprString(call->fun));
      return sig;
    }
    if (args.size() != nparams) {
      error(call->rparen, "not enough arguments in call");
      return sig;
    }
    for (size_t i = 0; i < nparams; ++i)
      assignment(args[i], params[i]->type, "argument to " + exprString(call->fun));
    return sig;
  }
  size_t minArgs = variadic ? nparams - 1 : nparams;
  if (args.size() < minArgs || (!variadic && args.size() > nparams)) {
    // gc: at the first extra argument, or the last one given.
    bool tooFew = args.size() < minArgs;
    Pos at = tooFew ? (args.empty() ? call->pos() : call->args.back()->pos())
                    : call->args[std::min(nparams, call->args.size() - 1)]->pos();
    std::vector<Type *> have, want;
    for (auto &a : args)
      have.push_back(a.type);
    for (Var *p : params)
      want.push_back(p->type);
    std::string wantText = typesSummary(want);
    if (variadic && !params.empty()) {
      // The variadic parameter as ...T.
      std::string last = typeString(cast<Slice>(params.back()->type));
      size_t pos = wantText.rfind(last);
      if (pos != std::string::npos)
        wantText.replace(pos, last.size(),
                         "..." + typeString(cast<Slice>(params.back()->type)->elem));
    }
    error(at, std::string(tooFew ? "not enough" : "too many") + " arguments in call to " +
                  exprString(call->fun) + "\n\thave " + typesSummary(have) + "\n\twant " +
                  wantText);
    return sig;
  }
  for (size_t i = 0; i < args.size(); ++i) {
    Type *t =
        (variadic && i + 1 >= nparams) ? cast<Slice>(params.back()->type)->elem : params[i]->type;
    assignment(args[i], t, "argument to " + exprString(call->fun));
  }
  return sig;
}

// Whether t's size depends on a type argument (unsafe.Sizeof of it is no
// constant): a type parameter, or an array or struct of one.
bool Checker::hasVarSize(Type *t) {
  Type *u = underlying(t);
  if (isa<TypeParam>(u))
    return true;
  if (auto *a = dyn_cast<Array>(u))
    return hasVarSize(a->elem);
  if (auto *st = dyn_cast<Struct>(u))
    for (Var *f : st->fields)
      if (hasVarSize(f->type))
        return true;
  return false;
}

void Checker::conversion(Operand &x, Type *t) {
  Type *tu = underlying(t);
  Type *xu = underlying(x.type);
  bool constArg = x.mode == Mode::Constant;
  bool ok = false;
  // A constant converted to a type parameter: a value (not a constant),
  // convertible to each type of the parameter's type set.
  if (auto *tp = dyn_cast<TypeParam>(t); tp && constArg && isUntyped(x.type)) {
    Interface *it = constraintInterface(tp);
    bool all = it && it->hasTerms && !it->terms.empty();
    if (all)
      for (auto &term : it->terms) {
        Type *u = underlying(term.type);
        if (!((isNumeric(x.type) && isNumeric(u)) || (isString(x.type) && isString(u)) ||
              (isBoolean(x.type) && isBoolean(u)) || (isInteger(x.type) && isString(u))))
          all = false;
      }
    if (all) {
      updateExprType(cast<CallExpr>(x.expr)->args[0], defaultType(x.type), true);
      x.mode = Mode::Value;
      x.type = t;
      return;
    }
  }
  if (constArg && isConstType(t)) {
    auto *tb = cast<Basic>(tu);
    // Constant conversions must be representable, except integer -> string.
    if (isString(tb) && isInteger(x.type)) {
      auto v = x.value.toInt64();
      int32_t r =
          v && *v >= 0 && *v <= 0x10FFFF && !(*v >= 0xD800 && *v <= 0xDFFF) ? (int32_t)*v : 0xFFFD;
      std::string s;
      auto put = [&](uint32_t c) { s += static_cast<char>(c); };
      if (r < 0x80)
        put(r);
      else if (r < 0x800)
        put(0xC0 | (r >> 6)), put(0x80 | (r & 0x3F));
      else if (r < 0x10000)
        put(0xE0 | (r >> 12)), put(0x80 | ((r >> 6) & 0x3F)), put(0x80 | (r & 0x3F));
      else
        put(0xF0 | (r >> 18)), put(0x80 | ((r >> 12) & 0x3F)), put(0x80 | ((r >> 6) & 0x3F)),
            put(0x80 | (r & 0x3F));
      x.value = Constant::makeString(s);
      ok = true;
    } else if ((isNumeric(x.type) && isNumeric(tb)) || (isString(x.type) && isString(tb)) ||
               (isBoolean(x.type) && isBoolean(tb))) {
      Operand y = x;
      if (isInteger(tb) && x.value.kind() == Constant::Kind::Float && !x.value.toIntKind()) {
        error(x.expr->pos(),
              "cannot convert " + operandString(x) + " to type " + typeString(t) + " (truncated)");
        x.invalid = true;
        return;
      }
      if (isInteger(tb)) {
        if (auto v = x.value.toIntKind())
          x.value = *v;
      } else if (isFloat(tb) && x.value.kind() == Constant::Kind::Int) {
        x.value = Constant::makeFloat(x.value.ratValue());
      }
      if (!representable(x, tb, false)) {
        error(x.expr->pos(), "cannot convert " + operandString(y) + " to type " + typeString(t));
        x.invalid = true;
        return;
      }
      ok = true;
    }
    if (ok) {
      updateExprType(cast<CallExpr>(x.expr)->args[0], isUntyped(x.type) ? t : x.type, true);
      x.type = t;
      return;
    }
  }
  // Non-constant conversions (spec "Conversions").
  if (isUntyped(x.type)) {
    Type *target = t;
    if (isInterface(t) || (constArg && !isConstType(t)))
      target = defaultType(x.type);
    if (isa<Basic>(x.type) && cast<Basic>(x.type)->basicKind == BasicKind::UntypedNil) {
      if (!hasNil(t)) {
        error(x.expr->pos(), "cannot convert nil to type " + typeString(t));
        x.invalid = true;
        return;
      }
      updateExprType(cast<CallExpr>(x.expr)->args[0], t, true);
      x.mode = Mode::Value;
      x.type = t;
      return;
    }
    Operand y = x;
    y.expr = cast<CallExpr>(x.expr)->args[0];
    if (isNumeric(x.type) && isNumeric(t)) {
      target = t;
    } else if (target == t && isInteger(x.type) && isString(t)) {
      target = defaultType(x.type); // string(1 << n)
    } else if (target == t && !(isString(x.type) && isString(t)) &&
               !(isBoolean(x.type) && isBoolean(t))) {
      error(y.expr->pos(), "cannot convert " + operandString(y) + " to type " + typeString(t));
      x.invalid = true;
      return;
    }
    convertUntyped(y, target);
    if (y.invalid) {
      x.invalid = true;
      return;
    }
    x.type = y.type;
    xu = underlying(x.type);
  }
  if (!convertibleTo(x, t)) {
    Operand arg = x;
    if (auto *call = dyn_cast<CallExpr>(x.expr); call && call->args.size() == 1)
      arg.expr = call->args[0];
    error(arg.expr->pos(), "cannot convert " + operandString(arg) + " to type " + typeString(t));
    x.invalid = true;
    return;
  }
  x.mode = Mode::Value;
  x.type = t;
}

// Whether a non-constant x converts to t (spec "Conversions"); with type
// parameters, whether each type of their type sets does (go/types'
// convertibleTo).
bool Checker::convertibleTo(Operand &x, Type *t) {
  Type *tu = underlying(t);
  Type *xu = underlying(x.type);
  bool ok = false;
  std::string reason;
  if (assignableTo(x, t, &reason))
    ok = true;
  else if (identicalIgnoreTags(xu, tu) && !isa<TypeParam>(xu) && !isa<TypeParam>(tu))
    ok = true;
  else if (isa<Pointer>(x.type) && isa<Pointer>(t) &&
           identicalIgnoreTags(underlying(cast<Pointer>(x.type)->elem),
                               underlying(cast<Pointer>(t)->elem)))
    ok = true;
  else if ((isInteger(xu) || isFloat(xu)) && (isInteger(tu) || isFloat(tu)))
    ok = true;
  else if (isComplex(xu) && isComplex(tu))
    ok = true;
  else if (isUnsafePointer(tu) && (isa<Pointer>(xu) || isUintptr(xu)))
    ok = true;
  else if (isUnsafePointer(xu) && (isa<Pointer>(tu) || isUintptr(tu)))
    ok = true;
  else if (isString(tu) && (isInteger(xu)))
    ok = true;
  else if (isString(tu) && isa<Slice>(xu) && isInteger(cast<Slice>(xu)->elem) &&
           (cast<Basic>(underlying(cast<Slice>(xu)->elem))->basicKind == BasicKind::Uint8 ||
            cast<Basic>(underlying(cast<Slice>(xu)->elem))->basicKind == BasicKind::Int32))
    ok = true;
  else if (isString(xu) && isa<Slice>(tu) && isInteger(cast<Slice>(tu)->elem) &&
           (cast<Basic>(underlying(cast<Slice>(tu)->elem))->basicKind == BasicKind::Uint8 ||
            cast<Basic>(underlying(cast<Slice>(tu)->elem))->basicKind == BasicKind::Int32))
    ok = true;
  else if (isa<Slice>(xu) && isa<Pointer>(tu) && isa<Array>(underlying(cast<Pointer>(tu)->elem)) &&
           identical(cast<Slice>(xu)->elem, cast<Array>(underlying(cast<Pointer>(tu)->elem))->elem))
    ok = true;
  if (ok)
    return true;
  auto *vp = dyn_cast<TypeParam>(x.type);
  auto *tp = dyn_cast<TypeParam>(t);
  if (vp)
    return eachTerm(vp, [&](Type *v) {
      Operand y = x;
      y.type = v;
      return tp ? eachTerm(tp, [&](Type *term) { return convertibleTo(y, term); })
                : convertibleTo(y, t);
    });
  if (tp)
    return eachTerm(tp, [&](Type *term) { return convertibleTo(x, term); });
  return false;
}

namespace {
bool isBasicKind(const Type *t, BasicKind k) {
  auto *b = dyn_cast<Basic>(t);
  return b && b->basicKind == k;
}
} // namespace

bool Checker::isUnsafePointer(Type *t) {
  return isBasicKind(underlying(t), BasicKind::UnsafePointer);
}
bool Checker::isUintptr(Type *t) { return isBasicKind(underlying(t), BasicKind::Uintptr); }

Type *Checker::typeOf(ast::Expr *e) {
  auto it = info_.types.find(e);
  return it == info_.types.end() ? ctx_.basic(BasicKind::Invalid) : it->second.type;
}

void Checker::builtinCall(Operand &x, CallExpr *call, BuiltinId id) {
  auto &a = call->args;
  std::string name;
  if (auto *ident = dyn_cast<Ident>(call->fun))
    name = std::string(ident->name);
  else if (auto *sel = dyn_cast<SelectorExpr>(call->fun))
    name = "unsafe." + std::string(sel->sel->name);
  auto nargs = [&](size_t min, size_t max) {
    if (a.size() < min) {
      error(call->pos(), "invalid operation: not enough arguments for " + exprString(call) +
                             " (expected " + std::to_string(min) + ", found " +
                             std::to_string(a.size()) + ")");
      return false;
    }
    if (a.size() > max) {
      error(call->pos(), "invalid operation: too many arguments for " + exprString(call) +
                             " (expected " + std::to_string(max) + ", found " +
                             std::to_string(a.size()) + ")");
      return false;
    }
    return true;
  };
  auto evalAll = [&] {
    for (ast::Expr *e : a) {
      Operand y;
      rawExpr(y, e, nullptr);
    }
  };
  // The argument count is right, or it was reported and x is invalid.
  auto arity = [&](size_t min, size_t max) {
    if (nargs(min, max))
      return true;
    evalAll();
    x.invalid = true;
    return false;
  };
  // Argument e evaluated into y, or x is invalid.
  auto arg = [&](Operand &y, ast::Expr *e) {
    expr(y, e);
    x.invalid = x.invalid || y.invalid;
    return !y.invalid;
  };
  x.mode = Mode::Value;
  switch (id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    if (!arity(1, 1))
      return;
    Operand y;
    if (!arg(y, a[0]))
      return;
    Type *u = coreOrUnderlying(y.type);
    if (auto *p = dyn_cast<Pointer>(u); p && isa<Array>(underlying(p->elem)))
      u = underlying(p->elem);
    bool ok = false;
    x.type = ctx_.basic(BasicKind::Int);
    if (isString(u) && id == BuiltinId::Len) {
      ok = true;
      if (y.mode == Mode::Constant) {
        x.mode = Mode::Constant;
        x.value = Constant::makeInt((int64_t)y.value.stringValue().size());
        if (isUntyped(y.type))
          updateExprType(a[0], ctx_.basic(BasicKind::String), true);
      }
    } else if (auto *arr = dyn_cast<Array>(u)) {
      ok = true;
      // len of an array is constant unless the operand has (non-constant)
      // function calls or channel receives.
      bool hasCall = false;
      ast::inspect(const_cast<Expr *>(a[0]), [&](ast::Node *n) {
        if (hasCall || !n || isa<FuncLit>(n))
          return false;
        if (auto *u = dyn_cast<UnaryExpr>(n); u && u->op == Token::ARROW)
          hasCall = true;
        if (auto *c = dyn_cast<CallExpr>(n)) {
          auto fun = info_.types.find(c->fun);
          auto res = info_.types.find(c);
          bool conversion = fun != info_.types.end() && fun->second.mode == Mode::TypeExpr;
          bool constant = res != info_.types.end() && res->second.mode == Mode::Constant;
          hasCall = !conversion && !constant;
        }
        return !hasCall;
      });
      if (!hasCall) {
        x.mode = Mode::Constant;
        x.value = Constant::makeInt(arr->len);
      }
    } else if (isa<Slice>(u) || isa<Chan>(u)) {
      ok = true;
    } else if (isa<Map>(u) && id == BuiltinId::Len) {
      ok = true;
    }
    if (!ok) {
      error(a[0]->pos(), "invalid argument: " + operandString(y) + " for " + name);
      x.invalid = true;
    }
    return;
  }
  case BuiltinId::Append: {
    if (a.empty()) {
      error(call->pos(),
            "invalid operation: not enough arguments for append() (expected 1, found 0)");
      x.invalid = true;
      return;
    }
    Operand s;
    expr(s, a[0]);
    if (s.invalid) {
      evalAll();
      x.invalid = true;
      return;
    }
    auto *sl = dyn_cast<Slice>(coreOrUnderlying(s.type));
    if (!sl) {
      if (isa<Basic>(s.type) && cast<Basic>(s.type)->basicKind == BasicKind::UntypedNil)
        error(a[0]->pos(), "first argument to append must be a slice; have untyped nil");
      else
        error(a[0]->pos(), "first argument to append must be a slice; have " + operandString(s));
      x.invalid = true;
      return;
    }
    if (call->ellipsis != NoPos) {
      if (a.size() != 2) {
        // As gc: append(s, x...) is a call of func([]T, ...T).
        std::vector<Type *> have;
        have.push_back(s.type);
        for (size_t i = 1; i < a.size(); ++i) {
          Operand t;
          expr(t, a[i]);
          have.push_back(t.invalid ? nullptr : t.type);
        }
        bool tooFew = a.size() < 2;
        error(tooFew ? a.back()->pos() : a[2]->pos(),
              std::string(tooFew ? "not enough" : "too many") +
                  " arguments in call to append\n\thave " + typesSummary(have) + "\n\twant (" +
                  typeString(s.type) + ", ..." + typeString(sl->elem) + ")");
        x.invalid = true;
        return;
      }
      Operand t;
      expr(t, a[1]);
      if (!t.invalid) {
        // append([]byte, string...) is allowed, also for a type parameter
        // whose types are strings and byte slices.
        Type *tc = coreString(t.type);
        if (tc && isString(tc) && isByteSlice(sl)) {
          if (isUntyped(t.type))
            convertUntyped(t, ctx_.basic(BasicKind::String));
        } else {
          // The spread is passed for ...E: it needs to be assignable to []E,
          // not to the first argument's type.
          assignment(t, ctx_.slice(sl->elem), "append");
        }
      }
    } else {
      for (size_t i = 1; i < a.size(); ++i) {
        Operand t;
        rawExpr(t, a[i], sl->elem);
        if (!t.invalid) {
          if (t.mode == Mode::TypeExpr || t.mode == Mode::NoValue)
            expr(t, a[i]);
          if (!t.invalid)
            assignment(t, sl->elem, "argument to append");
        }
      }
    }
    x.type = s.type;
    return;
  }
  case BuiltinId::Make: {
    if (a.empty()) {
      error(call->pos(),
            "invalid operation: not enough arguments for make() (expected 1, found 0)");
      x.invalid = true;
      return;
    }
    Type *t = typExpr(a[0]);
    Type *u = coreOrUnderlying(t);
    size_t min = 1;
    if (isa<Slice>(u))
      min = 2;
    else if (!isa<Map>(u) && !isa<Chan>(u)) {
      if (!(isa<Basic>(u) && cast<Basic>(u)->basicKind == BasicKind::Invalid))
        error(a[0]->pos(), "invalid argument: cannot make " + typeString(t) +
                               "; type must be slice, map, or channel");
      evalAll();
      x.invalid = true;
      return;
    }
    if (a.size() < min) {
      error(call->pos(), "invalid operation: " + std::string("make(") + typeString(t) +
                             ") expects 2 or 3 arguments; found 1");
      x.invalid = true;
      return;
    }
    size_t max = isa<Slice>(u) ? 3 : 2;
    if (a.size() > max) {
      error(call->pos(), "invalid operation: make(" + typeString(t) + ", ...) expects " +
                             std::to_string(min) + " or " + std::to_string(max) +
                             " arguments; found " + std::to_string(a.size()));
      x.invalid = true;
      return;
    }
    for (size_t i = 1; i < a.size(); ++i) {
      Operand n;
      expr(n, a[i]);
      if (n.invalid)
        continue;
      convertUntyped(n, ctx_.basic(BasicKind::Int));
      if (n.invalid)
        continue;
      if (!isInteger(n.type))
        error(a[i]->pos(), "cannot convert " + operandString(n) + " to type int");
      else if (n.mode == Mode::Constant && n.value.toInt64() && *n.value.toInt64() < 0)
        error(a[i]->pos(), "invalid argument: index " + operandString(n) + " must not be negative");
    }
    x.type = t;
    return;
  }
  case BuiltinId::New: {
    if (!nargs(1, 1)) {
      x.invalid = true;
      return;
    }
    x.type = ctx_.pointer(typExpr(a[0]));
    return;
  }
  case BuiltinId::Panic: {
    if (!arity(1, 1))
      return;
    Operand y;
    expr(y, a[0]);
    if (!y.invalid)
      assignment(y, ctx_.anyType(), "argument to panic");
    x.mode = Mode::NoValue;
    x.type = ctx_.tuple({});
    return;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    // println(f()) prints each of f's results, as gc allows.
    std::vector<Operand> values;
    if (a.size() == 1) {
      multiExpr(values, a[0]);
    } else {
      for (ast::Expr *e : a) {
        values.emplace_back();
        expr(values.back(), e);
      }
    }
    for (Operand &y : values) {
      ast::Expr *e = y.expr;
      if (y.invalid)
        continue;
      if (isUntyped(y.type)) {
        if (isa<Basic>(y.type) && cast<Basic>(y.type)->basicKind == BasicKind::UntypedNil) {
          error(e->pos(), "use of untyped nil in argument to built-in " + name);
          continue;
        }
        convertUntyped(y, defaultType(y.type));
      }
    }
    x.mode = Mode::NoValue;
    x.type = ctx_.tuple({});
    return;
  }
  case BuiltinId::Close: {
    if (!nargs(1, 1)) {
      x.invalid = true;
      return;
    }
    Operand y;
    expr(y, a[0]);
    if (!y.invalid) {
      auto *ch = dyn_cast<Chan>(underlying(y.type));
      if (!ch)
        error(a[0]->pos(), "invalid operation: cannot close non-channel " + operandString(y));
      else if (ch->dir == ChanDir::RecvOnly)
        error(a[0]->pos(),
              "invalid operation: cannot close receive-only channel " + operandString(y));
    }
    x.mode = Mode::NoValue;
    x.type = ctx_.tuple({});
    return;
  }
  case BuiltinId::Delete: {
    if (!arity(2, 2))
      return;
    Operand m, k;
    expr(m, a[0]);
    expr(k, a[1]);
    if (!m.invalid) {
      auto *mt = dyn_cast<Map>(underlying(m.type));
      if (!mt)
        error(a[0]->pos(), "invalid argument: " + operandString(m) + " is not a map");
      else if (!k.invalid)
        assignment(k, mt->key, "argument to delete");
    }
    x.mode = Mode::NoValue;
    x.type = ctx_.tuple({});
    return;
  }
  case BuiltinId::Copy: {
    if (!arity(2, 2))
      return;
    Operand d, s;
    expr(d, a[0]);
    expr(s, a[1]);
    if (!d.invalid && !s.invalid) {
      // Core types: a type parameter whose types are all strings and byte
      // slices copies as a string (coreString).
      auto *ds = dyn_cast<Slice>(coreType(d.type));
      Type *sc = coreString(s.type);
      auto *ss = dyn_cast<Slice>(sc);
      Type *srcElem = ss ? ss->elem : sc && isString(sc) ? ctx_.byteType() : nullptr;
      if (!ds || !srcElem) {
        error(a[0]->pos(), "invalid argument: copy expects slice arguments; found " +
                               operandString(d) + " and " + operandString(s));
      } else if (!identical(ds->elem, srcElem)) {
        error(a[0]->pos(), "invalid argument: arguments to copy " + operandString(d) + " and " +
                               operandString(s) + " have different element types " +
                               typeString(ds->elem) + " and " + typeString(srcElem));
      } else if (isUntyped(s.type)) {
        convertUntyped(s, ctx_.basic(BasicKind::String));
      }
    }
    x.type = ctx_.basic(BasicKind::Int);
    return;
  }
  case BuiltinId::Recover: {
    if (!arity(0, 0))
      return;
    x.type = ctx_.anyType();
    return;
  }
  case BuiltinId::Complex: {
    if (!arity(2, 2))
      return;
    Operand re, im;
    expr(re, a[0]);
    expr(im, a[1]);
    if (re.invalid || im.invalid) {
      x.invalid = true;
      return;
    }
    // An untyped operand takes the other's type; both untyped: float, and
    // float64 when one is not constant (a shift, which then fails).
    if (isUntyped(re.type) && !isUntyped(im.type)) {
      convertUntyped(re, im.type);
    } else if (isUntyped(im.type) && !isUntyped(re.type)) {
      convertUntyped(im, re.type);
    } else if (isUntyped(re.type) && (re.mode != Mode::Constant || im.mode != Mode::Constant)) {
      convertUntyped(re, ctx_.basic(BasicKind::Float64));
      convertUntyped(im, ctx_.basic(BasicKind::Float64));
    }
    if (re.invalid || im.invalid) {
      x.invalid = true;
      return;
    }
    bool untyped = isUntyped(re.type) && isUntyped(im.type);
    if (!untyped && !identical(re.type, im.type)) {
      error(call->pos(), "invalid operation: " + exprName(call) + " (mismatched types " +
                             typeString(re.type) + " and " + typeString(im.type) + ")");
      x.invalid = true;
      return;
    }
    Type *ft = untyped ? ctx_.basic(BasicKind::UntypedFloat) : re.type;
    if (!isFloat(ft) && !(untyped && isNumeric(re.type) && isNumeric(im.type))) {
      error(call->pos(), "invalid operation: " + exprName(call) + " (arguments have type " +
                             typeString(re.type) + ", expected floating-point)");
      x.invalid = true;
      return;
    }
    if (untyped) {
      x.type = ctx_.basic(BasicKind::UntypedComplex);
    } else {
      auto *b = cast<Basic>(underlying(ft));
      x.type = ctx_.basic(b->basicKind == BasicKind::Float32 ? BasicKind::Complex64
                                                             : BasicKind::Complex128);
    }
    if (re.mode == Mode::Constant && im.mode == Mode::Constant) {
      x.mode = Mode::Constant;
      x.value = Constant::makeComplex(re.value.ratValue(), im.value.ratValue());
      if (re.value.imagValue() != 0 || im.value.imagValue() != 0) {
        error(call->pos(), "invalid operation: complex arguments must be real");
        x.invalid = true;
      }
    }
    return;
  }
  case BuiltinId::Real:
  case BuiltinId::Imag: {
    if (!arity(1, 1))
      return;
    Operand c;
    if (!arg(c, a[0]))
      return;
    if (isUntyped(c.type) && c.mode != Mode::Constant) {
      // An untyped shift not yet typed: complex128, which a shift cannot be.
      convertUntyped(c, ctx_.basic(BasicKind::Complex128));
      if (c.invalid) {
        x.invalid = true;
        return;
      }
    }
    if (isUntyped(c.type) && c.mode == Mode::Constant) {
      x.mode = Mode::Constant;
      x.type = ctx_.basic(BasicKind::UntypedFloat);
      x.value =
          Constant::makeFloat(id == BuiltinId::Real ? c.value.ratValue() : c.value.imagValue());
      return;
    }
    if (!isComplex(c.type)) {
      error(a[0]->pos(), "invalid argument: " + operandString(c) + " not of complex type");
      x.invalid = true;
      return;
    }
    auto *b = cast<Basic>(underlying(c.type));
    x.type =
        ctx_.basic(b->basicKind == BasicKind::Complex64 ? BasicKind::Float32 : BasicKind::Float64);
    if (c.mode == Mode::Constant) {
      x.mode = Mode::Constant;
      x.value =
          Constant::makeFloat(id == BuiltinId::Real ? c.value.ratValue() : c.value.imagValue());
    }
    return;
  }
  case BuiltinId::Sizeof:
  case BuiltinId::Alignof: {
    if (!nargs(1, 1)) {
      x.invalid = true;
      return;
    }
    Operand y;
    if (!arg(y, a[0]))
      return;
    if (isUntyped(y.type))
      convertUntyped(y, defaultType(y.type));
    // Of a type whose size depends on a type argument: a value, not a constant.
    if (hasVarSize(y.type)) {
      x.mode = Mode::Value;
      x.type = ctx_.basic(BasicKind::Uintptr);
      return;
    }
    x.mode = Mode::Constant;
    x.type = ctx_.basic(BasicKind::Uintptr);
    x.value =
        Constant::makeInt(id == BuiltinId::Sizeof ? types::sizeOf(y.type) : types::alignOf(y.type));
    return;
  }
  case BuiltinId::Offsetof: {
    if (!nargs(1, 1)) {
      x.invalid = true;
      return;
    }
    ast::Expr *arg = a[0];
    while (auto *p = dyn_cast<ParenExpr>(arg))
      arg = p->x;
    auto *sel = dyn_cast<SelectorExpr>(arg);
    if (!sel) {
      error(arg->pos(), "invalid argument: " + exprName(arg) + " is not a selector expression");
      x.invalid = true;
      return;
    }
    Operand y;
    expr(y, arg);
    if (y.invalid) {
      x.invalid = true;
      return;
    }
    auto it = info_.selections.find(sel);
    if (it == info_.selections.end() || it->second.kind != SelectionKind::FieldVal) {
      error(arg->pos(), "invalid argument: " + exprName(arg) + " is a method value");
      x.invalid = true;
      return;
    }
    // The offset within the selector's operand, following embedded fields
    // (which unsafe.Offsetof does not follow through pointers).
    Type *t = typeOf(sel->x);
    int64_t off = 0;
    if (hasVarSize(t) ||
        (isa<Pointer>(underlying(t)) && hasVarSize(cast<Pointer>(underlying(t))->elem))) {
      x.mode = Mode::Value;
      x.type = ctx_.basic(BasicKind::Uintptr);
      return;
    }
    if (auto *p = dyn_cast<Pointer>(underlying(t)))
      t = p->elem; // p.f: the field of *p
    for (int index : it->second.path) {
      auto *st = dyn_cast<Struct>(underlying(t));
      if (!st)
        break;
      off += types::fieldOffsets(st)[static_cast<size_t>(index)];
      t = st->fields[static_cast<size_t>(index)]->type;
    }
    x.mode = Mode::Constant;
    x.type = ctx_.basic(BasicKind::Uintptr);
    x.value = Constant::makeInt(off);
    return;
  }
  case BuiltinId::Add:
  case BuiltinId::Slice: {
    if (!arity(2, 2))
      return;
    Operand p, n;
    expr(p, a[0]);
    expr(n, a[1]);
    if (!n.invalid)
      convertUntyped(n, ctx_.basic(BasicKind::Int));
    if (id == BuiltinId::Add) {
      if (!p.invalid)
        assignment(p, ctx_.basic(BasicKind::UnsafePointer), "argument to unsafe.Add");
      x.type = ctx_.basic(BasicKind::UnsafePointer);
      return;
    }
    auto *pt = p.invalid ? nullptr : dyn_cast<Pointer>(underlying(p.type));
    if (!pt) {
      if (!p.invalid)
        error(a[0]->pos(), "invalid argument: " + operandString(p) + " is not a pointer");
      x.invalid = true;
      return;
    }
    x.type = ctx_.slice(pt->elem);
    return;
  }
  }
}

} // namespace gocxx::types
