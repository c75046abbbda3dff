// Branch and label checks, ported from gc's syntax/branches.go so that the
// same errors come out at the same places: misplaced break, continue and
// fallthrough; bad labeled breaks and continues; invalid, unused, duplicate
// and missing labels; gotos jumping over variable declarations or into
// blocks. Function literals are checked separately (the parser calls this
// per function body), so the walk does not descend into expressions.
#include "branches.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gocxx/frontend/exprstring.h"

namespace gocxx {

using namespace ast;

namespace {

struct Block {
  Block *parent;      // immediately enclosing block, or nullptr
  Pos start;          // start of block
  LabeledStmt *lstmt; // labeled statement associated with this block, or nullptr
};

struct Label {
  Block *parent;      // block containing this label declaration
  LabeledStmt *lstmt; // statement declaring the label
  bool used = false;  // whether the label is used or not
  size_t order;       // declaration order (for deterministic reporting)
};

// Targets describes the statements within which break or continue are valid.
struct Targets {
  Stmt *breaks = nullptr; // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt, or nullptr
  Stmt *continues = nullptr; // ForStmt, RangeStmt, or nullptr
  int caseIndex = -1;        // case index of immediately enclosing switch statement, or < 0
};

LabeledStmt kInvalid; // singleton to signal an invalid enclosing target

class LabelScope {
public:
  LabelScope(const FileSet &fset, DiagnosticEngine &diags) : fset_(fset), diags_(diags) {}

  void err(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
  std::string posString(Pos p) { return fset_.position(p).str(); }

  // declare declares the label introduced by s in block b. If the label
  // was already declared, it reports an error and returns the existing one.
  Label *declare(Block *b, LabeledStmt *s) {
    std::string name(s->label->name);
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      err(s->label->pos(),
          "label " + name + " already defined at " + posString(it->second->lstmt->label->pos()));
      return it->second.get();
    }
    auto l = std::make_unique<Label>(Label{b, s, false, labels_.size()});
    Label *p = l.get();
    labels_[name] = std::move(l);
    return p;
  }

  // gotoTarget returns the labeled statement matching name declared in b or
  // any enclosing block, or nullptr.
  LabeledStmt *gotoTarget(Block *b, const std::string &name) {
    auto it = labels_.find(name);
    if (it == labels_.end())
      return nullptr;
    Label *l = it->second.get();
    l->used = true; // even if it's not a valid target
    for (; b; b = b->parent)
      if (l->parent == b)
        return l->lstmt;
    return nullptr;
  }

  // enclosingTarget returns the innermost enclosing labeled statement
  // matching name: nullptr if the label is not defined, &kInvalid if it is
  // defined but does not label an enclosing statement.
  LabeledStmt *enclosingTarget(Block *b, const std::string &name) {
    auto it = labels_.find(name);
    if (it == labels_.end())
      return nullptr;
    Label *l = it->second.get();
    l->used = true; // even if it's not a valid target
    for (; b; b = b->parent)
      if (l->lstmt == b->lstmt)
        return l->lstmt;
    return &kInvalid;
  }

  std::vector<BranchStmt *> blockBranches(Block *parent, Targets ctxt, LabeledStmt *lstmt,
                                          Pos start, const std::vector<Stmt *> &body);

  std::map<std::string, std::unique_ptr<Label>> labels_;
  std::vector<std::unique_ptr<Block>> blocks_;

private:
  const FileSet &fset_;
  DiagnosticEngine &diags_;
};

bool isLoop(Stmt *s) { return s && (isa<ForStmt>(s) || isa<RangeStmt>(s)); }

std::vector<BranchStmt *> LabelScope::blockBranches(Block *parent, Targets ctxt, LabeledStmt *lstmt,
                                                    Pos start, const std::vector<Stmt *> &body) {
  blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
  Block *b = blocks_.back().get();

  Pos varPos = NoPos;
  std::string varName;
  std::vector<BranchStmt *> fwdGotos, badGotos;

  auto recordVarDecl = [&](Pos p, std::string name) {
    varPos = p;
    varName = std::move(name);
    // Any existing forward goto jumping over the variable declaration is
    // invalid (unless it jumps out of the block, which we don't know yet).
    badGotos = fwdGotos;
  };
  auto jumpsOverVarDecl = [&](BranchStmt *fwd) {
    if (varPos != NoPos)
      for (BranchStmt *bad : badGotos)
        if (bad == fwd)
          return true;
    return false;
  };
  auto innerBlock = [&](Targets t, Pos st, const std::vector<Stmt *> &list) {
    // Unresolved forward gotos from the inner block become forward gotos
    // for the current block.
    auto inner = blockBranches(b, t, lstmt, st, list);
    fwdGotos.insert(fwdGotos.end(), inner.begin(), inner.end());
  };

  // A fallthrough statement counts as last statement in a statement list
  // even if there are trailing empty statements; remove them.
  size_t n = body.size();
  while (n > 0 && isa<EmptyStmt>(body[n - 1]))
    n--;

  for (size_t stmtIndex = 0; stmtIndex < n; stmtIndex++) {
    Stmt *stmt = body[stmtIndex];
    lstmt = nullptr;
  again:
    switch (stmt->kind) {
    case NodeKind::DeclStmt: {
      auto *g = dyn_cast<GenDecl>(cast<DeclStmt>(stmt)->decl);
      if (g && g->tok == Token::VAR && !g->specs.empty()) {
        auto *v = cast<ValueSpec>(g->specs[0]); // the first VarDecl will do
        recordVarDecl(v->names[0]->pos(), std::string(v->names[0]->name));
      }
      break;
    }
    case NodeKind::LabeledStmt: {
      auto *s = cast<LabeledStmt>(stmt);
      std::string name(s->label->name);
      if (name != "_") {
        Label *l = declare(b, s);
        // resolve matching forward gotos
        size_t i = 0;
        for (BranchStmt *fwd : fwdGotos) {
          if (fwd->label->name == name) {
            l->used = true;
            if (jumpsOverVarDecl(fwd))
              err(fwd->label->pos(), "goto " + name + " jumps over declaration of " + varName +
                                         " at " + posString(varPos));
          } else {
            fwdGotos[i++] = fwd; // no match - keep forward goto
          }
        }
        fwdGotos.resize(i);
        lstmt = s;
      }
      // process labeled statement
      stmt = s->stmt;
      goto again;
    }
    case NodeKind::BranchStmt: {
      auto *s = cast<BranchStmt>(stmt);
      if (!s->label) {
        switch (s->tok) {
        case Token::BREAK:
          if (!ctxt.breaks)
            err(s->pos(), "break is not in a loop, switch, or select");
          break;
        case Token::CONTINUE:
          if (!ctxt.continues)
            err(s->pos(), "continue is not in a loop");
          break;
        case Token::FALLTHROUGH: {
          std::string msg = "fallthrough statement out of place";
          if (ctxt.breaks) {
            if (isa<TypeSwitchStmt>(ctxt.breaks)) {
              msg = "cannot fallthrough in type switch";
            } else if (auto *sw = dyn_cast<SwitchStmt>(ctxt.breaks)) {
              if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                // fallthrough nested in a block or not the last statement
              } else if (ctxt.caseIndex + 1 == static_cast<int>(sw->body->list.size())) {
                msg = "cannot fallthrough final case in switch";
              } else {
                break; // fallthrough ok
              }
            }
          }
          err(s->pos(), msg);
          break;
        }
        default:
          break;
        }
        break;
      }
      // labeled branch statement
      std::string name(s->label->name);
      switch (s->tok) {
      case Token::BREAK:
        if (LabeledStmt *t = enclosingTarget(b, name)) {
          Stmt *ts = t == &kInvalid ? nullptr : t->stmt;
          if (!(ts && (isa<SwitchStmt>(ts) || isa<TypeSwitchStmt>(ts) || isa<SelectStmt>(ts) ||
                       isLoop(ts))))
            err(s->label->pos(), "invalid break label " + name);
        } else {
          err(s->label->pos(), "break label not defined: " + name);
        }
        break;
      case Token::CONTINUE:
        if (LabeledStmt *t = enclosingTarget(b, name)) {
          Stmt *ts = t == &kInvalid ? nullptr : t->stmt;
          if (!isLoop(ts))
            err(s->label->pos(), "invalid continue label " + name);
        } else {
          err(s->label->pos(), "continue label not defined: " + name);
        }
        break;
      case Token::GOTO:
        if (!gotoTarget(b, name))
          fwdGotos.push_back(s); // label may be declared later
        break;
      default:
        break;
      }
      break;
    }
    case NodeKind::AssignStmt: {
      auto *s = cast<AssignStmt>(stmt);
      if (s->tok == Token::DEFINE) {
        std::string names;
        for (size_t k = 0; k < s->lhs.size(); k++)
          names += (k ? ", " : "") + exprString(s->lhs[k]);
        recordVarDecl(s->tokPos, names);
      }
      break;
    }
    case NodeKind::BlockStmt: {
      auto *s = cast<BlockStmt>(stmt);
      innerBlock({ctxt.breaks, ctxt.continues, -1}, s->pos(), s->list);
      break;
    }
    case NodeKind::IfStmt: {
      auto *s = cast<IfStmt>(stmt);
      Targets inner{ctxt.breaks, ctxt.continues, -1};
      innerBlock(inner, s->body->pos(), s->body->list);
      if (s->elseStmt)
        innerBlock(inner, s->elseStmt->pos(), {s->elseStmt});
      break;
    }
    case NodeKind::ForStmt:
    case NodeKind::RangeStmt: {
      BlockStmt *bodyBlock =
          isa<ForStmt>(stmt) ? cast<ForStmt>(stmt)->body : cast<RangeStmt>(stmt)->body;
      innerBlock({stmt, stmt, -1}, bodyBlock->pos(), bodyBlock->list);
      break;
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      BlockStmt *bodyBlock =
          isa<SwitchStmt>(stmt) ? cast<SwitchStmt>(stmt)->body : cast<TypeSwitchStmt>(stmt)->body;
      Targets inner{stmt, ctxt.continues, -1};
      int i = 0;
      for (Stmt *cc : bodyBlock->list) {
        inner.caseIndex = i++;
        innerBlock(inner, cc->pos(), cast<CaseClause>(cc)->body);
      }
      break;
    }
    case NodeKind::SelectStmt: {
      auto *s = cast<SelectStmt>(stmt);
      Targets inner{s, ctxt.continues, -1};
      for (Stmt *cc : s->body->list)
        innerBlock(inner, cc->pos(), cast<CommClause>(cc)->body);
      break;
    }
    default:
      break;
    }
  }
  return fwdGotos;
}

} // namespace

void checkBranches(BlockStmt *body, const FileSet &fset, DiagnosticEngine &diags) {
  if (!body)
    return;
  LabelScope ls(fset, diags);
  std::vector<BranchStmt *> fwdGotos =
      ls.blockBranches(nullptr, {}, nullptr, body->pos(), body->list);

  // Forward gotos left have no matching label: either the label was never
  // defined, or it is inside a block not reachable from the goto.
  for (BranchStmt *fwd : fwdGotos) {
    std::string name(fwd->label->name);
    auto it = ls.labels_.find(name);
    if (it != ls.labels_.end()) {
      it->second->used = true; // avoid "defined and not used" error
      ls.err(fwd->label->pos(), "goto " + name + " jumps into block starting at " +
                                    ls.posString(it->second->parent->start));
    } else {
      ls.err(fwd->label->pos(), "label " + name + " not defined");
    }
  }

  // spec: "It is illegal to define a label that is never used."
  std::vector<Label *> unused;
  for (auto &[name, l] : ls.labels_)
    if (!l->used)
      unused.push_back(l.get());
  std::sort(unused.begin(), unused.end(), [](Label *a, Label *b) { return a->order < b->order; });
  for (Label *l : unused)
    ls.err(l->lstmt->label->pos(),
           "label " + std::string(l->lstmt->label->name) + " defined and not used");
}

} // namespace gocxx
