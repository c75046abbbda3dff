// Mangling of Go names into C++ ones. Go identifiers are kept as written
// (so emitted code reads like the source); those that collide with C++
// keywords, macros of the C library or names the runtime reserves get a
// trailing underscore. Locals that shadow another local of the same function
// are numbered, since Go's `x := x` cannot be written in C++.
#include <set>

#include "emitter.h"

#include <functional>

namespace gocxx::codegen {

std::string mangle(std::string_view goName) {
  static const std::set<std::string, std::less<>> reserved = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "catch",
      "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval",
      "constexpr", "constinit", "const_cast", "co_await", "co_return", "co_yield", "decltype",
      "delete", "do", "double", "dynamic_cast", "enum", "explicit", "export", "extern", "false",
      "float", "friend", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not",
      "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register",
      "reinterpret_cast", "requires", "short", "signed", "sizeof", "static", "static_assert",
      "static_cast", "template", "this", "thread_local", "throw", "true", "try", "typedef",
      "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t",
      "while", "xor", "xor_eq",
      // C library macros and names that would clash.
      "NULL", "EOF", "errno", "assert", "stdin", "stdout", "stderr", "unix", "linux", "main",
      "signal", "abs", "exit", "free", "malloc", "printf", "puts", "time", "clock", "INT64_MAX",
      "INT64_MIN", "UINT64_MAX", "SIZE_MAX", "BUFSIZ",
      // Namespaces the generated code uses.
      "go", "gopkg", "std", "boost", "impl"};
  std::string name(goName);
  if (reserved.count(name))
    name += "_";
  // Reserved C++ identifiers (_Upper, __x) keep clear of the implementation's.
  if (name.size() >= 2 && name[0] == '_' && (name[1] == '_' || (name[1] >= 'A' && name[1] <= 'Z')))
    name = "u" + name;
  // Non-ASCII identifiers are spelt with their UTF-8 bytes in hex.
  std::string out;
  for (unsigned char ch : name) {
    if (ch < 0x80) {
      out += static_cast<char>(ch);
    } else {
      static const char *hex = "0123456789abcdef";
      out += "_x";
      out += hex[ch >> 4];
      out += hex[ch & 15];
    }
  }
  return out;
}

std::string cxxIdentifier(std::string_view goName) { return mangle(goName); }

std::string cxxStringLiteral(const std::string &bytes) {
  std::string out = "\"";
  for (unsigned char ch : bytes) {
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
      if (ch < 0x20 || ch >= 0x7f || ch == '?') {
        // Three-digit octal never swallows a following digit.
        char buf[5];
        std::snprintf(buf, sizeof buf, "\\%03o", ch);
        out += buf;
      } else {
        out += static_cast<char>(ch);
      }
    }
  }
  return out + "\"";
}

std::string Emitter::objectName(const types::Object *obj) {
  if (auto *v = types::dyn_cast<types::Var>(obj); v && !v->isGlobal)
    return localName(v);
  if (obj->pkg && obj->pkg != &pkg_)
    return qualifiedName(obj);
  return mangle(obj->name);
}

bool Emitter::importedFuncName(const std::string &name) {
  if (importedFuncs_.empty()) {
    importedFuncs_.insert(""); // computed
    std::set<const types::Package *> seen;
    std::function<void(const types::Package *)> walk = [&](const types::Package *p) {
      if (!seen.insert(p).second)
        return;
      for (const types::Package *imp : p->imports)
        walk(imp);
      if (p != &pkg_ && p->scope)
        for (types::Object *o : p->scope->objects())
          if (types::isa<types::Func>(o))
            importedFuncs_.insert(o->name);
    };
    walk(&pkg_);
  }
  return importedFuncs_.count(name) > 0;
}

std::string Emitter::qualifiedName(const types::Object *obj) {
  if (!obj->pkg)
    return mangle(obj->name);
  return packageNamespace(*obj->pkg) + "::" + mangle(obj->name);
}

std::string Emitter::localName(const types::Var *v) {
  auto it = localNames_.find(v);
  if (it != localNames_.end())
    return it->second;
  std::string base = v->name.empty() || v->name == "_" ? "_" : mangle(v->name);
  // A local must not hide a package-level name: emitted code names the
  // package's types where Go does not (zero values, conversions), and in
  // `x := x(y)` C++ would see the new x in its own initializer.
  if (base != "_" && pkg_.scope->lookup(v->name))
    base += "_v";
  int &uses = localNameUses_[base];
  std::string name;
  if (base == "_") {
    name = freshTemp("blank");
  } else {
    // Not a name a temporary has (a temporary ok_1, then a second local ok).
    do
      name = uses++ == 0 ? base : base + "_" + std::to_string(uses - 1);
    while (!issued_.insert(name).second);
  }
  localNames_[v] = name;
  return name;
}

std::string Emitter::methodName(const types::Func *fn) {
  types::Signature *sig = fn->signature();
  types::Type *recv = sig && sig->recv ? sig->recv->type : nullptr;
  if (auto *p = types::dyn_cast<types::Pointer>(recv))
    recv = p->elem;
  std::string base = "?";
  if (auto *n = types::dyn_cast<types::Named>(recv))
    base = n->obj->name;
  return mangle(base) + "__" + mangle(fn->name);
}

// A method's function as a call names it: qualified by its package's
// namespace, so argument-dependent lookup cannot also find a method of the
// same name in another package (net/http and net/http_test both have a
// roundTripFunc.RoundTrip over the same C++ func type).
std::string Emitter::methodCallee(const types::Func *fn) {
  return (fn->pkg ? packageNamespace(*fn->pkg) + "::" : "") + methodName(fn);
}

std::string Emitter::freshTemp(const std::string &hint) {
  std::string name;
  do
    name = hint + "_" + std::to_string(++tempCounter_);
  while (!issued_.insert(name).second);
  return name;
}

std::string packageNamespace(const types::Package &pkg) {
  std::string ns = "gopkg";
  std::string part;
  auto flush = [&] {
    if (part.empty())
      return;
    std::string clean;
    for (char ch : part)
      clean += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
    if (std::isdigit(static_cast<unsigned char>(clean[0])))
      clean = "_" + clean;
    ns += "::" + mangle(clean);
    part.clear();
  };
  for (char ch : pkg.path) {
    if (ch == '/')
      flush();
    else
      part += ch;
  }
  flush();
  return ns;
}

} // namespace gocxx::codegen
