// Type expressions: names, pointers, slices, arrays, maps, channels,
// structs, function signatures and interfaces.
#include <algorithm>
#include <set>

#include "checker.h"
#include "gocxx/frontend/literals.h"

namespace gocxx::types {

using namespace gocxx::ast;

Type *Checker::typExpr(ast::Expr *e) {
  Type *t = typExprInternal(e);
  TypeAndValue tv;
  tv.mode = Mode::TypeExpr;
  tv.type = t;
  info_.types[e] = tv;
  return t;
}

Type *Checker::typExprInternal(ast::Expr *e) {
  Type *invalid = ctx_.basic(BasicKind::Invalid);
  switch (e->kind) {
  case NodeKind::Ident:
  case NodeKind::SelectorExpr: {
    Operand x;
    exprOrType(x, e);
    if (x.invalid)
      return invalid;
    if (x.mode != Mode::TypeExpr) {
      std::string name = isa<Ident>(e) ? std::string(cast<Ident>(e)->name) : operandString(x);
      error(e->pos(), name + " is not a type");
      return invalid;
    }
    return x.type;
  }
  case NodeKind::ParenExpr:
    return typExpr(cast<ParenExpr>(e)->x);
  case NodeKind::StarExpr:
    return ctx_.pointer(typExpr(cast<StarExpr>(e)->x));
  case NodeKind::ArrayType: {
    auto *at = cast<ArrayType>(e);
    if (!at->len)
      return ctx_.slice(typExpr(at->elt));
    if (isa<Ellipsis>(at->len)) {
      error(at->len->pos(), "invalid use of [...] array (outside a composite literal)");
      typExpr(at->elt);
      return invalid;
    }
    int64_t n = arrayLength(at->len);
    Type *elem = typExpr(at->elt);
    if (n < 0)
      return invalid;
    return ctx_.make<Array>(elem, n);
  }
  case NodeKind::MapType: {
    auto *mt = cast<MapType>(e);
    Type *key = typExpr(mt->key);
    Type *val = typExpr(mt->value);
    // Checked once the key's type is complete (interface I { m(map[I]bool) }).
    Pos keyPos = mt->key->pos();
    later_.push_back([this, key, keyPos] {
      if (isa<Basic>(key) && cast<Basic>(key)->basicKind == BasicKind::Invalid)
        return;
      if (!comparable(key) && !isa<TypeParam>(key))
        error(keyPos, "invalid map key type " + typeString(key));
    });
    return ctx_.make<Map>(key, val);
  }
  case NodeKind::ChanType: {
    auto *ct = cast<ChanType>(e);
    ChanDir dir = ChanDir::SendRecv;
    if (ct->dir == ast::SEND)
      dir = ChanDir::SendOnly;
    else if (ct->dir == ast::RECV)
      dir = ChanDir::RecvOnly;
    return ctx_.make<Chan>(dir, typExpr(ct->value));
  }
  case NodeKind::FuncType:
    return funcType(nullptr, cast<FuncType>(e), ctx_.scope(scope_));
  case NodeKind::StructType:
    return structType(cast<StructType>(e));
  case NodeKind::InterfaceType:
    return interfaceType(cast<InterfaceType>(e));
  case NodeKind::IndexExpr:
  case NodeKind::IndexListExpr:
    return genericTypeInstance(e);
  default:
    break;
  }
  Operand x;
  rawExpr(x, e, nullptr);
  if (!x.invalid)
    error(e->pos(), exprString(e) + " is not a type");
  return invalid;
}

int64_t Checker::arrayLength(ast::Expr *e) {
  Operand x;
  expr(x, e);
  if (x.invalid)
    return -1;
  if (x.mode != Mode::Constant) {
    error(e->pos(), "array length " + operandString(x) + " must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    if (auto n = x.value.toInt64()) {
      if (*n >= 0)
        return *n;
      error(e->pos(), "invalid array length " + x.value.str());
      return -1;
    }
  }
  error(e->pos(), "array length " + operandString(x) + " must be integer");
  return -1;
}

// collectParams makes the variables of a parameter list; the named ones are
// declared by the caller once every type of the signature is resolved, since
// a parameter's scope is the function body (func f(url string, v url.Values)).
Tuple *Checker::collectParams(FieldList *list, std::vector<std::pair<Ident *, Var *>> &named,
                              bool results, bool &variadic) {
  std::vector<Var *> vars;
  if (!list)
    return ctx_.tuple(vars);
  for (size_t i = 0; i < list->list.size(); ++i) {
    Field *f = list->list[i];
    ast::Expr *te = f->type;
    bool dots = false;
    if (auto *el = dyn_cast<Ellipsis>(te)) {
      if (results || i + 1 != list->list.size() || f->names.size() > 1) {
        error(el->pos(), "can only use ... with final parameter in list");
      }
      dots = true;
      te = el->elt;
    }
    Type *t = typExpr(te);
    if (dots) {
      t = ctx_.slice(t);
      variadic = true;
    }
    if (f->names.empty()) {
      auto *v = ctx_.object<Var>("", te->pos(), pkg_, t);
      v->isParam = true;
      vars.push_back(v);
      continue;
    }
    for (Ident *id : f->names) {
      auto *v = ctx_.object<Var>(std::string(id->name), id->pos(), pkg_, t);
      v->isParam = true;
      v->used = true; // parameters are never "declared but not used"
      named.push_back({id, v});
      vars.push_back(v);
    }
  }
  return ctx_.tuple(vars);
}

Signature *Checker::funcType(FieldList *recv, FuncType *ft, Scope *scope) {
  // Parameter types are resolved in the signature's scope, where the type
  // parameters are declared.
  Scope *savedScope = scope_;
  scope_ = scope;
  struct Restore {
    Scope *&target;
    Scope *value;
    ~Restore() { target = value; }
  } restore{scope_, savedScope};
  std::vector<TypeParam *> tparams;
  if (ft->typeParams)
    tparams = declareTypeParams(ft->typeParams, scope);
  Var *recvVar = nullptr;
  std::vector<std::pair<Ident *, Var *>> named;
  if (recv && recv->list.size() == 1) {
    // func (l *List[T]) M(): the receiver's type parameters, declared anew
    // for the method with the generic type's constraints.
    ast::Expr *rt = recv->list[0]->type;
    while (true) {
      if (auto *p = dyn_cast<ParenExpr>(rt))
        rt = p->x;
      else if (auto *st = dyn_cast<StarExpr>(rt))
        rt = st->x;
      else
        break;
    }
    ast::Expr *base = nullptr;
    std::vector<ast::Expr *> indices;
    if (auto *ix = dyn_cast<IndexExpr>(rt))
      base = ix->x, indices = {ix->index};
    else if (auto *il = dyn_cast<IndexListExpr>(rt))
      base = il->x, indices = il->indices;
    if (auto *bid = base ? dyn_cast<Ident>(base) : nullptr) {
      Object *obj = savedScope ? savedScope->lookupParent(std::string(bid->name)) : nullptr;
      if (auto *tn = dyn_cast<TypeName>(obj)) {
        objDecl(tn);
        auto *origin = dyn_cast<Named>(tn->type);
        if (origin && origin->typeParams.size() == indices.size()) {
          std::map<TypeParam *, Type *> m;
          std::vector<TypeParam *> recvParams;
          for (size_t i = 0; i < indices.size(); ++i) {
            auto *id = dyn_cast<Ident>(indices[i]);
            std::string name = id ? std::string(id->name) : "_";
            auto *ptn = ctx_.object<TypeName>(name, indices[i]->pos(), pkg_, nullptr);
            auto *tp =
                ctx_.make<TypeParam>(ptn, origin->typeParams[i]->constraint, static_cast<int>(i));
            ptn->type = tp;
            ptn->used = true;
            if (id && name == "_")
              blankTypeParams_[id] = ptn;
            else if (id)
              declare(scope, id, ptn);
            m[origin->typeParams[i]] = tp;
            recvParams.push_back(tp);
          }
          for (TypeParam *tp : recvParams)
            tp->constraint = subst(tp->constraint, m);
          tparams = recvParams;
        }
      }
    }
  }
  if (recv) {
    bool v = false;
    Tuple *rt = collectParams(recv, named, false, v);
    if (rt->vars.size() != 1) {
      error(recv->pos(),
            rt->vars.empty() ? "method has no receiver" : "method has multiple receivers");
    }
    if (!rt->vars.empty()) {
      recvVar = rt->vars[0];
      Type *base = recvVar->type;
      if (auto *p = dyn_cast<Pointer>(base))
        base = p->elem;
      auto *named = dyn_cast<Named>(base);
      if (named && named->origin)
        named = named->origin;
      if (auto *b = dyn_cast<Basic>(base)) {
        if (b->basicKind != BasicKind::Invalid)
          error(recvVar->pos, "cannot define new methods on non-local type " + typeString(base));
      } else if (named && (isa<Pointer>(named->underlying) || isa<Interface>(named->underlying))) {
        error(recvVar->pos,
              "invalid receiver type " + typeString(base) + " (pointer or interface type)");
      } else if (!named) {
        error(recvVar->pos, "invalid receiver type " + typeString(recvVar->type));
      }
    }
  }
  bool variadic = false;
  Tuple *params = collectParams(ft->params, named, false, variadic);
  bool unused = false;
  Tuple *results = collectParams(ft->results, named, true, unused);
  for (auto &[id, v] : named)
    declare(scope, id, v);
  auto *sig = ctx_.make<Signature>(recvVar, params, results, variadic);
  sig->typeParams = std::move(tparams);
  return sig;
}

Type *Checker::structType(StructType *st) {
  std::vector<Var *> fields;
  std::vector<std::string> tags;
  std::set<std::string> seen;
  for (Field *f : st->fields->list) {
    Type *t = typExpr(f->type);
    std::string tag;
    if (f->tag)
      decodeStringLiteral(f->tag->value, tag);
    auto add = [&](const std::string &name, Pos pos, bool embedded) {
      auto *v = ctx_.object<Var>(name, pos, pkg_, t);
      v->isField = true;
      v->embedded = embedded;
      if (name != "_" && !seen.insert(name).second)
        error(pos, name + " redeclared");
      fields.push_back(v);
      tags.push_back(tag);
      return v;
    };
    if (f->names.empty()) {
      // Embedded field: its name is the type name.
      ast::Expr *te = f->type;
      if (auto *se = dyn_cast<StarExpr>(te))
        te = se->x;
      std::string name;
      if (auto *ix = dyn_cast<IndexExpr>(te))
        te = ix->x; // an embedded generic instance
      else if (auto *il = dyn_cast<IndexListExpr>(te))
        te = il->x;
      if (auto *id = dyn_cast<Ident>(te))
        name = std::string(id->name);
      else if (auto *sel = dyn_cast<SelectorExpr>(te))
        name = std::string(sel->sel->name);
      else {
        error(f->type->pos(), "invalid embedded field type");
        continue;
      }
      Pos pos = f->type->pos();
      later_.push_back([this, t, pos] { checkEmbeddedField(t, pos); }); // once types are complete
      add(name, f->type->pos(), true);
      continue;
    }
    for (Ident *id : f->names)
      info_.defs[id] = add(std::string(id->name), id->pos(), false);
  }
  return ctx_.make<Struct>(std::move(fields), std::move(tags));
}

Type *Checker::interfaceType(InterfaceType *it) {
  auto *iface = ctx_.make<Interface>();
  for (Field *f : it->methods->list) {
    if (f->names.empty()) {
      // An embedded interface, or a union of type terms (a constraint).
      if (isa<BinaryExpr>(f->type) ||
          (isa<UnaryExpr>(f->type) && cast<UnaryExpr>(f->type)->op == Token::TILDE)) {
        iface->unions.push_back(unionTerms(f->type));
        continue;
      }
      Type *t = typExpr(f->type);
      if (!isInterface(t)) {
        if (!(isa<Basic>(t) && cast<Basic>(t)->basicKind == BasicKind::Invalid))
          iface->unions.push_back({Term{false, t}});
        continue;
      }
      iface->embeddeds.push_back(t);
      continue;
    }
    auto *ft = dyn_cast<FuncType>(f->type);
    if (!ft)
      continue;
    Signature *sig = funcType(nullptr, ft, ctx_.scope(scope_));
    for (Ident *id : f->names) {
      auto *m = ctx_.object<Func>(std::string(id->name), id->pos(), pkg_, sig);
      info_.defs[id] = m;
      iface->methods.push_back(m);
    }
  }
  completeInterface(iface);
  return iface;
}

void Checker::completeInterface(Interface *it) {
  if (it->complete)
    return;
  it->complete = true;
  std::vector<Func *> all = it->methods;
  for (Type *e : it->embeddeds) {
    auto *ei = dyn_cast<Interface>(underlying(e));
    if (!ei)
      continue;
    completeInterface(ei);
    for (Func *m : ei->allMethods) {
      auto dup = std::find_if(all.begin(), all.end(), [&](Func *o) { return o->name == m->name; });
      if (dup == all.end())
        all.push_back(m);
      else if (!identical((*dup)->type, m->type))
        error(m->pos, "duplicate method " + m->name);
    }
  }
  std::sort(all.begin(), all.end(), [](Func *a, Func *b) { return a->name < b->name; });
  it->allMethods = std::move(all);
  // The type set: the intersection of the unions written here and those of
  // embedded constraints.
  auto intersect = [&](const std::vector<Term> &terms) {
    if (!it->hasTerms) {
      it->hasTerms = true;
      it->terms = terms;
      return;
    }
    std::vector<Term> kept;
    for (const Term &a : it->terms)
      for (const Term &b : terms) {
        if (identical(a.type, b.type) ||
            (b.tilde && identical(underlying(a.type), underlying(b.type)))) {
          kept.push_back({a.tilde && b.tilde, a.type});
          break;
        }
        if (a.tilde && identical(underlying(b.type), underlying(a.type))) {
          kept.push_back(b);
          break;
        }
      }
    it->terms = kept;
  };
  for (auto &u : it->unions) {
    // A union's terms that are themselves constraints contribute their terms.
    std::vector<Term> flat;
    for (const Term &t : u) {
      auto *ti = dyn_cast<Interface>(underlying(t.type));
      if (ti && !t.tilde) {
        completeInterface(ti);
        if (ti->hasTerms)
          flat.insert(flat.end(), ti->terms.begin(), ti->terms.end());
      } else {
        flat.push_back(t);
      }
    }
    intersect(flat);
  }
  for (Type *e : it->embeddeds) {
    auto *ei = dyn_cast<Interface>(underlying(e));
    if (!ei)
      continue;
    if (ei->hasTerms)
      intersect(ei->terms);
    if (ei->isComparable)
      it->isComparable = true;
  }
}

} // namespace gocxx::types
