// Interfaces and type descriptors. Every Go type that reaches an interface
// value, a type switch or reflect has one descriptor in gc's layout
// (runtime/abi.h); this file spells it:
//   - a defined type T of the package: T__desc (and T__ptrdesc for *T) with
//     its method set as thunks that take the interface data word first,
//     declared in the header and defined in the source (templates in the
//     header for generic types);
//   - unnamed pointer, slice, array, chan, map and func types: instances of
//     the runtime's variable templates, keyed by their parts and their name
//     (generic code computes the name from its type arguments' names, the
//     T__name template parameters, so the instance is the same);
//   - unnamed struct and interface types, and types declared in functions:
//     inline descriptors in the package's header.
// Also: itabs for (concrete type, interface) pairs a conversion needs,
// boxing into interfaces, interface method calls, type assertions and type
// switches.
#include <algorithm>
#include <functional>

#include "emitter.h"

namespace gocxx::codegen {

using namespace gocxx::types;
using gocxx::isExported;
using gocxx::ast::dyn_cast;
namespace ast = gocxx::ast;

namespace {

const char *basicDescName(BasicKind k) {
  switch (k) {
  case BasicKind::Bool:
  case BasicKind::UntypedBool:
    return "type_bool";
  case BasicKind::Int:
  case BasicKind::UntypedInt:
    return "type_int";
  case BasicKind::Int8:
    return "type_int8";
  case BasicKind::Int16:
    return "type_int16";
  case BasicKind::Int32:
  case BasicKind::UntypedRune:
    return "type_int32";
  case BasicKind::Int64:
    return "type_int64";
  case BasicKind::Uint:
    return "type_uint";
  case BasicKind::Uint8:
    return "type_uint8";
  case BasicKind::Uint16:
    return "type_uint16";
  case BasicKind::Uint32:
    return "type_uint32";
  case BasicKind::Uint64:
    return "type_uint64";
  case BasicKind::Uintptr:
    return "type_uintptr";
  case BasicKind::Float32:
    return "type_float32";
  case BasicKind::Float64:
  case BasicKind::UntypedFloat:
    return "type_float64";
  case BasicKind::Complex64:
    return "type_complex64";
  case BasicKind::Complex128:
  case BasicKind::UntypedComplex:
    return "type_complex128";
  case BasicKind::String:
  case BasicKind::UntypedString:
    return "type_string";
  case BasicKind::UnsafePointer:
    return "type_unsafe_pointer";
  case BasicKind::UntypedNil:
  case BasicKind::Invalid:
    return nullptr;
  }
  return nullptr;
}

// The go::kind of a type's underlying type.
std::string kindOf(Type *u) {
  switch (u->kind) {
  case TypeKind::Basic:
    switch (cast<Basic>(u)->basicKind) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return "go::kind::bool_";
    case BasicKind::Int:
    case BasicKind::UntypedInt:
      return "go::kind::int_";
    case BasicKind::Int8:
      return "go::kind::int8";
    case BasicKind::Int16:
      return "go::kind::int16";
    case BasicKind::Int32:
    case BasicKind::UntypedRune:
      return "go::kind::int32";
    case BasicKind::Int64:
      return "go::kind::int64";
    case BasicKind::Uint:
      return "go::kind::uint";
    case BasicKind::Uint8:
      return "go::kind::uint8";
    case BasicKind::Uint16:
      return "go::kind::uint16";
    case BasicKind::Uint32:
      return "go::kind::uint32";
    case BasicKind::Uint64:
      return "go::kind::uint64";
    case BasicKind::Uintptr:
      return "go::kind::uintptr";
    case BasicKind::Float32:
      return "go::kind::float32";
    case BasicKind::Float64:
    case BasicKind::UntypedFloat:
      return "go::kind::float64";
    case BasicKind::Complex64:
      return "go::kind::complex64";
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex:
      return "go::kind::complex128";
    case BasicKind::String:
    case BasicKind::UntypedString:
      return "go::kind::string";
    case BasicKind::UnsafePointer:
      return "go::kind::unsafe_pointer";
    case BasicKind::UntypedNil:
    case BasicKind::Invalid:
      return "go::kind::invalid";
    }
    return "go::kind::invalid";
  case TypeKind::Pointer:
    return "go::kind::pointer";
  case TypeKind::Slice:
    return "go::kind::slice";
  case TypeKind::Array:
    return "go::kind::array";
  case TypeKind::Map:
    return "go::kind::map";
  case TypeKind::Chan:
    return "go::kind::chan";
  case TypeKind::Signature:
    return "go::kind::func";
  case TypeKind::Interface:
    return "go::kind::interface";
  case TypeKind::Struct:
    return "go::kind::struct_";
  case TypeKind::Named:
  case TypeKind::Tuple:
  case TypeKind::TypeParam:
    break;
  }
  return "go::kind::invalid";
}

// Interface values hold pointer-shaped values themselves (the C++ type is a
// pointer): pointers, unsafe.Pointer, maps and channels.
bool isDirect(Type *u) {
  if (auto *b = dyn_cast<Basic>(u))
    return b->basicKind == BasicKind::UnsafePointer;
  return isa<Pointer>(u) || isa<Map>(u) || isa<Chan>(u);
}

// strconv.Quote, as reflect writes struct tags in a type's string.
std::string goQuote(const std::string &s) {
  std::string out = "\"";
  for (unsigned char ch : s) {
    switch (ch) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      if (ch < 0x20 || ch == 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", ch);
        out += buf;
      } else {
        out += static_cast<char>(ch);
      }
    }
  }
  return out + "\"";
}

uint32_t fnv32(const std::string &s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s)
    h = (h ^ c) * 16777619u;
  return h;
}

std::string hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

uint64_t fnv64(const std::string &s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s)
    h = (h ^ c) * 1099511628211ull;
  return h;
}

} // namespace

// ---- names ----------------------------------------------------------------

// A type's string as reflect prints it, in parts: text, and the names of
// type parameters (only known to the template's instances).
struct Emitter::NameParts {
  std::vector<std::pair<bool, std::string>> parts; // (is a type parameter's C++ name, text)
  void text(const std::string &s) {
    if (!parts.empty() && !parts.back().first)
      parts.back().second += s;
    else
      parts.push_back({false, s});
  }
  void param(const std::string &p) { parts.push_back({true, p}); }
  bool constant() const { return parts.size() <= 1 && (parts.empty() || !parts[0].first); }
  std::string plain() const {
    std::string s;
    for (auto &p : parts)
      s += p.second;
    return s;
  }
};

void Emitter::reflectName(Type *t, NameParts &n) {
  switch (t->kind) {
  case TypeKind::Basic: {
    auto *b = cast<Basic>(t);
    switch (b->basicKind) {
    case BasicKind::UnsafePointer:
      n.text("unsafe.Pointer");
      return;
    case BasicKind::UntypedBool:
      n.text("bool");
      return;
    case BasicKind::UntypedInt:
      n.text("int");
      return;
    case BasicKind::UntypedRune:
      n.text("int32");
      return;
    case BasicKind::UntypedFloat:
      n.text("float64");
      return;
    case BasicKind::UntypedComplex:
      n.text("complex128");
      return;
    case BasicKind::UntypedString:
      n.text("string");
      return;
    case BasicKind::Uint8: // byte is uint8 to reflect
      n.text("uint8");
      return;
    case BasicKind::Int32: // and rune int32
      n.text("int32");
      return;
    default:
      n.text(b->name);
      return;
    }
  }
  case TypeKind::Named: {
    auto *nt = cast<Named>(t);
    if (!nt->obj->pkg) {
      n.text(nt->obj->name); // error
      return;
    }
    n.text(nt->obj->pkg->name + "." + nt->obj->name);
    if (!nt->origin && !nt->typeParams.empty()) {
      // The generic type itself, inside its template: its instance's name.
      n.text("[");
      for (size_t i = 0; i < nt->typeParams.size(); ++i) {
        if (i)
          n.text(",");
        reflectName(nt->typeParams[i], n);
      }
      n.text("]");
    }
    if (nt->origin) {
      n.text("[");
      for (size_t i = 0; i < nt->typeArgs.size(); ++i) {
        if (i)
          n.text(",");
        reflectName(nt->typeArgs[i], n);
      }
      n.text("]");
    }
    return;
  }
  case TypeKind::TypeParam:
    if (auto it = substParams_.find(cast<TypeParam>(t)); it != substParams_.end())
      return reflectName(it->second, n);
    n.param(typeParamName(cast<TypeParam>(t)) + "__name");
    return;
  case TypeKind::Pointer:
    n.text("*");
    reflectName(cast<Pointer>(t)->elem, n);
    return;
  case TypeKind::Slice:
    n.text("[]");
    reflectName(cast<Slice>(t)->elem, n);
    return;
  case TypeKind::Array:
    n.text("[" + std::to_string(cast<Array>(t)->len) + "]");
    reflectName(cast<Array>(t)->elem, n);
    return;
  case TypeKind::Chan: {
    auto *c = cast<Chan>(t);
    bool paren = false;
    switch (c->dir) {
    case ChanDir::SendRecv:
      n.text("chan ");
      if (auto *e = dyn_cast<Chan>(c->elem); e && e->dir == ChanDir::RecvOnly)
        paren = true;
      break;
    case ChanDir::SendOnly:
      n.text("chan<- ");
      break;
    case ChanDir::RecvOnly:
      n.text("<-chan ");
      break;
    }
    if (paren)
      n.text("(");
    reflectName(c->elem, n);
    if (paren)
      n.text(")");
    return;
  }
  case TypeKind::Map:
    n.text("map[");
    reflectName(cast<Map>(t)->key, n);
    n.text("]");
    reflectName(cast<Map>(t)->elem, n);
    return;
  case TypeKind::Signature: {
    auto *sig = cast<Signature>(t);
    n.text("func(");
    auto &ps = sig->params->vars;
    for (size_t i = 0; i < ps.size(); ++i) {
      if (i)
        n.text(", ");
      if (sig->variadic && i + 1 == ps.size()) {
        n.text("...");
        reflectName(cast<Slice>(ps[i]->type)->elem, n);
      } else {
        reflectName(ps[i]->type, n);
      }
    }
    n.text(")");
    auto &rs = sig->results->vars;
    if (rs.size() == 1) {
      n.text(" ");
      reflectName(rs[0]->type, n);
    } else if (rs.size() > 1) {
      n.text(" (");
      for (size_t i = 0; i < rs.size(); ++i) {
        if (i)
          n.text(", ");
        reflectName(rs[i]->type, n);
      }
      n.text(")");
    }
    return;
  }
  case TypeKind::Struct: {
    auto *st = cast<Struct>(t);
    if (st->fields.empty()) {
      n.text("struct {}");
      return;
    }
    n.text("struct { ");
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (i)
        n.text("; ");
      if (!st->fields[i]->embedded)
        n.text(st->fields[i]->name + " ");
      reflectName(st->fields[i]->type, n);
      if (i < st->tags.size() && !st->tags[i].empty())
        n.text(" " + goQuote(st->tags[i]));
    }
    n.text(" }");
    return;
  }
  case TypeKind::Interface: {
    auto *it = cast<Interface>(t);
    if (it->allMethods.empty()) {
      n.text("interface {}");
      return;
    }
    n.text("interface { ");
    for (size_t i = 0; i < it->allMethods.size(); ++i) {
      if (i)
        n.text("; ");
      Func *m = it->allMethods[i];
      n.text(m->name);
      NameParts sig;
      reflectName(m->type, sig);
      // "func(int) string" without "func".
      for (size_t k = 0; k < sig.parts.size(); ++k) {
        auto p = sig.parts[k];
        if (k == 0 && !p.first)
          p.second = p.second.substr(4);
        if (p.first)
          n.param(p.second);
        else
          n.text(p.second);
      }
    }
    n.text(" }");
    return;
  }
  case TypeKind::Tuple:
    n.text(typeString(t));
    return;
  }
}

std::string Emitter::typeParamName(TypeParam *tp) {
  // Receiver type parameters named _ (func (p Pair[_, _]) ...) need names
  // of their own in C++.
  if (tp->obj->name == "_")
    return "blank_" + std::to_string(tp->index);
  return mangle(tp->obj->name);
}

std::string Emitter::reflectString(Type *t) {
  NameParts n;
  reflectName(t, n);
  return n.plain();
}

// The type's string as a C++ constant of type go::abi::text: a literal, or
// in generic code a concatenation with the type parameters' names.
std::string Emitter::nameExpr(Type *t) {
  NameParts n;
  reflectName(t, n);
  if (n.constant())
    return "go::abi::text(" + cxxStringLiteral(n.plain()) + ")";
  std::string s;
  for (auto &p : n.parts) {
    std::string part = p.first ? p.second : "go::abi::text(" + cxxStringLiteral(p.second) + ")";
    s += (s.empty() ? "" : " + ") + part;
  }
  return s;
}

// An encoded name constant: go::abi::name<"text", flags[, "tag"]>.
static std::string encodedName(const std::string &text, int flags = 0,
                               const std::string &tag = "") {
  std::string s = "go::abi::name<" + cxxStringLiteral(text);
  if (flags || !tag.empty())
    s += ", " + std::to_string(flags);
  if (!tag.empty())
    s += ", " + cxxStringLiteral(tag);
  return s + ">";
}

// The encoded name of a type's string (possibly computed in a template).
std::string Emitter::typeNameConst(Type *t) {
  NameParts n;
  reflectName(t, n);
  if (n.constant())
    return encodedName(n.plain());
  return "go::abi::name<" + nameExpr(t) + ">";
}

// The hash of a type's string, as a C++ constant.
std::string Emitter::typeHashConst(Type *t) {
  NameParts n;
  reflectName(t, n);
  if (n.constant())
    return std::to_string(fnv32(n.plain())) + "u";
  return "go::abi::type_hash(" + nameExpr(t) + ")";
}

// ---- descriptors ------------------------------------------------------------

// Named types whose descriptors the emitter defines (package-level, not
// the predeclared error).
static bool isPackageLevel(const Named *n) {
  return n->obj->pkg && n->obj->parent == n->obj->pkg->scope;
}

std::string Emitter::descName(Named *n, bool ptr) {
  bool own = n->obj->pkg == &pkg_ && !qualifyOwnTypes_;
  std::string base = (own ? "" : packageNamespace(*n->obj->pkg) + "::") + mangle(n->obj->name) +
                     (ptr ? "__ptrdesc" : "__desc");
  return base + (n->origin ? templateArgs(n->typeArgs) : "");
}

// How deeply instances of the go::abi templates nest to spell t's
// descriptor (named, struct and interface types have descriptors of their
// own).
static int instanceDepth(Type *t) {
  switch (t->kind) {
  case TypeKind::Pointer: {
    Type *elem = cast<Pointer>(t)->elem;
    if (auto *n = dyn_cast<Named>(elem); n && isPackageLevel(n) && !isInterface(n))
      return 0;
    return 1 + instanceDepth(elem);
  }
  case TypeKind::Slice:
    return 1 + instanceDepth(cast<Slice>(t)->elem);
  case TypeKind::Array:
    return 2 + instanceDepth(cast<Array>(t)->elem);
  case TypeKind::Chan:
    return 1 + instanceDepth(cast<Chan>(t)->elem);
  case TypeKind::Map:
    return 1 + std::max(instanceDepth(cast<Map>(t)->key), instanceDepth(cast<Map>(t)->elem));
  case TypeKind::Signature: {
    int d = 0;
    for (Tuple *tu : {cast<Signature>(t)->params, cast<Signature>(t)->results})
      for (Var *v : tu->vars)
        d = std::max(d, instanceDepth(v->type));
    return 1 + d;
  }
  default:
    return 0;
  }
}

std::string Emitter::typeDesc(Type *t, Pos pos) {
  // Deeper than this, a type's descriptor is one of go::anon.
  constexpr int maxInstanceDepth = 8;
  if (instanceDepth(t) > maxInstanceDepth && !mentionsTypeParam(t))
    return anonDesc(t, pos);
  switch (t->kind) {
  case TypeKind::Basic:
    if (const char *name = basicDescName(cast<Basic>(t)->basicKind))
      return std::string("&go::abi::") + name + ".r";
    break;
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    if (!n->obj->pkg && n->obj->name == "error")
      return "&go::abi::type_error.t.r";
    if (!isPackageLevel(n))
      return localTypeDesc(n, pos);
    return "&" + descName(n, false) + ".t.r";
  }
  case TypeKind::Pointer: {
    Type *elem = cast<Pointer>(t)->elem;
    if (auto *n = dyn_cast<Named>(elem); n && isPackageLevel(n) && !isInterface(n))
      return "&" + descName(n, true) + ".t.r";
    if (auto *st = dyn_cast<Struct>(elem);
        st && !mentionsTypeParam(st) && methodStructDesc(st, pos))
      return "&go::anon::" + anonName(st) + "__ptrmdesc.t.r";
    if (auto *n = dyn_cast<Named>(elem);
        n && !isPackageLevel(n) && isa<Struct>(n->underlying) &&
        !promotedMethods(cast<Struct>(n->underlying), nullptr).empty()) {
      localTypeDesc(n, pos);
      return "&" + std::string(qualifyOwnTypes_ ? packageNamespace(pkg_) + "::" : "") +
             localDescs_[n] + "__ptr.t.r";
    }
    return "&go::abi::ptr_of<" + typeDesc(elem, pos) + ", " + nameExpr(t) + ">.t.r";
  }
  case TypeKind::Slice:
    return "&go::abi::slice_of<" + typeDesc(cast<Slice>(t)->elem, pos) + ", " + nameExpr(t) +
           ">.t.r";
  case TypeKind::Array: {
    auto *a = cast<Array>(t);
    Slice sl(a->elem);
    // In generic code, whether [N]T is comparable is known once T is.
    std::string cmp = mentionsTypeParam(t) ? "std::equality_comparable<" + cxxType(t) + ">"
                      : comparable(t)      ? "true"
                                           : "false";
    return "&go::abi::array_of<" + cxxType(t) + ", " + typeDesc(a->elem, pos) + ", " +
           typeDesc(&sl, pos) + ", " + std::to_string(a->len) + ", " + cmp + ", " + nameExpr(t) +
           ">.t.r";
  }
  case TypeKind::Chan: {
    auto *c = cast<Chan>(t);
    int dir = c->dir == ChanDir::SendRecv ? 3 : c->dir == ChanDir::RecvOnly ? 1 : 2;
    return "&go::abi::chan_of<" + typeDesc(c->elem, pos) + ", " + std::to_string(dir) + ", " +
           nameExpr(t) + ">.t.r";
  }
  case TypeKind::Map: {
    auto *m = cast<Map>(t);
    return "&go::abi::map_of<" + cxxType(m->key) + ", " + cxxType(m->elem) + ", " +
           typeDesc(m->key, pos) + ", " + typeDesc(m->elem, pos) + ", " + nameExpr(t) + ">.t.r";
  }
  case TypeKind::Signature: {
    auto *sig = cast<Signature>(t);
    std::string s = "&go::abi::func_of<" + cxxType(t) + ", " + (sig->variadic ? "true" : "false") +
                    ", " + std::to_string(sig->params->vars.size()) + ", " + nameExpr(t);
    for (Var *p : sig->params->vars)
      s += ", " + typeDesc(p->type, pos);
    for (Var *r : sig->results->vars)
      s += ", " + typeDesc(r->type, pos);
    return s + ">.t.r";
  }
  case TypeKind::Interface:
    if (cast<Interface>(t)->allMethods.empty())
      return "&go::abi::type_empty_interface.r";
    return anonDesc(t, pos);
  case TypeKind::Struct:
    return anonDesc(t, pos);
  case TypeKind::TypeParam:
    if (auto it = substParams_.find(cast<TypeParam>(t)); it != substParams_.end())
      return typeDesc(it->second, pos);
    return typeParamName(cast<TypeParam>(t)) + "__rt";
  case TypeKind::Tuple:
    break;
  }
  unsupported(pos, "type " + typeString(t) + " in an interface value");
  return "nullptr";
}

// The common fields of a descriptor: go::abi::make_rtype(...).
std::string Emitter::rtypeInit(Type *t, Type *u, const std::string &cxx, int tflag,
                               const std::string &ptrToThis, const std::string &self) {
  // In generic code comparability depends on the type arguments: the C++
  // type has == (defaulted) exactly when the instance is comparable.
  std::string equal =
      mentionsTypeParam(u) && !isInterface(u)
          ? "go::abi::equal_if<" + cxx + ", std::equality_comparable<" + cxx + ">>()"
      : comparable(t) || isInterface(u) ? "go::abi::equal_of<" + cxx + ">()"
                                        : "{}";
  return "go::abi::make_rtype(sizeof(" + cxx + "), alignof(" + cxx + "), " + kindOf(u) + ", " +
         (isDirect(u) ? "true" : "false") + ", " + (pointerFree(t) ? "false" : "true") + ", " +
         typeHashConst(t) + ", " + typeNameConst(t) + ", " + equal + ", " + std::to_string(tflag) +
         ", " + ptrToThis + ", go::abi::link<" + self + ">())";
}

// The kind-specific part after the rtype of a struct, interface, slice ...
// descriptor (the "t" member's remaining fields), and for structs and
// interfaces the arrays they point at, written to pre.
std::string Emitter::kindFields(Type *t, Type *u, const std::string &name, std::ostream &pre,
                                const std::string &tmpl, const std::string &targs, Pos pos) {
  // A struct's package is that of its unexported fields, an interface's
  // that of its unexported methods or its name's (empty when there are none).
  std::string pkgPath;
  if (auto *n = dyn_cast<Named>(t); n && n->obj->pkg)
    pkgPath = n->obj->pkg->path;
  if (auto *st = dyn_cast<Struct>(u)) {
    pkgPath.clear();
    for (Var *f : st->fields)
      if (!f->exported() && f->pkg && pkgPath.empty())
        pkgPath = f->pkg->path;
  } else if (auto *it = dyn_cast<Interface>(u)) {
    for (Func *m : it->allMethods)
      if (!m->exported() && m->pkg && pkgPath.empty())
        pkgPath = m->pkg->path;
  }
  std::string pkgName = encodedName(pkgPath);
  if (auto *st = dyn_cast<Struct>(u)) {
    if (st->fields.empty())
      return pkgName + ", {}";
    std::string cxx = cxxType(t) + targs;
    pre << tmpl << "inline const go::abi::struct_field " << name << "__fields[] = {";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      Var *f = st->fields[i];
      int flags = (isExported(f->name) ? 1 : 0) | (f->embedded ? 8 : 0);
      std::string tag = i < st->tags.size() ? st->tags[i] : "";
      pre << (i ? ",\n    " : "\n    ") << "{" << encodedName(f->name, flags, tag) << ", "
          << typeDesc(f->type, f->pos) << ", __builtin_offsetof(" << cxx << ", " << fieldName(st, i)
          << ")}";
    }
    pre << "};\n";
    std::string n = std::to_string(st->fields.size());
    return pkgName + ", {const_cast<go::abi::struct_field *>(" + name + "__fields" + targs + "), " +
           n + ", " + n + "}";
  }
  if (auto *it = dyn_cast<Interface>(u)) {
    if (it->allMethods.empty())
      return pkgName + ", {}";
    pre << tmpl << "inline const go::abi::imethod " << name << "__imethods[] = {";
    for (size_t i = 0; i < it->allMethods.size(); ++i) {
      Func *m = it->allMethods[i];
      pre << (i ? ",\n    " : "\n    ") << "{" << encodedName(m->name, isExported(m->name) ? 1 : 0)
          << ", " << typeDesc(m->type, m->pos) << "}";
    }
    pre << "};\n";
    std::string n = std::to_string(it->allMethods.size());
    return pkgName + ", {const_cast<go::abi::imethod *>(" + name + "__imethods" + targs + "), " +
           n + ", " + n + "}";
  }
  if (auto *p = dyn_cast<Pointer>(u))
    return typeDesc(p->elem, pos);
  if (auto *s = dyn_cast<Slice>(u))
    return typeDesc(s->elem, pos);
  if (auto *a = dyn_cast<Array>(u)) {
    Slice sl(a->elem);
    return typeDesc(a->elem, pos) + ", " + typeDesc(&sl, pos) + ", " + std::to_string(a->len);
  }
  if (auto *c = dyn_cast<Chan>(u)) {
    int dir = c->dir == ChanDir::SendRecv ? 3 : c->dir == ChanDir::RecvOnly ? 1 : 2;
    return typeDesc(c->elem, pos) + ", " + std::to_string(dir);
  }
  if (auto *m = dyn_cast<Map>(u))
    return typeDesc(m->key, pos) + ", " + typeDesc(m->elem, pos) +
           ", nullptr, go::func<uintptr_t(void *, uintptr_t)>::from_thunk(&go::abi::hash_thunk<" +
           cxxType(m->key) + ">), go::abi::map_slot_size<" + cxxType(m->key) +
           ">(), go::abi::map_slot_size<" + cxxType(m->elem) + ">(), 0, 0";
  if (auto *sig = dyn_cast<Signature>(u)) {
    size_t nin = sig->params->vars.size(), nout = sig->results->vars.size();
    return std::to_string(nin) + ", " + std::to_string(nout | (sig->variadic ? 0x8000 : 0)) +
           ", &go::abi::func_thunks<" + cxxType(u) + ">::ops";
  }
  return "";
}

// The C++ type of a descriptor object for a type of underlying type u.
static std::string descType(Type *u, bool uncommonPart, size_t methods) {
  std::string k = isa<Struct>(u)      ? "struct_type"
                  : isa<Interface>(u) ? "interface_type"
                  : isa<Pointer>(u)   ? "ptr_type"
                  : isa<Slice>(u)     ? "slice_type"
                  : isa<Array>(u)     ? "array_type"
                  : isa<Chan>(u)      ? "chan_type"
                  : isa<Map>(u)       ? "map_type"
                                      : "basic_type";
  if (auto *sig = dyn_cast<Signature>(u)) {
    size_t np = sig->params->vars.size() + sig->results->vars.size();
    return uncommonPart
               ? "go::abi::ufdesc<" + std::to_string(np) + ", " + std::to_string(methods) + ">"
               : "go::abi::fdesc<" + std::to_string(np) + ">";
  }
  return uncommonPart ? "go::abi::udesc<go::abi::" + k + ", " + std::to_string(methods) + ">"
                      : "go::abi::desc<go::abi::" + k + ">";
}

// The parameter list of a func descriptor: {P0, P1, ...}.
std::string Emitter::funcParams(Signature *sig, Pos pos) {
  std::string s = "{";
  bool first = true;
  for (Tuple *tu : {sig->params, sig->results})
    for (Var *v : tu->vars) {
      s += (first ? "" : ", ") + typeDesc(v->type, pos);
      first = false;
    }
  return s + "}";
}

// The name of the go::anon template of an unnamed struct's shape; its
// parameters are the field types, so struct{a, b T} in generic code is
// struct{a, b int} once instantiated.
std::string Emitter::anonShapeName(Struct *st) { return "struct_" + hex64(fnv64(anonShape(st))); }

std::string Emitter::anonName(Type *t) {
  const char *kind = isa<Struct>(t)      ? "struct_"
                     : isa<Interface>(t) ? "iface_"
                     : isa<Pointer>(t)   ? "ptr_"
                     : isa<Slice>(t)     ? "slice_"
                     : isa<Array>(t)     ? "array_"
                     : isa<Chan>(t)      ? "chan_"
                     : isa<Map>(t)       ? "map_"
                                         : "func_";
  return kind + hex64(fnv64(identityKey(t)));
}

// The descriptor of an unnamed type, defined in go::anon under its
// anonName, alike in every package that uses the type: unnamed struct and
// interface types, and composite types nested too deep to spell as
// instances of the go::abi templates (their symbols would grow with the
// square of the depth).
std::string Emitter::anonDesc(Type *t, Pos pos) {
  if (auto *st = dyn_cast<Struct>(t))
    return structShapeDesc(st, pos);
  if (auto *it = dyn_cast<Interface>(t))
    return interfaceShapeDesc(it, pos);
  if (mentionsTypeParam(t)) {
    unsupported(pos, "type " + typeString(t) + " in an interface value inside generic code");
    return "nullptr";
  }
  std::string name = anonName(t) + "__desc";
  if (anonDescs_.insert(name).second) {
    bool saved = qualifyOwnTypes_;
    qualifyOwnTypes_ = true; // defined outside the package's namespace
    std::ostringstream pre;
    std::string cxx = cxxType(t);
    std::string fields = kindFields(t, t, name, pre, "", "", pos);
    std::string params = isa<Signature>(t) ? ", " + funcParams(cast<Signature>(t), pos) : "";
    std::string rtype = rtypeInit(t, t, cxx, 0, "nullptr", "&" + name + ".t.r");
    qualifyOwnTypes_ = saved;
    std::ostringstream def;
    def << "// " << reflectString(t) << "\n"
        << pre.str() << "inline const " << descType(t, false, 0) << " " << name << " = {{" << rtype
        << ", " << fields << "}" << params << "};\n";
    anonDefs_ << sharedDefinition(name, def.str());
  }
  return "&go::anon::" + name + ".t.r";
}

// The thunks of the methods that struct type st (C++ type CT) gains from
// its embedded fields, PREFIX__M__value_thunk (not for a method only *T
// has) and PREFIX__M__ptr_thunk, with the data word first: declarations to
// decl, definitions to def; and their descriptor entries, sorted by name.
void Emitter::promotedThunks(Struct *st, const std::string &CT, const std::string &prefix,
                             std::ostream &decl, std::ostream &def,
                             std::vector<MethodEntry> &valueMethods,
                             std::vector<MethodEntry> &ptrMethods, Pos pos) {
  for (const PromotedMethod &pm : promotedMethods(st, nullptr)) {
    Func *m = pm.method;
    Signature *sig = m->signature();
    // A method of an instance (an embedded B[int]) in its type arguments.
    Named *holder = pm.holder && pm.holder->origin ? pm.holder : nullptr;
    if (holder)
      for (size_t k = 0; k < sig->typeParams.size() && k < holder->typeArgs.size(); ++k)
        substParams_[sig->typeParams[k]] = holder->typeArgs[k];
    std::string params, args;
    for (size_t i = 0; i < sig->params->vars.size(); ++i) {
      params += ", " + cxxType(sig->params->vars[i]->type) + " a" + std::to_string(i);
      args += ", a" + std::to_string(i);
    }
    std::string ret = resultType(sig);
    Signature plain(nullptr, sig->params, sig->results, sig->variadic);
    std::string mdesc = typeDesc(&plain, pos);
    substParams_.clear();
    auto call = [&](std::string x) {
      Type *xt = st;
      promoteReceiver(x, xt, m);
      if (isInterface(xt)) {
        size_t k = 0;
        std::string callee = ifaceMethodCallee(xt, m, k);
        return callee + "(" + x + ", " + std::to_string(k) + args + ")";
      }
      bool ptrRecv = sig->recv && isa<Pointer>(sig->recv->type);
      bool xPtr = isa<Pointer>(underlying(xt));
      std::string recv = ptrRecv && !xPtr   ? "&" + x
                         : !ptrRecv && xPtr ? "*go::impl::nil_check(" + x + ")"
                                            : x;
      return methodCallee(m) + (holder ? templateArgs(holder->typeArgs) : "") + "(" + recv + args +
             ")";
    };
    auto thunk = [&](const std::string &name, const std::string &self) {
      decl << "inline " << ret << " " << name << "(void *self" << params << ");\n";
      def << "inline " << ret << " " << name << "(void *self" << params << ") {\n  return "
          << call(self) << ";\n}\n";
    };
    std::string name = prefix + "__" + mangle(m->name);
    if (!pm.pointerOnly) {
      thunk(name + "__value_thunk", "(*static_cast<" + CT + " *>(self))");
      valueMethods.push_back({m->name, name + "__value_thunk", mdesc});
    }
    thunk(name + "__ptr_thunk", "(*go::impl::nil_check(static_cast<" + CT + " *>(self)))");
    ptrMethods.push_back({m->name, name + "__ptr_thunk", mdesc});
  }
  auto byName = [](const MethodEntry &a, const MethodEntry &b) { return a.name < b.name; };
  std::sort(valueMethods.begin(), valueMethods.end(), byName);
  std::sort(ptrMethods.begin(), ptrMethods.end(), byName);
}

// A descriptor's method list.
std::string Emitter::methodTable(const std::vector<MethodEntry> &ms) {
  std::string s = "{";
  for (size_t i = 0; i < ms.size(); ++i)
    s += (i ? ",\n     {" : "\n     {") + encodedName(ms[i].name, isExported(ms[i].name)) + ", " +
         ms[i].desc + ", reinterpret_cast<const void *>(&" + ms[i].thunk + "), nullptr}";
  return s + "}";
}

// A descriptor's uncommon part: package path and the place of its method
// list in a descriptor of C++ type dtype.
std::string Emitter::uncommonPart(const std::string &pkgPath, const std::string &dtype,
                                  const std::vector<MethodEntry> &ms) {
  size_t exported = 0;
  for (auto &e : ms)
    exported += isExported(e.name);
  return "{" + encodedName(pkgPath) + ", " + std::to_string(ms.size()) + ", " +
         std::to_string(exported) + ", go::abi::methods_offset<" + dtype + ">(), 0}";
}

// An unnamed struct type with methods promoted from embedded fields
// (struct{ io.Reader }) has descriptors with method tables, for it and its
// pointer type, and the methods' thunks, all in go::anon under its
// anonName (its identity, not its shape: the methods depend on the field
// types). Returns false, writing nothing, for a struct without methods.
bool Emitter::methodStructDesc(Struct *st, Pos pos) {
  std::string base = anonName(st);
  auto known = methodStructs_.find(base);
  if (known != methodStructs_.end())
    return known->second;
  bool has = !promotedMethods(st, nullptr).empty();
  methodStructs_[base] = has;
  if (!has)
    return false;
  bool saved = qualifyOwnTypes_;
  qualifyOwnTypes_ = true; // defined outside the package's namespace
  std::string CT = cxxType(st);
  // Declared with the other descriptors, defined after the generic code,
  // whose templates the thunks of an embedded instance's methods call.
  std::ostringstream decl, def;
  decl << "// " << reflectString(st) << "\n";
  def << "// " << reflectString(st) << "\n";
  std::vector<MethodEntry> valueMethods, ptrMethods;
  promotedThunks(st, CT, base, decl, def, valueMethods, ptrMethods, pos);
  std::string desc = base + "__mdesc", pdesc = base + "__ptrmdesc";
  std::string dtype = descType(st, true, valueMethods.size());
  Pointer ptrT(st);
  std::string pdtype = descType(&ptrT, true, ptrMethods.size());
  std::ostringstream pre;
  std::string fields = kindFields(st, st, base, pre, "", "", pos);
  decl << "extern const " << dtype << " " << desc << ";\n"
       << "extern const " << pdtype << " " << pdesc << ";\n";
  def << pre.str() << "inline const " << dtype << " " << desc << " = {{"
      << rtypeInit(st, st, CT, 1, "&" + pdesc + ".t.r", "&" + desc + ".t.r") << ", " << fields
      << "}, " << uncommonPart("", dtype, valueMethods) << ", " << methodTable(valueMethods)
      << "};\n"
      << "inline const " << pdtype << " " << pdesc << " = {{"
      << rtypeInit(&ptrT, &ptrT, CT + " *", 1, "nullptr", "&" + pdesc + ".t.r") << ", &" << desc
      << ".t.r}, " << uncommonPart("", pdtype, ptrMethods) << ", " << methodTable(ptrMethods)
      << "};\n";
  qualifyOwnTypes_ = saved;
  anonDefs_ << sharedDefinition(base + "__mdecl", decl.str());
  anonLateDefs_ << sharedDefinition(desc, def.str());
  return true;
}

// The descriptor of an unnamed struct type: an instance of its shape's
// variable template in go::anon (see anonShapeName), keyed by the field
// types, their descriptors, whether the struct is comparable and its name,
// which are the same wherever the type is spelt, in generic code
// (struct{a, b T}, T int) and out of it. It claims pointers, as array_of.
std::string Emitter::structShapeDesc(Struct *st, Pos pos) {
  if (!mentionsTypeParam(st) && methodStructDesc(st, pos))
    return "&go::anon::" + anonName(st) + "__mdesc.t.r";
  std::string shape = anonShapeName(st);
  std::string cxx = cxxType(st);
  std::string cmp = mentionsTypeParam(st) ? "std::equality_comparable<" + cxx + ">"
                    : comparable(st)      ? "true"
                                          : "false";
  std::string args;
  for (Var *f : st->fields)
    args += cxxType(f->type) + ", " + typeDesc(f->type, pos) + ", ";
  args += cmp + ", " + nameExpr(st);
  std::string desc = "go::anon::" + shape + "__desc<" + args + ">";
  if (anonDescs_.insert(shape + "__desc").second) {
    std::string params, pargs, fields;
    for (size_t i = 0; i < st->fields.size(); ++i) {
      std::string f = "F__" + std::to_string(i);
      params += "class " + f + ", const go::abi::rtype *" + f + "__rt, ";
      pargs += f + ", " + f + "__rt, ";
    }
    std::string self = shape + "__desc<" + pargs + "Comparable, Name>";
    std::string S = shape;
    if (!st->fields.empty()) {
      S += "<";
      for (size_t i = 0; i < st->fields.size(); ++i)
        S += (i ? ", F__" : "F__") + std::to_string(i);
      S += ">";
    }
    std::string pkgPath;
    for (Var *f : st->fields)
      if (!f->exported() && f->pkg && pkgPath.empty())
        pkgPath = f->pkg->path;
    std::ostringstream def;
    std::string tmpl = "template <" + params + "bool Comparable, go::abi::text Name>\n";
    def << "// " << anonShape(st) << "\n";
    if (!st->fields.empty()) {
      def << tmpl << "inline const go::abi::struct_field " << shape << "__fields[] = {";
      for (size_t i = 0; i < st->fields.size(); ++i) {
        Var *f = st->fields[i];
        int flags = (isExported(f->name) ? 1 : 0) | (f->embedded ? 8 : 0);
        std::string tag = i < st->tags.size() ? st->tags[i] : "";
        def << (i ? ",\n    " : "\n    ") << "{" << encodedName(f->name, flags, tag) << ", F__" << i
            << "__rt, __builtin_offsetof(" << S << ", " << fieldName(st, i) << ")}";
      }
      def << "};\n";
    }
    std::string n = std::to_string(st->fields.size());
    std::string fieldSlice = st->fields.empty()
                                 ? "{}"
                                 : "{const_cast<go::abi::struct_field *>(" + shape + "__fields<" +
                                       pargs + "Comparable, Name>), " + n + ", " + n + "}";
    def << tmpl << "inline const go::abi::desc<go::abi::struct_type> " << shape << "__desc = {{"
        << "go::abi::make_rtype(sizeof(" << S << "), alignof(" << S
        << "), go::kind::struct_, false, true, go::abi::type_hash(Name), go::abi::name<Name>, "
        << "go::abi::equal_if<" << S << ", Comparable>(), 0, nullptr, go::abi::link<&" << self
        << ".t.r>()), " << encodedName(pkgPath) << ", " << fieldSlice << "}};\n";
    anonDefs_ << sharedDefinition(shape + "__desc", def.str());
  }
  return "&" + desc + ".t.r";
}

// The descriptor of an unnamed interface type with methods, as
// structShapeDesc: an instance of its method names' template in go::anon,
// keyed by the methods' types and the interface's name.
std::string Emitter::interfaceShapeDesc(Interface *it, Pos pos) {
  std::string key = "interface{";
  std::string pkgPath;
  for (Func *m : it->allMethods) {
    key += m->name;
    if (!m->exported() && m->pkg) {
      key += "@" + m->pkg->path;
      if (pkgPath.empty())
        pkgPath = m->pkg->path;
    }
    key += ";";
  }
  key += "}";
  std::string shape = "iface_" + hex64(fnv64(key));
  std::string args;
  for (Func *m : it->allMethods) {
    auto *sig = cast<Signature>(m->type);
    Signature plain(nullptr, sig->params, sig->results, sig->variadic);
    args += typeDesc(&plain, pos) + ", ";
  }
  std::string desc = "go::anon::" + shape + "__desc<" + args + nameExpr(it) + ">";
  if (anonDescs_.insert(shape + "__desc").second) {
    std::string params, pargs;
    for (size_t i = 0; i < it->allMethods.size(); ++i) {
      std::string m = "M__" + std::to_string(i);
      params += "const go::abi::rtype *" + m + ", ";
      pargs += m + ", ";
    }
    std::string tmpl = "template <" + params + "go::abi::text Name>\n";
    std::string self = shape + "__desc<" + pargs + "Name>";
    std::ostringstream def;
    def << "// " << key << "\n"
        << tmpl << "inline const go::abi::imethod " << shape << "__imethods[] = {";
    for (size_t i = 0; i < it->allMethods.size(); ++i) {
      Func *m = it->allMethods[i];
      def << (i ? ",\n    " : "\n    ") << "{" << encodedName(m->name, isExported(m->name) ? 1 : 0)
          << ", M__" << i << "}";
    }
    std::string n = std::to_string(it->allMethods.size());
    def << "};\n"
        << tmpl << "inline const go::abi::desc<go::abi::interface_type> " << shape << "__desc = {{"
        << "go::abi::make_rtype(sizeof(go::iface), alignof(go::iface), go::kind::interface, false, "
           "true, go::abi::type_hash(Name), go::abi::name<Name>, go::abi::equal_of<go::iface>(), "
           "0, nullptr, go::abi::link<&"
        << self << ".t.r>()), " << encodedName(pkgPath) << ", {const_cast<go::abi::imethod *>("
        << shape << "__imethods<" << pargs << "Name>), " << n << ", " << n << "}}};\n";
    anonDefs_ << sharedDefinition(shape + "__desc", def.str());
  }
  return "&" + desc + ".t.r";
}

// A type declared inside a function: a descriptor of its own (types of the
// same name in two functions are distinct), defined in the header.
std::string Emitter::localTypeDesc(Named *n, Pos pos) {
  std::string ns = qualifyOwnTypes_ ? packageNamespace(pkg_) + "::" : "";
  auto it = localDescs_.find(n);
  if (it != localDescs_.end())
    return "&" + ns + it->second + ".t.r";
  std::string name = mangle(n->obj->name) + "__local" + std::to_string(localDescs_.size() + 1);
  localDescs_[n] = name;
  Type *u = n->underlying;
  if (mentionsTypeParam(u)) {
    unsupported(pos, "type " + n->obj->name + " declared in generic code in an interface value");
    return "nullptr";
  }
  std::ostringstream pre;
  std::string cxx = cxxType(n);
  // A local struct type has the methods of its embedded fields (it can
  // declare none), and so has its pointer type (NAME__ptr).
  std::vector<MethodEntry> valueMethods, ptrMethods;
  std::ostringstream decl, def;
  if (auto *st = dyn_cast<Struct>(u))
    promotedThunks(st, cxx, name, decl, def, valueMethods, ptrMethods, pos);
  std::string dtype = descType(u, true, valueMethods.size());
  // A type that refers to itself (type node struct{ next *node }) names its
  // descriptor in its fields' descriptors, before the definition.
  if (refersTo(u, n, true))
    decl << "extern const " << dtype << " " << name << ";\n";
  std::string fields = kindFields(n, u, name, pre, "", "", pos);
  std::string tail = fields.empty() ? "" : ", " + fields;
  std::string ptrDesc = "nullptr";
  if (!ptrMethods.empty()) {
    Pointer ptrT(n);
    std::string pdtype = descType(&ptrT, true, ptrMethods.size());
    ptrDesc = "&" + name + "__ptr.t.r";
    decl << "extern const " << pdtype << " " << name << "__ptr;\n";
    def << "inline const " << pdtype << " " << name << "__ptr = {{"
        << rtypeInit(&ptrT, &ptrT, cxx + " *", 1, "nullptr", "&" + name + "__ptr.t.r") << ", &"
        << name << ".t.r}, " << uncommonPart("", pdtype, ptrMethods) << ", "
        << methodTable(ptrMethods) << "};\n";
  }
  anonDefs_ << decl.str() << pre.str() << "inline const " << dtype << " " << name << " = {{"
            << rtypeInit(n, u, cxx, 4 | 1, ptrDesc, "&" + name + ".t.r") << tail << "}, "
            << uncommonPart(pkg_.path, dtype, valueMethods)
            << (isa<Signature>(u) ? ", " + funcParams(cast<Signature>(u), pos) : "") << ", "
            << methodTable(valueMethods) << "};\n";
  anonLateDefs_ << def.str();
  return "&" + ns + name + ".t.r";
}

// Whether t mentions a type parameter (so it only exists inside a template).
bool Emitter::mentionsTypeParam(Type *t) {
  switch (t->kind) {
  case TypeKind::TypeParam:
    return true;
  case TypeKind::Pointer:
    return mentionsTypeParam(cast<Pointer>(t)->elem);
  case TypeKind::Slice:
    return mentionsTypeParam(cast<Slice>(t)->elem);
  case TypeKind::Array:
    return mentionsTypeParam(cast<Array>(t)->elem);
  case TypeKind::Chan:
    return mentionsTypeParam(cast<Chan>(t)->elem);
  case TypeKind::Map:
    return mentionsTypeParam(cast<Map>(t)->key) || mentionsTypeParam(cast<Map>(t)->elem);
  case TypeKind::Named:
    for (Type *a : cast<Named>(t)->typeArgs)
      if (mentionsTypeParam(a))
        return true;
    return false;
  case TypeKind::Struct:
    for (Var *f : cast<Struct>(t)->fields)
      if (mentionsTypeParam(f->type))
        return true;
    return false;
  case TypeKind::Tuple:
    for (Var *v : cast<Tuple>(t)->vars)
      if (mentionsTypeParam(v->type))
        return true;
    return false;
  case TypeKind::Signature:
    return mentionsTypeParam(cast<Signature>(t)->params) ||
           mentionsTypeParam(cast<Signature>(t)->results);
  case TypeKind::Interface:
    for (Func *m : cast<Interface>(t)->allMethods)
      if (mentionsTypeParam(m->type))
        return true;
    return false;
  case TypeKind::Basic:
    return false;
  }
  return false;
}

// ---- itabs and boxing -------------------------------------------------------

std::string Emitter::itabFor(Type *concrete, Type *iface, Pos pos) {
  // Inside generic code the dynamic type depends on the instantiation: look
  // the itab up at run time, once per instance.
  if (mentionsTypeParam(concrete) || mentionsTypeParam(iface))
    return "[] { static const go::itab *tab = go::find_itab(" + typeDesc(concrete, pos) + ", " +
           typeDesc(iface, pos) + "); return tab; }()";
  std::string key = typeString(concrete) + " => " + typeString(iface);
  auto it = itabFuncs_.find(key);
  if (it != itabFuncs_.end())
    return "reinterpret_cast<const go::itab *>(&" + it->second + ")";
  // Where each of the interface's methods is in the concrete type's method
  // set: the same thunks as its descriptor's.
  std::string from = typeDesc(concrete, pos), to = typeDesc(iface, pos);
  std::string name = "itab_" + std::to_string(itabFuncs_.size() + 1);
  itabFuncs_[key] = name;
  auto *itype = cast<Interface>(underlying(iface));
  std::vector<std::string> fns;
  for (Func *m : itype->allMethods)
    fns.push_back(methodThunk(concrete, m->name, pos));
  std::string list;
  for (size_t i = 0; i < fns.size(); ++i)
    list += (i ? ", " : "") + fns[i];
  itabDefs_ << "// " << key << "\ninline const go::abi::itab_n<" << fns.size() << "> " << name
            << " = {reinterpret_cast<const go::abi::interface_type *>(" << to << "), " << from
            << ", " << typeHashConst(concrete) << ", 0, {" << list << "}};\n\n";
  return "reinterpret_cast<const go::itab *>(&" + name + ")";
}

// The thunk of method `name` in the method set of concrete type t (as a
// const void*), for an itab.
std::string Emitter::methodThunk(Type *t, const std::string &name, Pos pos) {
  bool ptr = false;
  Type *base = t;
  if (auto *p = dyn_cast<Pointer>(t)) {
    ptr = true;
    base = p->elem;
  }
  auto *n = dyn_cast<Named>(base);
  if (auto *st = dyn_cast<Struct>(base); st && !mentionsTypeParam(st) && methodStructDesc(st, pos))
    return "reinterpret_cast<const void *>(&go::anon::" + anonName(st) + "__" + mangle(name) +
           (ptr ? "__ptr_thunk" : "__value_thunk") + ")";
  if (n && !isPackageLevel(n) && isa<Struct>(n->underlying) && !mentionsTypeParam(n)) {
    localTypeDesc(n, pos); // declares the thunks
    return "reinterpret_cast<const void *>(&" + localDescs_[n] + "__" + mangle(name) +
           (ptr ? "__ptr_thunk" : "__value_thunk") + ")";
  }
  if (!n || !isPackageLevel(n)) {
    unsupported(pos, "method " + name + " of " + typeString(t) + " in an interface value");
    return "nullptr";
  }
  std::string ns = n->obj->pkg == &pkg_ ? "" : packageNamespace(*n->obj->pkg) + "::";
  std::string thunk =
      ns + mangle(n->obj->name) + "__" + mangle(name) + (ptr ? "__ptr_thunk" : "__value_thunk");
  if (n->origin)
    thunk += templateArgs(n->typeArgs);
  return "reinterpret_cast<const void *>(&" + thunk + ")";
}

// A value of static type `from` (C++ text `value`) converted to the interface
// type `to`.
std::string Emitter::toInterface(const std::string &value, Type *from, Type *to, Pos pos) {
  bool toEmpty = cast<Interface>(underlying(to))->allMethods.empty();
  if (isInterface(from)) {
    bool fromEmpty = cast<Interface>(underlying(from))->allMethods.empty();
    if (toEmpty)
      return fromEmpty ? value : "go::to_any(" + value + ")";
    return "go::iface_to_iface(" + value + ", " + typeDesc(to, pos) + ")";
  }
  if (auto *b = dyn_cast<Basic>(from); b && b->basicKind == BasicKind::UntypedNil)
    return zeroValue(to);
  // (An untyped constant's descriptor and C++ type are its default type's.)
  // (exprAs gives a constant its C++ type; values are not copied here.)
  if (toEmpty)
    return "go::make_any(" + value + ", " + typeDesc(from, pos) + ")";
  return "go::make_iface(" + value + ", " + itabFor(from, to, pos) + ")";
}

// ---- the package's named types ----------------------------------------------

// Methods a struct type gains from its embedded fields, depth by depth as
// Go's selector rule: a name found at a shallower depth (the type's own
// methods and fields included) hides deeper ones, and a name found twice at
// one depth is ambiguous and promotes nothing.
std::vector<Emitter::PromotedMethod> Emitter::promotedMethods(Named *named) {
  return promotedMethods(cast<Struct>(named->underlying), named);
}

std::vector<Emitter::PromotedMethod> Emitter::promotedMethods(Struct *top, Named *named) {
  std::vector<PromotedMethod> out;
  std::set<std::string> taken;
  if (named)
    for (Func *m : named->methods)
      taken.insert(m->name);
  struct Level {
    Struct *st;
    bool viaPointer; // reached through an embedded pointer
  };
  std::vector<Level> level = {{top, false}};
  std::set<Named *> visited;
  if (named)
    visited.insert(named);
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::map<std::string, std::vector<PromotedMethod>> found;
    std::set<std::string> fields;
    std::vector<Level> next;
    for (const Level &l : level) {
      for (Var *f : l.st->fields) {
        fields.insert(f->name);
        if (!f->embedded)
          continue;
        Type *ft = f->type;
        bool ptr = false;
        if (auto *p = dyn_cast<Pointer>(ft)) {
          ptr = true;
          ft = p->elem;
        }
        bool viaPointer = l.viaPointer || ptr;
        if (auto *it = dyn_cast<Interface>(underlying(ft))) {
          for (Func *m : it->allMethods)
            found[m->name].push_back({m, false, nullptr});
          continue;
        }
        auto *n = dyn_cast<Named>(ft);
        if (n && visited.insert(n).second)
          for (Func *m : (n->origin ? n->origin : n)->methods)
            if (m->signature() && m->signature()->recv)
              found[m->name].push_back(
                  {m, isa<Pointer>(m->signature()->recv->type) && !viaPointer, n});
        if (auto *st = dyn_cast<Struct>(underlying(ft)))
          next.push_back({st, viaPointer});
      }
    }
    for (auto &[name, ms] : found)
      if (!taken.count(name) && !fields.count(name) && ms.size() == 1)
        out.push_back(ms[0]);
    for (auto &[name, ms] : found)
      taken.insert(name);
    taken.insert(fields.begin(), fields.end());
    level = std::move(next);
  }
  return out;
}

// heads gets the descriptors' declarations, which the package's types may
// name already (a field of type *List[Pair[K, V]] passes Pair's descriptor
// as a template argument); decls gets the method thunks' declarations.
void Emitter::emitTypeDescriptors(std::ostream &heads, std::ostream &decls, std::ostream &defs) {
  for (Object *obj : pkg_.scope->objects()) {
    auto *tn = dyn_cast<TypeName>(obj);
    if (!tn || tn->isAlias)
      continue;
    auto *named = cast<Named>(tn->type);
    bool generic = !named->typeParams.empty();
    std::ostream &out = generic ? genericDescs_ : defs;
    std::string tmpl = templateHeader(named->typeParams);
    std::string targs = generic ? templateParamsAsArgs(named->typeParams) : "";
    std::string T = mangle(tn->name);
    std::string CT = T + targs;
    Type *u = named->underlying;
    bool isIface = isInterface(named);
    std::string linkage = generic ? "inline " : "";

    // Method thunks, with the data word first: value-receiver methods on
    // T; all methods on *T.
    struct Entry {
      std::string name, thunk;
      Type *mtype;
      std::string desc = ""; // the method type's descriptor, if already known
    };
    std::vector<Entry> valueMethods, ptrMethods;
    std::vector<Func *> methods = named->methods;
    std::sort(methods.begin(), methods.end(), [](Func *a, Func *b) { return a->name < b->name; });
    bool direct = isDirect(u);
    for (Func *m : methods) {
      Signature *sig = m->signature();
      if (!sig || !sig->recv || m->name == "_")
        continue;
      bool ptrRecv = isa<Pointer>(sig->recv->type);
      std::string params, args;
      for (size_t i = 0; i < sig->params->vars.size(); ++i) {
        params += ", " + cxxTypeIn(sig->params->vars[i]->type, sig->typeParams, named->typeParams) +
                  " a" + std::to_string(i);
        args += ", a" + std::to_string(i);
      }
      auto &res = sig->results->vars;
      std::string ret = res.empty() ? "void"
                        : res.size() == 1
                            ? cxxTypeIn(res[0]->type, sig->typeParams, named->typeParams)
                            : cxxTypeIn(sig->results, sig->typeParams, named->typeParams);
      std::string callee = methodCallee(m) + targs;
      // The method's type in the template's own names for the parameters.
      Type *mtype = m->type;
      if (!ptrRecv) {
        std::string thunk = T + "__" + mangle(m->name) + "__value_thunk";
        decls << tmpl << ret << " " << thunk << "(void *self" << params << ");\n";
        std::string self =
            direct ? "static_cast<" + CT + ">(self)" : "*static_cast<" + CT + " *>(self)";
        out << tmpl << linkage << ret << " " << thunk << "(void *self" << params << ") {\n  return "
            << callee << "(" << self << args << ");\n}\n";
        valueMethods.push_back({m->name, thunk + targs, mtype});
      }
      std::string pthunk = T + "__" + mangle(m->name) + "__ptr_thunk";
      decls << tmpl << ret << " " << pthunk << "(void *self" << params << ");\n";
      std::string self = ptrRecv ? "static_cast<" + CT + " *>(self)"
                                 : "*go::impl::nil_check(static_cast<" + CT + " *>(self))";
      out << tmpl << linkage << ret << " " << pthunk << "(void *self" << params << ") {\n  return "
          << callee << "(" << self << args << ");\n}\n";
      ptrMethods.push_back({m->name, pthunk + targs, mtype});
    }
    // Methods promoted from embedded fields: thunks that reach the field
    // holding the method, then call it (through the method table for an
    // embedded interface).
    if (isa<Struct>(u)) {
      for (const PromotedMethod &pm : promotedMethods(named)) {
        Func *m = pm.method;
        Signature *sig = m->signature();
        // A method of an instance (an embedded B[T] or B[int]) is written
        // in the instance's type arguments.
        Named *holder = pm.holder && pm.holder->origin ? pm.holder : nullptr;
        if (holder)
          for (size_t k = 0; k < sig->typeParams.size() && k < holder->typeArgs.size(); ++k)
            substParams_[sig->typeParams[k]] = holder->typeArgs[k];
        std::string params, args;
        for (size_t i = 0; i < sig->params->vars.size(); ++i) {
          params += ", " + cxxType(sig->params->vars[i]->type) + " a" + std::to_string(i);
          args += ", a" + std::to_string(i);
        }
        std::string ret = resultType(sig);
        Signature plain(nullptr, sig->params, sig->results, sig->variadic);
        std::string mdesc = typeDesc(&plain, tn->pos);
        substParams_.clear();
        auto body = [&](std::string x) {
          Type *xt = named;
          promoteReceiver(x, xt, m);
          if (isInterface(xt)) {
            size_t k = 0;
            std::string callee = ifaceMethodCallee(xt, m, k);
            return callee + "(" + x + ", " + std::to_string(k) + args + ")";
          }
          bool ptrRecv = isa<Pointer>(sig->recv->type);
          bool xPtr = isa<Pointer>(underlying(xt));
          std::string recv = ptrRecv && !xPtr   ? "&" + x
                             : !ptrRecv && xPtr ? "*go::impl::nil_check(" + x + ")"
                                                : x;
          return methodCallee(m) + (holder ? templateArgs(holder->typeArgs) : "") + "(" + recv +
                 args + ")";
        };
        auto thunk = [&](const std::string &name, const std::string &self) {
          decls << tmpl << ret << " " << name << "(void *self" << params << ");\n";
          out << tmpl << linkage << ret << " " << name << "(void *self" << params
              << ") {\n  return " << body(self) << ";\n}\n";
        };
        if (!pm.pointerOnly) {
          std::string name = T + "__" + mangle(m->name) + "__value_thunk";
          thunk(name, "(*static_cast<" + CT + " *>(self))");
          valueMethods.push_back({m->name, name + targs, m->type, mdesc});
        }
        std::string name = T + "__" + mangle(m->name) + "__ptr_thunk";
        thunk(name, "(*go::impl::nil_check(static_cast<" + CT + " *>(self)))");
        ptrMethods.push_back({m->name, name + targs, m->type, mdesc});
      }
    }
    auto byName = [](const Entry &a, const Entry &b) { return a.name < b.name; };
    std::sort(valueMethods.begin(), valueMethods.end(), byName);
    std::sort(ptrMethods.begin(), ptrMethods.end(), byName);
    auto methodList = [&](const std::vector<Entry> &ms) {
      std::string s = "{";
      for (size_t i = 0; i < ms.size(); ++i) {
        Type *mt = ms[i].mtype;
        // The method's type without the receiver, in the type's own
        // names for its parameters.
        auto *msig = cast<Signature>(mt);
        Signature plain(nullptr, msig->params, msig->results, msig->variadic);
        std::string mdesc = ms[i].desc.empty() ? typeDesc(&plain, tn->pos) : ms[i].desc;
        if (ms[i].desc.empty() && !msig->typeParams.empty() && generic) {
          for (size_t k = 0; k < msig->typeParams.size() && k < named->typeParams.size(); ++k)
            substParams_[msig->typeParams[k]] = named->typeParams[k];
          mdesc = typeDesc(&plain, tn->pos);
          substParams_.clear();
        }
        s += (i ? ",\n     {" : "\n     {") + encodedName(ms[i].name, isExported(ms[i].name)) +
             ", " + mdesc + ", reinterpret_cast<const void *>(&" + ms[i].thunk + "), nullptr}";
      }
      return s + "}";
    };
    auto exportedCount = [](const std::vector<Entry> &ms) {
      size_t n = 0;
      for (auto &e : ms)
        n += isExported(e.name);
      return n;
    };
    // The uncommon part: package path and the method list's place.
    auto uncommonInit = [&](const std::string &dtype, const std::vector<Entry> &ms) {
      return "{" + encodedName(pkg_.path) + ", " + std::to_string(ms.size()) + ", " +
             std::to_string(exportedCount(ms)) + ", go::abi::methods_offset<" + dtype + ">(), 0}";
    };
    std::string ptrDesc = isIface ? "nullptr" : "&" + T + "__ptrdesc" + targs + ".t.r";
    std::string dtype = descType(u, true, valueMethods.size());
    std::ostringstream pre;
    std::string fields = kindFields(named, u, T, pre, tmpl, targs, tn->pos);
    heads << tmpl << "extern const " << dtype << " " << T << "__desc;\n";
    out << pre.str() << tmpl << linkage << "const " << dtype << " " << T << "__desc = {{"
        << rtypeInit(named, u, CT, 4 | 1, ptrDesc, "&" + T + "__desc" + targs + ".t.r")
        << (fields.empty() ? "" : ", " + fields) << "}, " << uncommonInit(dtype, valueMethods)
        << (isa<Signature>(u) ? ", " + funcParams(cast<Signature>(u), tn->pos) : "") << ", "
        << methodList(valueMethods) << "};\n";
    if (isIface)
      continue;
    // *T: a pointer type with T's whole method set.
    Pointer ptrT(named);
    std::string pdtype = descType(&ptrT, true, ptrMethods.size());
    heads << tmpl << "extern const " << pdtype << " " << T << "__ptrdesc;\n";
    out << tmpl << linkage << "const " << pdtype << " " << T << "__ptrdesc = {{"
        << rtypeInit(&ptrT, &ptrT, CT + " *", 1, "nullptr", "&" + T + "__ptrdesc" + targs + ".t.r")
        << ", &" << T << "__desc" << targs << ".t.r}, " << uncommonInit(pdtype, ptrMethods) << ", "
        << methodList(ptrMethods) << "};\n\n";
  }
}

// ---- assertions and type switches -----------------------------------------

// x.(T), or with commaOk the pair (value, ok) of v, ok := x.(T).
std::string Emitter::typeAssert(const ast::TypeAssertExpr *ta, bool commaOk) {
  Type *from = typeOf(ta->x);
  Type *to = typeOf(ta->type);
  std::string x = expr(ta->x);
  bool fromEmpty = cast<Interface>(underlying(from))->allMethods.empty();
  std::string asAny = fromEmpty ? x : "go::to_any(" + x + ")";
  std::string fromDesc = fromEmpty ? "nullptr" : typeDesc(from, ta->pos());
  if (isInterface(to)) {
    if (cast<Interface>(underlying(to))->allMethods.empty()) {
      if (commaOk)
        return "[&] { go::any v_ = " + asAny +
               "; return std::pair<go::any, bool>{v_, v_.type != "
               "nullptr}; }()";
      return asAny;
    }
    if (commaOk)
      return "go::assert_iface2(" + asAny + ", " + typeDesc(to, ta->pos()) + ")";
    return "go::assert_iface(" + asAny + ", " + typeDesc(to, ta->pos()) + ", " + fromDesc + ")";
  }
  std::string T = cxxType(to);
  if (isa<TypeParam>(to)) { // perhaps an interface type
    if (commaOk)
      return "go::assert_param2<" + T + ">(" + asAny + ", " + typeDesc(to, ta->pos()) + ")";
    return "go::assert_param<" + T + ">(" + asAny + ", " + typeDesc(to, ta->pos()) + ", " +
           fromDesc + ")";
  }
  if (commaOk)
    return "go::assert_type2<" + T + ">(" + asAny + ", " + typeDesc(to, ta->pos()) + ")";
  return "go::assert_type<" + T + ">(" + asAny + ", " + typeDesc(to, ta->pos()) + ", " + fromDesc +
         ")";
}

// switch v := x.(type): an if/else chain over the dynamic type.
void Emitter::typeSwitchStmt(const ast::TypeSwitchStmt *s, const std::string &label) {
  std::string id = freshTemp(label.empty() ? "typeswitch" : mangle(label));
  targets_.push_back({label, id + "_break", "", false});
  line("{");
  ++indent_;
  if (s->init)
    stmt(s->init);
  const ast::Expr *rhs = nullptr;
  if (auto *as = dyn_cast<ast::AssignStmt>(s->assign))
    rhs = as->rhs[0];
  else
    rhs = ast::cast<ast::ExprStmt>(s->assign)->x;
  auto *ta = ast::cast<ast::TypeAssertExpr>(rhs);
  Type *xt = typeOf(ta->x);
  bool fromEmpty = cast<Interface>(underlying(xt))->allMethods.empty();
  std::string x = id + "_x";
  line("go::any " + x + " = " + (fromEmpty ? expr(ta->x) : "go::to_any(" + expr(ta->x) + ")") +
       ";");
  const ast::CaseClause *def = nullptr;
  bool first = true;
  auto bindVar = [&](const ast::CaseClause *cc, Type *single) {
    auto it = info_.implicits.find(cc);
    if (it == info_.implicits.end() || !it->second)
      return;
    auto *v = cast<Var>(it->second);
    std::string value;
    if (single && isa<TypeParam>(single))
      value =
          "go::from_any<" + cxxType(single) + ">(" + x + ", " + typeDesc(single, cc->pos()) + ")";
    else if (single && !isInterface(single))
      value = "go::unbox<" + cxxType(single) + ">(" + x + ".data)";
    else if (single && !cast<Interface>(underlying(single))->allMethods.empty())
      value = "go::iface_to_iface(" + x + ", " + typeDesc(single, cc->pos()) + ")";
    else if (!fromEmpty && (!single || identical(single, xt)))
      value = "go::iface_to_iface(" + x + ", " + typeDesc(xt, cc->pos()) + ")";
    else
      value = x;
    declareLocal(v, value);
    line("(void)" + localName(v) + ";");
  };
  for (const ast::Stmt *cs : s->body->list) {
    auto *cc = ast::cast<ast::CaseClause>(cs);
    if (cc->isDefault) {
      def = cc;
      continue;
    }
    std::string cond;
    Type *single = nullptr;
    for (const ast::Expr *e : cc->list) {
      auto *tv = info_.typeOf(e);
      std::string c;
      if (tv && tv->mode != Mode::TypeExpr) {
        c = "go::is_nil(" + x + ")";
      } else {
        Type *t = tv->type;
        if (cc->list.size() == 1)
          single = t;
        if (isa<TypeParam>(t)) {
          c = "go::has_type<" + cxxType(t) + ">(" + x + ", " + typeDesc(t, e->pos()) + ")";
        } else if (isInterface(t)) {
          c = cast<Interface>(underlying(t))->allMethods.empty()
                  ? "!go::is_nil(" + x + ")"
                  : "(!go::is_nil(" + x + ") && go::find_itab(" + x + ".type, " +
                        typeDesc(t, e->pos()) + "))";
        } else {
          c = x + ".type == " + typeDesc(t, e->pos());
        }
      }
      cond += (cond.empty() ? "" : " || ") + c;
    }
    line(std::string(first ? "if (" : "} else if (") + cond + ") {");
    first = false;
    ++indent_;
    bindVar(cc, single);
    block(cc->body);
    --indent_;
  }
  if (def) {
    line(first ? "{" : "} else {");
    ++indent_;
    bindVar(def, nullptr);
    block(def->body);
    --indent_;
    line("}");
  } else if (!first) {
    line("}");
  }
  --indent_;
  line("}");
  if (targets_.back().usedBreak)
    line(targets_.back().breakLabel + ":;");
  targets_.pop_back();
}

} // namespace gocxx::codegen
