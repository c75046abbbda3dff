// Calls between C++ and Go. `//export Name` gives a Go function a C++ entry
// point at global scope, declared in the package's `<name>_export.h`, that
// runs the call on the scheduler (go::impl::export_call). A body-less Go
// function marked `//gocxx:extern "ns::name"` has a C++ function as its
// body; its file's `//gocxx:include "header.h"` lines declare it. Both sides
// use the types generated code uses (gocxx/runtime/export.h lists them);
// a type of a package's own (a struct, a named type) does not cross.
#include <algorithm>
#include <filesystem>

#include "emitter.h"
#include "gocxx/frontend/literals.h"

namespace gocxx::codegen {

using namespace gocxx::types;
namespace ast = gocxx::ast;
namespace fs = std::filesystem;

// Whether values of type t cross between C++ and Go as the runtime's own
// C++ type (so that a C++ file sees it through gocxx/runtime.h alone).
static bool crossesToCxx(Type *t) {
  switch (t->kind) {
  case TypeKind::Basic:
    return !isUntyped(t) && cast<Basic>(t)->basicKind != BasicKind::Invalid;
  case TypeKind::Slice:
    return crossesToCxx(cast<Slice>(t)->elem);
  case TypeKind::Map:
    return crossesToCxx(cast<Map>(t)->key) && crossesToCxx(cast<Map>(t)->elem);
  case TypeKind::Signature: {
    auto *sig = cast<Signature>(t);
    for (Tuple *tu : {sig->params, sig->results})
      for (Var *v : tu->vars)
        if (!crossesToCxx(v->type))
          return false;
    return sig->typeParams.empty();
  }
  case TypeKind::Interface:
    return cast<Interface>(t)->allMethods.empty();
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    return !n->obj->pkg && n->obj->name == "error";
  }
  default:
    return false;
  }
}

void Emitter::interopError(Pos pos, const std::string &what) {
  errors_.push_back(fset_.position(pos).str() + ": error: " + what);
}

// Whether every parameter and result of fn crosses to C++; reports those
// that do not, at the directive.
bool Emitter::crossingSignature(Func *fn, Pos at, const std::string &directive) {
  Signature *sig = fn->signature();
  bool ok = true;
  auto check = [&](Var *v, const char *role, size_t i) {
    if (crossesToCxx(v->type))
      return;
    std::string name = v->name.empty() || v->name == "_" ? std::to_string(i + 1) : v->name;
    interopError(at, directive + ": " + role + " " + name + " of " + fn->name + " has type " +
                         typeString(v->type) +
                         ", which has no C++ mapping (gocxx/runtime/export.h lists the types "
                         "that cross)");
    ok = false;
  };
  for (size_t i = 0; i < sig->params->vars.size(); ++i)
    check(sig->params->vars[i], "parameter", i);
  for (size_t i = 0; i < sig->results->vars.size(); ++i)
    check(sig->results->vars[i], "result", i);
  return ok;
}

// fn's C++ result type, parameter list, arguments and parameter types
// (names: a0, a1, ... or, with goNames, the Go parameters' own where they
// have one).
Emitter::CrossingPrototype Emitter::crossingPrototype(Func *fn, bool goNames) {
  Signature *sig = fn->signature();
  CrossingPrototype p{resultType(sig), "", "", ""};
  for (size_t i = 0; i < sig->params->vars.size(); ++i) {
    Var *v = sig->params->vars[i];
    std::string name = "a" + std::to_string(i);
    if (goNames && !v->name.empty() && v->name != "_")
      name = mangle(v->name);
    std::string sep = i ? ", " : "";
    p.params += sep + cxxType(v->type) + " " + name;
    p.args += sep + name;
    p.argTypes += sep + cxxType(v->type);
  }
  return p;
}

std::string Emitter::interopIncludes(std::vector<std::string> &headers) {
  std::string out;
  for (ast::File *file : pkg_.files) {
    std::string dir = fs::path(fset_.rawPosition(file->fileStart).filename).parent_path().string();
    for (ast::CommentGroup *group : file->comments)
      for (ast::Comment *c : group->list) {
        ast::CommentGroup one;
        one.list = {c};
        auto d = ast::findDirective(&one, "gocxx:include");
        std::string header;
        if (!d || !decodeStringLiteral(d->arg, header))
          continue; // the checker reported a malformed one
        std::vector<std::string> dirs = {dir.empty() ? "." : dir};
        dirs.insert(dirs.end(), opts_.includeDirs.begin(), opts_.includeDirs.end());
        std::string found;
        for (const auto &in : dirs) {
          std::error_code ec;
          fs::path p = fs::absolute(fs::path(in) / header, ec);
          if (!ec && fs::is_regular_file(p, ec)) {
            found = p.lexically_normal().string();
            break;
          }
        }
        if (found.empty()) {
          interopError(d->pos, "//gocxx:include " + std::string(d->arg) +
                                   ": file not found (next to the Go file, or in a -I directory)");
          continue;
        }
        out += "#include " + quoteString(found) + "\n";
        headers.push_back(found);
      }
  }
  return out;
}

void Emitter::emitInterop(std::ostringstream &src, EmittedPackage &out) {
  std::ostringstream externs, exports, exportDecls;
  std::string ns = packageNamespace(pkg_);
  for (ast::File *file : pkg_.files)
    for (ast::Decl *d : file->decls) {
      auto *fd = dyn_cast<ast::FuncDecl>(d);
      auto *fn = fd ? dyn_cast<Func>(info_.objectOf(fd->name)) : nullptr;
      if (!fn || fd->recv)
        continue;
      if (auto ext = ast::findDirective(fd->doc, "gocxx:extern"); ext && !fd->body) {
        std::string cxxName;
        if (!decodeStringLiteral(ext->arg, cxxName) ||
            !crossingSignature(fn, ext->pos, "//gocxx:extern " + std::string(ext->arg)))
          continue;
        if (cxxName.rfind("::", 0) != 0)
          cxxName = "::" + cxxName; // from the global namespace, not gopkg's
        auto [ret, params, args, argTypes] = crossingPrototype(fn, false);
        // The C++ function must have exactly this type: an initialisation
        // of a pointer of the type picks the overload and refuses the rest.
        // A C++ error here is the user's, reported at the directive.
        Position p = fset_.position(ext->pos);
        out.externs.push_back({0, p.str(), std::string(ext->arg)});
        if (opts_.lineDirectives)
          externs << "#line " << p.line << " " << quoteString(sourcePath(p.filename)) << "\n";
        externs << ret << " " << mangle(fn->name) << "(" << params << ") { " << ret << " (*cxx)("
                << argTypes << ") = &" << cxxName << "; " << (ret == "void" ? "" : "return ")
                << "cxx(" << args << "); }\n";
      }
      if (auto exp = ast::findDirective(fd->doc, "export"); exp && fd->body) {
        if (!crossingSignature(fn, exp->pos, "//export " + fn->name))
          continue;
        auto [ret, params, args, argTypes] = crossingPrototype(fn, true);
        exportDecls << ret << " " << fn->name << "(" << params << ");\n";
        exports << ret << " " << fn->name << "(" << params
                << ") {\n  return go::impl::export_call([&] { return " << ns
                << "::" << mangle(fn->name) << "(" << args << "); });\n}\n";
      }
    }
  if (!externs.str().empty()) {
    src << "\n// The functions whose bodies are C++ (//gocxx:extern).\nnamespace " << ns << " {\n";
    // Each call is a line (after its #line directive).
    std::string before = src.str();
    int step = opts_.lineDirectives ? 2 : 1;
    int line = int(std::count(before.begin(), before.end(), '\n')) + step;
    for (auto &e : out.externs) {
      e.line = line;
      line += step;
    }
    src << externs.str() << "} // namespace " << ns << "\n";
  }
  if (exports.str().empty())
    return;
  src << "\n// The C++ entry points of the //export functions (gocxx/runtime/export.h).\n"
      << exports.str();
  out.exportHeader.name = pkg_.name + "_export.h";
  out.exportHeader.text =
      "// The //export functions of Go package " + pkg_.path +
      ", generated by gocxx. Do not edit.\n// Types and calling rules: gocxx/runtime/export.h.\n"
      "#pragma once\n\n#include <gocxx/runtime.h>\n\n" +
      exportDecls.str();
}

} // namespace gocxx::codegen
