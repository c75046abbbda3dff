// A package's header and source file, and the program entry. The header
// declares what importers may use (types, functions, variables, init); the
// source defines them in Go source order, then `init_`, which initializes
// imported packages, then this package's variables in Go's initialization
// order, then runs its init functions — once, however many importers call it.
#include <algorithm>

#include "emitter.h"

namespace gocxx::codegen {

using namespace gocxx::types;
using gocxx::ast::dyn_cast;
namespace ast = gocxx::ast;

Emitter::Emitter(const Package &pkg, const Info &info, const FileSet &fset, const EmitOptions &opts)
    : pkg_(pkg), info_(info), fset_(fset), opts_(opts),
      escape_(pkg, info, opts.escapeTags ? *opts.escapeTags : ownTags_) {}

void Emitter::unsupported(Pos pos, const std::string &what) {
  Position p = fset_.position(pos);
  errors_.push_back(p.str() + ": error: unsupported: " + what);
}

// Emitted files are named after the import path ('/' as '.') inside a
// directory of their own, so that "gopkg/strings.h" never stands for the C
// library's <strings.h>.
static std::string fileStem(const Package &pkg) {
  std::string s = pkg.path;
  std::replace(s.begin(), s.end(), '/', '.');
  return "gopkg/" + s;
}

std::string headerFileName(const Package &pkg) { return fileStem(pkg) + ".h"; }

std::pair<ast::FuncDecl *, Func *> Emitter::definedFunc(ast::Decl *d) const {
  auto *fd = dyn_cast<ast::FuncDecl>(d);
  if (!fd || !fd->body)
    return {nullptr, nullptr};
  return {fd, dyn_cast<Func>(info_.objectOf(fd->name))};
}

EmittedPackage Emitter::run() {
  EmittedPackage out;
  std::string stem = fileStem(pkg_);
  std::string ns = packageNamespace(pkg_);
  out.header.name = stem + ".h";
  out.source.name = stem + ".cpp";

  std::ostringstream h, types, decls, defs, globals, init, descHeads, descDecls, descDefs,
      templates;
  emitTypeDecls(types);
  emitTypeDescriptors(descHeads, descDecls, descDefs);

  // Function declarations (so source order does not matter) and definitions.
  // Body-less functions are declared too: their code is native C++ (a
  // standard package's overlay).
  for (ast::File *file : pkg_.files) {
    for (ast::Decl *d : file->decls) {
      auto *fd = dyn_cast<ast::FuncDecl>(d);
      auto *fn = fd ? dyn_cast<Func>(info_.objectOf(fd->name)) : nullptr;
      if (!fn)
        continue;
      Signature *sig = fn->signature();
      std::string ret = resultType(sig);
      std::string params;
      auto add = [&](Var *p) { params += (params.empty() ? "" : ", ") + cxxType(p->type); };
      if (sig->recv)
        add(sig->recv);
      for (Var *p : sig->params->vars)
        add(p);
      if (fn->name == "init" && !sig->recv)
        continue;
      if (fn->name == "_")
        continue;
      if (!sig->typeParams.empty())
        continue; // a template, defined in the header
      // The definition's attributes, here already: Clang ignores one that
      // comes after a call (a tail call would drop the frame from traces).
      std::string keep = !fd->body || callsItself(fn, fd->body) ? "" : keepFrames();
      if (pkg_.name == "main" && fn->name == "main" && !sig->recv)
        keep = "[[gnu::noinline]] " + keep;
      decls << keep << ret << " " << (sig->recv ? methodName(fn) : mangle(fn->name)) << "("
            << params << ");"
            << "\n";
    }
  }
  for (ast::File *file : pkg_.files)
    for (ast::Decl *d : file->decls)
      if (auto [fd, fn] = definedFunc(d); fn)
        funcBodies_[fn] = fd->body;
  int inits = 0;
  for (ast::File *file : pkg_.files) {
    for (ast::Decl *d : file->decls) {
      auto [fd, fn] = definedFunc(d);
      if (!fn || fn->name == "_")
        continue;
      if (fn->name == "init" && !fn->signature()->recv)
        ++inits;
      // Generic functions and methods of generic types are templates, which
      // importers instantiate: their definitions go into the header.
      funcDecl(fd, fn->signature()->typeParams.empty() ? defs : templates);
    }
  }

  // Package variables: declared in the header, defined zeroed in the
  // source, initialized by init_ in Go's order.
  std::ostringstream initBody;
  out_ = &initBody;
  indent_ = 1;
  lineDirective_.clear();
  localNames_.clear();
  localNameUses_.clear();
  issued_.clear();
  for (Object *obj : pkg_.scope->objects()) {
    auto *v = dyn_cast<Var>(obj);
    if (!v)
      continue;
    decls << "extern " << cxxType(v->type) << " " << mangle(v->name) << ";\n";
    globals << cxxType(v->type) << " " << mangle(v->name) << "{};\n";
  }
  std::set<const ast::ValueSpec *> multiDone;
  for (Var *v : pkg_.initOrder) {
    auto *spec = static_cast<const ast::ValueSpec *>(v->decl);
    if (!spec || spec->values.empty())
      continue;
    size_t index = 0;
    for (size_t i = 0; i < spec->names.size(); ++i)
      if (info_.objectOf(spec->names[i]) == v)
        index = i;
    if (spec->values.size() == spec->names.size()) {
      lineDirective(ast::gcPos(spec->values[index]));
      if (v->name == "_")
        line("(void)(" + expr(spec->values[index]) + ");");
      else
        line(mangle(v->name) + " = " + exprAs(spec->values[index], v->type) + ";");
    } else if (multiDone.insert(spec).second) {
      // var a, b = f(): one call assigns all, when the first of them is due.
      std::string tmp = freshTemp("values");
      lineDirective(ast::gcPos(spec->values[0]));
      line("auto " + tmp + " = " + multiValue(spec->values[0]) + ";");
      for (size_t i = 0; i < spec->names.size(); ++i)
        if (spec->names[i]->name != "_")
          line(mangle(std::string(spec->names[i]->name)) + " = std::get<" + std::to_string(i) +
               ">(" + tmp + ");");
    }
  }
  out_ = nullptr;

  h << "// Package " << pkg_.path << ", translated from Go by gocxx. Do not edit.\n";
  h << "#pragma once\n\n#include <gocxx/runtime.h>\n";
  for (Package *imp : pkg_.imports) {
    if (imp->path == "unsafe")
      continue; // built into the language
    h << "#include \"" << fileStem(*imp) << ".h\"\n";
  }
  h << "\nnamespace " << ns << " {\n\nusing namespace go::literals;\n\n"
    << descHeads.str() << (descHeads.str().empty() ? "" : "\n") << types.str() << decls.str()
    << descDecls.str();
  h << "\n// Initializes the package and its imports (once).\nvoid init_();\n\n";
  // Descriptors of unnamed struct and interface types and of types declared
  // in functions, then interface tables: inline, since templates below may
  // use them.
  h << anonDefs_.str() << itabDefs_.str();
  if (!templates.str().empty() || !genericDescs_.str().empty())
    h << "// Generic code, instantiated by its users.\n"
      << templateDecls_.str() << (templateDecls_.str().empty() ? "" : "\n") << templates.str()
      << genericDescs_.str();
  h << anonLateDefs_.str();
  h << "} // namespace " << ns << "\n";
  // Escape tags first, where importers read them (readEscapeTags).
  out.header.text = escape_.summary() + h.str();

  std::ostringstream src;
  src << "// Package " << pkg_.path << ", translated from Go by gocxx. Do not edit.\n";
  std::string cxxIncludes = interopIncludes(out.cxxHeaders);
  src << "#include \"" << out.header.name << "\"\n"
      << cxxIncludes << "\nusing namespace go::literals;\n\n";
  src << "namespace " << ns << " {\n\n" << globals.str() << (globals.str().empty() ? "" : "\n");
  src << descDefs.str() << defs.str();
  emitFuncTable(src);
  src << "void init_() {\n  static bool done = false;\n  if (done) return;\n  done = true;\n";
  for (Package *imp : pkg_.imports)
    if (imp->path != "unsafe")
      src << "  " << packageNamespace(*imp) << "::init_();\n";
  src << initBody.str();
  for (int i = 0; i < inits; ++i)
    src << "  init_" << i << "();\n";
  src << "}\n\n} // namespace " << ns << "\n";
  emitInterop(src, out);
  out.source.text = src.str();

  if (!errors_.empty()) {
    // Unsupported constructs reach the user as diagnostics; the driver stops.
    std::string all;
    for (auto &e : errors_)
      all += e + "\n";
    out.errors = all;
  }
  return out;
}

EmittedPackage emitPackage(const Package &pkg, const Info &info, const FileSet &fset,
                           const EmitOptions &opts) {
  Emitter e(pkg, info, fset, opts);
  return e.run();
}

EmittedFile emitEntry(const Package &mainPkg, const std::vector<Package *> &) {
  EmittedFile f;
  f.name = "gocxx_main.cpp";
  std::string ns = packageNamespace(mainPkg);
  f.text = "// Program entry, generated by gocxx.\n#include \"" + fileStem(mainPkg) +
           ".h\"\n\n// A function of its own, not a lambda, so no compiler-made invoker\n"
           "// calls main_ with a jump (traces show main.main).\n"
           "GOCXX_KEEP_FRAMES static void gocxx_entry() {\n  " +
           ns + "::init_();\n  " + ns +
           "::main_();\n}\n\nint main(int argc, char** argv) {\n  return go::run_main(argc, argv, "
           "&gocxx_entry);\n}\n";
  return f;
}

EmittedFile emitLibraryEntry(const Package &pkg) {
  EmittedFile f;
  f.name = "gocxx_library.cpp";
  f.text = "// Library entry, generated by gocxx: the packages' initialisation, and the\n"
           "// collector's start when the program is loaded (gocxx/runtime/export.h).\n"
           "#include \"" +
           fileStem(pkg) + ".h\"\n\nvoid go::impl::library_init() { " + packageNamespace(pkg) +
           "::init_(); }\n\n[[gnu::constructor]] static void gocxx_library_load() { "
           "go::impl::library_load(); }\n";
  return f;
}

} // namespace gocxx::codegen
