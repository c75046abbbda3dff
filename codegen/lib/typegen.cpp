// C++ spellings of Go types (DESIGN.md, "Values in C++") and the type
// declarations of a package: named struct types become C++ structs (defined
// after the structs they contain by value), other named types aliases.
#include <functional>

#include "emitter.h"

namespace gocxx::codegen {

using namespace gocxx::types;
using gocxx::ast::dyn_cast;
namespace ast = gocxx::ast;

// A struct field's C++ name: blank fields are numbered (C++ allows one _);
// a field named as a type of its package gets a trailing underscore (C++
// forbids a member named as its class, and a member hides a type's name).
std::string Emitter::fieldName(const Struct *st, size_t i) {
  const Var *f = st->fields[i];
  if (f->name == "_")
    return "blank_" + std::to_string(i);
  return fieldName(f);
}

std::string Emitter::fieldName(const Var *f) {
  if (f->pkg && f->pkg->scope && isa<TypeName>(f->pkg->scope->lookup(f->name)))
    return mangle(f->name) + "_";
  // Nor may a member be named as a template parameter of its struct: a
  // field named as a type parameter of one of the package's generic types.
  if (f->pkg && f->pkg->scope) {
    auto [it, fresh] = typeParamNames_.try_emplace(f->pkg);
    if (fresh)
      for (Object *obj : f->pkg->scope->objects())
        if (auto *n = isa<TypeName>(obj) ? dyn_cast<Named>(obj->type) : nullptr)
          for (TypeParam *tp : n->typeParams)
            it->second.insert(tp->obj->name);
    if (it->second.count(f->name))
      return mangle(f->name) + "_";
  }
  return mangle(f->name);
}

// A string that identifies a type among all the program's packages, alike
// in every package's emitter (Go's type identity): defined types by package
// path, name, and for types declared in functions their position; fields
// and methods by name, and unexported ones by package path too.
std::string Emitter::identityKey(Type *t) {
  switch (t->kind) {
  case TypeKind::Basic:
    return "b" + std::to_string(static_cast<int>(cast<Basic>(t)->basicKind));
  case TypeKind::Pointer:
    return "*" + identityKey(cast<Pointer>(t)->elem);
  case TypeKind::Slice:
    return "[]" + identityKey(cast<Slice>(t)->elem);
  case TypeKind::Array:
    return "[" + std::to_string(cast<Array>(t)->len) + "]" + identityKey(cast<Array>(t)->elem);
  case TypeKind::Map:
    return "map[" + identityKey(cast<Map>(t)->key) + "]" + identityKey(cast<Map>(t)->elem);
  case TypeKind::Chan:
    return "chan" + std::to_string(static_cast<int>(cast<Chan>(t)->dir)) + " " +
           identityKey(cast<Chan>(t)->elem);
  case TypeKind::Tuple: {
    std::string s = "(";
    for (Var *v : cast<Tuple>(t)->vars)
      s += identityKey(v->type) + ",";
    return s + ")";
  }
  case TypeKind::Signature: {
    auto *sig = cast<Signature>(t);
    return std::string("func") + (sig->variadic ? "..." : "") + identityKey(sig->params) +
           identityKey(sig->results);
  }
  case TypeKind::Struct:
    return structKey(cast<Struct>(t),
                     [&](size_t i) { return identityKey(cast<Struct>(t)->fields[i]->type); });
  case TypeKind::Interface: {
    std::string s = "interface{";
    for (Func *m : cast<Interface>(t)->allMethods) {
      s += m->name;
      if (!m->exported() && m->pkg)
        s += "@" + m->pkg->path;
      s += identityKey(m->type) + ";";
    }
    return s + "}";
  }
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    std::string s = n->obj->pkg ? n->obj->pkg->path + "." + n->obj->name : n->obj->name;
    if (n->obj->pkg && n->obj->parent != n->obj->pkg->scope)
      s += "@" + fset_.position(n->obj->pos).str();
    if (!n->typeArgs.empty()) {
      s += "[";
      for (Type *a : n->typeArgs)
        s += identityKey(a) + ",";
      s += "]";
    }
    return s;
  }
  case TypeKind::TypeParam:
    return "$" + cast<TypeParam>(t)->obj->name;
  }
  return "?";
}

// Text that several packages' headers define alike (the C++ struct and the
// descriptor of an unnamed type): outside the package's namespace, in
// go::anon, once per translation unit.
std::string Emitter::sharedDefinition(const std::string &name, const std::string &text) {
  std::string ns = packageNamespace(pkg_);
  std::string guard = "GOCXX_ANON_" + name;
  return "} // namespace " + ns + "\n#ifndef " + guard + "\n#define " + guard +
         "\nnamespace go::anon {\n" + text + "} // namespace go::anon\n#endif\nnamespace " + ns +
         " {\n\n";
}

std::string Emitter::typeNameOf(const TypeName *tn) {
  if (tn->pkg && (tn->pkg != &pkg_ || qualifyOwnTypes_))
    return packageNamespace(*tn->pkg) + "::" + mangle(tn->name);
  return mangle(tn->name);
}

std::string Emitter::cxxType(Type *t) {
  switch (t->kind) {
  case TypeKind::Basic:
    switch (cast<Basic>(t)->basicKind) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return "bool";
    case BasicKind::Int:
    case BasicKind::Int64:
    case BasicKind::UntypedInt:
      return "int64_t";
    case BasicKind::Int8:
      return "int8_t";
    case BasicKind::Int16:
      return "int16_t";
    case BasicKind::Int32:
    case BasicKind::UntypedRune:
      return "int32_t";
    case BasicKind::Uint:
    case BasicKind::Uint64:
      return "uint64_t";
    case BasicKind::Uint8:
      return "uint8_t";
    case BasicKind::Uint16:
      return "uint16_t";
    case BasicKind::Uint32:
      return "uint32_t";
    case BasicKind::Uintptr:
      return "uintptr_t";
    case BasicKind::Float32:
      return "float";
    case BasicKind::Float64:
    case BasicKind::UntypedFloat:
      return "double";
    case BasicKind::String:
    case BasicKind::UntypedString:
      return "go::string";
    case BasicKind::UntypedNil:
      return "std::nullptr_t";
    case BasicKind::Complex64:
      return "std::complex<float>";
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex:
      return "std::complex<double>";
    case BasicKind::Invalid:
      return "void /*unsupported*/";
    case BasicKind::UnsafePointer:
      return "void*";
    }
    return "void";
  case TypeKind::Pointer:
    return cxxType(cast<Pointer>(t)->elem) + "*";
  case TypeKind::Slice:
    return "go::slice<" + cxxType(cast<Slice>(t)->elem) + ">";
  case TypeKind::Array:
    return "go::array<" + cxxType(cast<Array>(t)->elem) + ", " +
           std::to_string(cast<Array>(t)->len) + ">";
  case TypeKind::Map:
    return "go::map<" + cxxType(cast<Map>(t)->key) + ", " + cxxType(cast<Map>(t)->elem) + ">*";
  case TypeKind::Chan:
    return "go::chan<" + cxxType(cast<Chan>(t)->elem) + ">*";
  case TypeKind::Struct: {
    auto *st = cast<Struct>(t);
    auto it = structNames_.find(st);
    if (it != structNames_.end() && it->second.rfind("go::anon::", 0) != 0)
      return it->second; // a defined type's struct
    // An unnamed struct is an instance of its shape's template over its
    // field types (see anonShapeName), so identical struct types are one
    // C++ type in every package, in generic code and out of it.
    std::string name = "go::anon::" + anonShapeName(st);
    if (st->fields.empty())
      return name;
    std::string args;
    for (Var *f : st->fields)
      args += (args.empty() ? "" : ", ") + cxxType(f->type);
    return name + "<" + args + ">";
  }
  case TypeKind::Tuple: {
    auto *tu = cast<Tuple>(t);
    std::string s = "std::tuple<";
    for (size_t i = 0; i < tu->vars.size(); ++i)
      s += (i ? ", " : "") + cxxType(tu->vars[i]->type);
    return s + ">";
  }
  case TypeKind::Signature:
    return "go::func<" + signatureType(cast<Signature>(t)) + ">";
  case TypeKind::Interface:
    return cast<Interface>(t)->allMethods.empty() ? "go::any" : "go::iface";
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    if (!n->obj->pkg && n->obj->name == "error")
      return "go::error";
    if (n->obj->parent != n->obj->pkg->scope) {
      // A type declared inside a function: its underlying C++ type, or
      // for one that refers to itself the package struct made for it
      // (emitTypeDecls), or nothing (refused there).
      auto [it, fresh] = localRecursive_.try_emplace(n, false);
      if (fresh)
        it->second = refersTo(n->underlying, n, true);
      if (it->second &&
          !(isa<Struct>(n->underlying) && structNames_.count(cast<Struct>(n->underlying))))
        return "void /*unsupported*/";
      return cxxType(n->underlying);
    }
    if (n->origin)
      return typeNameOf(n->obj) + templateArgs(n->typeArgs);
    return typeNameOf(n->obj);
  }
  case TypeKind::TypeParam:
    if (auto it = substParams_.find(cast<TypeParam>(t)); it != substParams_.end())
      return cxxType(it->second);
    return typeParamName(cast<TypeParam>(t));
  }
  return "void";
}

std::string Emitter::signatureType(Signature *sig) {
  std::string ret;
  auto &res = sig->results->vars;
  if (res.empty())
    ret = "void";
  else if (res.size() == 1)
    ret = cxxType(res[0]->type);
  else
    ret = cxxType(sig->results);
  std::string s = ret + "(";
  for (size_t i = 0; i < sig->params->vars.size(); ++i)
    s += (i ? ", " : "") + cxxType(sig->params->vars[i]->type);
  return s + ")";
}

// The C++ spelling of t inside a template whose parameters are `to`, where t
// mentions the positionally corresponding parameters `from`.
std::string Emitter::cxxTypeIn(Type *t, const std::vector<TypeParam *> &from,
                               const std::vector<TypeParam *> &to) {
  for (size_t i = 0; i < from.size() && i < to.size(); ++i)
    substParams_[from[i]] = to[i];
  std::string s = cxxType(t);
  substParams_.clear();
  return s;
}

// Whether type t (a named type's definition) mentions n. For a package
// type (local false), only paths C++ cannot forward-declare count: not
// through structs, and through other named types of n's package that are
// aliases of their definitions. For a type declared inside a function
// (local true), any path counts, through structs, interfaces and the
// definitions of other local types, which are C++ types of their
// definitions too.
bool Emitter::refersTo(Type *t, Named *n, bool local) {
  std::set<Type *> seen;
  std::function<bool(Type *)> walk = [&](Type *x) -> bool {
    if (!x || !seen.insert(x).second)
      return false;
    switch (x->kind) {
    case TypeKind::Named: {
      auto *nx = cast<Named>(x);
      if (nx == n)
        return true;
      if (!local)
        return !isa<Struct>(nx->underlying) && nx->obj->pkg == n->obj->pkg && walk(nx->underlying);
      for (Type *a : nx->typeArgs)
        if (walk(a))
          return true;
      return nx->obj->pkg && nx->obj->parent != nx->obj->pkg->scope && walk(nx->underlying);
    }
    case TypeKind::Pointer:
      return walk(cast<Pointer>(x)->elem);
    case TypeKind::Slice:
      return walk(cast<Slice>(x)->elem);
    case TypeKind::Array:
      return walk(cast<Array>(x)->elem);
    case TypeKind::Chan:
      return walk(cast<Chan>(x)->elem);
    case TypeKind::Map:
      return walk(cast<Map>(x)->key) || walk(cast<Map>(x)->elem);
    case TypeKind::Signature:
      return walk(cast<Signature>(x)->params) || walk(cast<Signature>(x)->results);
    case TypeKind::Tuple:
      for (Var *v : cast<Tuple>(x)->vars)
        if (walk(v->type))
          return true;
      return false;
    case TypeKind::Struct:
      if (local)
        for (Var *f : cast<Struct>(x)->fields)
          if (walk(f->type))
            return true;
      return false;
    case TypeKind::Interface:
      if (local)
        for (Func *m : cast<Interface>(x)->allMethods)
          if (walk(m->type))
            return true;
      return false;
    case TypeKind::Basic:
    case TypeKind::TypeParam:
      return false;
    }
    return false;
  };
  return walk(t);
}

// Each Go type parameter T becomes three template parameters: the C++ type
// T, T__rt, the Go type's descriptor, and T__name, its name (go::abi::text).
// Several Go types share a C++ type (a defined `type MyInt int` is an
// int64_t), so boxing, type switches and method calls inside generic code
// need the descriptor passed along; descriptors of types made of T are
// keyed by their names, which the template computes from T__name.
std::string Emitter::templateHeader(const std::vector<TypeParam *> &tparams) {
  if (tparams.empty())
    return "";
  std::string s = "template <";
  for (size_t i = 0; i < tparams.size(); ++i) {
    std::string n = typeParamName(tparams[i]);
    s += (i ? ", class " : "class ") + n + ", const go::abi::rtype *" + n + "__rt, go::abi::text " +
         n + "__name";
  }
  return s + ">\n";
}

// The template parameters of a generic declaration as arguments: <T, T__rt, T__name, ...>.
std::string Emitter::templateParamsAsArgs(const std::vector<TypeParam *> &tparams) {
  std::string s = "<";
  for (size_t i = 0; i < tparams.size(); ++i) {
    std::string n = typeParamName(tparams[i]);
    s += (i ? ", " : "") + n + ", " + n + "__rt, " + n + "__name";
  }
  return s + ">";
}

std::string Emitter::templateArgs(const std::vector<Type *> &args) {
  std::string s = "<";
  for (size_t i = 0; i < args.size(); ++i)
    s += (i ? ", " : "") + cxxType(args[i]) + ", " + typeDesc(args[i], NoPos) + ", " +
         nameExpr(args[i]);
  return s + ">";
}

// The explicit template arguments of a use of a generic function, or "".
std::string Emitter::instanceArgs(const ast::Ident *id) {
  auto it = info_.instances.find(id);
  if (it == info_.instances.end())
    return "";
  return templateArgs(it->second.typeArgs);
}

std::string Emitter::zeroValue(Type *t) {
  Type *u = underlying(t);
  if (isa<Pointer>(u) || isa<Map>(u) || isa<Chan>(u) ||
      (isa<Basic>(u) && cast<Basic>(u)->basicKind == BasicKind::UnsafePointer))
    return "nullptr";
  return cxxType(t) + "{}";
}

// One struct definition: fields in Go order, zero-initialized; == and a
// hash (for map keys) when the struct is comparable. Struct types held by
// value are defined first.
void Emitter::emitStructDef(std::ostream &os, Struct *st, const std::string &name,
                            std::set<Struct *> &done, std::set<Struct *> &visiting) {
  if (done.count(st) || visiting.count(st))
    return;
  visiting.insert(st);
  std::function<void(Type *)> need = [&](Type *ft) {
    if (auto *n = dyn_cast<Named>(ft)) {
      if (n->origin) { // an instance held by value: its template first
        for (Type *a : n->typeArgs)
          need(a);
        n = n->origin;
      }
      if (n->obj->pkg == &pkg_ && isa<Struct>(n->underlying) &&
          structNames_.count(cast<Struct>(n->underlying)))
        emitStructDef(os, cast<Struct>(n->underlying), structNames_[cast<Struct>(n->underlying)],
                      done, visiting);
    } else if (auto *a = dyn_cast<Array>(ft)) {
      need(a->elem);
    } else if (auto *inner = dyn_cast<Struct>(ft)) {
      emitStructDef(os, inner, structNames_[inner], done, visiting);
    }
  };
  for (Var *f : st->fields)
    need(f->type);
  visiting.erase(st);
  done.insert(st);
  // An unnamed struct outside generic code is one of go::anon, which every
  // header using it defines alike (sharedDefinition).
  bool shared = name.rfind("go::anon::", 0) == 0;
  std::string cname = shared ? name.substr(10) : name;
  std::ostringstream def;
  auto tp = structTypeParams_.find(st);
  if (tp != structTypeParams_.end())
    def << templateHeader(tp->second);
  if (shared) {
    def << "// " << anonShape(st) << "\n" << anonShapeHeader(st);
  }
  def << "struct " << cname << " {\n";
  // Qualified: a field named as a type (an embedded T) hides the type's
  // name for the fields after it.
  qualifyOwnTypes_ = true;
  for (size_t i = 0; i < st->fields.size(); ++i)
    def << "  " << (shared ? "F__" + std::to_string(i) : cxxType(st->fields[i]->type)) << " "
        << fieldName(st, i) << "{};\n";
  qualifyOwnTypes_ = false;
  // A generic struct's == is defaulted too: C++ deletes it for the
  // instances whose fields are not comparable; so is a shape's.
  if (comparable(st) || tp != structTypeParams_.end() || shared) {
    bool blank = false;
    for (Var *f : st->fields)
      blank |= f->name == "_";
    if (!blank) {
      def << "  bool operator==(const " << cname << "&) const = default;\n";
    } else { // blank fields take no part in ==
      def << "  bool operator==(const " << cname << "& o) const {\n    return true";
      for (size_t i = 0; i < st->fields.size(); ++i)
        if (st->fields[i]->name != "_")
          def << " && " << fieldName(st, i) << " == o." << fieldName(st, i);
      def << ";\n  }\n";
    }
    // A template, so that it is only compiled for structs used as map keys.
    def << "  template <class Self>\n    requires std::same_as<Self, " << cname
        << ">\n  friend uint64_t go_hash(const Self& v) {\n    uint64_t h = "
           "0x84222325cbf29ce4ULL;\n";
    for (size_t i = 0; i < st->fields.size(); ++i)
      if (st->fields[i]->name != "_")
        def << "    h = go::impl::mix_hash(h ^ go::hash_key(v." << fieldName(st, i) << "));\n";
    def << "    return h;\n  }\n";
  }
  def << "};\n";
  os << (shared ? sharedDefinition(cname, def.str()) : def.str() + "\n");
}

// The shape of an unnamed struct type: its fields' names (with the package
// of unexported ones), embedding and tags, without their types.
std::string Emitter::anonShape(Struct *st) {
  return structKey(st, [](size_t i) { return "F__" + std::to_string(i); });
}

// A struct type's key: each field's name (with the package of an
// unexported one), embedding, `type(i)` and tag.
std::string Emitter::structKey(Struct *st, const std::function<std::string(size_t)> &type) {
  std::string s = "struct{";
  for (size_t i = 0; i < st->fields.size(); ++i) {
    Var *f = st->fields[i];
    s += (f->embedded ? "~" : "") + f->name;
    if (!f->exported() && f->pkg)
      s += "@" + f->pkg->path;
    s += " " + type(i);
    if (i < st->tags.size() && !st->tags[i].empty())
      s += " " + cxxStringLiteral(st->tags[i]);
    s += ";";
  }
  return s + "}";
}

// The template header of a shape's definition ("" for struct{}).
std::string Emitter::anonShapeHeader(Struct *st) {
  if (st->fields.empty())
    return "";
  std::string s = "template <";
  for (size_t i = 0; i < st->fields.size(); ++i)
    s += (i ? ", class F__" : "class F__") + std::to_string(i);
  return s + ">\n";
}

// Anonymous struct types reachable from t get a generated C++ name.
void Emitter::collectAnonStructs(Type *t, std::set<Type *> &seen) {
  if (!t || !seen.insert(t).second)
    return;
  switch (t->kind) {
  case TypeKind::Struct: {
    auto *st = cast<Struct>(t);
    if (!structNames_.count(st)) {
      // Unnamed struct types of one shape share one template of go::anon
      // (see cxxType).
      std::string name = "go::anon::" + anonShapeName(st);
      structNames_[st] = name;
      if (anonShapes_.insert(name).second)
        anonStructs_.push_back(st);
    }
    for (Var *f : st->fields)
      collectAnonStructs(f->type, seen);
    return;
  }
  case TypeKind::Pointer:
    collectAnonStructs(cast<Pointer>(t)->elem, seen);
    return;
  case TypeKind::Slice:
    collectAnonStructs(cast<Slice>(t)->elem, seen);
    return;
  case TypeKind::Array:
    collectAnonStructs(cast<Array>(t)->elem, seen);
    return;
  case TypeKind::Map:
    collectAnonStructs(cast<Map>(t)->key, seen);
    collectAnonStructs(cast<Map>(t)->elem, seen);
    return;
  case TypeKind::Chan:
    collectAnonStructs(cast<Chan>(t)->elem, seen);
    return;
  case TypeKind::Tuple:
    for (Var *v : cast<Tuple>(t)->vars)
      collectAnonStructs(v->type, seen);
    return;
  case TypeKind::Signature:
    collectAnonStructs(cast<Signature>(t)->params, seen);
    collectAnonStructs(cast<Signature>(t)->results, seen);
    return;
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    if (n->origin) {
      for (Type *a : n->typeArgs)
        collectAnonStructs(a, seen);
    } else if (n->obj->pkg == &pkg_) {
      collectAnonStructs(n->underlying, seen);
    }
    return;
  }
  case TypeKind::Basic:
  case TypeKind::Interface:
  case TypeKind::TypeParam:
    return;
  }
}

void Emitter::emitTypeDecls(std::ostream &os) {
  std::vector<TypeName *> structs, others;
  for (Object *obj : pkg_.scope->objects()) {
    auto *tn = dyn_cast<TypeName>(obj);
    if (!tn)
      continue;
    auto *n = dyn_cast<Named>(tn->type);
    // A defined struct type names its struct, unless its struct is another
    // named type's (type U T): then it is an alias of that C++ struct.
    if (!tn->isAlias && n && isa<Struct>(n->underlying) &&
        !structNames_.count(cast<Struct>(n->underlying))) {
      auto *ts = static_cast<const ast::TypeSpec *>(tn->decl);
      if (ts && isa<ast::StructType>(ts->type)) {
        structNames_[cast<Struct>(n->underlying)] = mangle(tn->name);
        if (!n->typeParams.empty())
          structTypeParams_[cast<Struct>(n->underlying)] = n->typeParams;
        structs.push_back(tn);
        continue;
      }
    }
    others.push_back(tn);
  }
  // A type declared inside a function is the C++ type of its definition
  // (cxxType), a shape template's instance for a struct. One that refers to
  // itself (type node struct{ next *node }) cannot be: its struct is a
  // struct of the package, named after the type and its place in source
  // order. Other self-referring local types are refused.
  std::vector<Struct *> localStructs;
  for (ast::File *f : pkg_.files)
    ast::inspect(f, [&](ast::Node *node) {
      auto *ts = node ? dyn_cast<ast::TypeSpec>(node) : nullptr;
      Object *obj = ts ? info_.objectOf(ts->name) : nullptr;
      auto *tn = obj ? dyn_cast<TypeName>(obj) : nullptr;
      if (!tn || tn->isAlias || tn->parent == pkg_.scope || !isa<Named>(tn->type))
        return true;
      auto *n = cast<Named>(tn->type);
      if (!refersTo(n->underlying, n, true))
        return true;
      auto *st = dyn_cast<Struct>(n->underlying);
      if (!st || mentionsTypeParam(st) || !isa<ast::StructType>(ts->type)) {
        unsupported(tn->pos, "recursive type " + tn->name +
                                 " declared inside a function (other than a struct)");
        return true;
      }
      structNames_[st] = mangle(tn->name) + "__struct" + std::to_string(localStructs.size() + 1);
      localStructs.push_back(st);
      return true;
    });

  // Anonymous structs used anywhere in the package (Info has every loaded
  // package's expressions: only this package's files count).
  // In source order, so that the generated names (struct_1, ...) are the
  // same in every run (Info's maps are keyed by address).
  std::set<Type *> seen;
  for (ast::File *f : pkg_.files)
    ast::inspect(f, [&](ast::Node *n) {
      if (auto *e = n ? dyn_cast<ast::Expr>(n) : nullptr)
        if (auto *tv = info_.typeOf(e))
          collectAnonStructs(tv->type, seen);
      return true;
    });
  for (Object *obj : pkg_.scope->objects())
    collectAnonStructs(obj->type, seen);

  for (TypeName *tn : structs)
    os << templateHeader(cast<Named>(tn->type)->typeParams) << "struct " << mangle(tn->name)
       << ";\n";
  for (Struct *st : localStructs)
    os << "struct " << structNames_[st] << ";\n";
  std::string shared;
  for (Struct *st : anonStructs_) {
    const std::string &name = structNames_[st];
    if (name.rfind("go::anon::", 0) == 0)
      shared += anonShapeHeader(st) + "struct " + name.substr(10) + ";\n";
    else
      os << templateHeader(structTypeParams_[st]) << "struct " << name << ";\n";
  }
  if (!shared.empty()) {
    std::string ns = packageNamespace(pkg_);
    os << "} // namespace " << ns << "\nnamespace go::anon {\n"
       << shared << "} // namespace go::anon\nnamespace " << ns << " {\n";
  }
  if (!structs.empty() || !anonStructs_.empty() || !localStructs.empty())
    os << "\n";
  // A func or slice type that refers to itself (type stateFn func() stateFn)
  // cannot be a C++ alias: it is a struct deriving from the C++ type of its
  // definition, converting to and from it. Declared here, defined below.
  std::vector<TypeName *> recursive;
  for (TypeName *tn : others) {
    Type *u = tn->isAlias ? tn->type : cast<Named>(tn->type)->underlying;
    if (!tn->isAlias && refersTo(u, cast<Named>(tn->type))) {
      if ((isa<Signature>(u) || isa<Slice>(u)) && cast<Named>(tn->type)->typeParams.empty()) {
        os << "struct " << mangle(tn->name) << ";\n";
        recursive.push_back(tn);
      } else {
        unsupported(tn->pos, "recursive type " + tn->name + " that is not a struct");
      }
    }
  }
  // The aliases in an order where each comes after those it names
  // (type addrList []Addr before type Addr interface{...} is not C++).
  std::map<Type *, TypeName *> aliasOf;
  for (TypeName *tn : others)
    if (!tn->isAlias)
      aliasOf[tn->type] = tn;
  std::vector<TypeName *> ordered;
  std::set<TypeName *> placed;
  std::function<void(TypeName *)> place;
  std::function<void(Type *, int)> needs = [&](Type *t, int depth) {
    if (!t || depth > 16)
      return;
    if (auto it = aliasOf.find(t); it != aliasOf.end()) {
      place(it->second);
      return;
    }
    switch (t->kind) {
    case TypeKind::Pointer:
      return needs(cast<Pointer>(t)->elem, depth + 1);
    case TypeKind::Slice:
      return needs(cast<Slice>(t)->elem, depth + 1);
    case TypeKind::Array:
      return needs(cast<Array>(t)->elem, depth + 1);
    case TypeKind::Chan:
      return needs(cast<Chan>(t)->elem, depth + 1);
    case TypeKind::Map:
      needs(cast<Map>(t)->key, depth + 1);
      return needs(cast<Map>(t)->elem, depth + 1);
    case TypeKind::Signature:
      for (Var *v : cast<Signature>(t)->params->vars)
        needs(v->type, depth + 1);
      for (Var *v : cast<Signature>(t)->results->vars)
        needs(v->type, depth + 1);
      return;
    case TypeKind::Named:
      for (Type *a : cast<Named>(t)->typeArgs)
        needs(a, depth + 1);
      return;
    default:
      return;
    }
  };
  place = [&](TypeName *tn) {
    if (!placed.insert(tn).second)
      return;
    Type *u = tn->isAlias ? tn->type : cast<Named>(tn->type)->underlying;
    if (tn->isAlias || !refersTo(u, cast<Named>(tn->type)))
      needs(u, 0);
    ordered.push_back(tn);
  };
  for (TypeName *tn : others)
    place(tn);
  for (TypeName *tn : ordered) {
    Type *u = tn->isAlias ? tn->type : cast<Named>(tn->type)->underlying;
    if (!tn->isAlias && refersTo(u, cast<Named>(tn->type)))
      continue;
    std::string target = cxxType(u);
    if (auto *ts = static_cast<const ast::TypeSpec *>(tn->decl); ts && isa<Struct>(u)) {
      // type U T / type U = T of a struct type: the same C++ struct.
      if (auto *tv = info_.typeOf(ts->type))
        target = cxxType(tv->type);
    }
    os << (tn->isAlias ? "" : templateHeader(cast<Named>(tn->type)->typeParams)) << "using "
       << mangle(tn->name) << " = " << target << ";\n";
  }
  if (!others.empty())
    os << "\n";
  for (TypeName *tn : recursive) {
    std::string n = mangle(tn->name);
    std::string base = cxxType(cast<Named>(tn->type)->underlying);
    os << "struct " << n << " : " << base << " {\n  using base = " << base
       << ";\n  using base::base;\n  " << n << "() = default;\n  " << n
       << "(const base &b) : base(b) {}\n};\n\n";
  }
  std::set<Struct *> done, visiting;
  for (TypeName *tn : structs) {
    auto *st = cast<Struct>(cast<Named>(tn->type)->underlying);
    emitStructDef(os, st, structNames_[st], done, visiting);
  }
  for (Struct *st : localStructs)
    emitStructDef(os, st, structNames_[st], done, visiting);
  for (Struct *st : anonStructs_)
    emitStructDef(os, st, structNames_[st], done, visiting);
}

// The C++ type a call of a function of type sig gives: void, its result's,
// or a std::tuple of its results.
std::string Emitter::resultType(Signature *sig) {
  auto &res = sig->results->vars;
  return res.empty() ? "void" : res.size() == 1 ? cxxType(res[0]->type) : cxxType(sig->results);
}

} // namespace gocxx::codegen
