// Assignability, representability of constants, untyped conversion, method
// and field lookup (with embedding), and interface satisfaction.
#include <algorithm>
#include <cmath>

#include <functional>

#include "checker.h"

namespace gocxx::types {

using namespace gocxx::ast;

Type *Checker::defaultType(Type *t) {
  auto *b = dyn_cast<Basic>(t);
  if (!b)
    return t;
  switch (b->basicKind) {
  case BasicKind::UntypedBool:
    return ctx_.basic(BasicKind::Bool);
  case BasicKind::UntypedInt:
    return ctx_.basic(BasicKind::Int);
  case BasicKind::UntypedRune:
    return ctx_.runeType();
  case BasicKind::UntypedFloat:
    return ctx_.basic(BasicKind::Float64);
  case BasicKind::UntypedComplex:
    return ctx_.basic(BasicKind::Complex128);
  case BasicKind::UntypedString:
    return ctx_.basic(BasicKind::String);
  default:
    return t;
  }
}

bool Checker::representable(Operand &x, Basic *t, bool report) {
  const Constant &v = x.value;
  bool ok = true;
  bool truncated = false;
  if (t->info & IsInteger) {
    auto iv = v.toIntKind();
    if (!iv) {
      ok = false;
      truncated = v.kind() == Constant::Kind::Float;
    } else {
      const BigInt &i = iv->intValue();
      BigInt lo, hi;
      switch (t->basicKind) {
      case BasicKind::Int8:
        lo = -128, hi = 127;
        break;
      case BasicKind::Int16:
        lo = -32768, hi = 32767;
        break;
      case BasicKind::Int32:
        lo = INT32_MIN, hi = INT32_MAX;
        break;
      case BasicKind::Int:
      case BasicKind::Int64:
        lo = INT64_MIN, hi = INT64_MAX;
        break;
      case BasicKind::Uint8:
        lo = 0, hi = 255;
        break;
      case BasicKind::Uint16:
        lo = 0, hi = 65535;
        break;
      case BasicKind::Uint32:
        lo = 0, hi = UINT32_MAX;
        break;
      case BasicKind::Uint:
      case BasicKind::Uint64:
      case BasicKind::Uintptr:
        lo = 0, hi = UINT64_MAX;
        break;
      default:
        lo = BigInt(-1) << 100000, hi = BigInt(1) << 100000;
        break; // untyped
      }
      ok = i >= lo && i <= hi;
      if (ok)
        x.value = *iv;
    }
  } else if (t->info & IsFloat) {
    if (v.kind() == Constant::Kind::Complex && v.imagValue() == 0)
      x.value = Constant::makeFloat(v.ratValue()); // a complex constant with no imaginary part
    if (x.value.kind() != Constant::Kind::Int && x.value.kind() != Constant::Kind::Float)
      ok = false;
    else if (t->basicKind == BasicKind::Float32 || t->basicKind == BasicKind::Float64) {
      // A typed float constant holds its value rounded to the type, as go/types does.
      auto rounded =
          Constant::roundToFloat(x.value.ratValue(), t->basicKind == BasicKind::Float32 ? 24 : 53);
      ok = rounded.has_value();
      if (ok)
        x.value = Constant::makeFloat(*rounded);
    }
  } else if (t->info & IsComplex) {
    ok = v.kind() == Constant::Kind::Int || v.kind() == Constant::Kind::Float ||
         v.kind() == Constant::Kind::Complex;
    if (ok && (t->basicKind == BasicKind::Complex64 || t->basicKind == BasicKind::Complex128)) {
      int precision = t->basicKind == BasicKind::Complex64 ? 24 : 53;
      auto re = Constant::roundToFloat(v.ratValue(), precision);
      auto im = Constant::roundToFloat(v.imagValue(), precision);
      ok = re && im;
      if (ok)
        x.value = Constant::makeComplex(*re, *im);
    } else if (ok && v.kind() != Constant::Kind::Complex) {
      x.value = Constant::makeComplex(v.ratValue(), BigRat(0));
    }
  } else if (t->info & IsString) {
    ok = v.kind() == Constant::Kind::String;
  } else if (t->info & IsBoolean) {
    ok = v.kind() == Constant::Kind::Bool;
  } else {
    ok = false;
  }
  if (!ok && report) {
    if (truncated)
      error(x.expr->pos(), operandString(x) + " truncated to " + typeString(t));
    else if (isNumeric(x.type) && isNumeric(t))
      error(x.expr->pos(), operandString(x) + " overflows " + typeString(t));
    else
      error(x.expr->pos(), "cannot use " + operandString(x) + " as " + typeString(t) + " value");
    x.invalid = true;
  }
  return ok;
}

void Checker::convertUntyped(Operand &x, Type *target) {
  if (x.invalid || !isUntyped(x.type) || isUntyped(target)) {
    if (!x.invalid && isUntyped(x.type) && isUntyped(target)) {
      // Both untyped: the larger numeric kind.
      x.type = target;
      if (x.expr)
        updateExprType(x.expr, target, false);
    }
    return;
  }
  auto *xb = cast<Basic>(x.type);
  Type *tu = underlying(target);
  auto fail = [&] { // gc's invalidConversion
    error(x.expr->pos(), "cannot convert " + operandString(x) + " to " + typeString(target));
    x.invalid = true;
  };
  if (auto *tb = dyn_cast<Basic>(tu)) {
    if (x.mode == Mode::Constant) {
      bool kindOk = (isNumeric(xb) && isNumeric(tb)) || (isString(xb) && isString(tb)) ||
                    (isBoolean(xb) && isBoolean(tb));
      if (!kindOk) {
        fail();
        return;
      }
      if (isInteger(tb) && x.value.kind() == Constant::Kind::Float && !x.value.toIntKind()) {
        error(x.expr->pos(), operandString(x) + " truncated to " + typeString(target));
        x.invalid = true;
        return;
      }
      if (!representable(x, tb, true))
        return;
      if (isFloat(tb) && x.value.kind() == Constant::Kind::Int)
        x.value = Constant::makeFloat(x.value.ratValue());
    } else {
      bool ok = (isBoolean(xb) && isBoolean(tb)) || (isNumeric(xb) && isNumeric(tb)) ||
                (isString(xb) && isString(tb));
      if (xb->basicKind == BasicKind::UntypedNil)
        ok = tb->basicKind == BasicKind::UnsafePointer;
      if (!ok) {
        fail();
        return;
      }
    }
  } else if (isa<Interface>(tu)) {
    if (xb->basicKind == BasicKind::UntypedNil) {
      x.type = target;
      if (x.expr)
        updateExprType(x.expr, target, true);
      return;
    }
    // An untyped value stored in an interface takes its default type.
    if (!cast<Interface>(tu)->allMethods.empty()) {
      Type *d = defaultType(x.type);
      x.type = d;
      if (x.expr)
        updateExprType(x.expr, d, true);
      return;
    }
    target = defaultType(x.type);
  } else if (auto *tp = dyn_cast<TypeParam>(tu)) {
    // Every type of the type set must take the value; nil stays untyped
    // (go/types' implicitTypeAndValue).
    Interface *it = constraintInterface(tp);
    bool ok = it && it->hasTerms && !it->terms.empty();
    for (size_t i = 0; ok && i < it->terms.size(); ++i) {
      Type *u = underlying(it->terms[i].type);
      auto *ub = dyn_cast<Basic>(u);
      if (xb->basicKind == BasicKind::UntypedNil) {
        ok = hasNil(u);
      } else if (!ub || !((isNumeric(xb) && isNumeric(ub)) || (isString(xb) && isString(ub)) ||
                          (isBoolean(xb) && isBoolean(ub)))) {
        ok = false;
      } else if (x.mode == Mode::Constant) {
        Operand y = x;
        if (isInteger(ub) && y.value.kind() == Constant::Kind::Float && !y.value.toIntKind())
          ok = false;
        else
          ok = representable(y, ub, false);
      }
    }
    if (!ok) {
      fail();
      return;
    }
    if (xb->basicKind == BasicKind::UntypedNil)
      return;
    // A value of type T now (T's types differ, so it is no constant).
    if (x.mode == Mode::Constant) {
      if (x.expr)
        updateExprType(x.expr, defaultType(x.type), true);
      x.mode = Mode::Value;
      x.type = target;
      return;
    }
  } else if (xb->basicKind == BasicKind::UntypedNil) {
    if (!hasNil(target)) {
      fail();
      return;
    }
  } else {
    fail();
    return;
  }
  x.type = target;
  if (x.expr)
    updateExprType(x.expr, target, true);
}

bool Checker::assignableTo(Operand &x, Type *t, std::string *reason) {
  Type *v = x.type;
  if (identical(v, t))
    return true;
  Type *vu = underlying(v), *tu = underlying(t);
  if (isUntyped(v)) {
    auto *b = cast<Basic>(v);
    if (auto *tb = dyn_cast<Basic>(tu)) {
      if (b->basicKind == BasicKind::UntypedNil)
        return tb->basicKind == BasicKind::UnsafePointer;
      if (x.mode != Mode::Constant)
        return (isBoolean(b) && isBoolean(tb)) || (isNumeric(b) && isNumeric(tb)) ||
               (isString(b) && isString(tb));
      Operand y = x;
      if (!((isNumeric(b) && isNumeric(tb)) || (isString(b) && isString(tb)) ||
            (isBoolean(b) && isBoolean(tb))))
        return false;
      return representable(y, tb, false);
    }
    // To a type parameter: if every type of its type set takes it.
    if (auto *tp = dyn_cast<TypeParam>(tu))
      return eachTerm(tp, [&](Type *term) {
        Operand y = x;
        return assignableTo(y, term, nullptr);
      });
    if (b->basicKind == BasicKind::UntypedNil)
      return hasNil(t);
    if (auto *it = dyn_cast<Interface>(tu))
      return it->allMethods.empty() || implements(defaultType(v), it, reason);
    return false;
  }
  // Identical underlying types and at least one is not a named type (the
  // predeclared types are named too).
  auto named = [](Type *x) { return isa<Named>(x) || isa<Basic>(x); };
  if (identical(vu, tu) && (!named(v) || !named(t)) && !isa<TypeParam>(v) && !isa<TypeParam>(t))
    return true;
  if (auto *it = dyn_cast<Interface>(tu); it && !isa<TypeParam>(t)) {
    std::string missing;
    if (implements(v, it, &missing))
      return true;
    if (reason)
      *reason = typeString(v) + " does not implement " + typeString(t) + " " + missing;
    return false;
  }
  // An interface value where a type implementing it is wanted.
  if (auto *vi = dyn_cast<Interface>(vu); vi && !isa<TypeParam>(v) && implements(t, vi)) {
    if (reason)
      *reason = "need type assertion";
    return false;
  }
  // A bidirectional channel assigned to a directional one of the same element.
  if (auto *vc = dyn_cast<Chan>(vu)) {
    if (auto *tc = dyn_cast<Chan>(tu); tc && vc->dir == ChanDir::SendRecv &&
                                       identical(vc->elem, tc->elem) &&
                                       (!isa<Named>(v) || !isa<Named>(t)))
      return true;
  }
  // With type parameters: an unnamed V to each type of T's type set, or
  // each type of V's type set to an unnamed T.
  auto hasName = [](Type *x) { return isa<Named>(x) || isa<Basic>(x) || isa<TypeParam>(x); };
  if (auto *tp = dyn_cast<TypeParam>(t); tp && !hasName(v))
    return eachTerm(tp, [&](Type *term) {
      Operand y = x;
      return assignableTo(y, term, nullptr);
    });
  if (auto *vp = dyn_cast<TypeParam>(v); vp && !hasName(t))
    return eachTerm(vp, [&](Type *term) {
      Operand y = x;
      y.type = term;
      return assignableTo(y, t, nullptr);
    });
  return false;
}

// Whether f holds for every type of tp's type set; false for a set without
// specific types (any, a constraint of methods only).
Type *Checker::coreString(Type *t) {
  auto *tp = dyn_cast<TypeParam>(t);
  if (!tp)
    return coreType(t);
  if (eachTerm(tp, [](Type *x) { return isString(x) || isByteSlice(x); }))
    return ctx_.basic(BasicKind::String);
  return coreType(t);
}

bool Checker::eachTerm(TypeParam *tp, const std::function<bool(Type *)> &f) {
  Interface *it = constraintInterface(tp);
  if (!it)
    return false;
  completeInterface(it);
  if (!it->hasTerms || it->terms.empty())
    return false;
  for (const Term &term : it->terms)
    if (!f(term.type))
      return false;
  return true;
}

void Checker::assignment(Operand &x, Type *t, const std::string &context) {
  if (x.invalid || !t)
    return;
  if (isa<Basic>(t) && cast<Basic>(t)->basicKind == BasicKind::Invalid) {
    x.invalid = true;
    return;
  }
  if (isa<Tuple>(x.type)) {
    error(x.expr->pos(), "multiple-value " + operandString(x) + " in single-value context");
    x.invalid = true;
    return;
  }
  if (isUntyped(x.type)) {
    Type *target = t;
    if (isInterface(t) && !isa<TypeParam>(t)) {
      if (isa<Basic>(x.type) && cast<Basic>(x.type)->basicKind == BasicKind::UntypedNil) {
        x.type = t;
        updateExprType(x.expr, t, true);
        return;
      }
      target = defaultType(x.type);
    }
    // gc reports "cannot use X as T value in <context>" for a kind mismatch.
    auto *xb = cast<Basic>(x.type);
    if (auto *tb = dyn_cast<Basic>(underlying(target));
        tb && xb->basicKind != BasicKind::UntypedNil) {
      bool kindOk = (isNumeric(xb) && isNumeric(tb)) || (isString(xb) && isString(tb)) ||
                    (isBoolean(xb) && isBoolean(tb));
      if (!kindOk) {
        error(x.expr->pos(),
              "cannot use " + operandString(x) + " as " + typeString(t) + " value in " + context);
        x.invalid = true;
        return;
      }
      if (x.mode == Mode::Constant) {
        bool truncated =
            isInteger(tb) && x.value.kind() == Constant::Kind::Float && !x.value.toIntKind();
        Operand y = x;
        if (truncated || !representable(y, tb, false)) {
          error(x.expr->pos(), "cannot use " + operandString(x) + " as " + typeString(t) +
                                   " value in " + context +
                                   (truncated ? " (truncated)" : " (overflows)"));
          x.invalid = true;
          return;
        }
      }
    } else if (xb->basicKind == BasicKind::UntypedNil && !hasNil(t)) {
      error(x.expr->pos(), "cannot use nil as " + typeString(t) + " value in " + context);
      x.invalid = true;
      return;
    } else if (isa<TypeParam>(underlying(target))) {
      Operand y = x;
      if (!assignableTo(y, target, nullptr)) {
        error(x.expr->pos(),
              "cannot use " + operandString(x) + " as " + typeString(t) + " value in " + context);
        x.invalid = true;
        return;
      }
    } else if (!isa<Basic>(underlying(target)) && xb->basicKind != BasicKind::UntypedNil) {
      error(x.expr->pos(),
            "cannot use " + operandString(x) + " as " + typeString(t) + " value in " + context);
      x.invalid = true;
      return;
    }
    convertUntyped(x, target);
    if (x.invalid)
      return;
  }
  std::string reason;
  if (!assignableTo(x, t, &reason)) {
    std::string msg =
        "cannot use " + operandString(x) + " as type " + typeString(t) + " in " + context;
    if (!reason.empty())
      msg += ":\n\t" + reason;
    error(x.expr->pos(), msg);
    x.invalid = true;
  }
}

// An unexported field or method is visible only from its own package, when
// a selector looks it up (lookupFrom_); interface satisfaction looks by name.
bool Checker::visible(Object *obj) const {
  return !lookupFrom_ || obj->exported() || obj->pkg == lookupFrom_;
}

Var *Checker::lookupField(Type *t, const std::string &name, std::vector<int> &path, bool &indirect,
                          bool *ambiguous) {
  // Breadth-first over embedded fields, as the spec's depth rule requires.
  struct Entry {
    Type *type;
    std::vector<int> path;
    bool indirect;
  };
  std::vector<Entry> level = {{t, {}, false}};
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::vector<Entry> next;
    Var *found = nullptr;
    int count = 0;
    for (auto &e : level) {
      Type *u = underlying(e.type);
      bool ind = e.indirect;
      if (auto *p = dyn_cast<Pointer>(u)) {
        u = underlying(p->elem);
        ind = true;
      }
      auto *st = dyn_cast<Struct>(u);
      if (!st)
        continue;
      for (size_t i = 0; i < st->fields.size(); ++i) {
        Var *f = st->fields[i];
        std::vector<int> p = e.path;
        p.push_back(static_cast<int>(i));
        if (f->name == name && visible(f)) {
          if (!found) {
            found = f;
            path = p;
            indirect = ind;
          }
          ++count;
        } else if (f->embedded) {
          next.push_back({f->type, p, ind});
        }
      }
    }
    if (found) {
      if (count > 1 && ambiguous)
        *ambiguous = true;
      return count == 1 ? found : nullptr;
    }
    level = std::move(next);
  }
  return nullptr;
}

Func *Checker::lookupMethod(Type *t, const std::string &name, bool &indirect, bool &ptrRecvOnly,
                            int *depthOut, bool *ambiguous, Type **foundIn) {
  if (depthOut)
    *depthOut = 0;
  if (foundIn)
    *foundIn = nullptr;
  Type *base = t;
  if (auto *p = dyn_cast<Pointer>(base)) {
    base = p->elem;
    indirect = true;
  }
  if (auto *it = dyn_cast<Interface>(underlying(base)); it && !indirect) {
    completeInterface(it);
    for (Func *m : it->allMethods)
      if (m->name == name)
        return m;
    return nullptr;
  }
  // A type parameter has the methods of its constraint.
  if (auto *tp = dyn_cast<TypeParam>(base); tp && !indirect) {
    if (Interface *it = constraintInterface(tp)) {
      completeInterface(it);
      for (Func *m : it->allMethods)
        if (m->name == name)
          return m;
    }
    return nullptr;
  }
  // Methods of the named type, then promoted through embedded fields; two at
  // the shallowest depth make the selector ambiguous.
  std::vector<Type *> level = {base};
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::vector<Type *> next;
    Func *found = nullptr;
    Type *where = nullptr;
    int count = 0;
    bool foundPtrOnly = false;
    for (Type *ty : level) {
      Type *b = ty;
      bool viaPtr = false;
      if (auto *p = dyn_cast<Pointer>(b); p && depth > 0) { // an embedded *T
        b = p->elem;
        viaPtr = true;
      }
      if (auto *n = dyn_cast<Named>(b)) {
        for (Func *m : (n->origin ? n->origin : n)->methods) {
          if (m->name != name || !visible(m))
            continue;
          if (!m->type)
            objDecl(m);
          Signature *sig = m->signature();
          if (!found) {
            found = m;
            where = n;
            foundPtrOnly = sig && sig->recv && isa<Pointer>(sig->recv->type) && !viaPtr;
          }
          ++count;
        }
      }
      if (depth > 0)
        if (auto *it = dyn_cast<Interface>(underlying(b))) {
          completeInterface(it);
          for (Func *m : it->allMethods)
            if (m->name == name) {
              if (!found)
                found = m;
              ++count;
            }
        }
      if (auto *st = dyn_cast<Struct>(underlying(b)))
        for (Var *f : st->fields)
          if (f->embedded)
            next.push_back(f->type);
    }
    if (found) {
      if (count > 1) {
        if (ambiguous)
          *ambiguous = true;
        return nullptr;
      }
      ptrRecvOnly = foundPtrOnly;
      if (depthOut)
        *depthOut = depth;
      if (foundIn)
        *foundIn = where;
      return found;
    }
    level = std::move(next);
  }
  return nullptr;
}

// Whether t implements iface; if not, *missing says why as gc does:
// "(missing M method)", "(M method has pointer receiver)", "(wrong type for
// M method)" with the two signatures.
bool Checker::implements(Type *t, Interface *iface, std::string *missing) {
  completeInterface(iface);
  auto funcString = [&](Func *f) {
    Signature *sig = f->signature();
    if (!sig)
      return f->name;
    auto *plain = ctx_.make<Signature>(nullptr, sig->params, sig->results, sig->variadic);
    return f->name + typeString(plain).substr(4); // drop "func"
  };
  auto why = [&](const std::string &text, const std::string &tail = "") {
    if (missing)
      *missing = "(" + text + ")" + tail;
    return false;
  };
  auto missingMethod = [&](Func *m) {
    if (auto *p = dyn_cast<Pointer>(underlying(t)); p && isInterface(p->elem))
      return why("type " + typeString(t) + " is pointer to interface, not interface");
    return why("missing " + m->name + " method");
  };
  if (auto *ti = dyn_cast<Interface>(underlying(t))) {
    completeInterface(ti);
    for (Func *m : iface->allMethods) {
      auto it = std::find_if(ti->allMethods.begin(), ti->allMethods.end(),
                             [&](Func *o) { return o->name == m->name; });
      if (it == ti->allMethods.end())
        return missingMethod(m);
    }
    return true;
  }
  for (Func *m : iface->allMethods) {
    bool indirect = false, ptrOnly = false;
    Type *where = nullptr;
    Func *found = lookupMethod(t, m->name, indirect, ptrOnly, nullptr, nullptr, &where);
    if (!found)
      return missingMethod(m);
    if (ptrOnly && !isa<Pointer>(t))
      return why(m->name + " method has pointer receiver");
    Signature *a = where ? instanceMethodType(found, where) : found->signature();
    Signature *b = m->signature();
    if (!a || !b ||
        !identical(ctx_.make<Signature>(nullptr, a->params, a->results, a->variadic),
                   ctx_.make<Signature>(nullptr, b->params, b->results, b->variadic)))
      return why("wrong type for " + m->name + " method",
                 "\n\t\thave " + funcString(found) + "\n\t\twant " + funcString(m));
  }
  return true;
}

} // namespace gocxx::types
