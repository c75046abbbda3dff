// Interfaces: type descriptors for the package's named types (with their
// method sets as thunks taking the interface data word first), itabs for
// each (concrete type, interface) pair a conversion needs, boxing into
// interfaces, interface method calls, type assertions and type switches.
#include "emitter.h"

namespace gocxx::codegen {

using namespace gocxx::types;
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

// Named types whose descriptors the emitter defines (package-level, not
// native, not the predeclared error).
bool hasGeneratedDesc(const Named *n) { return n->obj->pkg != nullptr; }

} // namespace

std::string Emitter::typeDesc(Type *t, Pos pos) {
  switch (t->kind) {
  case TypeKind::Basic:
    if (const char *name = basicDescName(cast<Basic>(t)->basicKind))
      return std::string("&go::impl::") + name;
    break;
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    if (!n->obj->pkg && n->obj->name == "error")
      return "&go::impl::type_error";
    if (n->obj->pkg && n->obj->parent != n->obj->pkg->scope)
      return structuralDesc(t, pos);
    if (hasGeneratedDesc(n) && n->obj->parent == n->obj->pkg->scope)
      return (n->obj->pkg == &pkg_ ? "" : packageNamespace(*n->obj->pkg) + "::") +
             mangle(n->obj->name) + "__type" + (n->origin ? templateArgs(n->typeArgs) : "") + "()";
    break;
  }
  case TypeKind::Pointer: {
    Type *elem = cast<Pointer>(t)->elem;
    if (auto *n = dyn_cast<Named>(elem);
        n && hasGeneratedDesc(n) && n->obj->parent == n->obj->pkg->scope && !isInterface(n))
      return (n->obj->pkg == &pkg_ ? "" : packageNamespace(*n->obj->pkg) + "::") +
             mangle(n->obj->name) + "__ptrtype" + (n->origin ? templateArgs(n->typeArgs) : "") +
             "()";
    return "go::impl::pointer_type(" + typeDesc(elem, pos) + ")";
  }
  case TypeKind::Slice:
    return "go::impl::slice_type(" + typeDesc(cast<Slice>(t)->elem, pos) + ")";
  case TypeKind::Array:
    return "go::impl::array_type(" + typeDesc(cast<Array>(t)->elem, pos) + ", " +
           std::to_string(cast<Array>(t)->len) +
           (comparable(t) ? ", &go::impl::equal_fn<" + cxxType(t) + ">" : std::string()) + ")";
  case TypeKind::Chan:
    return "go::impl::chan_type(" + typeDesc(cast<Chan>(t)->elem, pos) + ")";
  case TypeKind::Interface:
    if (cast<Interface>(t)->allMethods.empty())
      return "&go::impl::type_empty_interface";
    return structuralDesc(t, pos);
  case TypeKind::TypeParam:
    // Inside a template: the instantiation's descriptor.
    return descFunction(t) + "()";
  case TypeKind::Map:
  case TypeKind::Struct:
  case TypeKind::Signature:
    return structuralDesc(t, pos);
  case TypeKind::Tuple:
    break;
  }
  unsupported(pos, "type " + typeString(t) + " in an interface value");
  return "nullptr";
}

// reflect's spelling of a type, as %T prints it ("struct { a int }").
static std::string reflectName(Type *t) {
  if (auto *st = dyn_cast<Struct>(t)) {
    if (st->fields.empty())
      return "struct {}";
    std::string s = "struct { ";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (i)
        s += "; ";
      if (!st->fields[i]->embedded)
        s += st->fields[i]->name + " ";
      s += reflectName(st->fields[i]->type);
    }
    return s + " }";
  }
  if (auto *p = dyn_cast<Pointer>(t))
    return "*" + reflectName(p->elem);
  if (auto *sl = dyn_cast<Slice>(t))
    return "[]" + reflectName(sl->elem);
  if (auto *m = dyn_cast<Map>(t))
    return "map[" + reflectName(m->key) + "]" + reflectName(m->elem);
  if (auto *sig = dyn_cast<Signature>(t)) {
    // Without parameter names, which are not part of the type.
    std::string s = "func(";
    auto &ps = sig->params->vars;
    for (size_t i = 0; i < ps.size(); ++i) {
      s += i ? ", " : "";
      if (sig->variadic && i + 1 == ps.size())
        s += "..." + reflectName(cast<Slice>(ps[i]->type)->elem);
      else
        s += reflectName(ps[i]->type);
    }
    s += ")";
    auto &rs = sig->results->vars;
    if (rs.size() == 1)
      return s + " " + reflectName(rs[0]->type);
    for (size_t i = 0; i < rs.size(); ++i)
      s += (i ? ", " : " (") + reflectName(rs[i]->type) + (i + 1 == rs.size() ? ")" : "");
    return s;
  }
  return typeString(t);
}

// A descriptor defined in this source file for a map, func or anonymous
// struct type, or a named type declared inside a function.
std::string Emitter::structuralDesc(Type *t, Pos pos) {
  if (mentionsTypeParam(t)) {
    unsupported(pos, "type " + typeString(t) + " in an interface value inside generic code");
    return "nullptr";
  }
  std::string key = typeString(t);
  if (auto *n = dyn_cast<Named>(t))
    key += "@" + std::to_string(n->obj->pos);
  auto it = structuralDescs_.find(key);
  if (it != structuralDescs_.end())
    return it->second + "()";
  std::string name = "desc_" + std::to_string(structuralDescs_.size() + 1);
  structuralDescs_[key] = name;
  Type *u = underlying(t);
  bool named = isa<Named>(t);
  std::string kind = "go::kind::struct_", elem = "nullptr", keyDesc = "nullptr", fields = "nullptr",
              nfields = "0";
  std::string cxx = cxxType(t), size = "sizeof(" + cxx + ")", align = "alignof(" + cxx + ")";
  std::ostringstream pre;
  std::string methods = "nullptr", nmethods = "0";
  if (auto *it = dyn_cast<Interface>(u)) {
    // An interface type literal: its methods, by name, for find_itab.
    kind = "go::kind::interface";
    pre << "  static const go::method_desc methods[] = {";
    for (size_t i = 0; i < it->allMethods.size(); ++i)
      pre << (i ? ", " : "") << "{" << cxxStringLiteral(it->allMethods[i]->name)
          << "_gs, nullptr, nullptr}";
    pre << "};\n";
    methods = "methods";
    nmethods = std::to_string(it->allMethods.size());
  } else if (auto *m = dyn_cast<Map>(u)) {
    kind = "go::kind::map";
    elem = typeDesc(m->elem, pos);
    keyDesc = typeDesc(m->key, pos);
  } else if (isa<Signature>(u)) {
    kind = "go::kind::func";
  } else if (auto *st = dyn_cast<Struct>(u); st && !st->fields.empty()) {
    pre << "  using self_t = " << cxx << ";\n  static const go::field_desc fields[] = {";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      Var *f = st->fields[i];
      pre << (i ? ", " : "") << "{" << cxxStringLiteral(f->name) << "_gs, "
          << typeDesc(f->type, f->pos) << ", int64_t(offsetof(self_t, " << mangle(f->name) << ")), "
          << (f->embedded ? "true" : "false") << "}";
    }
    pre << "};\n";
    fields = "fields";
    nfields = std::to_string(st->fields.size());
  } else if (auto *b = dyn_cast<Basic>(u)) {
    kind = std::string("go::impl::") +
           (basicDescName(b->basicKind) ? basicDescName(b->basicKind) : "type_int") + ".kind";
  } else if (isa<Slice>(u)) {
    kind = "go::kind::slice";
    elem = typeDesc(cast<Slice>(u)->elem, pos);
  } else if (isa<Pointer>(u)) {
    kind = "go::kind::pointer";
    elem = typeDesc(cast<Pointer>(u)->elem, pos);
  }
  std::string goName = named ? pkg_.name + "." + cast<Named>(t)->obj->name : reflectName(t);
  bool eq = comparable(t) && !isa<Interface>(u);
  itabDefs_ << "// " << key << "\ninline const go::type_desc* " << name << "() {\n"
            << pre.str() << "  static const go::type_desc desc = {" << kind << ", "
            << (isPointerFree(t) ? "true" : "false") << ", " << (named ? "true" : "false") << ", "
            << size << ", " << align << ", " << cxxStringLiteral(goName) << "_gs, "
            << (eq ? "&go::impl::equal_fn<" + cxx + ">" : "nullptr") << ", nullptr, " << elem
            << ", " << keyDesc << ", 0, " << fields << ", " << nfields << ", " << methods << ", "
            << nmethods << ", " << mapRange(u) << "};\n  return &desc;\n}\n\n";
  return name + "()";
}

// The map_range entry of a descriptor: how fmt walks a map of this type.
std::string Emitter::mapRange(Type *u) {
  auto *m = dyn_cast<Map>(u);
  if (!m)
    return "nullptr";
  return "&go::impl::map_range_fn<" + cxxType(m->key) + ", " + cxxType(m->elem) + ">";
}

std::string Emitter::itabFor(Type *concrete, Type *iface, Pos pos) {
  // Inside generic code the dynamic type depends on the instantiation: look
  // the itab up at run time (find_itab caches it).
  if (mentionsTypeParam(concrete) || mentionsTypeParam(iface))
    return "go::find_itab(" + typeDesc(concrete, pos) + ", " + typeDesc(iface, pos) + ")";
  std::string key = typeString(concrete) + " => " + typeString(iface);
  auto it = itabFuncs_.find(key);
  if (it != itabFuncs_.end())
    return it->second + "()";
  // The descriptors may define functions of their own: spell them first.
  std::string from = typeDesc(concrete, pos), to = typeDesc(iface, pos);
  std::string name = "itab_" + std::to_string(itabFuncs_.size() + 1);
  itabFuncs_[key] = name;
  itabDefs_ << "// " << key << "\ninline const go::itab* " << name
            << "() {\n  static const go::itab* tab = go::find_itab(" << from << ", " << to
            << ");\n  return tab;\n}\n\n";
  return name + "()";
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
  if (toEmpty) {
    // The canonical descriptor of a C++ type is found by go::box itself.
    if (auto *b = dyn_cast<Basic>(from)) {
      switch (b->basicKind) {
      case BasicKind::Int64:
      case BasicKind::Uint64:
      case BasicKind::Uintptr:
        break;
      default:
        if (!isUntyped(from) || b->basicKind != BasicKind::UntypedNil)
          return "go::box(" + value + ")";
      }
    }
    return "go::make_any(" + value + ", " + typeDesc(from, pos) + ")";
  }
  return "go::make_iface(static_cast<" + cxxType(from) + ">(" + value + "), " +
         itabFor(from, to, pos) + ")";
}

// Descriptors of the package's named types: T__type() and T__ptrtype()
// (the method set of *T), with thunks that call the methods with the
// interface data word. For a generic type they are templates in the header,
// named "pkg.T[arg,...]" when first used.
std::vector<Emitter::PromotedMethod> Emitter::promotedMethods(Named *named) {
  // Depth by depth, as Go's selector rule: a name found at a shallower
  // depth (the type's own methods and fields included) hides deeper ones,
  // and a name found twice at one depth is ambiguous and promotes nothing.
  std::vector<PromotedMethod> out;
  std::set<std::string> taken;
  for (Func *m : named->methods)
    taken.insert(m->name);
  struct Level {
    Struct *st;
    bool viaPointer; // reached through an embedded pointer
  };
  std::vector<Level> level = {{cast<Struct>(named->underlying), false}};
  std::set<Named *> visited = {named};
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
            found[m->name].push_back({m, false});
          continue;
        }
        auto *n = dyn_cast<Named>(ft);
        if (n && !n->origin && visited.insert(n).second)
          for (Func *m : n->methods)
            if (m->signature() && m->signature()->recv)
              found[m->name].push_back(
                  {m, isa<Pointer>(m->signature()->recv->type) && !viaPointer});
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

void Emitter::emitTypeDescriptors(std::ostream &decls, std::ostream &defs) {
  for (Object *obj : pkg_.scope->objects()) {
    auto *tn = dyn_cast<TypeName>(obj);
    if (!tn || tn->isAlias)
      continue;
    auto *named = cast<Named>(tn->type);
    bool generic = !named->typeParams.empty();
    std::ostream &out = generic ? genericDescs_ : defs;
    std::string tmpl = templateHeader(named->typeParams);
    std::string targs;
    if (generic) {
      targs = templateParamsAsArgs(named->typeParams);
    }
    std::string T = mangle(tn->name);
    std::string CT = T + targs;
    std::string goName = cxxStringLiteral(pkg_.name + "." + tn->name) + "_gs";
    if (generic) {
      goName =
          "go::to_string(std::string(" + cxxStringLiteral(pkg_.name + "." + tn->name + "[") + ")";
      for (size_t i = 0; i < named->typeParams.size(); ++i)
        goName += std::string(i ? " + \",\"" : "") + " + std::string(" +
                  mangle(named->typeParams[i]->obj->name) + "__desc()->name.view())";
      goName += " + \"]\")";
    }
    decls << tmpl << "const go::type_desc* " << T << "__type();\n";
    if (auto *it = dyn_cast<Interface>(named->underlying)) {
      out << tmpl << "const go::type_desc* " << T
          << "__type() {\n  static const go::method_desc methods[] = {";
      for (size_t i = 0; i < it->allMethods.size(); ++i)
        out << (i ? ", " : "") << "{" << cxxStringLiteral(it->allMethods[i]->name)
            << "_gs, nullptr, nullptr}";
      if (it->allMethods.empty())
        out << "{}";
      out << "};\n  static const go::type_desc desc = {go::kind::interface, false, true, 16, 8, "
          << goName << ", nullptr, nullptr, nullptr, nullptr, 0, nullptr, 0, methods, "
          << it->allMethods.size() << "};\n  return &desc;\n}\n\n";
      continue;
    }
    decls << tmpl << "const go::type_desc* " << T << "__ptrtype();\n";
    // (Only for the type that owns its C++ struct: `type U T` shares T's.)
    if (isa<Struct>(named->underlying) && !generic &&
        structNames_[cast<Struct>(named->underlying)] == mangle(tn->name))
      // go::type_of<T>() finds it by argument-dependent lookup (templates use it).
      decls << "inline const go::type_desc* go_type_desc(" << T << "*) { return " << T
            << "__type(); }\n";
    // Thunks: value-receiver methods on T; all methods on *T.
    struct Entry {
      std::string name, thunk;
    };
    std::vector<Entry> valueMethods, ptrMethods;
    std::vector<Func *> methods = named->methods;
    std::sort(methods.begin(), methods.end(), [](Func *a, Func *b) { return a->name < b->name; });
    std::string linkage = generic ? "" : "static ";
    for (Func *m : methods) {
      Signature *sig = m->signature();
      if (!sig || !sig->recv || m->name == "_")
        continue;
      // In the templates, the method's own names for the type parameters
      // are replaced by the type's.
      std::map<std::string, std::string> rename;
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
      std::string callee = methodName(m) + targs;
      if (!ptrRecv) {
        std::string thunk = T + "__" + mangle(m->name) + "__value_thunk";
        out << tmpl << linkage << ret << " " << thunk << "(void* self" << params << ") {\n  return "
            << callee << "(*static_cast<" << CT << "*>(self)" << args << ");\n}\n";
        valueMethods.push_back({m->name, thunk + targs});
      }
      std::string pthunk = T + "__" + mangle(m->name) + "__ptr_thunk";
      out << tmpl << linkage << ret << " " << pthunk << "(void* self" << params << ") {\n  return "
          << callee << "(" << (ptrRecv ? "" : "*go::impl::nil_check(") << "*static_cast<" << CT
          << "**>(self)" << (ptrRecv ? "" : ")") << args << ");\n}\n";
      ptrMethods.push_back({m->name, pthunk + targs});
    }
    // Methods promoted from embedded fields: thunks that reach the field
    // holding the method, then call it (through the method table for an
    // embedded interface).
    if (!generic && isa<Struct>(named->underlying)) {
      for (const PromotedMethod &pm : promotedMethods(named)) {
        Func *m = pm.method;
        Signature *sig = m->signature();
        std::string params, args;
        for (size_t i = 0; i < sig->params->vars.size(); ++i) {
          params += ", " + cxxType(sig->params->vars[i]->type) + " a" + std::to_string(i);
          args += ", a" + std::to_string(i);
        }
        auto &res = sig->results->vars;
        std::string ret = res.empty()       ? "void"
                          : res.size() == 1 ? cxxType(res[0]->type)
                                            : cxxType(sig->results);
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
          return (m->pkg && m->pkg != &pkg_ ? packageNamespace(*m->pkg) + "::" : "") +
                 methodName(m) + "(" + recv + args + ")";
        };
        if (!pm.pointerOnly) {
          std::string thunk = T + "__" + mangle(m->name) + "__value_thunk";
          out << "static " << ret << " " << thunk << "(void* self" << params << ") {\n  return "
              << body("(*static_cast<" + CT + "*>(self))") << ";\n}\n";
          valueMethods.push_back({m->name, thunk});
        }
        std::string pthunk = T + "__" + mangle(m->name) + "__ptr_thunk";
        out << "static " << ret << " " << pthunk << "(void* self" << params << ") {\n  return "
            << body("(*go::impl::nil_check(*static_cast<" + CT + "**>(self)))") << ";\n}\n";
        ptrMethods.push_back({m->name, pthunk});
      }
      auto byName = [](const Entry &a, const Entry &b) { return a.name < b.name; };
      std::sort(valueMethods.begin(), valueMethods.end(), byName);
      std::sort(ptrMethods.begin(), ptrMethods.end(), byName);
    }
    auto methodArray = [&](const std::vector<Entry> &ms) {
      std::string s = "  static const go::method_desc methods[] = {";
      for (size_t i = 0; i < ms.size(); ++i)
        s += (i ? ", " : "") + std::string("{") + cxxStringLiteral(ms[i].name) +
             "_gs, nullptr, reinterpret_cast<void*>(&" + ms[i].thunk + ")}";
      if (ms.empty())
        s += "{}";
      return s + "};\n";
    };
    Type *u = named->underlying;
    bool comparableType = comparable(named) && !generic;
    std::string kind = "go::kind::struct_";
    if (auto *b = dyn_cast<Basic>(u)) {
      std::string d = basicDescName(b->basicKind) ? basicDescName(b->basicKind) : "type_int";
      kind = "go::impl::" + d + ".kind";
    } else if (isa<Slice>(u))
      kind = "go::kind::slice";
    else if (isa<Array>(u))
      kind = "go::kind::array";
    else if (isa<Map>(u))
      kind = "go::kind::map";
    else if (isa<Pointer>(u))
      kind = "go::kind::pointer";
    else if (isa<Chan>(u))
      kind = "go::kind::chan";
    else if (isa<Signature>(u))
      kind = "go::kind::func";
    // Fields, for fmt's {a b} and %+v.
    std::string fields = "nullptr", nfields = "0";
    if (auto *st = dyn_cast<Struct>(u); st && !st->fields.empty()) {
      out << tmpl << linkage << "const go::field_desc* " << T
          << "__fields() {\n  using self_t = " << CT
          << ";\n  static const go::field_desc fields[] = {";
      for (size_t i = 0; i < st->fields.size(); ++i) {
        Var *f = st->fields[i];
        out << (i ? ", " : "") << "{" << cxxStringLiteral(f->name) << "_gs, "
            << typeDesc(f->type, f->pos) << ", int64_t(offsetof(self_t, " << mangle(f->name)
            << ")), " << (f->embedded ? "true" : "false") << "}";
      }
      out << "};\n  return fields;\n}\n";
      fields = T + "__fields" + targs + "()";
      nfields = std::to_string(st->fields.size());
    }
    std::string elem = "nullptr", len = "0";
    if (auto *sl = dyn_cast<Slice>(u))
      elem = typeDesc(sl->elem, tn->pos);
    if (auto *a = dyn_cast<Array>(u))
      elem = typeDesc(a->elem, tn->pos), len = std::to_string(a->len);
    if (auto *p = dyn_cast<Pointer>(u))
      elem = typeDesc(p->elem, tn->pos);
    if (auto *mp = dyn_cast<Map>(u))
      elem = typeDesc(mp->elem, tn->pos);
    std::string equal = comparableType ? "&go::impl::equal_fn<" + CT + ">" : "nullptr";
    out << tmpl << "const go::type_desc* " << T << "__type() {\n"
        << methodArray(valueMethods) << "  static const go::type_desc desc = {" << kind << ", "
        << (isPointerFree(named) ? "true" : "false") << ", true, sizeof(" << CT << "), alignof("
        << CT << "), " << goName << ", " << equal << ", nullptr, " << elem << ", "
        << (isa<Map>(u) ? typeDesc(cast<Map>(u)->key, tn->pos) : "nullptr") << ", " << len << ", "
        << fields << ", " << nfields << ", methods, " << valueMethods.size() << ", " << mapRange(u)
        << "};\n  return &desc;\n}\n";
    std::string ptrName =
        generic ? "go::to_string(\"*\" + std::string(" + T + "__type" + targs + "()->name.view()))"
                : cxxStringLiteral("*" + pkg_.name + "." + tn->name) + "_gs";
    out << tmpl << "const go::type_desc* " << T << "__ptrtype() {\n"
        << methodArray(ptrMethods)
        << "  static const go::type_desc desc = {go::kind::pointer, false, false, 8, 8, " << ptrName
        << ", &go::impl::equal_fn<" << CT << "*>, nullptr, " << T << "__type" << targs
        << "(), nullptr, 0, nullptr, 0, methods, " << ptrMethods.size()
        << "};\n  return &desc;\n}\n\n";
  }
}

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
        return "std::pair<go::any, bool>{" + asAny + ", !go::is_nil(" + x + ")}";
      return asAny;
    }
    if (commaOk)
      return "go::assert_iface2(" + asAny + ", " + typeDesc(to, ta->pos()) + ")";
    return "go::assert_iface(" + asAny + ", " + typeDesc(to, ta->pos()) + ", " + fromDesc + ")";
  }
  std::string T = cxxType(to);
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
    if (single && !isInterface(single))
      value = "*static_cast<" + cxxType(single) + " const*>(" + x + ".data)";
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
        if (isInterface(t)) {
          c = cast<Interface>(underlying(t))->allMethods.empty()
                  ? "!go::is_nil(" + x + ")"
                  : "(!go::is_nil(" + x + ") && go::find_itab(" + x + ".type, " +
                        typeDesc(t, e->pos()) + "))";
        } else {
          c = "go::same_type(" + x + ".type, " + typeDesc(t, e->pos()) + ")";
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

bool Emitter::isPointerFree(Type *t) {
  Type *u = underlying(t);
  switch (u->kind) {
  case TypeKind::Basic:
    return !isString(u);
  case TypeKind::Array:
    return isPointerFree(cast<Array>(u)->elem);
  case TypeKind::Struct:
    for (Var *f : cast<Struct>(u)->fields)
      if (!isPointerFree(f->type))
        return false;
    return true;
  default:
    return false;
  }
}

} // namespace gocxx::codegen
