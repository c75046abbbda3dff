// Type predicates of the spec (identity, comparability, nil-ability), the
// spelling of types in messages, scopes, and the universe.
#include "gocxx/frontend/types/context.h"
#include "gocxx/frontend/types/package.h"

namespace gocxx::types {

Type *underlying(Type *t) {
  while (auto *n = dyn_cast<Named>(t)) {
    if (!n->underlying)
      return t;
    t = n->underlying;
  }
  return t;
}

static const Type *under(const Type *t) { return underlying(const_cast<Type *>(t)); }

Interface *constraintInterface(const TypeParam *tp) {
  return dyn_cast<Interface>(underlying(tp->constraint));
}

Type *coreType(Type *t) {
  Type *u = underlying(t);
  auto *tp = dyn_cast<TypeParam>(u);
  if (!tp)
    return u;
  Interface *it = constraintInterface(tp);
  if (!it || !it->hasTerms || it->terms.empty())
    return nullptr;
  Type *core = underlying(it->terms[0].type);
  for (auto &term : it->terms)
    if (!identical(underlying(term.type), core))
      return nullptr;
  return core;
}

bool isBasicInfo(const Type *t, unsigned info) {
  const Type *u = under(t);
  if (auto *tp = dyn_cast<TypeParam>(u)) {
    // Every type in the type set must have the property.
    Interface *it = constraintInterface(tp);
    if (!it || !it->hasTerms || it->terms.empty())
      return false;
    for (auto &term : it->terms)
      if (!isBasicInfo(term.type, info))
        return false;
    return true;
  }
  auto *b = dyn_cast<Basic>(u);
  return b && (b->info & info) != 0;
}

bool isInterface(const Type *t) { return isa<Interface>(under(t)); }

static bool identicalImpl(const Type *x, const Type *y, bool ignoreTags);

static bool identicalTuples(const Tuple *x, const Tuple *y, bool ignoreTags) {
  if (x->vars.size() != y->vars.size())
    return false;
  for (size_t i = 0; i < x->vars.size(); ++i)
    if (!identicalImpl(x->vars[i]->type, y->vars[i]->type, ignoreTags))
      return false;
  return true;
}

// Go's type identity; ignoreTags: struct tags do not count (conversions).
static bool identicalImpl(const Type *x, const Type *y, bool ignoreTags) {
  if (x == y)
    return true;
  if (!x || !y || x->kind != y->kind)
    return false;
  switch (x->kind) {
  case TypeKind::Basic:
    return cast<Basic>(x)->basicKind == cast<Basic>(y)->basicKind;
  case TypeKind::Pointer:
    return identicalImpl(cast<Pointer>(x)->elem, cast<Pointer>(y)->elem, ignoreTags);
  case TypeKind::Slice:
    return identicalImpl(cast<Slice>(x)->elem, cast<Slice>(y)->elem, ignoreTags);
  case TypeKind::Array:
    return cast<Array>(x)->len == cast<Array>(y)->len &&
           identicalImpl(cast<Array>(x)->elem, cast<Array>(y)->elem, ignoreTags);
  case TypeKind::Map:
    return identicalImpl(cast<Map>(x)->key, cast<Map>(y)->key, ignoreTags) &&
           identicalImpl(cast<Map>(x)->elem, cast<Map>(y)->elem, ignoreTags);
  case TypeKind::Chan:
    return cast<Chan>(x)->dir == cast<Chan>(y)->dir &&
           identicalImpl(cast<Chan>(x)->elem, cast<Chan>(y)->elem, ignoreTags);
  case TypeKind::Struct: {
    auto *a = cast<Struct>(x), *b = cast<Struct>(y);
    if (a->fields.size() != b->fields.size())
      return false;
    for (size_t i = 0; i < a->fields.size(); ++i) {
      auto *f = a->fields[i], *g = b->fields[i];
      if (f->name != g->name || f->embedded != g->embedded ||
          (!ignoreTags && a->tags[i] != b->tags[i]) || !identicalImpl(f->type, g->type, ignoreTags))
        return false;
      if (!f->exported() && f->pkg != g->pkg)
        return false;
    }
    return true;
  }
  case TypeKind::Tuple:
    return identicalTuples(cast<Tuple>(x), cast<Tuple>(y), ignoreTags);
  case TypeKind::Signature: {
    auto *a = cast<Signature>(x), *b = cast<Signature>(y);
    return a->variadic == b->variadic && identicalTuples(a->params, b->params, ignoreTags) &&
           identicalTuples(a->results, b->results, ignoreTags);
  }
  case TypeKind::Interface: {
    auto *a = cast<Interface>(x), *b = cast<Interface>(y);
    if (a->allMethods.size() != b->allMethods.size())
      return false;
    for (size_t i = 0; i < a->allMethods.size(); ++i)
      if (a->allMethods[i]->name != b->allMethods[i]->name ||
          !identicalImpl(a->allMethods[i]->type, b->allMethods[i]->type, ignoreTags))
        return false;
    return true;
  }
  case TypeKind::Named: {
    // Instances of one generic type with identical type arguments.
    auto *a = cast<Named>(x), *b = cast<Named>(y);
    if (!a->origin || a->origin != b->origin || a->typeArgs.size() != b->typeArgs.size())
      return false;
    for (size_t i = 0; i < a->typeArgs.size(); ++i)
      if (!identicalImpl(a->typeArgs[i], b->typeArgs[i], ignoreTags))
        return false;
    return true;
  }
  case TypeKind::TypeParam:
    return false; // identical only when the same pointer
  }
  return false;
}

bool identical(const Type *x, const Type *y) { return identicalImpl(x, y, false); }

bool identicalIgnoreTags(const Type *x, const Type *y) { return identicalImpl(x, y, true); }

bool comparable(const Type *t) {
  const Type *u = under(t);
  switch (u->kind) {
  case TypeKind::Basic:
    return cast<Basic>(u)->basicKind != BasicKind::UntypedNil;
  case TypeKind::Pointer:
  case TypeKind::Chan:
  case TypeKind::Interface:
    return true;
  case TypeKind::Struct:
    for (auto *f : cast<Struct>(u)->fields)
      if (!comparable(f->type))
        return false;
    return true;
  case TypeKind::Array:
    return comparable(cast<Array>(u)->elem);
  case TypeKind::TypeParam: {
    Interface *it = constraintInterface(cast<TypeParam>(u));
    if (!it)
      return false;
    if (it->isComparable)
      return true;
    if (!it->hasTerms || it->terms.empty())
      return false;
    for (auto &term : it->terms)
      if (!comparable(term.type))
        return false;
    return true;
  }
  case TypeKind::Slice:
  case TypeKind::Map:
  case TypeKind::Signature:
  case TypeKind::Tuple:
  case TypeKind::Named:
    return false;
  }
  return false;
}

bool hasNil(const Type *t) {
  const Type *u = under(t);
  switch (u->kind) {
  case TypeKind::Basic:
    return cast<Basic>(u)->basicKind == BasicKind::UnsafePointer;
  case TypeKind::Pointer:
  case TypeKind::Slice:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
  case TypeKind::Interface:
    return true;
  case TypeKind::Array:
  case TypeKind::Struct:
  case TypeKind::Tuple:
  case TypeKind::Named:
  case TypeKind::TypeParam:
    return false;
  }
  return false;
}

// Message style (typeString's overload): the package whose own types print
// unqualified, and interfaces written as gc writes them ("interface{M()}",
// the predeclared any as "any") rather than as the runtime names them
// ("interface { M() }", as reflect does).
static thread_local const Package *unqualifiedPkg = nullptr;
static thread_local bool messageStyle = false;
static const Type *universeAny = nullptr;

std::string typeString(const Type *t, const Package *relativeTo) {
  const Package *savedPkg = unqualifiedPkg;
  bool savedStyle = messageStyle;
  unqualifiedPkg = relativeTo;
  messageStyle = true;
  std::string s = typeString(t);
  unqualifiedPkg = savedPkg;
  messageStyle = savedStyle;
  return s;
}

// names: with the variables' names, as go/types writes a tuple (gocxx
// leaves them out of func types yet).
static std::string tupleString(const Tuple *t, bool variadic, bool names = false) {
  std::string s = "(";
  for (size_t i = 0; i < t->vars.size(); ++i) {
    if (i)
      s += ", ";
    const Type *ty = t->vars[i]->type;
    if (names && !t->vars[i]->name.empty())
      s += t->vars[i]->name + " ";
    if (variadic && i + 1 == t->vars.size())
      s += "..." + typeString(cast<Slice>(ty)->elem);
    else
      s += typeString(ty);
  }
  return s + ")";
}

static std::string signatureString(const Signature *sig) {
  std::string s = tupleString(sig->params, sig->variadic);
  auto &res = sig->results->vars;
  if (res.size() == 1 && res[0]->name.empty())
    s += " " + typeString(res[0]->type);
  else if (!res.empty())
    s += " " + tupleString(sig->results, false);
  return s;
}

std::string typeString(const Type *t) {
  if (!t)
    return "<nil>";
  switch (t->kind) {
  case TypeKind::Basic:
    return cast<Basic>(t)->name;
  case TypeKind::Pointer:
    return "*" + typeString(cast<Pointer>(t)->elem);
  case TypeKind::Slice:
    return "[]" + typeString(cast<Slice>(t)->elem);
  case TypeKind::Array:
    return "[" + std::to_string(cast<Array>(t)->len) + "]" + typeString(cast<Array>(t)->elem);
  case TypeKind::Map:
    return "map[" + typeString(cast<Map>(t)->key) + "]" + typeString(cast<Map>(t)->elem);
  case TypeKind::Chan: {
    auto *c = cast<Chan>(t);
    std::string prefix = c->dir == ChanDir::SendOnly   ? "chan<- "
                         : c->dir == ChanDir::RecvOnly ? "<-chan "
                                                       : "chan ";
    // chan (<-chan int) needs parentheses.
    auto *ec = dyn_cast<Chan>(c->elem);
    if (c->dir == ChanDir::SendRecv && ec && ec->dir == ChanDir::RecvOnly)
      return prefix + "(" + typeString(c->elem) + ")";
    return prefix + typeString(c->elem);
  }
  case TypeKind::Struct: {
    auto *st = cast<Struct>(t);
    std::string s = "struct{";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (i)
        s += "; ";
      if (!st->fields[i]->embedded)
        s += st->fields[i]->name + " ";
      s += typeString(st->fields[i]->type);
      if (!st->tags[i].empty())
        s += " \"" + st->tags[i] + "\"";
    }
    return s + "}";
  }
  case TypeKind::Tuple:
    return tupleString(cast<Tuple>(t), false, true);
  case TypeKind::Signature:
    return "func" + signatureString(cast<Signature>(t));
  case TypeKind::Interface: {
    auto *it = cast<Interface>(t);
    if (messageStyle) {
      if (t == universeAny)
        return "any";
      std::string s = "interface{";
      const char *sep = "";
      for (auto *m : it->methods) {
        s += sep + m->name + signatureString(m->signature());
        sep = "; ";
      }
      for (auto *e : it->embeddeds) {
        s += sep + typeString(e);
        sep = "; ";
      }
      return s + "}";
    }
    if (it->methods.empty() && it->embeddeds.empty())
      return "interface {}";
    std::string s = "interface {";
    bool first = true;
    for (auto *m : it->methods) {
      s += first ? " " : "; ";
      first = false;
      s += m->name + signatureString(m->signature());
    }
    for (auto *e : it->embeddeds) {
      s += first ? " " : "; ";
      first = false;
      s += typeString(e);
    }
    return s + " }";
  }
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    std::string s = n->obj->pkg && n->obj->pkg != unqualifiedPkg
                        ? n->obj->pkg->name + "." + n->obj->name
                        : n->obj->name;
    if (!n->typeArgs.empty()) {
      s += "[";
      for (size_t i = 0; i < n->typeArgs.size(); ++i)
        s += (i ? "," : "") + typeString(n->typeArgs[i]);
      s += "]";
    }
    return s;
  }
  case TypeKind::TypeParam:
    return cast<TypeParam>(t)->obj->name;
  }
  return "?";
}

Object *Scope::lookup(const std::string &name) const {
  auto it = names_.find(name);
  return it == names_.end() ? nullptr : it->second;
}

Object *Scope::lookupParent(const std::string &name, const Scope **scope) const {
  for (const Scope *s = this; s; s = s->parent) {
    if (Object *o = s->lookup(name)) {
      if (scope)
        *scope = s;
      return o;
    }
  }
  return nullptr;
}

Object *Scope::insert(Object *obj) {
  auto [it, inserted] = names_.emplace(obj->name, obj);
  if (!inserted)
    return it->second;
  ordered_.push_back(obj);
  if (!obj->parent)
    obj->parent = this;
  return nullptr;
}

Object *Info::objectOf(const ast::Ident *id) const {
  auto it = defs.find(id);
  if (it != defs.end())
    return it->second;
  auto ut = uses.find(id);
  return ut == uses.end() ? nullptr : ut->second;
}

Pointer *TypeContext::pointer(Type *elem) {
  auto &p = pointers_[elem];
  if (!p)
    p = make<Pointer>(elem);
  return p;
}

Slice *TypeContext::slice(Type *elem) {
  auto &s = slices_[elem];
  if (!s)
    s = make<Slice>(elem);
  return s;
}

Tuple *TypeContext::tuple(std::vector<Var *> vars) { return make<Tuple>(std::move(vars)); }

TypeContext::~TypeContext() = default;

Package *TypeContext::unsafePackage() {
  if (unsafe_)
    return unsafe_.get();
  unsafe_ = std::make_unique<Package>();
  unsafe_->path = "unsafe";
  unsafe_->name = "unsafe";
  unsafe_->native = true;
  unsafe_->scope = scope(universe_);
  auto *ptr = object<TypeName>("Pointer", NoPos, unsafe_.get(), basic(BasicKind::UnsafePointer));
  unsafe_->scope->insert(ptr);
  static const std::pair<const char *, BuiltinId> fns[] = {{"Sizeof", BuiltinId::Sizeof},
                                                           {"Alignof", BuiltinId::Alignof},
                                                           {"Offsetof", BuiltinId::Offsetof},
                                                           {"Add", BuiltinId::Add},
                                                           {"Slice", BuiltinId::Slice}};
  for (const auto &[name, id] : fns) {
    auto *b = object<Builtin>(name, id);
    b->pkg = unsafe_.get();
    unsafe_->scope->insert(b);
  }
  return unsafe_.get();
}

Package *TypeContext::fakePackage(const std::string &path) {
  auto &p = fakes_[path];
  if (!p) {
    p = std::make_unique<Package>();
    p->path = path;
    p->name = path.substr(path.rfind('/') + 1);
    p->fake = true;
    p->scope = scope(universe_);
  }
  return p.get();
}

TypeContext::TypeContext() {
  struct BasicDef {
    BasicKind kind;
    unsigned info;
    const char *name;
  };
  static const BasicDef defs[] = {
      {BasicKind::Invalid, 0, "invalid type"},
      {BasicKind::Bool, IsBoolean, "bool"},
      {BasicKind::Int, IsInteger, "int"},
      {BasicKind::Int8, IsInteger, "int8"},
      {BasicKind::Int16, IsInteger, "int16"},
      {BasicKind::Int32, IsInteger, "int32"},
      {BasicKind::Int64, IsInteger, "int64"},
      {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
      {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
      {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
      {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
      {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
      {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
      {BasicKind::Float32, IsFloat, "float32"},
      {BasicKind::Float64, IsFloat, "float64"},
      {BasicKind::Complex64, IsComplex, "complex64"},
      {BasicKind::Complex128, IsComplex, "complex128"},
      {BasicKind::String, IsString, "string"},
      {BasicKind::UnsafePointer, 0, "unsafe.Pointer"},
      {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
      {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
      {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
      {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
      {BasicKind::UntypedComplex, IsComplex | IsUntyped, "untyped complex"},
      {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
      {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
  };
  for (const auto &d : defs)
    basics_.push_back(make<Basic>(d.kind, d.info, d.name));
  byte_ = make<Basic>(BasicKind::Uint8, IsInteger | IsUnsigned, "byte");
  rune_ = make<Basic>(BasicKind::Int32, IsInteger, "rune");

  universe_ = scope(nullptr);
  for (const auto &d : defs) {
    if (d.info & IsUntyped || d.kind == BasicKind::Invalid || d.kind == BasicKind::UnsafePointer)
      continue;
    universe_->insert(object<TypeName>(d.name, NoPos, nullptr, basic(d.kind)));
  }
  universe_->insert(object<TypeName>("byte", NoPos, nullptr, byte_));
  universe_->insert(object<TypeName>("rune", NoPos, nullptr, rune_));

  // type any = interface{}
  auto *anyIface = make<Interface>();
  anyIface->complete = true;
  any_ = anyIface;
  universeAny = any_;
  auto *anyName = object<TypeName>("any", NoPos, nullptr, any_);
  anyName->isAlias = true;
  universe_->insert(anyName);

  // type error interface { Error() string }
  auto *errName = object<TypeName>("error", NoPos, nullptr, nullptr);
  auto *errNamed = make<Named>(errName);
  errName->type = errNamed;
  auto *errIface = make<Interface>();
  auto *resVar = object<Var>("", NoPos, nullptr, basic(BasicKind::String));
  auto *sig = make<Signature>(nullptr, tuple({}), tuple({resVar}), false);
  auto *errorMethod = object<Func>("Error", NoPos, nullptr, sig);
  errIface->methods = {errorMethod};
  errIface->allMethods = {errorMethod};
  errIface->complete = true;
  errNamed->underlying = errIface;
  error_ = errNamed;
  universe_->insert(errName);

  // type comparable interface{ comparable }
  auto *cmpName = object<TypeName>("comparable", NoPos, nullptr, nullptr);
  auto *cmpNamed = make<Named>(cmpName);
  cmpName->type = cmpNamed;
  auto *cmpIface = make<Interface>();
  cmpIface->isComparable = true;
  cmpIface->complete = true;
  cmpNamed->underlying = cmpIface;
  universe_->insert(cmpName);

  universe_->insert(object<Const>("true", NoPos, nullptr, basic(BasicKind::UntypedBool),
                                  Constant::makeBool(true)));
  universe_->insert(object<Const>("false", NoPos, nullptr, basic(BasicKind::UntypedBool),
                                  Constant::makeBool(false)));
  universe_->insert(
      object<Const>("iota", NoPos, nullptr, basic(BasicKind::UntypedInt), Constant::makeInt(0)));
  nil_ = object<Nil>(basic(BasicKind::UntypedNil));
  universe_->insert(nil_);

  static const std::pair<const char *, BuiltinId> builtins[] = {
      {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},     {"close", BuiltinId::Close},
      {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},   {"delete", BuiltinId::Delete},
      {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},     {"make", BuiltinId::Make},
      {"new", BuiltinId::New},         {"panic", BuiltinId::Panic}, {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},   {"recover", BuiltinId::Recover},
  };
  for (const auto &[name, id] : builtins)
    universe_->insert(object<Builtin>(name, id));
}

} // namespace gocxx::types
