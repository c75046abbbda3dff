// Lowering of function bodies and statements. Every statement is preceded
// by a `#line` directive naming its Go position (unless --no-line), so C++
// diagnostics, debuggers and sanitizer reports point at the Go source.
// break/continue with labels, and fallthrough, become gotos to labels placed
// where Go would continue; loops and switches without them stay plain C++.
#include <functional>

#include <filesystem>

#include "emitter.h"
#include "gocxx/frontend/types/sizes.h"

namespace gocxx::codegen {

using namespace gocxx::types;
using gocxx::ast::dyn_cast;
namespace ast = gocxx::ast;

void Emitter::line(const std::string &text) {
  // A statement may take several C++ lines: each starts again at the Go
  // line, which #line would otherwise count on from.
  if (lineUsed_ && !lineDirective_.empty())
    *out_ << lineDirective_;
  *out_ << std::string(static_cast<size_t>(indent_) * 2, ' ') << text << "\n";
  lineUsed_ = true;
}

std::string Emitter::lineDirectiveText(Pos pos) {
  if (!opts_.lineDirectives || pos == NoPos)
    return "";
  Position p = fset_.position(pos);
  if (!p.isValid())
    return "";
  return "#line " + std::to_string(p.line) + " " + cxxStringLiteral(sourcePath(p.filename)) + "\n";
}

void Emitter::lineDirective(Pos pos) {
  std::string text = lineDirectiveText(pos);
  if (text.empty())
    return;
  *out_ << text;
  lineDirective_ = text;
  lineUsed_ = false;
}

const std::string &Emitter::sourcePath(const std::string &name) {
  auto it = sourcePaths_.find(name);
  if (it != sourcePaths_.end())
    return it->second;
  // The package's own files become absolute; names from //line directives
  // stay as written, as Go reports them.
  bool own = false;
  for (ast::File *f : pkg_.files)
    own |= fset_.rawPosition(f->fileStart).filename == name;
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(name, ec);
  return sourcePaths_[name] = !own || ec ? name : p.lexically_normal().string();
}

void Emitter::declareLocal(const Var *v, const std::string &init) {
  std::string name = localName(v);
  std::string type = cxxType(v->type);
  std::string value = init.empty() ? zeroValue(v->type) : init;
  if (isLarge(v->type) && init.empty())
    line(type + "& " + name + " = *go::new_object<" + type + ">();"); // zeroed in place
  else if (boxed(v) || isLarge(v->type))
    // Shared with a closure or by an address that escapes, or too large for
    // the stack: the variable lives on the heap.
    line(type + "& " + name + " = *go::new_object<" + type + ">(" + value + ");");
  else
    line(type + " " + name + " = " + value + ";");
}

void Emitter::funcDecl(const ast::FuncDecl *fd, std::ostream &os) {
  auto *fn = cast<Func>(info_.objectOf(fd->name));
  Signature *sig = fn->signature();
  localNames_.clear();
  localNameUses_.clear();
  issued_.clear();
  lineDirective_.clear();
  tempCounter_ = 0;
  currentSig_ = sig;
  resultNames_.clear();
  std::ostringstream body;
  out_ = &body;
  indent_ = 1;

  escape_.analyze(fn, fd);
  std::string params = paramList(sig);
  funcRoot_ = fd->body;
  nonNil_.clear();
  functionBody(sig, fd->body);
  funcRoot_ = nullptr;
  out_ = nullptr;

  std::string ret = resultType(sig);
  std::string name = sig->recv ? methodName(fn) : mangle(fn->name);
  if (fn->name == "init" && !sig->recv)
    name = "init_" + std::to_string(initCounter_++);
  std::string keep = callsItself(fn, fd->body) ? "" : keepFrames();
  // main.main is a frame of its own in traces (not inlined into the entry).
  if (pkg_.name == "main" && fn->name == "main" && !sig->recv)
    keep = "[[gnu::noinline]] " + keep;
  // Templates are declared before all definitions: a template calling one
  // defined after it finds it (two-phase lookup would not).
  if (!sig->typeParams.empty())
    templateDecls_ << templateHeader(sig->typeParams) << keep << ret << " " << name << "(" << params
                   << ");\n";
  os << lineDirectiveText(fd->pos()) << templateHeader(sig->typeParams) << keep << ret << " "
     << name << "(" << params << ") {\n"
     << body.str() << "}\n\n";
}

namespace {
// Whether a function body has defer statements of its own (not in nested
// function literals).
bool containsDefer(const ast::Node *n) {
  bool found = false;
  std::function<void(const ast::Node *)> walk = [&](const ast::Node *node) {
    if (!node || found)
      return;
    switch (node->kind) {
    case ast::NodeKind::DeferStmt:
      found = true;
      return;
    case ast::NodeKind::BlockStmt:
      for (auto *st : ast::cast<ast::BlockStmt>(node)->list)
        walk(st);
      return;
    case ast::NodeKind::IfStmt: {
      auto *is = ast::cast<ast::IfStmt>(node);
      walk(is->body);
      walk(is->elseStmt);
      return;
    }
    case ast::NodeKind::ForStmt:
      walk(ast::cast<ast::ForStmt>(node)->body);
      return;
    case ast::NodeKind::RangeStmt:
      walk(ast::cast<ast::RangeStmt>(node)->body);
      return;
    case ast::NodeKind::SwitchStmt:
      walk(ast::cast<ast::SwitchStmt>(node)->body);
      return;
    case ast::NodeKind::TypeSwitchStmt:
      walk(ast::cast<ast::TypeSwitchStmt>(node)->body);
      return;
    case ast::NodeKind::SelectStmt:
      walk(ast::cast<ast::SelectStmt>(node)->body);
      return;
    case ast::NodeKind::CaseClause:
      for (auto *st : ast::cast<ast::CaseClause>(node)->body)
        walk(st);
      return;
    case ast::NodeKind::CommClause:
      for (auto *st : ast::cast<ast::CommClause>(node)->body)
        walk(st);
      return;
    case ast::NodeKind::LabeledStmt:
      walk(ast::cast<ast::LabeledStmt>(node)->stmt);
      return;
    default:
      return;
    }
  };
  walk(n);
  return found;
}
} // namespace

// The C++ parameter list of a function or function literal (the receiver
// first). A parameter that is boxed (captured by a closure, or its address
// escapes) arrives as NAME_arg; functionBody moves it to the heap.
std::string Emitter::paramList(Signature *sig) {
  std::string params;
  auto add = [&](Var *p) {
    std::string n = localName(p);
    params += (params.empty() ? "" : ", ") + cxxType(p->type) + " " + n + (boxed(p) ? "_arg" : "");
  };
  if (sig->recv)
    add(sig->recv);
  for (Var *p : sig->params->vars)
    add(p);
  return params;
}

// The body of a function or function literal (one prologue for both).
// Escaping parameters are copied to the heap first. With defer statements, the
// body runs inside try (see runtime/panic.h): returns store the results and
// jump to the deferred calls; a panic runs them through unwind, and if one
// recovers, the function returns its (named) results.
void Emitter::functionBody(Signature *sig, const ast::BlockStmt *body) {
  auto box = [&](Var *p) {
    if (!boxed(p))
      return;
    std::string t = cxxType(p->type);
    line(t + "& " + localName(p) + " = *go::new_object<" + t + ">(" + localName(p) + "_arg);");
  };
  if (sig->recv)
    box(sig->recv);
  for (Var *p : sig->params->vars)
    box(p);
  resultNames_.clear();
  hasDefer_ = containsDefer(body);
  // recover() works only in a function the panic calls directly: the
  // function learns at entry whether it is one (runtime/panic.h).
  recovers_ = callsRecover(const_cast<ast::BlockStmt *>(body));
  if (recovers_)
    line("bool recoverable_ = go::impl::take_recover_arm();");
  // Blank results get variables of their own where a return may name no
  // values: with defers, or beside named results (func() (_ T, err error)).
  bool named = false;
  for (Var *r : sig->results->vars)
    named |= !r->name.empty() && r->name != "_";
  for (Var *r : sig->results->vars) {
    if (r->name.empty() || r->name == "_") {
      if (!hasDefer_ && !named)
        continue;
      std::string n = freshTemp("result");
      line(cxxType(r->type) + " " + n + "{};");
      resultNames_.push_back(n);
      continue;
    }
    resultNames_.push_back(localName(r));
    declareLocal(r, "");
  }
  if (!hasDefer_) {
    block(body->list);
    if (!sig->results->vars.empty())
      line("go::impl::unreachable();");
    return;
  }
  line("go::impl::defer_frame defers_;");
  line("try {");
  ++indent_;
  block(body->list);
  --indent_;
  line("} catch (...) {");
  ++indent_;
  line("defers_.unwind(std::current_exception());");
  line(returnResults());
  --indent_;
  line("}");
  line("done_:");
  line("defers_.run();");
  line(returnResults());
}

std::string Emitter::returnResults() {
  if (resultNames_.empty())
    return "return;";
  if (resultNames_.size() == 1)
    return "return " + resultNames_[0] + ";";
  std::string t = "return " + cxxType(currentSig_->results) + "{";
  for (size_t i = 0; i < resultNames_.size(); ++i)
    t += (i ? ", " : "") + resultNames_[i];
  return t + "};";
}

void Emitter::deferStmt(const ast::DeferStmt *s) {
  const ast::CallExpr *call = s->call;
  const ast::Expr *fun = call->fun;
  while (auto *p = dyn_cast<ast::ParenExpr>(fun))
    fun = p->x;
  auto *ftv = info_.typeOf(call->fun);
  if (ftv && ftv->mode == Mode::Builtin) {
    // The arguments are evaluated now; the built-in runs later.
    auto *b = dyn_cast<Builtin>(info_.objectOf(ast::cast<ast::Ident>(fun)));
    std::string args;
    auto evaluate = [&](const ast::Expr *e, Type *as) {
      std::string tmp = freshTemp("deferred");
      line("auto " + tmp + " = " + (as ? exprAs(e, as) : expr(e)) + ";");
      args += (args.empty() ? "" : ", ") + tmp;
    };
    switch (b->id) {
    case BuiltinId::Close:
      evaluate(call->args[0], nullptr);
      line("defers_.push([=]() mutable { go::close(" + args + "); });");
      return;
    case BuiltinId::Panic:
      evaluate(call->args[0], &emptyInterface_);
      line("defers_.push([=]() mutable { go::panic(" + args + "); });");
      return;
    case BuiltinId::Recover:
      line("defers_.push_recover(recoverable_);");
      return;
    case BuiltinId::Print:
    case BuiltinId::Println:
      for (const ast::Expr *e : call->args) {
        std::string tmp = freshTemp("deferred");
        line("auto " + tmp + " = " + printArg(e) + ";");
        args += (args.empty() ? "" : ", ") + tmp;
      }
      line(std::string("defers_.push([=]() mutable { go::impl::builtin_") +
           (b->id == BuiltinId::Println ? "println(" : "print(") + args + "); });");
      return;
    case BuiltinId::Delete: {
      auto *m = cast<Map>(coreOf(typeOf(call->args[0])));
      evaluate(call->args[0], nullptr);
      evaluate(call->args[1], m->key);
      line("defers_.push([=]() mutable { go::map_delete(" + args + "); });");
      return;
    }
    default:
      unsupported(s->pos(), "defer of built-in " + b->name);
      return;
    }
  }
  std::string recovers = deferMayRecover(call) ? ", true" : "";
  if (auto *lit = dyn_cast<ast::FuncLit>(fun); lit && call->args.empty()) {
    // The bare lambda: the deferred call's record holds it.
    line("defers_.push(" + lambda(lit) + recovers + ");");
    return;
  }
  std::string closure = boundCall(call, "defer");
  if (!closure.empty())
    line("defers_.push(" + closure + recovers + ");");
}

// For go and defer: evaluates the callee and the arguments now, into
// temporaries, and returns a closure that makes the call later ("" after an
// unsupported construct).
std::string Emitter::boundCall(const ast::CallExpr *call, const char *stmt) {
  std::string callee, args;
  if (!splitCall(call, callee, args))
    return "";
  if (!pendingPrefix_.empty()) {
    unsupported(call->pos(), std::string(stmt) + " statement with a multi-valued argument");
    pendingPrefix_.clear();
    return "";
  }
  std::string f = freshTemp(stmt);
  line("auto " + f + "_fn = " + callee + ";");
  line("auto " + f + "_args = std::make_tuple(" + args + ");");
  return "[=]() " + keepFrames() + "mutable { std::apply(" + f + "_fn, " + f + "_args); }";
}

void Emitter::block(const std::vector<ast::Stmt *> &list) {
  for (const ast::Stmt *s : list)
    stmt(s);
}

std::string Emitter::assignTarget(const ast::Expr *lhs) {
  if (auto *id = dyn_cast<ast::Ident>(lhs); id && id->name == "_")
    return "std::ignore";
  if (auto *ix = dyn_cast<ast::IndexExpr>(lhs)) {
    if (auto *m = dyn_cast<Map>(coreOf(typeOf(ix->x))))
      return "go::map_ref(" + expr(ix->x) + ", " + exprAs(ix->index, m->key) + ")";
  }
  return expr(lhs);
}

std::vector<std::string> Emitter::assignLocations(const std::vector<ast::Expr *> &lhs) {
  std::vector<std::string> out;
  for (const ast::Expr *l : lhs) {
    const ast::Expr *e = l;
    while (auto *p = dyn_cast<ast::ParenExpr>(e))
      e = p->x;
    if (isa<ast::Ident>(e)) {
      out.push_back(assignTarget(e));
      continue;
    }
    auto *ix = dyn_cast<ast::IndexExpr>(e);
    if (auto *m = ix ? dyn_cast<Map>(coreOf(typeOf(ix->x))) : nullptr) {
      // A map element's reference would not survive the other stores'
      // insertions: keep the map and key, take the element at the store.
      std::string mv = freshTemp("map"), kv = freshTemp("key");
      line("auto " + mv + " = " + expr(ix->x) + ";");
      line("auto " + kv + " = " + exprAs(ix->index, m->key) + ";");
      out.push_back("go::map_ref(" + mv + ", " + kv + ")");
      continue;
    }
    std::string ref = freshTemp("loc");
    line("auto &" + ref + " = " + assignTarget(e) + ";");
    out.push_back(ref);
  }
  return out;
}

void Emitter::storeTo(const ast::Expr *lhs, const std::string &value) {
  line(assignTarget(lhs) + " = " + value + ";");
}

void Emitter::stmt(const ast::Stmt *s) {
  // A call statement takes the line of its "(", as gc places the call:
  // `func() { ... }()` calls from its last line.
  if (auto *es = dyn_cast<ast::ExprStmt>(s))
    lineDirective(ast::gcPos(es->x));
  else if (!isa<ast::BlockStmt>(s) && !isa<ast::EmptyStmt>(s) && !isa<ast::LabeledStmt>(s))
    lineDirective(s->pos());
  switch (s->kind) {
  case ast::NodeKind::EmptyStmt:
  case ast::NodeKind::BadStmt:
    return;
  case ast::NodeKind::ExprStmt: {
    auto *es = ast::cast<ast::ExprStmt>(s);
    bool ordered = orderFirst({es->x}, {}, true);
    std::string text = expr(es->x);
    if (ordered)
      orderDone(s->pos());
    line(text + ";");
    if (ordered) {
      --indent_;
      line("}");
    }
    return;
  }
  case ast::NodeKind::DeclStmt:
    declStmt(ast::cast<ast::DeclStmt>(s));
    return;
  case ast::NodeKind::AssignStmt: {
    // Statements that declare no Go variable keep their C++ temporaries in
    // a block: a goto may jump over them, as Go allows.
    auto *as = ast::cast<ast::AssignStmt>(s);
    bool define = as->tok == Token::DEFINE;
    std::vector<const ast::Expr *> roots(as->rhs.begin(), as->rhs.end());
    std::vector<const ast::Expr *> lhs;
    std::vector<Type *> targets;
    if (as->tok == Token::ASSIGN) {
      lhs.assign(as->lhs.begin(), as->lhs.end());
      if (as->lhs.size() == as->rhs.size())
        for (const ast::Expr *l : as->lhs)
          targets.push_back(typeOf(l)); // nullptr for _
    }
    bool ordered = orderFirst(roots, targets, !define, lhs);
    bool scoped = !define && as->lhs.size() > 1;
    if (scoped) {
      line("{");
      ++indent_;
    }
    assignStmt(as);
    if (scoped) {
      --indent_;
      line("}");
    }
    if (ordered) {
      orderDone(s->pos());
      if (!define) {
        --indent_;
        line("}");
      }
    }
    return;
  }
  case ast::NodeKind::IncDecStmt: {
    auto *ids = ast::cast<ast::IncDecStmt>(s);
    // x++ wraps narrow integers back to their width (C++20 conversions are
    // modular); std::complex has no ++, so complex numbers (and type
    // parameters, which may be complex) add 1.
    Type *t = underlying(typeOf(ids->x));
    if (isComplex(t) || isa<TypeParam>(t))
      line(assignTarget(ids->x) + (ids->tok == Token::INC ? " += 1;" : " -= 1;"));
    else
      line(assignTarget(ids->x) + (ids->tok == Token::INC ? "++;" : "--;"));
    return;
  }
  case ast::NodeKind::SendStmt: {
    auto *ss = ast::cast<ast::SendStmt>(s);
    auto *ct = cast<Chan>(coreOf(typeOf(ss->chan)));
    line("go::send(" + expr(ss->chan) + ", " + exprAs(ss->value, ct->elem) + ");");
    return;
  }
  case ast::NodeKind::GoStmt:
    line("{");
    ++indent_;
    goStmt(ast::cast<ast::GoStmt>(s));
    --indent_;
    line("}");
    return;
  case ast::NodeKind::DeferStmt:
    line("{");
    ++indent_;
    deferStmt(ast::cast<ast::DeferStmt>(s));
    --indent_;
    line("}");
    return;
  case ast::NodeKind::ReturnStmt:
    returnStmt(ast::cast<ast::ReturnStmt>(s));
    return;
  case ast::NodeKind::BlockStmt:
    line("{");
    ++indent_;
    block(ast::cast<ast::BlockStmt>(s)->list);
    --indent_;
    line("}");
    return;
  case ast::NodeKind::IfStmt:
    ifStmt(ast::cast<ast::IfStmt>(s));
    return;
  case ast::NodeKind::ForStmt:
    forStmt(ast::cast<ast::ForStmt>(s), "");
    return;
  case ast::NodeKind::RangeStmt:
    rangeStmt(ast::cast<ast::RangeStmt>(s), "");
    return;
  case ast::NodeKind::SwitchStmt:
    switchStmt(ast::cast<ast::SwitchStmt>(s), "");
    return;
  case ast::NodeKind::LabeledStmt: {
    auto *ls = ast::cast<ast::LabeledStmt>(s);
    std::string label(ls->label->name);
    // A loop's, switch's or select's label names its break and continue
    // targets, and may also be a goto's (text/scanner's `redo:` on a for).
    if (isa<ast::ForStmt>(ls->stmt) || isa<ast::RangeStmt>(ls->stmt) ||
        isa<ast::SwitchStmt>(ls->stmt) || isa<ast::SelectStmt>(ls->stmt) ||
        isa<ast::TypeSwitchStmt>(ls->stmt))
      line("[[maybe_unused]] " + mangle(label) + ":;");
    if (auto *fs = dyn_cast<ast::ForStmt>(ls->stmt)) {
      lineDirective(fs->pos());
      forStmt(fs, label);
    } else if (auto *rs = dyn_cast<ast::RangeStmt>(ls->stmt)) {
      lineDirective(rs->pos());
      rangeStmt(rs, label);
    } else if (auto *ss = dyn_cast<ast::SwitchStmt>(ls->stmt)) {
      lineDirective(ss->pos());
      switchStmt(ss, label);
    } else if (auto *sel = dyn_cast<ast::SelectStmt>(ls->stmt)) {
      lineDirective(sel->pos());
      selectStmt(sel, label);
    } else if (auto *ts = dyn_cast<ast::TypeSwitchStmt>(ls->stmt)) {
      lineDirective(ts->pos());
      typeSwitchStmt(ts, label);
    } else {
      line(mangle(label) + ":;");
      stmt(ls->stmt);
    }
    return;
  }
  case ast::NodeKind::BranchStmt: {
    auto *bs = ast::cast<ast::BranchStmt>(s);
    std::string label = bs->label ? std::string(bs->label->name) : "";
    if (bs->tok == Token::GOTO) {
      line("goto " + mangle(label) + ";");
      return;
    }
    if (bs->tok == Token::FALLTHROUGH) {
      line("goto " + fallthroughLabel_ + ";");
      return;
    }
    bool isBreak = bs->tok == Token::BREAK;
    for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
      if (!label.empty() && it->label != label)
        continue;
      if (!isBreak && !it->isLoop)
        continue;
      bool innermost =
          it == targets_.rbegin() ||
          (!isBreak && std::all_of(targets_.rbegin(), it, [](auto &t) { return !t.isLoop; }));
      if (isBreak) {
        if (it == targets_.rbegin() && it->isLoop) {
          line("break;");
        } else {
          it->usedBreak = true;
          line("goto " + it->breakLabel + ";");
        }
      } else {
        if (innermost && it->isLoop && !it->hasPost &&
            std::none_of(targets_.rbegin(), it, [](auto &) { return true; })) {
          line("continue;");
        } else {
          it->usedContinue = true;
          line("goto " + it->continueLabel + ";");
        }
      }
      return;
    }
    unsupported(s->pos(), "branch statement");
    return;
  }
  case ast::NodeKind::SelectStmt:
    selectStmt(ast::cast<ast::SelectStmt>(s), "");
    return;
  case ast::NodeKind::TypeSwitchStmt:
    typeSwitchStmt(ast::cast<ast::TypeSwitchStmt>(s), "");
    return;
  default:
    unsupported(s->pos(), "statement " + std::string(ast::nodeKindName(s->kind)));
    return;
  }
}

void Emitter::declStmt(const ast::DeclStmt *s) {
  auto *gen = ast::cast<ast::GenDecl>(s->decl);
  if (gen->tok != Token::VAR)
    return; // constants are folded; local types are unsupported below
  for (ast::Spec *spec : gen->specs) {
    auto *vs = ast::cast<ast::ValueSpec>(spec);
    if (vs->values.size() == vs->names.size()) {
      // Each variable is a statement of its own, as gc makes them: var
      // x, y = a, f() reads a before f runs.
      for (size_t i = 0; i < vs->names.size(); ++i) {
        auto *v = cast<Var>(info_.objectOf(vs->names[i]));
        bool ordered = orderFirst({vs->values[i]}, {v->type}, false);
        declareLocal(v, exprAs(vs->values[i], v->type));
        if (ordered)
          orderDone(vs->values[i]->pos());
      }
    } else if (vs->values.empty()) {
      for (ast::Ident *id : vs->names)
        declareLocal(cast<Var>(info_.objectOf(id)), "");
    } else {
      std::string tmp = freshTemp("values");
      line("auto " + tmp + " = " + multiValue(vs->values[0]) + ";");
      auto *tuple = dyn_cast<Tuple>(typeOf(vs->values[0]));
      for (size_t i = 0; i < vs->names.size(); ++i) {
        auto *v = cast<Var>(info_.objectOf(vs->names[i]));
        Type *from = tuple && i < tuple->vars.size() ? tuple->vars[i]->type : nullptr;
        declareLocal(
            v, convertValue("std::get<" + std::to_string(i) + ">(" + tmp + ")", from, v->type));
      }
    }
  }
}

void Emitter::assignStmt(const ast::AssignStmt *s) {
  bool define = s->tok == Token::DEFINE;
  if (s->tok != Token::ASSIGN && !define) {
    // x op= y: evaluate x's location once.
    static const std::map<Token, Token> ops = {
        {Token::ADD_ASSIGN, Token::ADD},        {Token::SUB_ASSIGN, Token::SUB},
        {Token::MUL_ASSIGN, Token::MUL},        {Token::QUO_ASSIGN, Token::QUO},
        {Token::REM_ASSIGN, Token::REM},        {Token::AND_ASSIGN, Token::AND},
        {Token::OR_ASSIGN, Token::OR},          {Token::XOR_ASSIGN, Token::XOR},
        {Token::SHL_ASSIGN, Token::SHL},        {Token::SHR_ASSIGN, Token::SHR},
        {Token::AND_NOT_ASSIGN, Token::AND_NOT}};
    Token op = ops.at(s->tok);
    Type *t = typeOf(s->lhs[0]);
    Type *yt = op == Token::SHL || op == Token::SHR ? typeOf(s->rhs[0]) : t;
    const ast::Expr *lhs = s->lhs[0];
    while (auto *p = dyn_cast<ast::ParenExpr>(lhs))
      lhs = p->x;
    std::string target, y;
    // A location with calls or receives in it is computed once, before y
    // (calls run in source order). Otherwise, as gc does, y runs first and
    // the location and its value are read after it (y may change the
    // pointer, slice or map the location goes through, or x itself).
    bool scoped = hasEffects(lhs);
    bool yFirst = !scoped && hasEffects(s->rhs[0]);
    if (yFirst) {
      line("{");
      ++indent_;
      y = freshTemp("value");
      line("auto " + y + " = " + exprAs(s->rhs[0], yt) + ";");
      target = assignTarget(lhs);
    } else if (!scoped) {
      target = assignTarget(lhs);
      y = operand(s->rhs[0], op, true);
    } else {
      // f()[i] += v, *p() -= v: the location is computed once, into a
      // reference. A map element's reference is taken after v is evaluated
      // (v could insert into the map and move its elements), with the map
      // and key evaluated first, in Go's order.
      line("{");
      ++indent_;
      target = freshTemp("ref");
      auto *ix = dyn_cast<ast::IndexExpr>(lhs);
      if (auto *m = ix ? dyn_cast<Map>(coreOf(typeOf(ix->x))) : nullptr) {
        std::string mv = freshTemp("map"), kv = freshTemp("key"), yv = freshTemp("value");
        line("auto " + mv + " = " + expr(ix->x) + ";");
        line("auto " + kv + " = " + exprAs(ix->index, m->key) + ";");
        line("auto " + yv + " = " + exprAs(s->rhs[0], yt) + ";");
        line("auto &" + target + " = go::map_ref(" + mv + ", " + kv + ");");
        y = yv;
      } else {
        line("auto &" + target + " = " + assignTarget(lhs) + ";");
        y = operand(s->rhs[0], op, true);
      }
    }
    auto done = [&] {
      if (scoped || yFirst) {
        --indent_;
        line("}");
      }
    };
    std::string value;
    switch (op) {
    case Token::QUO:
      value = isInteger(t) ? "go::div(" + target + ", " + y + ")" : target + " / " + y;
      break;
    case Token::REM:
      value = "go::mod(" + target + ", " + y + ")";
      break;
    case Token::SHL:
      value = "go::shl(" + target + ", " + y + ")";
      break;
    case Token::SHR:
      value = "go::shr(" + target + ", " + y + ")";
      break;
    case Token::AND_NOT:
      value = target + " & ~" + y;
      break;
    default:
      value = target + " " + std::string(tokenString(op)) + " " + y;
      break;
    }
    if (isString(t) && op == Token::ADD)
      line(target + " += " + y + ";");
    else
      line(target + " = static_cast<" + cxxType(t) + ">(" + value + ");");
    done();
    return;
  }
  // Comma-ok forms: v, ok = m[k] / x.(T) / <-ch.
  if (s->lhs.size() == 2 && s->rhs.size() == 1 && info_.implicits.count(s)) {
    const ast::Expr *rhs = s->rhs[0];
    while (auto *p = dyn_cast<ast::ParenExpr>(rhs))
      rhs = p->x;
    std::vector<std::string> locations = assignLocations(s->lhs);
    std::string call = commaOkCall(rhs);
    std::string tmp = freshTemp("ok");
    line("auto " + tmp + " = " + call + ";");
    for (int i = 0; i < 2; ++i) {
      const ast::Expr *l = s->lhs[i];
      auto *id = dyn_cast<ast::Ident>(l);
      std::string v = std::string(i == 0 ? "std::get<0>(" : "std::get<1>(") + tmp + ")";
      if (id && id->name == "_")
        continue;
      if (define && id && info_.defs.count(id) && info_.defs.at(id))
        declareLocal(cast<Var>(info_.defs.at(id)), v);
      else
        line(locations[i] + " = " + v + ";");
    }
    return;
  }
  if (s->lhs.size() == s->rhs.size()) {
    if (s->lhs.size() == 1) {
      const ast::Expr *l = s->lhs[0];
      auto *id = dyn_cast<ast::Ident>(l);
      if (define && id && info_.defs.count(id) && info_.defs.at(id) && id->name != "_") {
        auto *v = cast<Var>(info_.defs.at(id));
        declareLocal(v, exprAs(s->rhs[0], v->type));
        return;
      }
      Type *lt = id && id->name == "_" ? nullptr : typeOf(l);
      if (define && id && id->name != "_")
        lt = info_.objectOf(id)->type;
      if (!lt) {
        line("(void)(" + expr(s->rhs[0]) + ");");
        return;
      }
      std::string value = exprAs(s->rhs[0], lt);
      // *p = *q of arrays may copy between overlapping arrays.
      const ast::Expr *r = s->rhs[0];
      while (auto *p = dyn_cast<ast::ParenExpr>(r))
        r = p->x;
      if (isa<ast::StarExpr>(r) && isa<Array>(underlying(lt)))
        value = "go::impl::copy_of(" + value + ")";
      storeTo(l, value);
      return;
    }
    // Parallel assignment: the left side's index operands and pointers
    // first, then every right-hand side, then the stores (Go's two phases).
    std::vector<std::string> locations = assignLocations(s->lhs);
    std::vector<std::string> temps;
    for (size_t i = 0; i < s->rhs.size(); ++i) {
      const ast::Expr *l = s->lhs[i];
      auto *id = dyn_cast<ast::Ident>(l);
      Type *lt = id && id->name == "_" ? typeOf(s->rhs[i])
                                       : (define && id ? info_.objectOf(id)->type : typeOf(l));
      std::string tmp = freshTemp("tmp");
      line(cxxType(lt) + " " + tmp + " = " + exprAs(s->rhs[i], lt) + ";");
      temps.push_back(tmp);
    }
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      const ast::Expr *l = s->lhs[i];
      auto *id = dyn_cast<ast::Ident>(l);
      if (id && id->name == "_")
        continue;
      if (define && id && info_.defs.count(id) && info_.defs.at(id))
        declareLocal(cast<Var>(info_.defs.at(id)), temps[i]);
      else
        line(locations[i] + " = " + temps[i] + ";");
    }
    return;
  }
  // a, b := f()
  std::vector<std::string> locations = assignLocations(s->lhs);
  std::string tmp = freshTemp("results");
  line("auto " + tmp + " = " + expr(s->rhs[0]) + ";");
  auto *tuple = dyn_cast<Tuple>(typeOf(s->rhs[0]));
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    const ast::Expr *l = s->lhs[i];
    auto *id = dyn_cast<ast::Ident>(l);
    std::string v = "std::get<" + std::to_string(i) + ">(" + tmp + ")";
    if (id && id->name == "_")
      continue;
    Type *from = tuple && i < tuple->vars.size() ? tuple->vars[i]->type : nullptr;
    if (define && id && info_.defs.count(id) && info_.defs.at(id)) {
      auto *var = cast<Var>(info_.defs.at(id));
      declareLocal(var, convertValue(v, from, var->type));
    } else {
      line(locations[i] + " = " + convertValue(v, from, typeOf(l)) + ";");
    }
  }
}

// The (value, ok) pair of a comma-ok expression: m[k], <-ch or x.(T).
std::string Emitter::commaOkCall(const ast::Expr *rhs) {
  while (auto *p = dyn_cast<ast::ParenExpr>(rhs))
    rhs = p->x;
  if (auto *u = dyn_cast<ast::UnaryExpr>(rhs))
    return "go::recv2(" + expr(u->x) + ")";
  if (auto *ix = dyn_cast<ast::IndexExpr>(rhs)) {
    auto *m = cast<Map>(coreOf(typeOf(ix->x)));
    return "go::map_get2(" + expr(ix->x) + ", " + exprAs(ix->index, m->key) + ")";
  }
  if (auto *ta = dyn_cast<ast::TypeAssertExpr>(rhs))
    return typeAssert(ta, true);
  unsupported(rhs->pos(), "comma-ok expression");
  return "0";
}

// The C++ value of a multi-valued initializer: a call's tuple or a
// comma-ok pair.
std::string Emitter::multiValue(const ast::Expr *e) {
  return info_.commaOk.count(e) ? commaOkCall(e) : expr(e);
}

void Emitter::ifStmt(const ast::IfStmt *s) {
  bool scoped = s->init != nullptr;
  if (scoped) {
    line("{");
    ++indent_;
    stmt(s->init);
  }
  bool ordered = orderFirst({s->cond}, {}, true);
  std::string cond = expr(s->cond);
  if (ordered)
    orderDone(s->cond->pos());
  line("if (" + cond + ") {");
  ++indent_;
  block(s->body->list);
  --indent_;
  if (s->elseStmt) {
    line("} else {");
    ++indent_;
    if (auto *b = dyn_cast<ast::BlockStmt>(s->elseStmt))
      block(b->list);
    else
      stmt(s->elseStmt);
    --indent_;
  }
  line("}");
  if (ordered) {
    --indent_;
    line("}");
  }
  if (scoped) {
    --indent_;
    line("}");
  }
}

// A loop body in a block of its own: a continue that is a goto (to the
// post statement, or of an outer loop) jumps past the body's declarations,
// which C++ allows only out of their block.
void Emitter::loopBody(const ast::BlockStmt *body) {
  line("{");
  ++indent_;
  block(body->list);
  --indent_;
  line("}");
}

// Indexes in bounds. Inside `for i := range s` and inside
// `for i := START; i < len(s); i++` with START >= 0, s[i] cannot be out of
// range while the body assigns neither i nor s; gc's prove pass drops those
// checks, and so does codegen (go::index_proven), which also lets Clang
// hoist loads out of such loops. Only plain locals qualify: a variable
// captured by a closure or whose address is taken (Var::captured) may be
// assigned by code the loop does not show.
const Var *Emitter::plainLocal(const ast::Expr *e) const {
  auto *id = e ? dyn_cast<ast::Ident>(e) : nullptr;
  auto *v = id ? dyn_cast<Var>(info_.objectOf(id)) : nullptr;
  return v && !v->isGlobal && !v->isField && !v->captured ? v : nullptr;
}

bool Emitter::assignedIn(ast::Node *body, const Var *v) const {
  bool found = false;
  auto is = [&](const ast::Expr *e) { return e && plainLocal(e) == v; };
  ast::inspect(body, [&](ast::Node *n) {
    if (found || !n)
      return false;
    if (auto *as = dyn_cast<ast::AssignStmt>(n)) {
      for (auto *l : as->lhs)
        found = found || is(l);
    } else if (auto *id = dyn_cast<ast::IncDecStmt>(n)) {
      found = is(id->x);
    } else if (auto *rs = dyn_cast<ast::RangeStmt>(n)) {
      found = rs->tok == Token::ASSIGN && (is(rs->key) || is(rs->value));
    }
    return !found;
  });
  return found;
}

// An int expression known >= 0: a constant, an index proven in bounds, or
// one of those plus a small constant (an index is below 2^62, so adding
// less than 2^30 cannot overflow).
bool Emitter::nonNegative(const ast::Expr *e) const {
  while (auto *p = dyn_cast<ast::ParenExpr>(e))
    e = p->x;
  auto *tv = info_.typeOf(e);
  if (tv && tv->mode == Mode::Constant) {
    auto v = tv->value.toInt64();
    return v && *v >= 0 && *v < (int64_t(1) << 30);
  }
  if (const Var *v = plainLocal(e))
    return std::any_of(proven_.begin(), proven_.end(),
                       [&](const ProvenIndex &p) { return p.index == v; });
  if (auto *b = dyn_cast<ast::BinaryExpr>(e); b && b->op == Token::ADD) {
    auto *cx = info_.typeOf(b->x), *cy = info_.typeOf(b->y);
    bool constX = cx && cx->mode == Mode::Constant, constY = cy && cy->mode == Mode::Constant;
    return (constX || constY) && nonNegative(b->x) && nonNegative(b->y);
  }
  return false;
}

// The s of `for i := START; i < len(s); i++` when the loop keeps
// 0 <= i < len(s) in its body; nullptr otherwise.
const Var *Emitter::boundedBy(const ast::ForStmt *s) const {
  auto *init = s->init ? dyn_cast<ast::AssignStmt>(s->init) : nullptr;
  auto *cond = s->cond ? dyn_cast<ast::BinaryExpr>(s->cond) : nullptr;
  auto *post = s->post ? dyn_cast<ast::IncDecStmt>(s->post) : nullptr;
  if (!init || init->tok != Token::DEFINE || init->lhs.size() != 1 || init->rhs.size() != 1 ||
      !cond || cond->op != Token::LSS || !post || post->tok != Token::INC)
    return nullptr;
  const Var *i = plainLocal(init->lhs[0]);
  auto *call = dyn_cast<ast::CallExpr>(cond->y);
  if (!i || plainLocal(cond->x) != i || plainLocal(post->x) != i || !call ||
      call->args.size() != 1 || !isa<Basic>(i->type) ||
      cast<Basic>(i->type)->basicKind != BasicKind::Int)
    return nullptr;
  auto *fid = dyn_cast<ast::Ident>(call->fun);
  auto *b = fid ? dyn_cast<Builtin>(info_.objectOf(fid)) : nullptr;
  const Var *seq = plainLocal(call->args[0]);
  if (!b || b->id != BuiltinId::Len || !seq || !nonNegative(init->rhs[0]) ||
      assignedIn(s->body, i) || assignedIn(s->body, seq))
    return nullptr;
  Type *t = underlying(seq->type);
  return isa<Slice>(t) || isString(t) ? seq : nullptr;
}

bool Emitter::knownNonNil(const ast::Expr *e) {
  while (auto *p = dyn_cast<ast::ParenExpr>(e))
    e = p->x;
  const Var *v = plainLocal(e);
  if (!v || !funcRoot_)
    return false;
  auto [it, fresh] = nonNil_.try_emplace(v, false);
  if (!fresh)
    return it->second;
  int defs = 0, others = 0;
  ast::inspect(funcRoot_, [&](ast::Node *n) {
    if (!n)
      return false;
    if (auto *as = dyn_cast<ast::AssignStmt>(n)) {
      for (size_t k = 0; k < as->lhs.size(); ++k) {
        if (plainLocal(as->lhs[k]) != v)
          continue;
        const ast::Expr *r = as->tok == Token::DEFINE && as->rhs.size() == as->lhs.size()
                                 ? ast::unparen(as->rhs[k])
                                 : nullptr;
        auto *u = r ? dyn_cast<ast::UnaryExpr>(r) : nullptr;
        // &x, &T{...} and new(T) are never nil.
        auto *c = r ? dyn_cast<ast::CallExpr>(r) : nullptr;
        auto *fid = c ? dyn_cast<ast::Ident>(ast::unparen(c->fun)) : nullptr;
        auto *b = fid ? dyn_cast<Builtin>(info_.objectOf(fid)) : nullptr;
        ++((u && u->op == Token::AND) || (b && b->id == BuiltinId::New) ? defs : others);
      }
    } else if (auto *rs = dyn_cast<ast::RangeStmt>(n)) {
      if (plainLocal(rs->key) == v || plainLocal(rs->value) == v)
        ++others;
    } else if (auto *vs = dyn_cast<ast::ValueSpec>(n)) {
      for (auto *name : vs->names)
        if (plainLocal(name) == v)
          ++others;
    }
    return true;
  });
  return it->second = defs == 1 && others == 0;
}

std::string Emitter::nilChecked(const ast::Expr *e, const std::string &text) {
  return knownNonNil(e) ? text : "go::impl::nil_check(" + text + ")";
}

bool Emitter::provenInBounds(const ast::IndexExpr *ix) const {
  const Var *seq = plainLocal(ix->x), *i = plainLocal(ix->index);
  return seq && i && std::any_of(proven_.begin(), proven_.end(), [&](const ProvenIndex &p) {
           return p.index == i && p.seq == seq;
         });
}

// Preemption checks. A loop whose trip count is fixed when it starts runs
// without one, as a counted loop in HotSpot runs without safepoint polls:
// `for i := A; i < B; i++` (or <=, or > and >= counting down; with or
// without the init, with more conditions joined by &&) where the body
// assigns neither i nor B (a constant, a plain local or len of one),
// and a range over a slice, array or string. The check's slow path is a
// call the loop cannot see through, which kept Clang from unrolling,
// vectorizing or turning such loops into memmove (bench/fannkuch: 0.89 s
// with checks, 0.71 s without). The loops around them, and the loops of
// the functions they call, keep theirs; a goroutine is not preempted while
// it runs one counted loop to its end (other workers steal the rest of its
// run queue meanwhile).
bool Emitter::countedLoop(const ast::ForStmt *s) const {
  auto *init = s->init ? dyn_cast<ast::AssignStmt>(s->init) : nullptr;
  auto *cond = s->cond ? dyn_cast<ast::BinaryExpr>(s->cond) : nullptr;
  if (init && cond && s->post && isa<ast::AssignStmt>(s->post))
    return convergingLoop(init, cond, cast<ast::AssignStmt>(s->post), s->body);
  auto *post = s->post ? dyn_cast<ast::IncDecStmt>(s->post) : nullptr;
  if (!cond || !post)
    return false;
  // The count may be one conjunct of the condition (i < n && more); where i
  // starts does not matter, it only moves towards B.
  const Var *i = plainLocal(post->x);
  while (cond->op == Token::LAND) {
    auto *l = dyn_cast<ast::BinaryExpr>(cond->x);
    if (l && (l->op == Token::LAND || plainLocal(l->x) == i))
      cond = l;
    else if (auto *r = dyn_cast<ast::BinaryExpr>(cond->y); r && plainLocal(r->x) == i)
      cond = r;
    else
      return false;
  }
  bool up = cond->op == Token::LSS || cond->op == Token::LEQ;
  bool down = cond->op == Token::GTR || cond->op == Token::GEQ;
  bool steps = (up && post->tok == Token::INC) || (down && post->tok == Token::DEC);
  if (!i || plainLocal(cond->x) != i || !steps || assignedIn(s->body, i))
    return false;
  // i <= B never ends when B is the largest value of i's type: for a
  // narrow type that is soon (uint8 and 255); for 64 bits, 2^63 steps.
  if ((cond->op == Token::LEQ || cond->op == Token::GEQ) && sizeOf(i->type) < 8)
    return false;
  const ast::Expr *bound = cond->y;
  while (auto *p = dyn_cast<ast::ParenExpr>(bound))
    bound = p->x;
  if (auto *tv = info_.typeOf(bound); tv && tv->mode == Mode::Constant)
    return true;
  if (auto *call = dyn_cast<ast::CallExpr>(bound)) {
    auto *fid = dyn_cast<ast::Ident>(call->fun);
    auto *b = fid ? dyn_cast<Builtin>(info_.objectOf(fid)) : nullptr;
    if (!b || b->id != BuiltinId::Len || call->args.size() != 1)
      return false;
    bound = call->args[0];
  }
  const Var *v = plainLocal(bound);
  return v && !assignedIn(s->body, v);
}

// `for i, j := A, B; i < j; i, j = i+c, j-d` (c, d positive constants)
// with neither assigned in the body: the reversal idiom, which ends within
// (B-A) steps.
bool Emitter::convergingLoop(const ast::AssignStmt *init, const ast::BinaryExpr *cond,
                             const ast::AssignStmt *post, ast::Node *body) const {
  if (init->tok != Token::DEFINE || init->lhs.size() != 2 || cond->op != Token::LSS ||
      post->tok != Token::ASSIGN || post->lhs.size() != 2 || post->rhs.size() != 2)
    return false;
  const Var *i = plainLocal(init->lhs[0]), *j = plainLocal(init->lhs[1]);
  if (!i || !j || plainLocal(cond->x) != i || plainLocal(cond->y) != j ||
      plainLocal(post->lhs[0]) != i || plainLocal(post->lhs[1]) != j || assignedIn(body, i) ||
      assignedIn(body, j))
    return false;
  auto step = [&](const ast::Expr *e, const Var *v, Token op) {
    auto *b = dyn_cast<ast::BinaryExpr>(e);
    auto *tv = b ? info_.typeOf(b->y) : nullptr;
    auto c = tv && tv->mode == Mode::Constant ? tv->value.toInt64() : std::nullopt;
    return b && b->op == op && plainLocal(b->x) == v && c && *c > 0 && *c < (int64_t(1) << 30);
  };
  return step(post->rhs[0], i, Token::ADD) && step(post->rhs[1], j, Token::SUB);
}

void Emitter::forStmt(const ast::ForStmt *s, const std::string &label) {
  std::string id = freshTemp(label.empty() ? "loop" : mangle(label));
  targets_.push_back({label, id + "_break", id + "_continue", true});
  targets_.back().hasPost = s->post != nullptr;
  line("{");
  ++indent_;
  if (s->init)
    stmt(s->init);
  line("for (;" + (s->cond ? " " + expr(s->cond) : std::string()) + ";) {");
  ++indent_;
  if (!countedLoop(s))
    line("go::impl::preempt_check();");
  const Var *seq = boundedBy(s);
  if (seq)
    proven_.push_back({plainLocal(cast<ast::AssignStmt>(s->init)->lhs[0]), seq});
  loopBody(s->body);
  if (seq)
    proven_.pop_back();
  BreakTarget t = targets_.back();
  if (t.usedContinue)
    line(t.continueLabel + ":;");
  if (s->post)
    stmt(s->post);
  --indent_;
  line("}");
  --indent_;
  line("}");
  if (t.usedBreak)
    line(t.breakLabel + ":;");
  targets_.pop_back();
}

void Emitter::rangeStmt(const ast::RangeStmt *s, const std::string &label) {
  Type *xt = coreOf(typeOf(s->x));
  std::string id = freshTemp(label.empty() ? "range" : mangle(label));
  targets_.push_back({label, id + "_break", id + "_continue", true});
  bool define = s->tok == Token::DEFINE;
  auto definedVar = [&](const ast::Expr *e) -> Var * {
    auto *ident = e ? dyn_cast<ast::Ident>(e) : nullptr;
    if (!define || !ident || ident->name == "_")
      return nullptr;
    return cast<Var>(info_.defs.at(ident));
  };
  // Assigned (not declared) key and value are one parallel assignment: the
  // value's location is taken before the key changes (for i, x[i] = range).
  std::string valueLoc;
  auto bind = [&](const ast::Expr *e, const std::string &value) {
    if (!e)
      return;
    if (e == s->value && !valueLoc.empty()) {
      line(valueLoc + " = " + value + ";");
      return;
    }
    auto *valueId = s->value ? dyn_cast<ast::Ident>(s->value) : nullptr;
    if (e == s->key && !define && s->value && !(valueId && valueId->name == "_"))
      valueLoc = assignLocations({const_cast<ast::Expr *>(s->value)})[0];
    auto *ident = dyn_cast<ast::Ident>(e);
    if (ident && ident->name == "_")
      return;
    Var *v = definedVar(e);
    if (v && v->captured)
      line(localName(v) + " = " + value + ";"); // declared before the loop
    else if (v)
      declareLocal(v, value);
    else
      storeTo(e, value);
  };
  line("{");
  ++indent_;
  // In Go 1.19 the iteration variables are one pair for the whole loop,
  // which a closure capturing them sees change: captured ones are declared
  // once, before the loop (uncaptured ones behave the same either way).
  for (const ast::Expr *e : {s->key, s->value})
    if (Var *v = definedVar(e); v && v->captured)
      declareLocal(v, "");
  std::string coll = id + "_x";
  if (isa<Chan>(xt)) {
    line("auto " + coll + " = " + expr(s->x) + ";");
    line("for (;;) {");
    ++indent_;
    line("auto [" + id + "_v, " + id + "_ok] = go::recv2(" + coll + ");");
    line("if (!" + id + "_ok) break;");
    bind(s->key, id + "_v");
  } else if (isString(xt)) {
    line("go::string " + coll + " = " + expr(s->x) + ";");
    line("for (int64_t " + id + "_i = 0, " + id + "_w = 0; " + id + "_i < " + coll + ".n; " + id +
         "_i += " + id + "_w) {");
    ++indent_;
    line("int32_t " + id + "_r = go::decode_rune(" + coll + ", " + id + "_i, &" + id + "_w);");
    bind(s->key, id + "_i");
    bind(s->value, id + "_r");
  } else if (isa<Slice>(xt) || isa<Array>(xt) || isa<Pointer>(xt)) {
    // The range expression is evaluated once; arrays are copied as in Go
    // unless only the index is used.
    // Through a pointer the elements are read as the loop goes (no copy),
    // and with only the index used a nil pointer is never dereferenced.
    std::string x = expr(s->x);
    std::string n = "go::len(" + coll + ")", elem = coll + "[" + id + "_i]";
    if (auto *p = dyn_cast<Pointer>(xt)) {
      std::string len = std::to_string(cast<Array>(underlying(p->elem))->len) + "L";
      if (s->value) {
        line("auto " + coll + " = go::impl::nil_check(" + x + ");");
        elem = "(*" + coll + ")[" + id + "_i]";
      } else {
        line("static_cast<void>(" + x + ");");
      }
      n = len;
    } else if (isa<Array>(xt) && !s->value) {
      line("int64_t " + coll + "_n = go::len(" + x + ");");
      n = coll + "_n";
    } else {
      line("auto " + coll + " = " + x + ";");
      if (isa<Slice>(xt))
        elem = coll + ".p[" + id + "_i]";
    }
    line("for (int64_t " + id + "_i = 0; " + id + "_i < " + n + "; ++" + id + "_i) {");
    ++indent_;
    bind(s->key, id + "_i");
    if (s->value)
      bind(s->value, elem);
  } else if (isa<Map>(xt)) {
    line("auto " + coll + " = go::map_iter(" + expr(s->x) + ");");
    line("for (;;) {");
    ++indent_;
    line("auto " + id + "_e = " + coll + ".next();");
    line("if (!" + id + "_e) break;");
    bind(s->key, id + "_e->key");
    bind(s->value, id + "_e->value");
  } else {
    unsupported(s->pos(), "range over " + typeString(typeOf(s->x)));
    line("{");
    ++indent_;
  }
  // A range over a slice, array or string is a counted loop (see
  // countedLoop); over a channel or map it checks.
  if (isa<Chan>(xt) || isa<Map>(xt))
    line("go::impl::preempt_check();");
  // The key of a range over a slice or string is in bounds of it.
  const Var *key = definedVar(s->key), *seq = plainLocal(s->x);
  bool bounded = key && seq && !key->captured && (isa<Slice>(xt) || isString(xt)) &&
                 !assignedIn(s->body, key) && !assignedIn(s->body, seq);
  if (bounded)
    proven_.push_back({key, seq});
  loopBody(s->body);
  if (bounded)
    proven_.pop_back();
  BreakTarget t = targets_.back();
  if (t.usedContinue)
    line(t.continueLabel + ":;");
  --indent_;
  line("}");
  --indent_;
  line("}");
  if (t.usedBreak)
    line(t.breakLabel + ":;");
  targets_.pop_back();
}

void Emitter::switchStmt(const ast::SwitchStmt *s, const std::string &label) {
  // An if/else chain; `break` leaves through a label after it. With
  // fallthrough, the chain only picks a case and each body is a labelled
  // block that the previous one may run into.
  std::string id = freshTemp(label.empty() ? "switch" : mangle(label));
  targets_.push_back({label, id + "_break", "", false});
  line("{");
  ++indent_;
  if (s->init)
    stmt(s->init);
  std::string tag;
  Type *tagType = nullptr;
  if (s->tag) {
    tagType = typeOf(s->tag);
    tag = id + "_tag";
    bool ordered = orderFirst({s->tag}, {}, false);
    line(cxxType(tagType) + " " + tag + " = " + expr(s->tag) + ";");
    if (ordered)
      orderDone(s->tag->pos());
  }
  std::vector<const ast::CaseClause *> clauses;
  bool fallthrough = false;
  for (const ast::Stmt *cs : s->body->list) {
    auto *cc = ast::cast<ast::CaseClause>(cs);
    clauses.push_back(cc);
    if (!cc->body.empty())
      if (auto *b = dyn_cast<ast::BranchStmt>(cc->body.back()); b && b->tok == Token::FALLTHROUGH)
        fallthrough = true;
  }
  auto condition = [&](const ast::CaseClause *cc) {
    std::string cond;
    for (const ast::Expr *e : cc->list) {
      const ast::Expr *bare = e;
      while (auto *p = dyn_cast<ast::ParenExpr>(bare))
        bare = p->x;
      auto *id = dyn_cast<ast::Ident>(bare);
      bool nilCase = id && isa<Nil>(info_.objectOf(id)) && tagType &&
                     (isa<Slice>(underlying(tagType)) || isa<Signature>(underlying(tagType)));
      std::string c = nilCase
                          ? "go::is_nil(" + tag + ")" // slices and funcs have no == of their own
                      : tag.empty() && isInterface(typeOf(e))
                          ? "go::to_any(" + expr(e) + ") == go::box(true)" // case i, an interface
                      : tag.empty()          ? expr(e)
                      : isInterface(tagType) ? tag + " == " + exprAs(e, tagType)
                      : isInterface(typeOf(e))
                          ? toInterface(tag, tagType, typeOf(e), e->pos()) + " == " + expr(e)
                          : tag + " == " + operand(e, Token::EQL, true);
      cond += (cond.empty() ? "" : " || ") + std::string(cc->list.size() > 1 ? "(" + c + ")" : c);
    }
    return cond;
  };
  const ast::CaseClause *def = nullptr;
  for (auto *cc : clauses)
    if (cc->isDefault)
      def = cc;
  if (fallthrough) {
    // Pick the case, then lay the bodies out in source order.
    auto caseLabel = [&](size_t i) { return id + "_case" + std::to_string(i); };
    bool first = true;
    for (size_t i = 0; i < clauses.size(); ++i) {
      if (clauses[i]->isDefault)
        continue;
      line(std::string(first ? "if (" : "else if (") + condition(clauses[i]) + ") goto " +
           caseLabel(i) + ";");
      first = false;
    }
    size_t defIndex = 0;
    for (size_t i = 0; i < clauses.size(); ++i)
      if (clauses[i] == def)
        defIndex = i;
    line(std::string(first ? "" : "else ") + "goto " + (def ? caseLabel(defIndex) : id + "_end") +
         ";");
    for (size_t i = 0; i < clauses.size(); ++i) {
      line(caseLabel(i) + ": {");
      ++indent_;
      fallthroughLabel_ = i + 1 < clauses.size() ? caseLabel(i + 1) : id + "_end";
      block(clauses[i]->body);
      bool falls = !clauses[i]->body.empty() && isa<ast::BranchStmt>(clauses[i]->body.back()) &&
                   ast::cast<ast::BranchStmt>(clauses[i]->body.back())->tok == Token::FALLTHROUGH;
      if (!falls)
        line("goto " + id + "_end;");
      --indent_;
      line("}");
    }
    line(id + "_end:;");
  } else {
    bool first = true;
    for (auto *cc : clauses) {
      if (cc->isDefault)
        continue;
      line(std::string(first ? "if (" : "} else if (") + condition(cc) + ") {");
      first = false;
      ++indent_;
      block(cc->body);
      --indent_;
    }
    if (def) {
      line(first ? "{" : "} else {");
      ++indent_;
      block(def->body);
      --indent_;
      line("}");
    } else if (!first) {
      line("}");
    }
  }
  --indent_;
  line("}");
  if (targets_.back().usedBreak)
    line(targets_.back().breakLabel + ":;");
  targets_.pop_back();
}

// select: the channel operands and sent values are evaluated in source
// order, then go::select picks a ready case (see runtime/chan.h); the
// chosen case binds its received value and runs its body.
void Emitter::selectStmt(const ast::SelectStmt *s, const std::string &label) {
  std::string id = freshTemp(label.empty() ? "select" : mangle(label));
  targets_.push_back({label, id + "_break", "", false});
  line("{");
  ++indent_;
  std::vector<std::string> cases;
  bool hasDefault = false;
  struct Recv {
    const ast::Expr *value = nullptr, *ok = nullptr;
    bool define = false;
    std::string v, okv;
  };
  std::vector<Recv> recvs;
  for (const ast::Stmt *st : s->body->list) {
    auto *cc = ast::cast<ast::CommClause>(st);
    Recv r;
    if (!cc->comm) {
      hasDefault = true;
      recvs.push_back(r);
      continue;
    }
    std::string k = id + "_" + std::to_string(cases.size());
    if (auto *send = dyn_cast<ast::SendStmt>(cc->comm)) {
      auto *ct = cast<Chan>(coreOf(typeOf(send->chan)));
      line("auto " + k + "_ch = " + expr(send->chan) + ";");
      line(cxxType(ct->elem) + " " + k + "_v = " + exprAs(send->value, ct->elem) + ";");
      cases.push_back("go::send_case(" + k + "_ch, &" + k + "_v)");
      recvs.push_back(r);
      continue;
    }
    const ast::Expr *rx = nullptr;
    if (auto *es = dyn_cast<ast::ExprStmt>(cc->comm))
      rx = es->x;
    else if (auto *as = dyn_cast<ast::AssignStmt>(cc->comm)) {
      rx = as->rhs[0];
      r.value = as->lhs[0];
      r.ok = as->lhs.size() > 1 ? as->lhs[1] : nullptr;
      r.define = as->tok == Token::DEFINE;
    }
    while (auto *p = dyn_cast<ast::ParenExpr>(rx))
      rx = p->x;
    auto *u = ast::cast<ast::UnaryExpr>(rx);
    auto *ct = cast<Chan>(coreOf(typeOf(u->x)));
    line("auto " + k + "_ch = " + expr(u->x) + ";");
    line(cxxType(ct->elem) + " " + k + "_v{};");
    line("bool " + k + "_ok = false;");
    r.v = k + "_v";
    r.okv = k + "_ok";
    cases.push_back("go::recv_case(" + k + "_ch, &" + k + "_v, &" + k + "_ok)");
    recvs.push_back(r);
  }
  std::string arr = "nullptr";
  if (!cases.empty()) {
    std::string list;
    for (size_t i = 0; i < cases.size(); ++i)
      list += (i ? ", " : "") + cases[i];
    line("go::select_case " + id + "_cases[] = {" + list + "};");
    arr = id + "_cases";
  }
  line("switch (go::select(" + arr + ", " + std::to_string(cases.size()) + ", " +
       (hasDefault ? "true" : "false") + ")) {");
  size_t index = 0;
  for (size_t i = 0; i < s->body->list.size(); ++i) {
    auto *cc = ast::cast<ast::CommClause>(s->body->list[i]);
    line(cc->comm ? "case " + std::to_string(index++) + ": {" : std::string("case -1: {"));
    ++indent_;
    const Recv &r = recvs[i];
    auto bind = [&](const ast::Expr *lhs, const std::string &value) {
      if (!lhs)
        return;
      auto *ident = dyn_cast<ast::Ident>(lhs);
      if (ident && ident->name == "_")
        return;
      if (r.define)
        declareLocal(cast<Var>(info_.defs.at(ident)), value);
      else
        storeTo(lhs, value);
    };
    bind(r.value, r.v);
    bind(r.ok, r.okv);
    block(cc->body);
    line("break;");
    --indent_;
    line("}");
  }
  line("}");
  --indent_;
  line("}");
  if (targets_.back().usedBreak)
    line(targets_.back().breakLabel + ":;");
  targets_.pop_back();
}

void Emitter::returnStmt(const ast::ReturnStmt *s) {
  auto &res = currentSig_->results->vars;
  if (s->results.empty()) {
    line(hasDefer_ ? "goto done_;" : returnResults());
    return;
  }
  // In a block of its own: its temporaries may lie between a goto and its label.
  line("{");
  ++indent_;
  // The results' values, converted to the result types: return f() with
  // a multi-valued f takes them from its tuple.
  std::vector<const ast::Expr *> roots(s->results.begin(), s->results.end());
  std::vector<Type *> targets;
  for (Var *r : res)
    targets.push_back(r->type);
  bool ordered = orderFirst(roots, targets, false);
  std::vector<std::string> vals;
  if (s->results.size() == 1 && res.size() > 1) {
    std::string t = freshTemp("results");
    line("auto " + t + " = " + expr(s->results[0]) + ";");
    auto *tu = cast<Tuple>(typeOf(s->results[0]));
    for (size_t i = 0; i < res.size(); ++i)
      vals.push_back(convertValue("std::get<" + std::to_string(i) + ">(" + t + ")",
                                  tu->vars[i]->type, res[i]->type));
  } else {
    for (size_t i = 0; i < res.size(); ++i)
      vals.push_back(exprAs(s->results[i], res[i]->type));
  }
  if (ordered)
    orderDone(s->pos());
  if (hasDefer_) {
    // Store the results (all evaluated first), then leave through the
    // deferred calls.
    if (res.size() == 1) {
      line(resultNames_[0] + " = " + vals[0] + ";");
    } else {
      std::vector<std::string> temps;
      for (size_t i = 0; i < res.size(); ++i) {
        std::string t = freshTemp("ret");
        line(cxxType(res[i]->type) + " " + t + " = " + vals[i] + ";");
        temps.push_back(t);
      }
      for (size_t i = 0; i < temps.size(); ++i)
        line(resultNames_[i] + " = " + temps[i] + ";");
    }
    line("goto done_;");
  } else if (res.size() == 1) {
    line("return " + vals[0] + ";");
  } else {
    std::string t = "return " + cxxType(currentSig_->results) + "{";
    for (size_t i = 0; i < res.size(); ++i)
      t += (i ? ", " : "") + vals[i];
    line(t + "};");
  }
  --indent_;
  line("}");
}

void Emitter::goStmt(const ast::GoStmt *s) {
  // Go evaluates the function value and arguments now, in this goroutine.
  const ast::CallExpr *call = s->call;
  const ast::Expr *fun = call->fun;
  while (auto *p = dyn_cast<ast::ParenExpr>(fun))
    fun = p->x;
  if (auto *lit = dyn_cast<ast::FuncLit>(fun)) {
    auto *sig = cast<Signature>(typeOf(lit));
    std::string captures;
    std::string args;
    for (size_t i = 0; i < call->args.size(); ++i) {
      std::string a = freshTemp("arg");
      line(cxxType(sig->params->vars[i]->type) + " " + a + " = " +
           exprAs(call->args[i], sig->params->vars[i]->type) + ";");
      args += (i ? ", " : "") + a;
    }
    // The bare lambda: the goroutine's closure holds it, one allocation.
    std::string f = freshTemp("fn");
    line("auto " + f + " = " + lambda(lit) + ";");
    line("go::spawn([=]() " + keepFrames() + "mutable { " + f + "(" + args + "); });");
    return;
  }
  // Other calls: evaluate the callee and the arguments into the closure.
  std::string closure = boundCall(call, "go");
  if (!closure.empty())
    line("go::spawn(" + closure + ");");
}

} // namespace gocxx::codegen
