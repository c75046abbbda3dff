// C++ spellings of Go types (DESIGN.md, "Values in C++") and the type
// declarations of a package: named struct types become C++ structs (defined
// after the structs they contain by value), other named types aliases.
#include <functional>

#include "emitter.h"

namespace gocxx::codegen {

using namespace gocxx::types;

std::string Emitter::typeNameOf(const TypeName *tn) {
  if (tn->pkg && tn->pkg != &pkg_) return packageNamespace(*tn->pkg) + "::" + mangle(tn->name);
  return mangle(tn->name);
}

std::string Emitter::cxxType(Type *t) {
  switch (t->kind) {
  case TypeKind::Basic:
    switch (cast<Basic>(t)->basicKind) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool: return "bool";
    case BasicKind::Int:
    case BasicKind::Int64:
    case BasicKind::UntypedInt: return "int64_t";
    case BasicKind::Int8: return "int8_t";
    case BasicKind::Int16: return "int16_t";
    case BasicKind::Int32:
    case BasicKind::UntypedRune: return "int32_t";
    case BasicKind::Uint:
    case BasicKind::Uint64: return "uint64_t";
    case BasicKind::Uint8: return "uint8_t";
    case BasicKind::Uint16: return "uint16_t";
    case BasicKind::Uint32: return "uint32_t";
    case BasicKind::Uintptr: return "uintptr_t";
    case BasicKind::Float32: return "float";
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: return "double";
    case BasicKind::String:
    case BasicKind::UntypedString: return "go::string";
    case BasicKind::UntypedNil: return "std::nullptr_t";
    case BasicKind::Complex64:
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex:
    case BasicKind::UnsafePointer:
    case BasicKind::Invalid: return "void /*unsupported*/";
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
  case TypeKind::Struct:
    return "struct {} /*unsupported*/";
  case TypeKind::Tuple: {
    auto *tu = cast<Tuple>(t);
    std::string s = "std::tuple<";
    for (size_t i = 0; i < tu->vars.size(); ++i) s += (i ? ", " : "") + cxxType(tu->vars[i]->type);
    return s + ">";
  }
  case TypeKind::Signature:
    return "go::func<" + signatureType(cast<Signature>(t)) + ">";
  case TypeKind::Interface:
    return cast<Interface>(t)->allMethods.empty() ? "go::any" : "go::iface";
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    if (!n->obj->pkg && n->obj->name == "error") return "go::error";
    return typeNameOf(n->obj);
  }
  case TypeKind::TypeParam:
    return mangle(cast<TypeParam>(t)->obj->name);
  }
  return "void";
}

std::string Emitter::signatureType(Signature *sig) {
  std::string ret;
  auto &res = sig->results->vars;
  if (res.empty()) ret = "void";
  else if (res.size() == 1) ret = cxxType(res[0]->type);
  else ret = cxxType(sig->results);
  std::string s = ret + "(";
  for (size_t i = 0; i < sig->params->vars.size(); ++i)
    s += (i ? ", " : "") + cxxType(sig->params->vars[i]->type);
  return s + ")";
}

std::string Emitter::zeroValue(Type *t) {
  Type *u = underlying(t);
  if (isa<Pointer>(u) || isa<Map>(u) || isa<Chan>(u)) return "nullptr";
  return cxxType(t) + "{}";
}

void Emitter::emitStructDef(std::ostream &os, TypeName *tn, std::set<TypeName *> &done,
                            std::set<TypeName *> &visiting) {
  if (done.count(tn) || visiting.count(tn)) return;
  visiting.insert(tn);
  auto *named = cast<Named>(tn->type);
  auto *st = dyn_cast<Struct>(named->underlying);
  // Types held by value must be complete first.
  std::function<void(Type *)> need = [&](Type *ft) {
    if (auto *n = dyn_cast<Named>(ft)) {
      if (n->obj->pkg == &pkg_ && isa<Struct>(n->underlying)) emitStructDef(os, n->obj, done, visiting);
    } else if (auto *a = dyn_cast<Array>(ft)) {
      need(a->elem);
    }
  };
  for (Var *f : st->fields) need(f->type);
  visiting.erase(tn);
  done.insert(tn);
  os << "struct " << mangle(tn->name) << " {\n";
  for (Var *f : st->fields) os << "  " << cxxType(f->type) << " " << mangle(f->name) << "{};\n";
  if (comparable(named)) {
    os << "  bool operator==(const " << mangle(tn->name) << "&) const = default;\n";
  }
  os << "};\n\n";
}

void Emitter::emitTypeDecls(std::ostream &os) {
  std::vector<TypeName *> structs, others;
  for (Object *obj : pkg_.scope->objects()) {
    auto *tn = dyn_cast<TypeName>(obj);
    if (!tn) continue;
    if (tn->isAlias) {
      others.push_back(tn);
      continue;
    }
    auto *n = dyn_cast<Named>(tn->type);
    if (n && isa<Struct>(n->underlying)) structs.push_back(tn);
    else others.push_back(tn);
  }
  for (TypeName *tn : structs) os << "struct " << mangle(tn->name) << ";\n";
  if (!structs.empty()) os << "\n";
  for (TypeName *tn : others) {
    Type *u = tn->isAlias ? tn->type : cast<Named>(tn->type)->underlying;
    if (isa<Struct>(u)) {
      unsupported(tn->pos, "alias of a struct type");
      continue;
    }
    os << "using " << mangle(tn->name) << " = " << cxxType(u) << ";\n";
  }
  if (!others.empty()) os << "\n";
  std::set<TypeName *> done, visiting;
  for (TypeName *tn : structs) emitStructDef(os, tn, done, visiting);
}

} // namespace gocxx::codegen
