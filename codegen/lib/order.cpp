// Evaluation order within a statement, as gc orders it (cmd/compile's
// walk/order.go). The spec fixes the order of function calls, method
// calls, receives and logical operations only, and leaves open when a
// variable is read relative to them. gc evaluates those operations first,
// in source order, each into a temporary, together with the others its
// order pass copies (len, cap, append, copy, make, new, slicing, []byte(s),
// []rune(s), type assertions, map literals, and values it boxes through
// their address); everything else (variables, fields, elements, arithmetic,
// other conversions) is read after them. So in `f(x, g())` g runs before x
// is read, and `Tok{Pos: l.pos, Val: l.read()}` holds the position read()
// leaves behind.
//
// The emitted C++ evaluates left to right. Where a statement reads memory
// that a later call could change (a global, a variable captured or whose
// address is taken, anything through a pointer, slice or map), the
// operations gc evaluates first are evaluated into temporaries before the
// statement, in gc's order, and the statement uses the temporaries.
#include "emitter.h"
#include "gocxx/frontend/types/sizes.h"

namespace gocxx::codegen {

using namespace gocxx::types;
using gocxx::ast::dyn_cast;
namespace ast = gocxx::ast;

namespace {

// gc's dataWordFuncName: whether boxing a value of type t into an
// interface passes the value's address to the runtime, so that order
// copies a local variable (or a value with no address) at its place.
bool boxedByAddress(Type *t) {
  int64_t size = sizeOf(t), align = alignOf(t);
  bool pointers = !pointerFree(t);
  if ((size == 2 && align == 2) || (size == 4 && align == 4 && !pointers) ||
      (size == 8 && align == 8 && !pointers))
    return false;
  // The sole component (through one-field structs and one-element arrays).
  Type *c = t;
  for (;;) {
    Type *u = underlying(c);
    if (auto *st = dyn_cast<Struct>(u); st && st->fields.size() == 1)
      c = st->fields[0]->type;
    else if (auto *a = dyn_cast<Array>(u); a && a->len == 1)
      c = a->elem;
    else
      break;
  }
  Type *u = underlying(c);
  bool composite = isa<Struct>(u) || isa<Array>(u);
  if (!composite && (isString(u) || isa<Slice>(u)))
    return false;
  return true;
}

} // namespace

// Walks a statement's expressions in evaluation order. Each operation gc
// evaluates first opens a group: the reads inside it happen when it runs.
// A call (or receive) that ends while its enclosing group has a pending
// read of shared memory is a conflict: the read must come after it.
class Emitter::OrderPlan {
public:
  OrderPlan(Emitter &em) : em_(em), info_(em.info_) {}

  // roots: the statement's expressions, each with the type it is assigned
  // to (or nullptr). A lone root is evaluated last whatever it is.
  // lhs: an assignment's left side, whose operands gc reads after the
  // calls on either side; they stay where they are.
  void run(const std::vector<const ast::Expr *> &lhs, const std::vector<const ast::Expr *> &roots,
           const std::vector<Type *> &targets) {
    groups_.push_back({});
    ++opaque_;
    for (const ast::Expr *l : lhs)
      location(l);
    --opaque_;
    for (size_t i = 0; i < roots.size(); ++i) {
      Type *target = i < targets.size() ? targets[i] : nullptr;
      if (roots.size() == 1)
        root_ = ast::unparen(const_cast<ast::Expr *>(roots[i]));
      valueAs(roots[i], target);
    }
  }

  bool conflict = false;
  std::vector<const ast::Expr *> early; // to evaluate first, in order

private:
  Emitter &em_;
  const Info &info_;
  const ast::Expr *root_ = nullptr;
  struct Group {
    bool read = false;    // a read of shared memory is pending in it
    bool effects = false; // a call or receive in it
  };
  std::vector<Group> groups_;
  int opaque_ = 0; // inside the left side or a built-in's conversion argument: nothing moves

  void read() { groups_.back().read = true; }
  void open() { groups_.push_back({}); }
  // Ends the group of e, one of the operations gc evaluates first; effects:
  // whether e itself may change memory (a call, a receive, copy).
  void close(const ast::Expr *e, bool effects, bool movable = true) {
    effects |= groups_.back().effects;
    groups_.pop_back();
    if (effects && groups_.back().read)
      conflict = true;
    groups_.back().effects |= effects;
    if (movable && opaque_ == 0 && e != root_)
      early.push_back(e);
  }

  bool isType(const ast::Expr *e) const {
    auto *tv = info_.typeOf(e);
    return tv && tv->mode == Mode::TypeExpr;
  }

  // Whether a variable's value may change under a call: a global, or a
  // local captured by a closure or whose address is taken.
  static bool shared(const Var *v) { return v->isGlobal || v->captured; }

  // gc's IsAddressable, for operands of a conversion to an interface.
  bool addressable(const ast::Expr *e) const {
    e = ast::unparen(const_cast<ast::Expr *>(e));
    if (auto *id = dyn_cast<ast::Ident>(e))
      return isa<Var>(info_.objectOf(id));
    if (auto *se = dyn_cast<ast::SelectorExpr>(e)) {
      auto it = info_.selections.find(se);
      if (it == info_.selections.end())
        return isa<Var>(info_.objectOf(se->sel)); // pkg.V
      if (it->second.kind != SelectionKind::FieldVal)
        return false;
      return it->second.indirect || isa<Pointer>(underlying(em_.typeOf(se->x))) ||
             addressable(se->x);
    }
    if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
      Type *u = coreOf(em_.typeOf(ix->x));
      if (isa<Slice>(u) || isa<Pointer>(u))
        return true;
      return isa<Array>(u) && addressable(ix->x);
    }
    return isa<ast::StarExpr>(e);
  }

  // e, stored where a value of type target goes: boxed into an interface,
  // a value gc boxes through its address is copied first unless it is a
  // global or has an address of its own (x.f, s[i], *p).
  void valueAs(const ast::Expr *e, Type *target) {
    Type *from = em_.typeOf(e);
    if (!target || !from || !isInterface(target) || isInterface(from) || isUntyped(from) ||
        em_.isConstant(e) || isa<TypeParam>(underlying(from)) || !boxedByAddress(from)) {
      value(e);
      return;
    }
    const ast::Expr *u = ast::unparen(const_cast<ast::Expr *>(e));
    auto *id = dyn_cast<ast::Ident>(u);
    auto *v = id ? dyn_cast<Var>(info_.objectOf(id)) : nullptr;
    bool local = v && !v->isGlobal;
    if ((!local && addressable(u)) || isa<ast::CallExpr>(u) || isa<ast::TypeAssertExpr>(u) ||
        isa<ast::FuncLit>(u)) {
      value(e);
      return;
    }
    open();
    value(u);
    close(u, false);
  }

  // The operands of a location assigned to: x[i] reads x and i (and
  // through x if a slice, map or pointer), *p reads p, x.f those of x.
  void location(const ast::Expr *e) {
    e = ast::unparen(const_cast<ast::Expr *>(e));
    if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
      Type *u = coreOf(em_.typeOf(ix->x));
      if (isa<Array>(u))
        location(ix->x);
      else
        value(ix->x);
      value(ix->index);
      read();
    } else if (auto *st = dyn_cast<ast::StarExpr>(e)) {
      value(st->x);
      read();
    } else if (auto *se = dyn_cast<ast::SelectorExpr>(e)) {
      auto it = info_.selections.find(se);
      if (it == info_.selections.end())
        return; // pkg.V
      if (it->second.indirect || isa<Pointer>(underlying(em_.typeOf(se->x)))) {
        value(se->x);
        read();
      } else {
        location(se->x);
      }
    }
  }

  void value(const ast::Expr *e) {
    if (!e || em_.isConstant(e) || isType(e))
      return;
    switch (e->kind) {
    case ast::NodeKind::ParenExpr:
      value(ast::cast<ast::ParenExpr>(e)->x);
      return;
    case ast::NodeKind::Ident: {
      auto *v = dyn_cast<Var>(info_.objectOf(ast::cast<ast::Ident>(e)));
      if (v && shared(v))
        read();
      return;
    }
    case ast::NodeKind::SelectorExpr: {
      auto *se = ast::cast<ast::SelectorExpr>(e);
      auto it = info_.selections.find(se);
      if (it == info_.selections.end()) { // pkg.V, pkg.F
        if (isa<Var>(info_.objectOf(se->sel)))
          read();
        return;
      }
      if (it->second.kind == SelectionKind::MethodExpr)
        return;
      value(se->x);
      if (it->second.indirect || isa<Pointer>(underlying(em_.typeOf(se->x))))
        read();
      return;
    }
    case ast::NodeKind::IndexExpr: {
      auto *ix = ast::cast<ast::IndexExpr>(e);
      if (isType(ix->x) || info_.instances.count(dyn_cast<ast::Ident>(ix->x)))
        return; // an instantiation
      value(ix->x);
      value(ix->index);
      Type *u = coreOf(em_.typeOf(ix->x));
      if (isa<Slice>(u) || isa<Map>(u) || isa<Pointer>(u))
        read();
      return;
    }
    case ast::NodeKind::IndexListExpr:
      return;
    case ast::NodeKind::StarExpr:
      value(ast::cast<ast::StarExpr>(e)->x);
      read();
      return;
    case ast::NodeKind::UnaryExpr: {
      auto *u = ast::cast<ast::UnaryExpr>(e);
      if (u->op == Token::ARROW) {
        open();
        value(u->x);
        close(e, true);
        return;
      }
      value(u->x);
      return;
    }
    case ast::NodeKind::BinaryExpr: {
      auto *b = ast::cast<ast::BinaryExpr>(e);
      if (b->op == Token::LAND || b->op == Token::LOR) {
        opaqueGroup(e, true);
        return;
      }
      value(b->x);
      value(b->y);
      return;
    }
    case ast::NodeKind::SliceExpr: {
      auto *s = ast::cast<ast::SliceExpr>(e);
      open();
      value(s->x);
      value(s->low);
      value(s->high);
      value(s->max);
      if (isa<Slice>(coreOf(em_.typeOf(s->x))))
        read();
      close(e, false);
      return;
    }
    case ast::NodeKind::TypeAssertExpr:
      open();
      value(ast::cast<ast::TypeAssertExpr>(e)->x);
      close(e, false);
      return;
    case ast::NodeKind::CompositeLit:
      compositeLit(ast::cast<ast::CompositeLit>(e));
      return;
    case ast::NodeKind::CallExpr:
      call(ast::cast<ast::CallExpr>(e));
      return;
    case ast::NodeKind::KeyValueExpr:
      value(ast::cast<ast::KeyValueExpr>(e)->value);
      return;
    default: // function literals: their bodies run later
      return;
    }
  }

  // && and ||, and map literals (gc inserts their entries one by one):
  // evaluated at their place as a whole.
  void opaqueGroup(const ast::Expr *e, bool movable) {
    open();
    close(e, hasEffects(e), movable);
  }

  void compositeLit(const ast::CompositeLit *lit) {
    Type *t = em_.typeOf(lit);
    Type *u = t ? coreOf(t) : nullptr;
    if (isa<Map>(u)) {
      // Elided literal types are emitted without expr(): left in place.
      opaqueGroup(lit, false);
      return;
    }
    auto *st = dyn_cast<Struct>(u);
    for (size_t i = 0; i < lit->elts.size(); ++i) {
      const ast::Expr *el = lit->elts[i];
      Type *target = nullptr;
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(el)) {
        el = kv->value;
        if (auto *key = dyn_cast<ast::Ident>(kv->key); key && st) {
          for (Var *f : st->fields)
            if (f->name == key->name)
              target = f->type;
        }
      } else if (st && i < st->fields.size()) {
        target = st->fields[i]->type;
      }
      if (auto *a = dyn_cast<Array>(u))
        target = a->elem;
      else if (auto *s = dyn_cast<Slice>(u))
        target = s->elem;
      valueAs(el, target);
    }
  }

  void call(const ast::CallExpr *c) {
    auto *ftv = info_.typeOf(c->fun);
    if (ftv && ftv->mode == Mode::TypeExpr) { // a conversion
      const ast::Expr *arg = c->args[0];
      Type *to = ftv->type, *from = em_.typeOf(arg);
      if (isInterface(to)) {
        valueAs(arg, to);
      } else if (from && isString(coreOf(from)) && isa<Slice>(coreOf(to))) {
        open(); // []byte(s), []rune(s): a new slice, made at its place
        value(arg);
        close(c, false);
      } else {
        value(arg);
        if (from && isa<Slice>(coreOf(from)))
          read(); // string(b) reads b's elements
      }
      return;
    }
    if (ftv && ftv->mode == Mode::Builtin) {
      const ast::Expr *fun = ast::unparen(c->fun);
      Object *obj = nullptr;
      if (auto *id = dyn_cast<ast::Ident>(fun))
        obj = info_.objectOf(id);
      else if (auto *se = dyn_cast<ast::SelectorExpr>(fun))
        obj = info_.objectOf(se->sel);
      auto *b = dyn_cast<Builtin>(obj);
      bool first = false, effects = false;
      switch (b ? b->id : BuiltinId::Sizeof) {
      case BuiltinId::Len:
      case BuiltinId::Cap:
      case BuiltinId::Append:
      case BuiltinId::Make:
      case BuiltinId::New:
      case BuiltinId::Complex:
      case BuiltinId::Real:
      case BuiltinId::Imag:
        first = true;
        break;
      case BuiltinId::Copy:
      case BuiltinId::Recover:
        first = effects = true;
        break;
      default:
        break;
      }
      // The built-ins' own lowerings read their arguments' forms
      // (len([]rune(s)), append(b, s...)): conversions among them stay.
      auto args = [&] {
        for (const ast::Expr *a : c->args) {
          auto *ac = dyn_cast<ast::CallExpr>(ast::unparen(const_cast<ast::Expr *>(a)));
          auto *atv = ac ? info_.typeOf(ac->fun) : nullptr;
          if (atv && atv->mode == Mode::TypeExpr) {
            ++opaque_;
            value(a);
            --opaque_;
          } else {
            value(a);
          }
        }
      };
      if (!first) {
        args();
        return;
      }
      open();
      args();
      close(c, effects);
      return;
    }
    open();
    const ast::Expr *fun = ast::unparen(c->fun);
    if (auto *se = dyn_cast<ast::SelectorExpr>(fun)) {
      auto it = info_.selections.find(se);
      if (it != info_.selections.end() && it->second.kind == SelectionKind::MethodVal)
        value(se->x); // the receiver
      else
        value(fun);
    } else if (!isa<ast::FuncLit>(fun)) {
      value(fun);
    }
    auto *sig = dyn_cast<Signature>(coreOf(em_.typeOf(c->fun)));
    bool spread = c->args.size() == 1 && isa<Tuple>(em_.typeOf(c->args[0])); // f(g())
    for (size_t i = 0; i < c->args.size(); ++i) {
      Type *target = nullptr;
      if (sig && !spread) {
        auto &params = sig->params->vars;
        if (sig->variadic && c->ellipsis == NoPos && i + 1 >= params.size())
          target = cast<Slice>(underlying(params.back()->type))->elem;
        else if (i < params.size())
          target = params[i]->type;
      }
      valueAs(c->args[i], target);
    }
    close(c, true);
  }
};

bool Emitter::orderFirst(const std::vector<const ast::Expr *> &roots,
                         const std::vector<Type *> &targets, bool scoped,
                         const std::vector<const ast::Expr *> &lhs) {
  if (!ordered_.empty())
    return false; // inside an ordered statement's expressions
  // Calls on the left side run first, in source order, where the
  // assignment is emitted: the right side's cannot move before them.
  for (const ast::Expr *l : lhs)
    if (hasEffects(l))
      return false;
  OrderPlan plan(*this);
  plan.run(lhs, roots, targets);
  if (!plan.conflict || plan.early.empty())
    return false;
  if (scoped) {
    line("{");
    ++indent_;
  }
  for (const ast::Expr *e : plan.early) {
    std::string value = expr(e);
    std::string t = freshTemp("eval");
    line("auto " + t + " = " + value + ";");
    ordered_.emplace(e, OrderedValue{t, false});
  }
  return true;
}

void Emitter::orderDone(Pos pos) {
  for (auto &[e, v] : ordered_)
    if (!v.used)
      unsupported(pos, "evaluation order: an operation evaluated first was not used "
                       "(a gocxx bug)");
  ordered_.clear();
}

} // namespace gocxx::codegen
