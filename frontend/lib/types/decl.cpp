// Package-level declarations: collecting the objects of every file into the
// package scope, checking each declaration on first use (so declarations may
// come in any order), methods, unused imports, and Go's initialization order
// of package variables.
#include <algorithm>
#include <set>

#include "checker.h"
#include "gocxx/frontend/literals.h"

namespace gocxx::types {

using namespace gocxx::ast;

Checker::Checker(TypeContext &ctx, Info &info, DiagnosticEngine &diags, Package *pkg,
                 std::function<Package *(const std::string &, Pos)> importer)
    : ctx_(ctx), info_(info), diags_(diags), pkg_(pkg), importer_(std::move(importer)) {}

void Checker::error(Pos pos, std::string msg) { diags_.error(pos, std::move(msg)); }

void Checker::unsupported(Pos pos, const std::string &what) {
  diags_.error(pos, "unsupported: " + what);
}

void Checker::checkFiles() {
  pkg_->scope = ctx_.scope(ctx_.universe());
  collectObjects();
  for (Object *obj : declOrder_)
    objDecl(obj);
  collectMethods();
  // A package compiled before needs only its declarations (its importers
  // are checked against them); its bodies and initialization order were
  // checked when it was compiled.
  if (pkg_->declsOnly)
    return;
  for (Func *fn : funcs_) {
    auto &d = decls_[fn];
    if (!d.func->body)
      continue;
    declObj_ = fn;
    scope_ = fileScopes_[nullptr];
    funcBody(fn, fn->signature(), d.func->body, nullptr);
    declObj_ = nullptr;
  }
  computeInitOrder();
  for (size_t i = 0; i < later_.size(); ++i)
    later_[i]();
  later_.clear();
  unusedImports();
}

// What an embedded field's type may not be, decided once every type of the
// package is complete (type T *struct{ T } embeds a pointer).
void Checker::checkEmbeddedField(Type *t, Pos pos) {
  Type *base = t;
  bool isPtr = false;
  if (auto *p = dyn_cast<Pointer>(base)) {
    base = p->elem;
    isPtr = true;
  }
  Type *u = underlying(base);
  if (!u)
    return;
  if (auto *b = dyn_cast<Basic>(u)) {
    if (b->basicKind == BasicKind::UnsafePointer)
      error(pos, "embedded field type cannot be unsafe.Pointer");
  } else if (isa<Pointer>(u)) {
    error(pos, "embedded field type cannot be a pointer");
  } else if (isa<TypeParam>(base)) {
    error(pos, "embedded field type cannot be a (pointer to a) type parameter");
  } else if (isa<Interface>(u) && isPtr) {
    error(pos, "embedded field type cannot be a pointer to an interface");
  }
}

void Checker::declareImports(File *file) {
  Scope *fileScope = fileScopes_[file];
  for (ImportSpec *spec : file->imports) {
    std::string path;
    if (!decodeStringLiteral(spec->path->value, path) || path.empty()) {
      error(spec->path->pos(), "invalid import path: " + std::string(spec->path->value));
      continue;
    }
    Package *imp = importer_(path, spec->path->pos());
    if (!imp)
      imp = ctx_.fakePackage(path); // the importer said why; uses must not cascade
    if (std::find(pkg_->imports.begin(), pkg_->imports.end(), imp) == pkg_->imports.end())
      pkg_->imports.push_back(imp);
    std::string name = spec->name ? std::string(spec->name->name) : imp->name;
    if (name == "_")
      continue;
    if (name == ".") {
      // Every exported name of the package joins the file's scope.
      auto *pn = ctx_.object<PkgName>(".", spec->name->pos(), pkg_, imp);
      pn->decl = spec;
      info_.defs[spec->name] = pn;
      for (Object *o : imp->scope ? imp->scope->objects() : std::vector<Object *>{}) {
        if (!o->exported())
          continue;
        if (fileScope->insert(o)) {
          error(spec->name->pos(), o->name + " redeclared in this block");
          continue;
        }
        dotImports_[{fileScope, o}] = pn;
      }
      imports_.push_back(pn);
      continue;
    }
    auto *pn =
        ctx_.object<PkgName>(name, spec->name ? spec->name->pos() : spec->path->pos(), pkg_, imp);
    pn->decl = spec;
    if (spec->name)
      info_.defs[spec->name] = pn;
    else
      info_.implicits[spec] = pn;
    if (Object *prev = fileScope->insert(pn)) {
      error(pn->pos, name + " redeclared in this block");
      (void)prev;
      continue;
    }
    imports_.push_back(pn);
  }
}

// The local names of a file's //go:linkname directives.
static std::set<std::string_view> linknamedFuncs(File *file) {
  std::set<std::string_view> names;
  constexpr std::string_view kDirective = "//go:linkname ";
  for (CommentGroup *group : file->comments) {
    for (Comment *c : group->list) {
      if (c->text.substr(0, kDirective.size()) != kDirective)
        continue;
      std::string_view rest = c->text.substr(kDirective.size());
      names.insert(rest.substr(0, rest.find(' ')));
    }
  }
  return names;
}

// The misuse of //export and //gocxx:extern on a function declaration;
// true if the function is a //gocxx:extern one (its body is C++).
bool Checker::checkInteropDirectives(FuncDecl *fd) {
  if (pkg_->std)
    return false; // Go's own sources: cgo's //export belongs to cgo files
  std::string name(fd->name->name);
  bool generic = fd->type->typeParams && !fd->type->typeParams->list.empty();
  if (auto d = findDirective(fd->doc, "export")) {
    if (fd->recv)
      error(d->pos,
            "//export " + std::string(d->arg) + ": only functions can be exported, not methods");
    else if (d->arg != name)
      error(d->pos, "//export comment has wrong name \"" + std::string(d->arg) + "\", want \"" +
                        name + "\"");
    else if (generic)
      error(d->pos, "//export " + name + ": cannot export a generic function");
    else if (!fd->body)
      error(d->pos, "//export " + name + ": exported function has no body");
  }
  auto d = findDirective(fd->doc, "gocxx:extern");
  if (!d)
    return false;
  std::string cxxName;
  if (!decodeStringLiteral(d->arg, cxxName) || d->arg.empty() || d->arg[0] != '"' ||
      cxxName.empty())
    error(d->pos,
          "//gocxx:extern wants the C++ function's name quoted: //gocxx:extern \"ns::name\"");
  else if (fd->recv)
    error(d->pos, "//gocxx:extern " + std::string(d->arg) + ": a method cannot be a C++ function");
  else if (generic)
    error(d->pos, "//gocxx:extern " + std::string(d->arg) + ": " + name +
                      " has type parameters; a C++ function cannot stand for it");
  else if (fd->body)
    error(d->pos, "//gocxx:extern " + std::string(d->arg) + ": func " + name +
                      " has a Go body; a function whose body is C++ has none in Go");
  return true;
}

// Each //gocxx:include of a file must name a header in quotes.
void Checker::checkIncludeDirectives(File *file) {
  if (pkg_->std)
    return;
  for (CommentGroup *group : file->comments)
    for (Comment *c : group->list) {
      CommentGroup one;
      one.list = {c};
      auto d = findDirective(&one, "gocxx:include");
      std::string header;
      if (d && (!decodeStringLiteral(d->arg, header) || d->arg[0] != '"' || header.empty()))
        error(d->pos, "//gocxx:include wants a quoted header name: //gocxx:include \"header.h\"");
    }
}

void Checker::collectObjects() {
  for (File *file : pkg_->files) {
    Scope *fs = ctx_.scope(pkg_->scope);
    fileScopes_[file] = fs;
    declareImports(file);
  }
  for (File *file : pkg_->files) {
    std::set<std::string_view> linknamed = linknamedFuncs(file);
    checkIncludeDirectives(file);
    for (Decl *decl : file->decls) {
      if (auto *gen = dyn_cast<GenDecl>(decl)) {
        if (gen->tok == Token::IMPORT)
          continue;
        ValueSpec *lastConst = nullptr;
        int iota = 0;
        for (Spec *spec : gen->specs) {
          if (auto *vs = dyn_cast<ValueSpec>(spec)) {
            if (gen->tok == Token::CONST) {
              if (vs->type || !vs->values.empty())
                lastConst = vs;
              for (size_t i = 0; i < vs->names.size(); ++i) {
                Ident *id = vs->names[i];
                auto *c =
                    ctx_.object<Const>(std::string(id->name), id->pos(), pkg_, nullptr, Constant());
                c->decl = vs;
                DeclInfo d;
                d.gen = gen;
                d.spec = vs;
                d.iota = iota;
                if (lastConst) {
                  d.constType = lastConst->type;
                  d.constValues = lastConst->values;
                }
                decls_[c] = d;
                declare(pkg_->scope, id, c);
                declOrder_.push_back(c);
              }
              ++iota;
            } else {
              for (Ident *id : vs->names) {
                auto *v = ctx_.object<Var>(std::string(id->name), id->pos(), pkg_, nullptr);
                v->isGlobal = true;
                v->decl = vs;
                DeclInfo d;
                d.gen = gen;
                d.spec = vs;
                decls_[v] = d;
                declare(pkg_->scope, id, v);
                declOrder_.push_back(v);
              }
            }
          } else if (auto *ts = dyn_cast<TypeSpec>(spec)) {
            auto *tn =
                ctx_.object<TypeName>(std::string(ts->name->name), ts->name->pos(), pkg_, nullptr);
            tn->decl = ts;
            if (ts->assign != NoPos) {
              tn->isAlias = true;
            } else {
              tn->type = ctx_.make<Named>(tn);
            }
            DeclInfo d;
            d.gen = gen;
            d.typeSpec = ts;
            decls_[tn] = d;
            declare(pkg_->scope, ts->name, tn);
            declOrder_.push_back(tn);
          }
        }
      } else if (auto *fd = dyn_cast<FuncDecl>(decl)) {
        auto *fn = ctx_.object<Func>(std::string(fd->name->name), fd->name->pos(), pkg_, nullptr);
        fn->decl = fd;
        fn->hasBody = fd->body != nullptr;
        DeclInfo d;
        d.func = fd;
        decls_[fn] = d;
        std::string name(fd->name->name);
        if (fd->recv) {
          info_.defs[fd->name] = fn;
          methodDecls_.push_back({fd, fn});
        } else if (name == "init") {
          info_.defs[fd->name] = fn;
          if (!fd->type->params->list.empty() || fd->type->results)
            error(fd->name->pos(), "func init must have no arguments and no return values");
          declOrder_.push_back(fn);
        } else if (name == "_") {
          info_.defs[fd->name] = fn;
          declOrder_.push_back(fn);
        } else {
          if (name == "main" && pkg_->name == "main" &&
              (!fd->type->params->list.empty() || fd->type->results))
            error(fd->name->pos(), "func main must have no arguments and no return values");
          declare(pkg_->scope, fd->name, fn);
          declOrder_.push_back(fn);
        }
        // As gc: a body may be missing when the package has external bodies
        // or a //go:linkname directive names the function; gocxx's own: when
        // //gocxx:extern names the C++ function that is its body.
        bool external = checkInteropDirectives(fd);
        if (!fd->body && !external && !pkg_->native && (!pkg_->externalBodies || name == "init") &&
            !linknamed.count(fd->name->name))
          error(fd->name->pos(), "missing function body");
        funcs_.push_back(fn);
      }
    }
  }
  // Methods are declared on their receiver base type once types exist; those
  // of a local type name join it as soon as its declaration is checked.
  for (auto &[fd, fn] : methodDecls_) {
    declOrder_.push_back(fn);
    if (TypeName *base = receiverBase(fd))
      methodsOf_[base].push_back({fd, fn});
  }
  // A package-level name may not clash with a file-level import.
  for (auto &[file, fs] : fileScopes_)
    for (Object *o : fs->objects())
      if (Object *alt = pkg_->scope->lookup(o->name)) {
        auto dot = dotImports_.find({fs, o});
        if (dot != dotImports_.end())
          error(alt->pos, o->name + " already declared through dot-import of package " +
                              dot->second->imported->name);
        else
          error(alt->pos, o->name + " already declared through import of package " + o->name);
      }
}

void Checker::objDecl(Object *obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end())
    return; // not a package-level object of this package
  DeclInfo &d = it->second;
  if (d.state == DeclInfo::Done)
    return;
  if (d.state == DeclInfo::Checking) {
    if (isa<TypeName>(obj)) {
      if (cast<TypeName>(obj)->isAlias || !obj->type)
        error(obj->pos, "invalid recursive type " + obj->name);
      return;
    }
    if (isa<Func>(obj))
      return; // recursion through function bodies is fine
    // A cycle of constants and variables: computeInitOrder reports it.
    if (!obj->type)
      obj->type = ctx_.basic(BasicKind::Invalid);
    return;
  }
  d.state = DeclInfo::Checking;
  // Declarations are checked in the package scope, whatever scope asked.
  Scope *savedScope = scope_;
  FuncState *savedFn = fn_;
  Object *savedDecl = declObj_;
  int savedIota = iota_;
  scope_ = nullptr;
  fn_ = nullptr;
  declObj_ = obj;
  for (auto &[file, fs] : fileScopes_) {
    // The declaring file's scope, for its imports.
    if (!file)
      continue;
    if (obj->pos >= file->fileStart && obj->pos <= file->fileEnd)
      scope_ = fs;
  }
  if (!scope_)
    scope_ = pkg_->scope;
  switch (obj->kind) {
  case ObjectKind::Const:
    constDecl(cast<Const>(obj), d);
    break;
  case ObjectKind::Var:
    varDecl(cast<Var>(obj), d);
    break;
  case ObjectKind::TypeName:
    typeDecl(cast<TypeName>(obj), d);
    break;
  case ObjectKind::Func:
    funcDecl(cast<Func>(obj), d);
    break;
  case ObjectKind::PkgName:
  case ObjectKind::Builtin:
  case ObjectKind::Label:
  case ObjectKind::Nil:
    break;
  }
  d.state = DeclInfo::Done;
  scope_ = savedScope;
  fn_ = savedFn;
  declObj_ = savedDecl;
  iota_ = savedIota;
  if (auto *tn = dyn_cast<TypeName>(obj)) {
    auto methods = methodsOf_.find(tn);
    if (methods != methodsOf_.end())
      for (auto &[fd, fn] : methods->second) {
        objDecl(fn);
        addMethod(fd, fn);
      }
  }
}

// The package-level type name a method's receiver names (T in func (*T[P])
// M()), found syntactically; nullptr if it is not a local defined type.
TypeName *Checker::receiverBase(FuncDecl *fd) {
  if (fd->recv->list.empty())
    return nullptr;
  ast::Expr *t = fd->recv->list[0]->type;
  for (;;) {
    if (auto *p = dyn_cast<ParenExpr>(t))
      t = p->x;
    else if (auto *s = dyn_cast<StarExpr>(t))
      t = s->x;
    else if (auto *ix = dyn_cast<IndexExpr>(t))
      t = ix->x;
    else if (auto *il = dyn_cast<IndexListExpr>(t))
      t = il->x;
    else
      break;
  }
  auto *id = dyn_cast<Ident>(t);
  if (!id)
    return nullptr;
  Object *obj = pkg_->scope->lookup(std::string(id->name));
  auto *tn = obj ? dyn_cast<TypeName>(obj) : nullptr;
  return tn && !tn->isAlias ? tn : nullptr;
}

void Checker::constDecl(Const *obj, DeclInfo &d) {
  iota_ = d.iota;
  ast::Expr *typeExpr = d.spec->type ? d.spec->type : d.constType;
  const auto &values = d.spec->values.empty() ? d.constValues : d.spec->values;
  Type *t = typeExpr ? typExpr(typeExpr) : nullptr;
  size_t index = 0;
  for (size_t i = 0; i < d.spec->names.size(); ++i)
    if (d.spec->names[i]->pos() == obj->pos)
      index = i;
  obj->type = ctx_.basic(BasicKind::Invalid);
  if (index >= values.size()) {
    if (values.empty())
      error(obj->pos, "missing init expr for const declaration");
    else
      error(obj->pos, "missing init expr for const declaration");
    return;
  }
  Operand x;
  expr(x, values[index]);
  if (x.invalid)
    return;
  if (x.mode != Mode::Constant) {
    error(x.expr->pos(), operandString(x) + " is not constant");
    return;
  }
  if (t) {
    if (!isConstType(t)) {
      error(typeExpr->pos(), "invalid constant type " + typeString(t));
      return;
    }
    assignment(x, t, "constant declaration");
    if (x.invalid)
      return;
  }
  obj->type = x.type;
  obj->value = x.value;
  if (index == 0 && values.size() < d.spec->names.size() && d.spec->values.size())
    error(d.spec->names[values.size()]->pos(), "missing init expr for const declaration");
  if (index == 0 && values.size() > d.spec->names.size() && !d.spec->values.empty())
    error(values[d.spec->names.size()]->pos(), "extra init expr");
}

void Checker::varDecl(Var *obj, DeclInfo &d) {
  ValueSpec *vs = d.spec;
  Type *t = vs->type ? typExpr(vs->type) : nullptr;
  size_t index = 0;
  for (size_t i = 0; i < vs->names.size(); ++i)
    if (vs->names[i]->pos() == obj->pos)
      index = i;
  if (vs->values.empty()) {
    obj->type = t ? t : ctx_.basic(BasicKind::Invalid);
    return;
  }
  if (vs->values.size() == vs->names.size()) {
    Operand x;
    expr(x, vs->values[index]);
    if (t) {
      assignment(x, t, "variable declaration");
      obj->type = t;
    } else {
      if (!x.invalid) {
        if (isa<Basic>(x.type) && cast<Basic>(x.type)->basicKind == BasicKind::UntypedNil) {
          error(x.expr->pos(), "use of untyped nil in variable declaration");
          x.invalid = true;
        } else {
          assignment(x, defaultType(x.type), "variable declaration");
        }
      }
      obj->type = x.invalid ? ctx_.basic(BasicKind::Invalid) : x.type;
    }
    return;
  }
  // var a, b = f(): one multi-valued initializer shared by all names.
  if (vs->values.size() == 1) {
    std::vector<Operand> xs;
    commaOkOrMulti(xs, vs->values[0], vs->names.size() == 2);
    if (xs.size() != vs->names.size()) {
      if (!xs.empty() && !xs[0].invalid)
        assignMismatch(vs->values, vs->names.size(), xs.size());
      for (Ident *id : vs->names)
        if (auto *v = dyn_cast<Var>(info_.defs[id]))
          v->type = ctx_.basic(BasicKind::Invalid);
      return;
    }
    for (size_t i = 0; i < vs->names.size(); ++i) {
      auto *v = dyn_cast<Var>(info_.defs[vs->names[i]]);
      if (!v)
        continue;
      if (t) {
        assignment(xs[i], t, "variable declaration");
        v->type = t;
      } else {
        v->type = xs[i].invalid ? ctx_.basic(BasicKind::Invalid) : defaultType(xs[i].type);
      }
      decls_[v].state = DeclInfo::Done;
      if (v != obj)
        decls_[v].deps = decls_[obj].deps;
    }
    return;
  }
  arityMismatch(vs);
  obj->type = t ? t : ctx_.basic(BasicKind::Invalid);
}

void Checker::typeDecl(TypeName *obj, DeclInfo &d) {
  TypeSpec *ts = d.typeSpec;
  if (obj->isAlias) {
    obj->type = ctx_.basic(BasicKind::Invalid); // guards against cycles
    obj->type = typExpr(ts->type);
    return;
  }
  auto *named = cast<Named>(obj->type);
  if (ts->typeParams) {
    // The type parameters are in scope for the type's definition.
    Scope *tpScope = ctx_.scope(scope_);
    named->typeParams = declareTypeParams(ts->typeParams, tpScope);
    Scope *saved = scope_;
    scope_ = tpScope;
    Type *rhs = typExpr(ts->type);
    scope_ = saved;
    named->underlying = underlying(rhs);
    if (isa<TypeParam>(named->underlying)) {
      error(ts->type->pos(), "cannot use a type parameter as RHS in type declaration");
      named->underlying = ctx_.basic(BasicKind::Invalid);
    }
  } else {
    Type *rhs = typExpr(ts->type);
    named->underlying = underlying(rhs);
  }
  if (named->underlying == named || containsByValue(named->underlying, named)) {
    error(obj->pos, "invalid recursive type " + obj->name);
    named->underlying = ctx_.basic(BasicKind::Invalid);
  }
  // Instances made while the definition was being checked (List[T] inside
  // List's own fields) get their underlying types now.
  for (size_t i = 0; i < pendingInstances_.size();) {
    Named *inst = pendingInstances_[i];
    if (inst->origin != named) {
      ++i;
      continue;
    }
    std::map<TypeParam *, Type *> m;
    for (size_t k = 0; k < named->typeParams.size() && k < inst->typeArgs.size(); ++k)
      m[named->typeParams[k]] = inst->typeArgs[k];
    inst->underlying = underlying(subst(named->underlying, m));
    pendingInstances_.erase(pendingInstances_.begin() + static_cast<long>(i));
  }
}

// Whether t holds a value of type n directly (fields, array elements),
// which would make n infinitely large.
bool Checker::containsByValue(Type *t, Named *n) {
  std::set<Type *> seen;
  std::function<bool(Type *)> walk = [&](Type *x) -> bool {
    if (!x || !seen.insert(x).second)
      return false;
    if (x == n)
      return true;
    if (auto *nx = dyn_cast<Named>(x))
      return nx->underlying && walk(nx->underlying);
    if (auto *a = dyn_cast<Array>(x))
      return walk(a->elem);
    if (auto *st = dyn_cast<Struct>(x)) {
      for (Var *f : st->fields)
        if (walk(f->type))
          return true;
    }
    return false;
  };
  return walk(t);
}

void Checker::funcDecl(Func *obj, DeclInfo &d) {
  FuncDecl *fd = d.func;
  obj->type = ctx_.make<Signature>(nullptr, ctx_.tuple({}), ctx_.tuple({}), false); // for recursion
  Scope *sigScope = ctx_.scope(scope_);
  obj->type = funcType(fd->recv, fd->type, sigScope);
  decls_[obj].deps.clear();
  // The scope holding the parameters becomes the function's outermost scope.
  info_.implicits[fd->type] = nullptr;
  sigScopes_[obj] = sigScope;
}

// gc's "assignment mismatch" error, at the first value.
void Checker::assignMismatch(const std::vector<ast::Expr *> &rhs, size_t nvars, size_t nvals) {
  auto measure = [](size_t n, const char *unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
  };
  std::string msg = "assignment mismatch: " + measure(nvars, "variable") + " but ";
  ast::Expr *r0 = rhs[0];
  while (auto *p = dyn_cast<ParenExpr>(r0))
    r0 = p->x;
  if (auto *call = dyn_cast<CallExpr>(r0); call && rhs.size() == 1)
    msg += exprString(call->fun) + " returns " + measure(nvals, "value");
  else
    msg += measure(nvals, "value");
  error(rhs[0]->pos(), msg);
}

// A var declaration with more than one value and not one per name.
void Checker::arityMismatch(ValueSpec *vs) {
  if (vs->names.size() < vs->values.size()) {
    ast::Expr *extra = vs->values[vs->names.size()];
    error(extra->pos(), "extra init expr " + exprString(extra));
  } else {
    Ident *name = vs->names[vs->values.size()];
    error(name->pos(), "missing init expr for " + std::string(name->name));
  }
}

void Checker::collectMethods() {
  for (auto &[fd, fn] : methodDecls_)
    addMethod(fd, fn);
}

// Adds method fn to its receiver's base type, once.
void Checker::addMethod(FuncDecl *fd, Func *fn) {
  if (!methodsAdded_.insert(fn).second)
    return;
  Signature *sig = fn->signature();
  if (!sig || !sig->recv)
    return;
  Type *rt = sig->recv->type;
  if (auto *p = dyn_cast<Pointer>(rt))
    rt = p->elem;
  auto *named = dyn_cast<Named>(rt);
  if (!named)
    return; // funcType reported it
  if (named->origin)
    named = named->origin; // a method of a generic type
  if (named->obj->pkg != pkg_) {
    error(fd->recv->pos(), "cannot define new methods on non-local type " + typeString(named));
    return;
  }
  if (fn->name == "_")
    return; // blank methods are in no method set, and collide with nothing
  bool dup = false;
  for (Func *m : named->methods)
    if (m->name == fn->name && !dup) {
      error(fn->pos, named->obj->name + "." + fn->name + " redeclared in this block");
      diags_.note(m->pos, "other declaration of " + fn->name);
      dup = true;
    }
  if (auto *st = dyn_cast<Struct>(named->underlying))
    for (Var *f : st->fields)
      if (f->name == fn->name) {
        error(fn->pos, "field and method with the same name " + fn->name);
        dup = true;
      }
  if (!dup)
    named->methods.push_back(fn);
}

void Checker::unusedImports() {
  // An overlay may replace every use of an import in the package's own files.
  if (!pkg_->overlayDir.empty() && !pkg_->native)
    return;
  for (PkgName *pn : imports_) {
    if (pn->used || pn->imported->fake)
      continue;
    auto *spec = static_cast<const ImportSpec *>(pn->decl);
    std::string path = "\"" + pn->imported->path + "\"";
    if (spec->name && pn->name != "." && std::string(spec->name->name) != pn->imported->name)
      error(spec->pos(), "imported and not used: " + path + " as " + pn->name);
    else
      error(spec->pos(), "imported and not used: " + path);
  }
}

// Go's initialization order: repeatedly the earliest variable in declaration
// order that depends on no uninitialized variable; references through
// functions count.
void Checker::computeInitOrder() {
  std::set<Object *> done, reported;
  std::vector<Object *> stack; // the objects being visited, outermost first
  std::function<void(Object *)> visit = [&](Object *obj) {
    if (done.count(obj))
      return;
    auto onStack = std::find(stack.begin(), stack.end(), obj);
    if (onStack != stack.end()) {
      reportInitCycle(std::vector<Object *>(onStack, stack.end()), reported);
      return;
    }
    stack.push_back(obj);
    auto it = decls_.find(obj);
    if (it != decls_.end())
      for (Object *dep : std::vector<Object *>(it->second.deps))
        visit(dep);
    stack.pop_back();
    done.insert(obj);
    if (auto *v = dyn_cast<Var>(obj); v && v->isGlobal) {
      if (std::find(pkg_->initOrder.begin(), pkg_->initOrder.end(), v) == pkg_->initOrder.end())
        pkg_->initOrder.push_back(v);
    }
  };
  for (Object *obj : declOrder_)
    if (isa<Var>(obj) || isa<Const>(obj))
      visit(obj);
}

// An initialization cycle (each object refers to the next, the last to the
// first) is an error unless it runs through functions only; gc names it
// from its first-declared constant or variable.
void Checker::reportInitCycle(std::vector<Object *> cycle, std::set<Object *> &reported) {
  auto first = cycle.end();
  for (auto it = cycle.begin(); it != cycle.end(); ++it)
    if (!isa<Func>(*it) && (first == cycle.end() || (*it)->pos < (*first)->pos))
      first = it;
  if (first == cycle.end())
    return; // recursion among functions
  bool fresh = false;
  for (Object *o : cycle)
    fresh = reported.insert(o).second || fresh;
  if (!fresh)
    return;
  std::rotate(cycle.begin(), first, cycle.end());
  error(cycle[0]->pos, "initialization loop for " + cycle[0]->name);
  for (Object *o : cycle)
    diags_.note(o->pos, o->name + " refers to");
  diags_.note(cycle[0]->pos, cycle[0]->name);
}

} // namespace gocxx::types
