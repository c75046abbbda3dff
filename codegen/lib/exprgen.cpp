// Lowering of expressions. Constants are emitted folded, with their exact
// value; arithmetic follows Go (division, shifts and narrow integer wrap
// through runtime helpers or casts); values stored into interfaces are boxed
// where the checker says a conversion happens.
#include <cmath>
#include <cstdio>

#include "emitter.h"
#include "gocxx/frontend/types/sizes.h"

namespace gocxx::codegen {

using namespace gocxx::types;
using gocxx::ast::dyn_cast;
namespace ast = gocxx::ast;

Type *Emitter::typeOf(const ast::Expr *e) const {
  auto *tv = info_.typeOf(e);
  return tv ? tv->type : nullptr;
}

bool Emitter::isConstant(const ast::Expr *e) const {
  auto *tv = info_.typeOf(e);
  return tv && tv->mode == Mode::Constant && tv->value.isKnown();
}

namespace {

bool isNarrow(Type *t) {
  auto *b = dyn_cast<Basic>(underlying(t));
  if (!b)
    return false;
  switch (b->basicKind) {
  case BasicKind::Int8:
  case BasicKind::Int16:
  case BasicKind::Uint8:
  case BasicKind::Uint16:
    return true;
  default:
    return false;
  }
}

std::string formatDouble(double d, bool isFloat32) {
  if (std::isinf(d))
    return d > 0 ? "go::inf(1)" : "go::inf(-1)";
  char buf[64];
  std::snprintf(buf, sizeof buf, isFloat32 ? "%.9g" : "%.17g", d);
  std::string s = buf;
  if (s.find_first_of(".en") == std::string::npos)
    s += ".0";
  return isFloat32 ? s + "f" : s;
}

} // namespace

std::string Emitter::constantValue(const Constant &c, Type *t) {
  Type *u = underlying(t);
  if (auto *tp = dyn_cast<TypeParam>(u)) {
    // A constant converted to a type parameter: T(value).
    std::string v;
    switch (c.kind()) {
    case Constant::Kind::Bool:
      v = c.boolValue() ? "true" : "false";
      break;
    case Constant::Kind::String:
      v = cxxStringLiteral(c.stringValue()) + "_gs";
      break;
    case Constant::Kind::Int:
      v = c.intValue().str() + (c.toInt64() ? "L" : "UL");
      break;
    case Constant::Kind::Float:
      v = formatDouble(c.toDouble(), false);
      break;
    case Constant::Kind::Unknown:
      v = "0";
      break;
    }
    return typeParamName(tp) + "(" + v + ")";
  }
  auto *b = dyn_cast<Basic>(u);
  std::string cxx = cxxType(t);
  if (!b) {
    // A constant converted to an interface: box its default type.
    return "/*const*/{}";
  }
  if (b->info & IsBoolean)
    return c.boolValue() ? "true" : "false";
  if (b->info & IsString) {
    std::string lit = cxxStringLiteral(c.stringValue()) + "_gs";
    return isa<Named>(t) ? cxx + "(" + lit + ")" : lit;
  }
  if (b->info & IsComplex) {
    bool f32 = b->basicKind == BasicKind::Complex64;
    return cxx + "(" + formatDouble(c.toDouble(), f32) + ", " +
           formatDouble(static_cast<double>(c.imagValue()), f32) + ")";
  }
  if (b->info & IsFloat) {
    bool f32 = b->basicKind == BasicKind::Float32;
    std::string v = formatDouble(c.toDouble(), f32);
    return isa<Named>(t) ? cxx + "(" + v + ")" : v;
  }
  if (b->info & IsInteger) {
    auto iv = c.toIntKind();
    if (!iv)
      return "0";
    const BigInt &v = iv->intValue();
    switch (b->basicKind) {
    case BasicKind::Int:
    case BasicKind::Int64:
    case BasicKind::UntypedInt:
      if (v == BigInt(INT64_MIN))
        return "INT64_MIN";
      return v.str() + "L";
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
      return v.str() + "UL";
    default:
      return cxx + "(" + v.str() + ")";
    }
  }
  return "0";
}

// Converts a C++ value of Go type `from` for a destination of type `to`
// (assignability conversions only): nil, and values into interfaces.
std::string Emitter::convertValue(const std::string &value, Type *from, Type *to) {
  if (!from || !to || identical(from, to))
    return value;
  if (auto *b = dyn_cast<Basic>(from); b && b->basicKind == BasicKind::UntypedNil)
    return zeroValue(to);
  if (isInterface(to))
    return toInterface(value, from, to, NoPos);
  return value;
}

std::string Emitter::exprAs(const ast::Expr *e, Type *target) {
  Type *from = typeOf(e);
  bool nil = isa<Basic>(from) && cast<Basic>(from)->basicKind == BasicKind::UntypedNil;
  if (target && nil)
    return zeroValue(target);
  if (target && isInterface(target) && !identical(from, target)) {
    // A constant's C++ literal may be of another C++ type than its Go
    // type's (5L for an int8): the box holds the Go type's.
    std::string v = isConstant(e) && !isInterface(from)
                        ? "static_cast<" + cxxType(from) + ">(" + expr(e) + ")"
                        : expr(e);
    return toInterface(v, from, target, e->pos());
  }
  return expr(e);
}

std::string Emitter::expr(const ast::Expr *e) {
  if (!ordered_.empty()) {
    if (auto it = ordered_.find(e); it != ordered_.end()) {
      it->second.used = true;
      return it->second.temp;
    }
  }
  if (isConstant(e)) {
    auto *tv = info_.typeOf(e);
    return constantValue(tv->value, tv->type);
  }
  switch (e->kind) {
  case ast::NodeKind::Ident: {
    auto *id = ast::cast<ast::Ident>(e);
    Object *obj = info_.objectOf(id);
    if (!obj) {
      unsupported(e->pos(), "identifier " + std::string(id->name));
      return "0";
    }
    if (isa<Nil>(obj)) {
      Type *t = typeOf(e);
      // Typed: (*T)(nil) can be dereferenced, and any(map[K]V(nil)) keeps
      // its type's nil.
      if (t && !isUntyped(t) && zeroValue(t) == "nullptr")
        return "static_cast<" + cxxType(t) + ">(nullptr)";
      if (t && !isUntyped(t))
        return zeroValue(t);
      return "nullptr";
    }
    if (auto *fn = dyn_cast<Func>(obj)) {
      auto inst = info_.instances.find(id);
      Signature *sig =
          inst != info_.instances.end() ? cast<Signature>(inst->second.type) : fn->signature();
      return "go::func<" + signatureType(sig) + ">(" + objectName(fn) + instanceArgs(id) + ")";
    }
    return objectName(obj);
  }
  case ast::NodeKind::ParenExpr:
    return "(" + expr(ast::cast<ast::ParenExpr>(e)->x) + ")";
  case ast::NodeKind::BasicLit:
    return "0"; // constants are handled above
  case ast::NodeKind::BinaryExpr:
    return binaryExpr(ast::cast<ast::BinaryExpr>(e));
  case ast::NodeKind::UnaryExpr:
    return unaryExpr(ast::cast<ast::UnaryExpr>(e));
  case ast::NodeKind::CallExpr:
    return callExpr(ast::cast<ast::CallExpr>(e));
  case ast::NodeKind::SelectorExpr:
    return selectorExpr(ast::cast<ast::SelectorExpr>(e));
  case ast::NodeKind::IndexExpr:
    return indexExpr(ast::cast<ast::IndexExpr>(e));
  case ast::NodeKind::IndexListExpr:
    return expr(ast::cast<ast::IndexListExpr>(e)->x);
  case ast::NodeKind::SliceExpr:
    return sliceExpr(ast::cast<ast::SliceExpr>(e));
  case ast::NodeKind::StarExpr:
    return "(*" + nilChecked(ast::cast<ast::StarExpr>(e)->x, expr(ast::cast<ast::StarExpr>(e)->x)) +
           ")";
  case ast::NodeKind::CompositeLit: {
    auto *lit = ast::cast<ast::CompositeLit>(e);
    if (isLarge(typeOf(e)))
      return "(*" + newCompositeLit(lit, typeOf(e)) + ")";
    return compositeLit(lit, typeOf(e));
  }
  case ast::NodeKind::FuncLit:
    return funcLit(ast::cast<ast::FuncLit>(e));
  case ast::NodeKind::TypeAssertExpr:
    return typeAssert(ast::cast<ast::TypeAssertExpr>(e), false);
  default:
    unsupported(e->pos(), std::string("expression ") + std::string(ast::nodeKindName(e->kind)));
    return "0";
  }
}

namespace {
// The C++ precedence level (lower binds tighter) of the infix operator a Go
// binary operator becomes; 0 where it becomes a call (go::div, go::shl).
int cxxPrecedence(Token op) {
  switch (op) {
  case Token::MUL:
  case Token::QUO:
    return 5;
  case Token::ADD:
  case Token::SUB:
    return 6;
  case Token::LSS:
  case Token::LEQ:
  case Token::GTR:
  case Token::GEQ:
    return 9;
  case Token::EQL:
  case Token::NEQ:
    return 10;
  case Token::AND:
  case Token::AND_NOT:
    return 11;
  case Token::XOR:
    return 12;
  case Token::OR:
    return 13;
  case Token::LAND:
    return 14;
  case Token::LOR:
    return 15;
  default:
    return 0;
  }
}
} // namespace

// The C++ text of e as the left (or right) operand of the infix operator
// that Go's binary operator `outer` becomes. Go's precedence differs from
// C++'s (a|b != 3 is (a|b) != 3 in Go): an operand that is itself a binary
// operation is parenthesized unless C++ would group it the same way anyway.
// Every lowering that puts an operand under an operator goes through here
// (binary expressions, x op= y).
std::string Emitter::operand(const ast::Expr *e, Token outer, bool right) {
  std::string s = expr(e);
  auto *be = dyn_cast<ast::BinaryExpr>(e);
  if (!be || isConstant(e))
    return s;
  int in = cxxPrecedence(be->op), out = cxxPrecedence(outer);
  bool underTilde = right && outer == Token::AND_NOT; // x & ~y
  if (!underTilde && (in == 0 || in < out || (in == out && !right)))
    return s;
  return "(" + s + ")";
}

// The operands of a chain of string +, left to right, through parentheses;
// constant parts (folded by the checker) stay whole.
static void concatOperands(const Info &info, const ast::Expr *e,
                           std::vector<const ast::Expr *> &out) {
  while (auto *p = dyn_cast<ast::ParenExpr>(e))
    e = p->x;
  auto *b = dyn_cast<ast::BinaryExpr>(e);
  auto *tv = info.typeOf(e);
  if (!b || b->op != Token::ADD || (tv && tv->mode == Mode::Constant)) {
    out.push_back(e);
    return;
  }
  concatOperands(info, b->x, out);
  concatOperands(info, b->y, out);
}

// The []byte operand of a conversion string(b), if e is one.
const ast::Expr *Emitter::bytesToStringArg(const ast::Expr *e) {
  while (auto *p = dyn_cast<ast::ParenExpr>(e))
    e = p->x;
  auto *call = dyn_cast<ast::CallExpr>(e);
  if (!call || call->args.size() != 1)
    return nullptr;
  const TypeAndValue *fun = info_.typeOf(call->fun);
  if (!fun || fun->mode != Mode::TypeExpr || !isString(underlying(fun->type)))
    return nullptr;
  auto *s = dyn_cast<Slice>(underlying(typeOf(call->args[0])));
  auto *eb = s ? dyn_cast<Basic>(underlying(s->elem)) : nullptr;
  return eb && eb->basicKind == BasicKind::Uint8 ? call->args[0] : nullptr;
}

std::string Emitter::binaryExpr(const ast::BinaryExpr *b) {
  Type *t = typeOf(b);
  Type *xt = typeOf(b->x);
  if (b->op == Token::ADD && isString(underlying(t))) {
    // a + b + c makes one string, as gc's concatstrings does, not one per +.
    std::vector<const ast::Expr *> parts;
    concatOperands(info_, b, parts);
    if (parts.size() > 2) {
      std::string list;
      for (const ast::Expr *p : parts)
        list += (list.empty() ? "" : ", ") + expr(p);
      return "go::concat_list({" + list + "})";
    }
  }
  // string(b) compared needs no copy of b: the string dies with the
  // comparison (gc converts without copying too).
  bool compared = b->op == Token::EQL || b->op == Token::NEQ || b->op == Token::LSS ||
                  b->op == Token::LEQ || b->op == Token::GTR || b->op == Token::GEQ;
  Type *yt0 = typeOf(b->y);
  bool strings = compared && xt && yt0 && isString(underlying(xt)) && isString(underlying(yt0));
  auto side = [&](const ast::Expr *e, bool right) {
    if (const ast::Expr *bytes = strings ? bytesToStringArg(e) : nullptr)
      return "go::string_view_of_bytes(" + expr(bytes) + ")";
    return operand(e, b->op, right);
  };
  std::string x = side(b->x, false), y = side(b->y, true);
  auto wrap = [&](const std::string &v) { return isNarrow(t) ? cxxType(t) + "(" + v + ")" : v; };
  switch (b->op) {
  case Token::ADD:
    return wrap(x + " + " + y);
  case Token::SUB:
    return wrap(x + " - " + y);
  case Token::MUL:
    return wrap(x + " * " + y);
  case Token::QUO:
    if (isInteger(t))
      return wrap("go::div(" + x + ", " + y + ")");
    return x + " / " + y;
  case Token::REM:
    return wrap("go::mod(" + x + ", " + y + ")");
  case Token::AND:
    return wrap(x + " & " + y);
  case Token::OR:
    return wrap(x + " | " + y);
  case Token::XOR:
    return wrap(x + " ^ " + y);
  case Token::AND_NOT:
    return wrap(x + " & ~" + y);
  case Token::SHL:
    return "go::shl(" + x + ", " + y + ")";
  case Token::SHR:
    return "go::shr(" + x + ", " + y + ")";
  case Token::LAND:
    return x + " && " + y;
  case Token::LOR:
    return x + " || " + y;
  case Token::EQL:
  case Token::NEQ:
  case Token::LSS:
  case Token::LEQ:
  case Token::GTR:
  case Token::GEQ: {
    Type *yt = typeOf(b->y);
    // Mixed interface/concrete comparisons compare boxed values; two
    // different interface types compare as empty interfaces.
    if (xt && yt && isInterface(xt) != isInterface(yt)) {
      if (!isInterface(xt))
        x = exprAs(b->x, yt);
      else
        y = exprAs(b->y, xt);
    } else if (xt && yt && isInterface(xt) && isInterface(yt) && !identical(xt, yt)) {
      x = "go::to_any(" + x + ")";
      y = "go::to_any(" + y + ")";
    }
    auto isNilType = [](Type *t) {
      return t && isa<Basic>(t) && cast<Basic>(t)->basicKind == BasicKind::UntypedNil;
    };
    if (isNilType(xt) && !isNilType(yt)) { // nil == x is x == nil
      std::swap(x, y);
      std::swap(xt, yt);
    }
    if (isNilType(yt)) {
      Type *other = underlying(xt);
      if (isa<Slice>(other))
        return std::string(b->op == Token::EQL ? "" : "!") + "go::is_nil(" + x + ")";
      if (isa<Interface>(other) || isa<Signature>(other))
        return std::string(b->op == Token::EQL ? "" : "!") + "go::is_nil(" + x + ")";
      y = "nullptr";
    }
    return x + " " + std::string(tokenString(b->op)) + " " + y;
  }
  default:
    unsupported(b->opPos, "operator " + std::string(tokenString(b->op)));
    return "0";
  }
}

std::string Emitter::unaryExpr(const ast::UnaryExpr *u) {
  Type *t = typeOf(u);
  switch (u->op) {
  case Token::SUB:
    return isNarrow(t) ? cxxType(t) + "(-" + expr(u->x) + ")" : "-" + expr(u->x);
  case Token::ADD:
    // Not C++'s unary +, which promotes narrow integers to int.
    return "(" + expr(u->x) + ")";
  case Token::NOT:
    return "!" + expr(u->x);
  case Token::XOR:
    return isNarrow(t) ? cxxType(t) + "(~" + expr(u->x) + ")" : "~" + expr(u->x);
  case Token::ARROW:
    return "go::recv(" + expr(u->x) + ")";
  case Token::AND: {
    const ast::Expr *inner = u->x;
    while (auto *p = dyn_cast<ast::ParenExpr>(inner))
      inner = p->x;
    if (auto *lit = dyn_cast<ast::CompositeLit>(inner))
      return newCompositeLit(lit, typeOf(lit));
    return "&" + expr(u->x);
  }
  default:
    unsupported(u->opPos, "operator " + std::string(tokenString(u->op)));
    return "0";
  }
}

std::string Emitter::selectorExpr(const ast::SelectorExpr *s) {
  auto it = info_.selections.find(s);
  if (it == info_.selections.end()) {
    unsupported(s->pos(), "selector");
    return "0";
  }
  const Selection &sel = it->second;
  switch (sel.kind) {
  case SelectionKind::Qualified: {
    if (auto *fn = dyn_cast<Func>(sel.obj))
      return "go::func<" + signatureType(fn->signature()) + ">(" + qualifiedName(fn) + ")";
    return qualifiedName(sel.obj);
  }
  case SelectionKind::FieldVal: {
    std::string base = expr(s->x);
    Type *t = typeOf(s->x);
    for (size_t i = 0; i < sel.path.size(); ++i) {
      bool ptr = isa<Pointer>(underlying(t));
      Type *st = ptr ? underlying(cast<Pointer>(underlying(t))->elem) : underlying(t);
      Var *f = cast<Struct>(st)->fields[sel.path[i]];
      base = !ptr     ? base + "." + fieldName(f)
             : i == 0 ? nilChecked(s->x, base) + "->" + fieldName(f)
                      : "go::impl::nil_check(" + base + ")->" + fieldName(f);
      t = f->type;
    }
    return base;
  }
  case SelectionKind::MethodVal:
  case SelectionKind::MethodExpr:
    return methodValue(s, sel);
  }
  return "0";
}

// x.M as a value: a closure holding the receiver, evaluated now (a copy for
// value receivers, the address for pointer receivers). T.M and (*T).M: a
// function taking the receiver first.
std::string Emitter::methodValue(const ast::SelectorExpr *s, const Selection &sel) {
  auto *m = cast<Func>(sel.obj);
  Signature *msig = m->signature();
  auto *fsig = cast<Signature>(typeOf(s));
  std::string ret = resultType(fsig);
  std::string params, args;
  for (size_t i = 0; i < fsig->params->vars.size(); ++i) {
    params += (i ? ", " : "") + cxxType(fsig->params->vars[i]->type) + " a" + std::to_string(i);
    args += (i ? ", " : "") + std::string("a") + std::to_string(i);
  }
  std::string fn = "go::func<" + signatureType(fsig) + ">";
  Type *xt = typeOf(s->x);
  // The receiver: a0 for a method expression (T.M), else x, evaluated now.
  // A promoted method is reached through the embedded fields, where an
  // embedded interface calls through its method table.
  bool methodExpr = sel.kind == SelectionKind::MethodExpr;
  std::string x = methodExpr ? "a0" : expr(s->x);
  promoteReceiver(x, xt, m);
  if (auto *tp = dyn_cast<TypeParam>(xt)) {
    // A method of a type parameter's constraint: through the constraint's
    // method table, as calls do.
    x = "go::iface_to_iface(go::make_any(" + x + ", " + typeDesc(xt, s->pos()) + "), " +
        typeDesc(tp->constraint, s->pos()) + ")";
    xt = tp->constraint;
  }
  std::string callArgs;
  for (size_t i = methodExpr ? 1 : 0; i < fsig->params->vars.size(); ++i)
    callArgs += ", a" + std::to_string(i);
  if (isInterface(xt)) {
    size_t k = 0;
    std::string call = ifaceMethodCallee(xt, m, k) + "(recv, " + std::to_string(k) + callArgs + ")";
    std::string body = "if (go::is_nil(recv)) go::impl::panic_nil_deref(); return " + call + ";";
    if (methodExpr)
      return fn + "([](" + params + ") -> " + ret + " { auto recv = " + x + "; " + body + " })";
    return fn + "([recv = " + x + "](" + params + ") -> " + ret + " { " + body + " })";
  }
  bool ptrRecv = msig->recv && isa<Pointer>(msig->recv->type);
  bool xPtr = isa<Pointer>(underlying(xt));
  std::string recv = ptrRecv && !xPtr   ? "&" + x
                     : !ptrRecv && xPtr ? "*go::impl::nil_check(" + x + ")"
                                        : x;
  std::string callee = methodCallee(m) + receiverTemplateArgs(xt);
  if (methodExpr)
    return fn + "([](" + params + ") -> " + ret + " { return " + callee + "(" + recv + callArgs +
           "); })";
  return fn + "([recv = " + recv + "](" + params + ") -> " + ret + " { return " + callee + "(recv" +
         callArgs + "); })";
}

std::string Emitter::indexExpr(const ast::IndexExpr *ix) {
  if (auto *sig = dyn_cast<Signature>(typeOf(ix->x)); sig && !sig->typeParams.empty())
    return expr(ix->x); // F[int] as a value: the identifier carries the instance
  Type *t = coreOf(typeOf(ix->x));
  std::string x = expr(ix->x), i = expr(ix->index);
  if ((isString(t) || isa<Slice>(t)) && provenInBounds(ix))
    return "go::index_proven(" + x + ", " + i + ")";
  if (isString(t))
    return "go::index(" + x + ", " + i + ")";
  if (isa<Slice>(t))
    return "go::index(" + x + ", " + i + ")";
  if (isa<Array>(t))
    return x + "[" + i + "]";
  if (auto *p = dyn_cast<Pointer>(t); p && isa<Array>(underlying(p->elem)))
    return "(*go::impl::nil_check(" + x + "))[" + i + "]";
  if (auto *m = dyn_cast<Map>(t))
    return "go::map_get(" + x + ", " + exprAs(ix->index, m->key) + ")";
  // A type parameter whose types index alike (strings, slices, arrays and
  // pointers to arrays): go::index has an overload for each.
  if (isa<TypeParam>(t))
    return "go::index(" + x + ", " + i + ")";
  unsupported(ix->pos(), "index expression");
  return "0";
}

std::string Emitter::sliceExpr(const ast::SliceExpr *s) {
  Type *t = coreOf(typeOf(s->x));
  std::string x = expr(s->x);
  std::string args = s->low ? expr(s->low) : "0";
  if (s->high)
    args += ", " + expr(s->high);
  if (s->max)
    args += ", " + expr(s->max);
  std::string three = s->max ? "3" : "";
  if (isString(t))
    return "go::slice_string(" + x + ", " + args + ")";
  if (isa<Slice>(t))
    return "go::slice_slice" + three + "(" + x + ", " + args + ")";
  if (isa<Array>(t))
    return "go::slice_array" + three + "(&" + x + ", " + args + ")";
  if (auto *p = dyn_cast<Pointer>(t); p && isa<Array>(underlying(p->elem)))
    return "go::slice_array" + three + "(go::impl::nil_check(" + x + "), " + args + ")";
  unsupported(s->pos(), "slice expression");
  return "0";
}

bool hasEffects(const ast::Expr *e) {
  bool found = false;
  ast::inspect(const_cast<ast::Expr *>(e), [&](ast::Node *n) {
    auto *u = n ? dyn_cast<ast::UnaryExpr>(n) : nullptr;
    found |= (n && isa<ast::CallExpr>(n)) || (u && u->op == Token::ARROW);
    return !found;
  });
  return found;
}

bool Emitter::isLarge(Type *t) {
  // Goroutine stacks are fixed (1 MiB): larger values live on the heap.
  constexpr int64_t large_value = 64 * 1024;
  return types::sizeOf(t) > large_value;
}

std::string Emitter::newCompositeLit(const ast::CompositeLit *lit, Type *t) {
  std::string cxx = cxxType(t);
  if (escape_.onStack(lit) && !isLarge(t)) // p := &T{...} that stays in the frame
    return frameObject(t, compositeLit(lit, t));
  if (isLarge(t)) // built in place: no temporary on the stack
    return "go::new_in_place<" + cxx + ">([&](void *m) { ::new (m) " + cxx + "(" +
           compositeLit(lit, t) + "); })";
  return "go::new_object<" + cxx + ">(" + compositeLit(lit, t) + ")";
}

// An allocation that escape analysis keeps in the frame: an object declared
// just before the statement defining the one variable that holds it (so it
// lives as long as that variable's block).
std::string Emitter::frameObject(Type *t, const std::string &init) {
  std::string obj = freshTemp("obj");
  line(cxxType(t) + " " + obj + " = " + init + ";");
  return "&" + obj;
}

// gc's isStaticCompositeLiteral: a value with no code to run.
bool Emitter::staticLiteral(const ast::Expr *e) const {
  while (auto *p = dyn_cast<ast::ParenExpr>(e))
    e = p->x;
  auto *tv = info_.typeOf(e);
  if (tv && tv->mode == Mode::Constant)
    return true;
  if (auto *id = dyn_cast<ast::Ident>(e))
    return isa<Nil>(info_.objectOf(id));
  auto *lit = dyn_cast<ast::CompositeLit>(e);
  if (!lit || !tv)
    return false;
  Type *u = underlying(tv->type);
  if (!isa<Array>(u) && !isa<Struct>(u))
    return false;
  for (const ast::Expr *el : lit->elts) {
    if (auto *kv = dyn_cast<ast::KeyValueExpr>(el))
      el = kv->value;
    if (!staticLiteral(el))
      return false;
  }
  return true;
}

std::string Emitter::compositeLit(const ast::CompositeLit *lit, Type *t) {
  Type *u = coreOf(t);
  if (auto *p = dyn_cast<Pointer>(u))
    return newCompositeLit(lit, p->elem); // an elided &T in a []*T literal
  std::string cxx = cxxType(t);
  auto element = [&](const ast::Expr *e, Type *et) {
    if (auto *cl = dyn_cast<ast::CompositeLit>(e); cl && !cl->type)
      return compositeLit(cl, et);
    return exprAs(e, et);
  };
  // C++ initializes in field (or index) order; Go evaluates elements in
  // source order. Keyed elements out of order that have effects are
  // evaluated into temporaries first, in source order.
  std::vector<size_t> order; // the elements' indices in source order
  bool effects = false;
  auto inOrder = [&](std::vector<std::string> &values, auto build) {
    bool reordered = !std::is_sorted(order.begin(), order.end());
    if (!reordered || !effects)
      return build();
    std::string before;
    for (size_t index : order) {
      std::string t = freshTemp("elem");
      before += "auto " + t + " = " + values[index] + "; ";
      values[index] = t;
    }
    return "[&] { " + before + "return " + build() + "; }()";
  };
  auto place = [&](std::vector<std::string> &values, const ast::Expr *e, size_t index, Type *et) {
    order.push_back(index);
    effects |= hasEffects(e);
    if (values.size() <= index)
      values.resize(index + 1);
    values[index] = element(e, et);
  };
  if (auto *st = dyn_cast<Struct>(u)) {
    std::vector<std::string> values(st->fields.size());
    for (size_t i = 0; i < lit->elts.size(); ++i) {
      const ast::Expr *el = lit->elts[i];
      size_t index = i;
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(el)) {
        auto *key = ast::cast<ast::Ident>(kv->key);
        for (size_t f = 0; f < st->fields.size(); ++f)
          if (st->fields[f]->name == key->name)
            index = f;
        el = kv->value;
      }
      place(values, el, index, st->fields[index]->type);
    }
    return inOrder(values, [&] {
      std::string s = cxx + "{";
      for (size_t i = 0; i < values.size(); ++i)
        s += (i ? ", " : "") + (values[i].empty() ? zeroValue(st->fields[i]->type) : values[i]);
      return s + "}";
    });
  }
  if (isa<Slice>(u) || isa<Array>(u)) {
    Type *et = isa<Slice>(u) ? cast<Slice>(u)->elem : cast<Array>(u)->elem;
    // Keyed elements may leave gaps; fill them with zero values.
    std::vector<std::string> values;
    size_t idx = 0;
    for (const ast::Expr *el : lit->elts) {
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(el)) {
        auto *tv = info_.typeOf(kv->key);
        if (tv && tv->value.toInt64())
          idx = static_cast<size_t>(*tv->value.toInt64());
        el = kv->value;
      }
      place(values, el, idx++, et);
    }
    return inOrder(values, [&] {
      std::string s = isa<Array>(u) ? cxx + "{{" : "go::slice_of<" + cxxType(et) + ">({";
      for (size_t i = 0; i < values.size(); ++i)
        s += (i ? ", " : "") + (values[i].empty() ? zeroValue(et) : values[i]);
      return s + (isa<Array>(u) ? "}}" : "})");
    });
  }
  if (auto *m = dyn_cast<Map>(u)) {
    // gc inserts the entries whose key and value are both static (constants,
    // nil, array and struct literals of those) first, then the others in
    // order: which of two equal keys wins is gc's (the spec leaves it).
    std::vector<const ast::KeyValueExpr *> order;
    for (int pass = 0; pass < 2; ++pass)
      for (const ast::Expr *el : lit->elts) {
        auto *kv = ast::cast<ast::KeyValueExpr>(el);
        if ((staticLiteral(kv->key) && staticLiteral(kv->value)) == (pass == 0))
          order.push_back(kv);
      }
    std::string s = "go::map_of<" + cxxType(m->key) + ", " + cxxType(m->elem) + ">({";
    bool first = true;
    for (const ast::KeyValueExpr *kv : order) {
      s += (first ? "{" : ", {") + element(kv->key, m->key) + ", " + element(kv->value, m->elem) +
           "}";
      first = false;
    }
    return s + "})";
  }
  unsupported(lit->pos(), "composite literal of type " + typeString(t));
  return "{}";
}

std::string Emitter::funcLit(const ast::FuncLit *lit) {
  return "go::func<" + signatureType(cast<Signature>(typeOf(lit))) + ">(" + lambda(lit) + ")";
}

std::string Emitter::lambda(const ast::FuncLit *lit) {
  auto *sig = cast<Signature>(typeOf(lit));
  // Captured variables live on the heap (their declarations made them
  // references); the lambda holds references to the same objects. Those
  // that nothing changes after their definition are copied into it instead
  // (escape analysis decides, as gc); the lambda is mutable so that the
  // copies are the plain variables the body's code expects.
  std::string captures;
  bool copies = false;
  auto it = info_.captures.find(lit);
  if (it != info_.captures.end())
    for (Var *v : it->second) {
      std::string n = localName(v);
      bool copy = !boxed(v);
      copies |= copy;
      captures += (captures.empty() ? "" : ", ") + std::string(copy ? "" : "&") + n + " = " + n;
    }
  std::string params = paramList(sig);
  std::string ret = resultType(sig);

  // Emit the body into its own buffer with its own function state.
  std::ostringstream body;
  std::ostringstream *savedOut = out_;
  int savedIndent = indent_;
  auto savedSig = currentSig_;
  auto savedResults = resultNames_;
  auto savedTargets = targets_;
  bool savedDefer = hasDefer_, savedRecovers = recovers_;
  std::string savedDirective = lineDirective_;
  auto savedOrdered = std::move(ordered_);
  ordered_.clear();
  targets_.clear();
  out_ = &body;
  indent_ = savedIndent + 1;
  currentSig_ = sig;
  functionBody(sig, lit->body);
  out_ = savedOut;
  indent_ = savedIndent;
  currentSig_ = savedSig;
  resultNames_ = savedResults;
  targets_ = savedTargets;
  hasDefer_ = savedDefer;
  recovers_ = savedRecovers;
  lineDirective_ = savedDirective;
  ordered_ = std::move(savedOrdered);
  std::string pad(static_cast<size_t>(indent_) * 2, ' ');
  return "[" + captures + "](" + params + ") " + keepFrames() + (copies ? "mutable " : "") + "-> " +
         ret + " {\n" + body.str() + pad + "}";
}

} // namespace gocxx::codegen
