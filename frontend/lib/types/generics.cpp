// Generics (Go 1.18+): declaring type parameters and their constraints,
// type sets of constraint interfaces, instantiation of generic types and
// functions by substitution, function argument type inference by
// unification, and constraint satisfaction. Codegen turns generic code into
// C++ templates, so the checker records each instantiation's type arguments
// (Info::instances) rather than checking instantiated bodies again.
#include <algorithm>

#include "checker.h"

namespace gocxx::types {

using namespace gocxx::ast;

// [P any, Q ~int | ~string]: declares each parameter in scope as a type
// name whose type is a TypeParam; constraints may mention the parameters.
std::vector<TypeParam *> Checker::declareTypeParams(FieldList *list, Scope *scope) {
  std::vector<TypeParam *> tparams;
  if (!list)
    return tparams;
  std::vector<std::pair<Field *, std::vector<TypeParam *>>> groups;
  for (Field *f : list->list) {
    std::vector<TypeParam *> group;
    for (Ident *id : f->names) {
      auto *tn = ctx_.object<TypeName>(std::string(id->name), id->pos(), pkg_, nullptr);
      auto *tp = ctx_.make<TypeParam>(tn, nullptr, static_cast<int>(tparams.size()));
      tn->type = tp;
      tn->used = true;
      declare(scope, id, tn);
      tparams.push_back(tp);
      group.push_back(tp);
    }
    groups.push_back({f, group});
  }
  // Constraints are checked once all parameters are declared.
  Scope *saved = scope_;
  scope_ = scope;
  for (auto &[f, group] : groups) {
    Type *c = constraintType(f->type);
    for (TypeParam *tp : group)
      tp->constraint = c;
  }
  scope_ = saved;
  return tparams;
}

// A constraint: an interface type, or a type-set expression (~int | string)
// that stands for interface{ ~int | string }.
Type *Checker::constraintType(ast::Expr *e) {
  bool isTerm = isa<BinaryExpr>(e) && cast<BinaryExpr>(e)->op == Token::OR;
  isTerm = isTerm || (isa<UnaryExpr>(e) && cast<UnaryExpr>(e)->op == Token::TILDE);
  if (!isTerm) {
    Type *t = typExpr(e);
    if (isInterface(t) || (isa<Basic>(t) && cast<Basic>(t)->basicKind == BasicKind::Invalid))
      return t;
  }
  auto *it = ctx_.make<Interface>();
  it->unions.push_back(unionTerms(e));
  completeInterface(it);
  TypeAndValue tv;
  tv.mode = Mode::TypeExpr;
  tv.type = it;
  info_.types[e] = tv;
  return it;
}

// The terms of a union expression A | ~B | C.
std::vector<Term> Checker::unionTerms(ast::Expr *e) {
  std::vector<Term> terms;
  std::function<void(ast::Expr *)> walk = [&](ast::Expr *x) {
    if (auto *b = dyn_cast<BinaryExpr>(x); b && b->op == Token::OR) {
      walk(b->x);
      walk(b->y);
      return;
    }
    Term t;
    if (auto *u = dyn_cast<UnaryExpr>(x); u && u->op == Token::TILDE) {
      t.tilde = true;
      x = u->x;
    }
    t.type = typExpr(x);
    if (t.tilde && !identical(underlying(t.type), t.type))
      error(x->pos(), "invalid use of ~ (underlying type of " + typeString(t.type) + " is " +
                          typeString(underlying(t.type)) + ")");
    terms.push_back(t);
  };
  walk(e);
  return terms;
}

// Whether type t is in the type set of constraint c (methods aside).
static bool inTermSet(Type *t, const Interface *c) {
  if (!c->hasTerms)
    return true;
  for (const Term &term : c->terms) {
    if (term.tilde ? identical(underlying(t), underlying(term.type)) : identical(t, term.type))
      return true;
    // A type parameter argument satisfies the set if all its types do.
    if (auto *tp = dyn_cast<TypeParam>(t)) {
      Interface *ti = constraintInterface(tp);
      if (ti && ti->hasTerms && std::all_of(ti->terms.begin(), ti->terms.end(), [&](const Term &x) {
            return std::any_of(c->terms.begin(), c->terms.end(), [&](const Term &y) {
              return y.tilde ? identical(underlying(x.type), underlying(y.type))
                             : identical(x.type, y.type);
            });
          }))
        return true;
    }
  }
  return false;
}

bool Checker::satisfies(Type *t, Type *constraint, std::string &why) {
  auto *c = dyn_cast<Interface>(underlying(constraint));
  if (!c)
    return true;
  completeInterface(c);
  if (!inTermSet(t, c)) {
    why = typeString(t) + " does not satisfy " + typeString(constraint) + " (" + typeString(t) +
          " missing in " +
          [&] {
            std::string s;
            for (size_t i = 0; i < c->terms.size(); ++i)
              s += (i ? " | " : "") + std::string(c->terms[i].tilde ? "~" : "") +
                   typeString(c->terms[i].type);
            return s;
          }() +
          ")";
    return false;
  }
  if (c->isComparable && !comparable(t)) {
    why = typeString(t) + " does not satisfy comparable";
    return false;
  }
  if (!c->allMethods.empty()) {
    std::string missing;
    if (!implements(t, c, &missing)) {
      why = typeString(t) + " does not satisfy " + typeString(constraint) + " " + missing;
      return false;
    }
  }
  return true;
}

Type *Checker::subst(Type *t, const std::map<TypeParam *, Type *> &m) {
  if (!t || m.empty())
    return t;
  switch (t->kind) {
  case TypeKind::TypeParam: {
    auto it = m.find(cast<TypeParam>(t));
    return it == m.end() ? t : it->second;
  }
  case TypeKind::Basic:
    return t;
  case TypeKind::Pointer: {
    Type *e = subst(cast<Pointer>(t)->elem, m);
    return e == cast<Pointer>(t)->elem ? t : ctx_.pointer(e);
  }
  case TypeKind::Slice: {
    Type *e = subst(cast<Slice>(t)->elem, m);
    return e == cast<Slice>(t)->elem ? t : ctx_.slice(e);
  }
  case TypeKind::Array: {
    auto *a = cast<Array>(t);
    Type *e = subst(a->elem, m);
    return e == a->elem ? t : ctx_.make<Array>(e, a->len);
  }
  case TypeKind::Map: {
    auto *mt = cast<Map>(t);
    Type *k = subst(mt->key, m), *v = subst(mt->elem, m);
    return k == mt->key && v == mt->elem ? t : ctx_.make<Map>(k, v);
  }
  case TypeKind::Chan: {
    auto *c = cast<Chan>(t);
    Type *e = subst(c->elem, m);
    return e == c->elem ? t : ctx_.make<Chan>(c->dir, e);
  }
  case TypeKind::Struct: {
    auto *st = cast<Struct>(t);
    std::vector<Var *> fields;
    bool changed = false;
    for (Var *f : st->fields) {
      Type *ft = subst(f->type, m);
      if (ft != f->type) {
        changed = true;
        auto *nf = ctx_.object<Var>(f->name, f->pos, f->pkg, ft);
        nf->isField = true;
        nf->embedded = f->embedded;
        fields.push_back(nf);
      } else {
        fields.push_back(f);
      }
    }
    return changed ? ctx_.make<Struct>(std::move(fields), st->tags) : t;
  }
  case TypeKind::Tuple: {
    auto *tu = cast<Tuple>(t);
    std::vector<Var *> vars;
    bool changed = false;
    for (Var *v : tu->vars) {
      Type *vt = subst(v->type, m);
      if (vt != v->type) {
        changed = true;
        auto *nv = ctx_.object<Var>(v->name, v->pos, v->pkg, vt);
        nv->isParam = v->isParam;
        vars.push_back(nv);
      } else {
        vars.push_back(v);
      }
    }
    return changed ? ctx_.tuple(std::move(vars)) : t;
  }
  case TypeKind::Signature: {
    auto *sig = cast<Signature>(t);
    auto *params = cast<Tuple>(subst(sig->params, m));
    auto *results = cast<Tuple>(subst(sig->results, m));
    if (params == sig->params && results == sig->results)
      return t;
    return ctx_.make<Signature>(sig->recv, params, results, sig->variadic);
  }
  case TypeKind::Interface: {
    auto *it = cast<Interface>(t);
    bool changed = false;
    auto *nit = ctx_.make<Interface>();
    for (Func *fn : it->methods) {
      Type *ft = subst(fn->type, m);
      if (ft != fn->type) {
        changed = true;
        nit->methods.push_back(ctx_.object<Func>(fn->name, fn->pos, fn->pkg, cast<Signature>(ft)));
      } else {
        nit->methods.push_back(fn);
      }
    }
    for (Type *e : it->embeddeds) {
      Type *ne = subst(e, m);
      changed = changed || ne != e;
      nit->embeddeds.push_back(ne);
    }
    for (auto &u : it->unions) {
      std::vector<Term> nu;
      for (auto &term : u) {
        Type *nt = subst(term.type, m);
        changed = changed || nt != term.type;
        nu.push_back({term.tilde, nt});
      }
      nit->unions.push_back(nu);
    }
    nit->isComparable = it->isComparable;
    if (!changed)
      return t;
    completeInterface(nit);
    return nit;
  }
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    if (n->typeArgs.empty())
      return t;
    std::vector<Type *> args;
    bool changed = false;
    for (Type *a : n->typeArgs) {
      Type *na = subst(a, m);
      changed = changed || na != a;
      args.push_back(na);
    }
    return changed ? instantiateNamed(n->origin, args, NoPos) : t;
  }
  }
  return t;
}

// List[int]: one Named per distinct list of type arguments.
Named *Checker::instantiateNamed(Named *origin, const std::vector<Type *> &args, Pos pos) {
  std::string key;
  for (Type *a : args)
    key += typeString(a) + ";";
  auto &cache = instancesOf_[origin];
  for (auto &[k, inst] : cache)
    if (k == key) {
      bool same = true;
      for (size_t i = 0; i < args.size(); ++i)
        same = same && identical(args[i], inst->typeArgs[i]);
      if (same)
        return inst;
    }
  auto *inst = ctx_.make<Named>(origin->obj);
  inst->origin = origin;
  inst->typeArgs = args;
  cache.push_back({key, inst});
  std::map<TypeParam *, Type *> m;
  for (size_t i = 0; i < origin->typeParams.size() && i < args.size(); ++i)
    m[origin->typeParams[i]] = args[i];
  if (origin->underlying) {
    inst->underlying = underlying(subst(origin->underlying, m));
  } else {
    pendingInstances_.push_back(inst); // completed once the origin is
  }
  // Methods are shared with the origin; their signatures are substituted
  // where they are selected (see instanceMethodType).
  inst->methods = origin->methods;
  (void)pos;
  return inst;
}

// The signature of method fn selected on an instance of a generic type.
Signature *Checker::instanceMethodType(Func *fn, Type *recvType) {
  Type *base = recvType;
  if (auto *p = dyn_cast<Pointer>(base))
    base = p->elem;
  auto *inst = dyn_cast<Named>(base);
  Signature *sig = fn->signature();
  if (!inst || !inst->origin || !sig)
    return sig;
  std::map<TypeParam *, Type *> m;
  for (size_t i = 0; i < sig->typeParams.size() && i < inst->typeArgs.size(); ++i)
    m[sig->typeParams[i]] = inst->typeArgs[i];
  auto *params = cast<Tuple>(subst(sig->params, m));
  auto *results = cast<Tuple>(subst(sig->results, m));
  return ctx_.make<Signature>(sig->recv, params, results, sig->variadic);
}

// Type arguments of a generic type expression: List[int], Map[K, V].
Type *Checker::genericTypeInstance(ast::Expr *e) {
  ast::Expr *base = nullptr;
  std::vector<ast::Expr *> indices;
  if (auto *ix = dyn_cast<IndexExpr>(e))
    base = ix->x, indices = {ix->index};
  else if (auto *il = dyn_cast<IndexListExpr>(e))
    base = il->x, indices = il->indices;
  Operand b;
  exprOrType(b, base);
  if (b.invalid)
    return ctx_.basic(BasicKind::Invalid);
  auto *origin = dyn_cast<Named>(b.type);
  if (b.mode != Mode::TypeExpr || !origin || origin->typeParams.empty()) {
    error(base->pos(), operandString(b) + " is not a generic type");
    return ctx_.basic(BasicKind::Invalid);
  }
  std::vector<Type *> args;
  for (ast::Expr *ie : indices)
    args.push_back(typExpr(ie));
  if (args.size() != origin->typeParams.size()) {
    error(e->pos(),
          std::string(args.size() < origin->typeParams.size() ? "not enough" : "too many") +
              " type arguments for type " + origin->obj->name + ": have " +
              std::to_string(args.size()) + ", want " + std::to_string(origin->typeParams.size()));
    return ctx_.basic(BasicKind::Invalid);
  }
  std::map<TypeParam *, Type *> targs;
  for (size_t i = 0; i < args.size(); ++i)
    targs[origin->typeParams[i]] = args[i];
  for (size_t i = 0; i < args.size(); ++i) {
    std::string why;
    if (origin->typeParams[i]->constraint &&
        !satisfies(args[i], subst(origin->typeParams[i]->constraint, targs), why))
      error(indices[i]->pos(), why);
  }
  Named *inst = instantiateNamed(origin, args, e->pos());
  if (auto *id = dyn_cast<Ident>(base))
    info_.instances[id] = {args, inst};
  else if (auto *se = dyn_cast<SelectorExpr>(base))
    info_.instances[se->sel] = {args, inst};
  return inst;
}

// Unifies parameter type p (which may mention the type parameters being
// inferred) with argument type a, binding parameters in m.
bool Checker::unify(Type *p, Type *a, std::map<TypeParam *, Type *> &m,
                    const std::vector<TypeParam *> &tparams) {
  if (auto *tp = dyn_cast<TypeParam>(p);
      tp && std::find(tparams.begin(), tparams.end(), tp) != tparams.end()) {
    auto it = m.find(tp);
    if (it == m.end()) {
      m[tp] = a;
      return true;
    }
    return identical(it->second, a) || identical(underlying(it->second), underlying(a));
  }
  if (p->kind != a->kind) {
    // A named argument against an unnamed parameter: use its underlying type.
    if (isa<Named>(a) && !isa<Named>(p))
      return unify(p, underlying(a), m, tparams);
    // And the other way round: Func2[A, R] against func(int) bool.
    if (isa<Named>(p) && !isa<Named>(a) && !isa<TypeParam>(a))
      return unify(underlying(p), a, m, tparams);
    // A type parameter of the enclosing function stands for its core type.
    if (isa<TypeParam>(a) && !isa<Named>(p))
      if (Type *core = coreType(a))
        return unify(p, core, m, tparams);
    return identical(p, a);
  }
  switch (p->kind) {
  case TypeKind::Pointer:
    return unify(cast<Pointer>(p)->elem, cast<Pointer>(a)->elem, m, tparams);
  case TypeKind::Slice:
    return unify(cast<Slice>(p)->elem, cast<Slice>(a)->elem, m, tparams);
  case TypeKind::Array:
    return cast<Array>(p)->len == cast<Array>(a)->len &&
           unify(cast<Array>(p)->elem, cast<Array>(a)->elem, m, tparams);
  case TypeKind::Map:
    return unify(cast<Map>(p)->key, cast<Map>(a)->key, m, tparams) &&
           unify(cast<Map>(p)->elem, cast<Map>(a)->elem, m, tparams);
  case TypeKind::Chan:
    return unify(cast<Chan>(p)->elem, cast<Chan>(a)->elem, m, tparams);
  case TypeKind::Signature: {
    auto *ps = cast<Signature>(p), *as = cast<Signature>(a);
    if (ps->params->vars.size() != as->params->vars.size() ||
        ps->results->vars.size() != as->results->vars.size())
      return false;
    for (size_t i = 0; i < ps->params->vars.size(); ++i)
      if (!unify(ps->params->vars[i]->type, as->params->vars[i]->type, m, tparams))
        return false;
    for (size_t i = 0; i < ps->results->vars.size(); ++i)
      if (!unify(ps->results->vars[i]->type, as->results->vars[i]->type, m, tparams))
        return false;
    return true;
  }
  case TypeKind::Named: {
    auto *pn = cast<Named>(p), *an = cast<Named>(a);
    if (pn->origin && an->origin == pn->origin) {
      for (size_t i = 0; i < pn->typeArgs.size(); ++i)
        if (!unify(pn->typeArgs[i], an->typeArgs[i], m, tparams))
          return false;
      return true;
    }
    return identical(p, a);
  }
  case TypeKind::Struct: {
    auto *ps = cast<Struct>(p), *as = cast<Struct>(a);
    if (ps->fields.size() != as->fields.size())
      return false;
    for (size_t i = 0; i < ps->fields.size(); ++i) {
      Var *pf = ps->fields[i], *af = as->fields[i];
      if (pf->name != af->name || pf->embedded != af->embedded || ps->tags[i] != as->tags[i] ||
          (!pf->exported() && pf->pkg != af->pkg) || !unify(pf->type, af->type, m, tparams))
        return false;
    }
    return true;
  }
  case TypeKind::Tuple: {
    auto *pt = cast<Tuple>(p), *at = cast<Tuple>(a);
    if (pt->vars.size() != at->vars.size())
      return false;
    for (size_t i = 0; i < pt->vars.size(); ++i)
      if (!unify(pt->vars[i]->type, at->vars[i]->type, m, tparams))
        return false;
    return true;
  }
  case TypeKind::Interface:
  case TypeKind::Basic:
  case TypeKind::TypeParam:
    return identical(p, a);
  }
  return false;
}

// Instantiates the generic function denoted by `fun` (an Ident or a
// qualified SelectorExpr naming it) with explicit type arguments (some may
// be missing) and the call's arguments for inference. Returns the
// instantiated signature, or nullptr after reporting an error.
Signature *Checker::inferAndInstantiate(ast::Expr *fun, Signature *sig,
                                        std::vector<Type *> explicitArgs,
                                        std::vector<Operand> *args, Pos pos, bool spread) {
  auto &tparams = sig->typeParams;
  std::map<TypeParam *, Type *> m;
  if (explicitArgs.size() > tparams.size()) {
    error(pos, "got " + std::to_string(explicitArgs.size()) + " type arguments but " +
                   exprName(fun) + " has " + std::to_string(tparams.size()) + " type parameters");
    return nullptr;
  }
  for (size_t i = 0; i < explicitArgs.size(); ++i)
    m[tparams[i]] = explicitArgs[i];
  if (args && m.size() < tparams.size()) {
    auto &params = sig->params->vars;
    // f(xs...) passes the variadic parameter's slice itself.
    auto paramType = [&](size_t i) -> Type * {
      if (sig->variadic && i + 1 >= params.size() && !spread)
        return cast<Slice>(params.back()->type)->elem;
      return i < params.size() ? params[i]->type : nullptr;
    };
    // Typed arguments first, then untyped constants for bare parameters.
    auto generic = [&](Type *t) {
      for (TypeParam *tp : tparams)
        if (mentions(t, tp))
          return true;
      return false;
    };
    for (size_t i = 0; i < args->size(); ++i) {
      Operand &a = (*args)[i];
      Type *pt = paramType(i);
      // Parameters of no type parameter's take their arguments by the
      // assignability check of the call, as in go/types.
      if (!pt || a.invalid || isUntyped(a.type) || !generic(pt))
        continue;
      if (!unify(pt, a.type, m, tparams)) {
        error(a.expr->pos(), "type " + typeString(a.type) + " of " + exprName(a.expr) +
                                 " does not match " + typeString(subst(pt, m)));
        return nullptr;
      }
    }
    for (size_t i = 0; i < args->size(); ++i) {
      Operand &a = (*args)[i];
      Type *pt = paramType(i);
      auto *tp = pt ? dyn_cast<TypeParam>(pt) : nullptr;
      if (!tp || a.invalid || !isUntyped(a.type) || m.count(tp))
        continue;
      if (isa<Basic>(a.type) && cast<Basic>(a.type)->basicKind == BasicKind::UntypedNil)
        continue;
      m[tp] = defaultType(a.type);
    }
  }
  // Core-type inference from constraints with a single term (~[]E, ...).
  for (int round = 0; round < 3; ++round)
    for (TypeParam *tp : tparams) {
      Interface *c = constraintInterface(tp);
      if (!c || !c->hasTerms || c->terms.size() != 1)
        continue;
      Type *core = c->terms[0].type;
      auto it = m.find(tp);
      if (it == m.end()) {
        Type *inferred = subst(core, m);
        bool complete = true;
        for (TypeParam *other : tparams)
          if (!m.count(other) && mentions(inferred, other))
            complete = false;
        if (complete && !c->terms[0].tilde)
          m[tp] = inferred;
      } else {
        unify(core, underlying(it->second), m, tparams);
      }
    }
  std::vector<Type *> targs;
  for (TypeParam *tp : tparams) {
    auto it = m.find(tp);
    if (it == m.end()) {
      error(pos, "in call to " + exprName(fun) + ", cannot infer " + tp->obj->name);
      return nullptr;
    }
    targs.push_back(it->second);
  }
  for (size_t i = 0; i < tparams.size(); ++i) {
    std::string why;
    if (tparams[i]->constraint && !satisfies(targs[i], subst(tparams[i]->constraint, m), why)) {
      error(pos, why);
      return nullptr;
    }
  }
  auto *inst = ctx_.make<Signature>(nullptr, cast<Tuple>(subst(sig->params, m)),
                                    cast<Tuple>(subst(sig->results, m)), sig->variadic);
  const Ident *name = nullptr;
  if (auto *id = dyn_cast<Ident>(fun))
    name = id;
  else if (auto *se = dyn_cast<SelectorExpr>(fun))
    name = se->sel;
  if (name)
    info_.instances[name] = {targs, inst};
  return inst;
}

bool Checker::mentions(Type *t, TypeParam *tp) {
  if (t == tp)
    return true;
  switch (t->kind) {
  case TypeKind::Pointer:
    return mentions(cast<Pointer>(t)->elem, tp);
  case TypeKind::Slice:
    return mentions(cast<Slice>(t)->elem, tp);
  case TypeKind::Array:
    return mentions(cast<Array>(t)->elem, tp);
  case TypeKind::Map:
    return mentions(cast<Map>(t)->key, tp) || mentions(cast<Map>(t)->elem, tp);
  case TypeKind::Chan:
    return mentions(cast<Chan>(t)->elem, tp);
  case TypeKind::Named:
    for (Type *a : cast<Named>(t)->typeArgs)
      if (mentions(a, tp))
        return true;
    return false;
  case TypeKind::Struct:
    for (Var *f : cast<Struct>(t)->fields)
      if (mentions(f->type, tp))
        return true;
    return false;
  case TypeKind::Tuple:
    for (Var *v : cast<Tuple>(t)->vars)
      if (mentions(v->type, tp))
        return true;
    return false;
  case TypeKind::Signature:
    return mentions(cast<Signature>(t)->params, tp) || mentions(cast<Signature>(t)->results, tp);
  case TypeKind::Interface: {
    auto *it = cast<Interface>(t);
    for (Func *f : it->methods)
      if (mentions(f->type, tp))
        return true;
    for (Type *e : it->embeddeds)
      if (mentions(e, tp))
        return true;
    return false;
  }
  default:
    return false;
  }
}

std::string Checker::exprName(const ast::Expr *e) {
  const SourceFile *f = diags_.fileSet().file(e->pos());
  if (!f)
    return "expression";
  return std::string(f->content().substr(f->offset(e->pos()), e->end() - e->pos()));
}

} // namespace gocxx::types
