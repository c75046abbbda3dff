// The package's table of functions for goroutine traces
// (gocxx/runtime/traceback.h): Go's name and source range of every function,
// method and function literal, so the runtime can name a frame from the Go
// line its return address maps to. Names are gc's: "pkg.F", "pkg.T.M",
// "pkg.(*T).M", "pkg.G[...]", "pkg.init.0", closures "pkg.F.func1" and,
// inside closures, "pkg.F.func1.1"; closures in package variable
// initialisers are "pkg.glob..func1", and the initialisers themselves run in
// "pkg.init".
#include <functional>

#include "emitter.h"

namespace gocxx::codegen {

using namespace gocxx::types;
using gocxx::ast::dyn_cast;
namespace ast = gocxx::ast;

namespace {

struct TableBuilder {
  const FileSet &fset;
  std::function<std::string(const std::string &)> path; // as in the #line directives
  std::ostringstream rows;

  // One row per file the function's lines lie in: //line directives
  // inside a body move its statements to other files and lines.
  void add(const std::string &name, ast::Node *body, Pos from, Pos to, bool hasArgs, bool closure) {
    std::map<std::string, std::pair<int, int>> spans;
    auto cover = [&](Pos pos) {
      Position p = fset.position(pos);
      if (!p.isValid())
        return;
      auto [it, fresh] = spans.try_emplace(p.filename, p.line, p.line);
      it->second.first = std::min(it->second.first, p.line);
      it->second.second = std::max(it->second.second, p.line);
    };
    cover(from);
    cover(to);
    ast::inspect(body, [&](ast::Node *n) {
      if (n && isa<ast::Stmt>(n))
        cover(n->pos());
      return true;
    });
    for (auto &[file, lines] : spans)
      rows << "    {" << cxxStringLiteral(name) << ", " << cxxStringLiteral(path(file)) << ", "
           << lines.first << ", " << lines.second << ", " << (hasArgs ? "true" : "false") << ", "
           << (closure ? "true" : "false") << "},\n";
  }

  // Names the function literals in n in source order: prefix + 1, 2, ...
  // (counter goes on across calls); literals inside a literal are named
  // after it: its name + "." + 1, 2, ...
  void closures(ast::Node *n, const std::string &prefix, int &counter) {
    ast::inspect(n, [&](ast::Node *c) {
      auto *lit = c ? dyn_cast<ast::FuncLit>(c) : nullptr;
      if (!lit)
        return true;
      std::string name = prefix + std::to_string(++counter);
      add(name, lit->body, lit->type->pos(), lit->body->rbrace, !lit->type->params->list.empty(),
          true);
      int inner = 0;
      closures(lit->body, name + ".", inner);
      return false;
    });
  }
};

// gc's name of a function or method, without the package.
std::string goFuncName(const Func *fn, Signature *sig, int &inits) {
  if (fn->name == "init" && !sig->recv)
    return "init." + std::to_string(inits++);
  std::string generic = sig->typeParams.empty() ? "" : "[...]";
  if (!sig->recv)
    return fn->name + generic;
  Type *t = sig->recv->type;
  bool pointer = false;
  if (auto *p = dyn_cast<Pointer>(t)) {
    pointer = true;
    t = p->elem;
  }
  std::string recv;
  if (auto *named = dyn_cast<Named>(t)) {
    recv = named->obj->name;
    if (!named->typeParams.empty() || named->origin)
      recv += "[...]";
  }
  return (pointer ? "(*" + recv + ")" : recv) + "." + fn->name;
}

} // namespace

namespace {
// The name a call's callee is spelled by (f, pkg.f, x.m, f[T]), or null.
const ast::Ident *calleeIdent(const ast::CallExpr *call) {
  const ast::Expr *f = call->fun;
  while (auto *p = dyn_cast<ast::ParenExpr>(f))
    f = p->x;
  if (auto *ix = dyn_cast<ast::IndexExpr>(f))
    f = ix->x; // an explicit instantiation, F[T](...)
  if (auto *ix = dyn_cast<ast::IndexListExpr>(f))
    f = ix->x;
  if (auto *sel = dyn_cast<ast::SelectorExpr>(f))
    return sel->sel;
  return dyn_cast<ast::Ident>(f);
}
} // namespace

bool Emitter::callsItself(const Func *fn, ast::Node *body) {
  bool found = false;
  ast::inspect(body, [&](ast::Node *n) {
    auto *call = n ? dyn_cast<ast::CallExpr>(n) : nullptr;
    if (found || !call)
      return !found;
    const ast::Ident *id = calleeIdent(call);
    found = id && info_.objectOf(id) == fn;
    return !found;
  });
  return found;
}

bool Emitter::callsRecover(ast::Node *body) {
  bool found = false;
  ast::inspect(body, [&](ast::Node *n) {
    if (found || !n || isa<ast::FuncLit>(n))
      return false; // a function literal's recover is its own
    if (auto *call = dyn_cast<ast::CallExpr>(n)) {
      const ast::Ident *id = calleeIdent(call);
      auto *b = id ? dyn_cast<Builtin>(info_.objectOf(id)) : nullptr;
      found = b && b->id == BuiltinId::Recover;
    }
    return !found;
  });
  return found;
}

// Whether the deferred call may be a function that recovers: false only for
// a function literal or a function or method of this package (called
// statically) whose body has no recover of its own.
bool Emitter::deferMayRecover(const ast::CallExpr *call) {
  const ast::Expr *f = call->fun;
  while (auto *p = dyn_cast<ast::ParenExpr>(f))
    f = p->x;
  if (auto *lit = dyn_cast<ast::FuncLit>(f))
    return callsRecover(lit->body);
  const ast::Ident *id = calleeIdent(call);
  auto *fn = id ? dyn_cast<Func>(info_.objectOf(id)) : nullptr;
  if (!fn || fn->pkg != &pkg_)
    return true;
  if (auto *sel = dyn_cast<ast::SelectorExpr>(f)) {
    auto it = info_.selections.find(sel);
    if (it != info_.selections.end() && isInterface(it->second.recv))
      return true; // dynamic dispatch
  }
  auto body = funcBodies_.find(fn);
  return body == funcBodies_.end() || callsRecover(body->second);
}

std::string Emitter::keepFrames() const { return opts_.lineDirectives ? "GOCXX_KEEP_FRAMES " : ""; }

void Emitter::emitFuncTable(std::ostream &os) {
  if (!opts_.lineDirectives)
    return; // no #line, no Go positions to name
  TableBuilder tb{fset_, [this](const std::string &f) { return sourcePath(f); }, {}};
  std::string pkg = pkg_.path;
  int inits = 0, globs = 0;
  for (ast::File *file : pkg_.files) {
    for (ast::Decl *d : file->decls) {
      if (auto *gd = dyn_cast<ast::GenDecl>(d)) {
        if (gd->tok != Token::VAR)
          continue;
        for (ast::Spec *spec : gd->specs) {
          auto *vs = dyn_cast<ast::ValueSpec>(spec);
          if (!vs || vs->values.empty())
            continue;
          tb.add(pkg + ".init", vs, vs->pos(), vs->end(), false, false);
          for (ast::Expr *v : vs->values)
            tb.closures(v, pkg + ".glob..func", globs);
        }
        continue;
      }
      auto [fd, fn] = definedFunc(d);
      if (!fn)
        continue;
      Signature *sig = fn->signature();
      std::string name = pkg + "." + goFuncName(fn, sig, inits);
      tb.add(name, fd->body, fd->type->pos(), fd->body->rbrace,
             sig->recv || !sig->params->vars.empty(), false);
      int counter = 0;
      tb.closures(fd->body, name + ".func", counter);
    }
  }
  std::string rows = tb.rows.str();
  if (rows.empty())
    return;
  os << "// Go's names of this package's functions, for goroutine traces.\n"
     << "namespace {\nconst go::impl::func_info gocxx_funcs_[] = {\n"
     << rows
     << "};\ngo::impl::func_table gocxx_func_table_{gocxx_funcs_, std::size(gocxx_funcs_)};\n"
     << "} // namespace\n\n";
}

} // namespace gocxx::codegen
