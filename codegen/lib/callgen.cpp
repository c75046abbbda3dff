// Lowering of calls: functions, methods (free functions taking the receiver
// first), function values, conversions and the built-ins. Variadic
// arguments are packed into a slice as Go does; f(g()) with a multi-valued
// g unpacks g's tuple.
#include "emitter.h"

#include <cctype>

namespace gocxx::codegen {

using namespace gocxx::types;
using gocxx::ast::dyn_cast;
namespace ast = gocxx::ast;

std::string Emitter::callArgs(const ast::CallExpr *call, Signature *sig, bool isMethod) {
  auto &params = sig->params->vars;
  std::vector<std::string> out;
  // f(g()) where g returns several values.
  if (call->args.size() == 1 && isa<Tuple>(typeOf(call->args[0]))) {
    auto *tu = cast<Tuple>(typeOf(call->args[0]));
    std::string tmp = freshTemp("results");
    // The tuple is bound to a temporary (see pendingPrefix_); the arguments
    // are its converted elements.
    for (size_t i = 0; i < tu->vars.size(); ++i) {
      Type *pt = (sig->variadic && i + 1 >= params.size()) ? cast<Slice>(params.back()->type)->elem
                                                           : params[i]->type;
      out.push_back(
          convertValue("std::get<" + std::to_string(i) + ">(" + tmp + ")", tu->vars[i]->type, pt));
    }
    std::string prefix = "auto " + tmp + " = " + expr(call->args[0]) + "; ";
    pendingPrefix_ = prefix;
  } else {
    size_t fixed = sig->variadic ? params.size() - 1 : params.size();
    for (size_t i = 0; i < call->args.size() && i < fixed; ++i)
      out.push_back(exprAs(call->args[i], params[i]->type));
    if (sig->variadic) {
      Type *st = params.back()->type;
      Type *et = cast<Slice>(st)->elem;
      if (call->ellipsis != NoPos) {
        out.push_back(expr(call->args.back()));
      } else if (call->args.size() <= fixed) {
        out.push_back(cxxType(st) + "{}");
      } else {
        std::string elems;
        for (size_t i = fixed; i < call->args.size(); ++i)
          elems += (i > fixed ? ", " : "") + exprAs(call->args[i], et);
        if (escape_.onStack(call)) {
          // A slice that escape analysis keeps in the frame: its elements
          // go to storage declared just before the statement.
          std::string store = freshTemp("args");
          line("go::impl::frame_array<" + cxxType(et) + ", " +
               std::to_string(call->args.size() - fixed) + "> " + store + ";");
          out.push_back("go::impl::frame_slice(" + store + ", {" + elems + "})");
        } else {
          out.push_back("go::slice_of<" + cxxType(et) + ">({" + elems + "})");
        }
      }
    }
  }
  if (sig->variadic && call->args.size() == 1 && isa<Tuple>(typeOf(call->args[0]))) {
    // Pack the trailing tuple elements into the variadic slice.
    size_t fixed = params.size() - 1;
    std::string s = "go::slice_of<" + cxxType(cast<Slice>(params.back()->type)->elem) + ">({";
    for (size_t i = fixed; i < out.size(); ++i)
      s += (i > fixed ? ", " : "") + out[i];
    out.resize(fixed);
    out.push_back(s + "})");
  }
  std::string s;
  for (size_t i = 0; i < out.size(); ++i)
    s += (i || isMethod ? ", " : "") + out[i];
  return s;
}

std::string Emitter::callExpr(const ast::CallExpr *call) {
  auto *ftv = info_.typeOf(call->fun);
  if (ftv && ftv->mode == Mode::TypeExpr)
    return conversion(call, ftv->type);
  if (ftv && ftv->mode == Mode::Builtin) {
    const ast::Expr *fun = call->fun;
    while (auto *p = dyn_cast<ast::ParenExpr>(fun))
      fun = p->x;
    Object *obj = nullptr;
    if (auto *id = dyn_cast<ast::Ident>(fun))
      obj = info_.objectOf(id);
    else if (auto *se = dyn_cast<ast::SelectorExpr>(fun))
      obj = info_.objectOf(se->sel); // unsafe.Add, unsafe.Slice
    auto *b = dyn_cast<Builtin>(obj);
    if (!b) {
      unsupported(call->pos(), "built-in call");
      return "0";
    }
    return builtinCall(call, b->id);
  }
  if (auto *se = dyn_cast<ast::SelectorExpr>(call->fun)) {
    auto *fn = dyn_cast<Func>(info_.objectOf(se->sel));
    if (fn && fn->pkg && fn->pkg->path == "runtime" && fn->name == "SetFinalizer")
      return setFinalizer(call);
  }
  std::string callee, args;
  if (!splitCall(call, callee, args))
    return "0";
  std::string result = callee + "(" + args + ")";
  if (!pendingPrefix_.empty()) {
    result = "[&] { " + pendingPrefix_ + "return " + result + "; }()";
    pendingPrefix_.clear();
  }
  return result;
}

// runtime.SetFinalizer(obj, f) takes two interfaces in Go; the static types
// of its arguments give the C++ call of f on the object's address, which
// the runtime keeps (go::impl::set_finalizer). Go's run-time checks of the
// argument types become compile-time ones.
std::string Emitter::setFinalizer(const ast::CallExpr *call) {
  auto isNil = [&](const ast::Expr *e) {
    while (auto *p = dyn_cast<ast::ParenExpr>(e))
      e = p->x;
    auto *id = dyn_cast<ast::Ident>(e);
    return id && isa<Nil>(info_.objectOf(id));
  };
  Type *objType = typeOf(call->args[0]);
  if (isNil(call->args[0]) || !isa<Pointer>(underlying(objType))) {
    unsupported(call->pos(), "runtime.SetFinalizer of a value that is not a typed pointer");
    return "0";
  }
  std::string obj = expr(call->args[0]);
  if (isNil(call->args[1]))
    return "go::impl::set_finalizer(" + obj + ", nullptr)";
  auto *sig = dyn_cast<Signature>(underlying(typeOf(call->args[1])));
  if (!sig || sig->params->vars.size() != 1 || sig->variadic) {
    unsupported(call->pos(), "runtime.SetFinalizer with a finalizer that is not a func of one "
                             "parameter");
    return "0";
  }
  std::string arg =
      convertValue("static_cast<" + cxxType(objType) + ">(p)", objType, sig->params->vars[0]->type);
  return "[&] { auto fin_obj = " + obj + "; auto fin = " + expr(call->args[1]) +
         "; go::impl::set_finalizer(fin_obj, fin == nullptr ? go::func<void(void *)>() : "
         "go::func<void(void *)>([fin](void *p) { fin(" +
         arg + "); })); }()";
}

// The function of gocxx/runtime/intrinsics.h that stands for a call of fn,
// or "": gc's intrinsics of math and math/bits, whose Go bodies Clang
// would not see through from another package.
std::string Emitter::intrinsicName(const Func *fn) {
  static const std::set<std::string> math = {"Sqrt",
                                             "Abs",
                                             "Copysign",
                                             "Floor",
                                             "Ceil",
                                             "Trunc",
                                             "FMA",
                                             "IsNaN",
                                             "Float64bits",
                                             "Float32bits",
                                             "Float64frombits",
                                             "Float32frombits",
                                             "Signbit"};
  static const std::set<std::string> bits = {"OnesCount",
                                             "OnesCount64",
                                             "OnesCount32",
                                             "OnesCount16",
                                             "OnesCount8",
                                             "LeadingZeros",
                                             "LeadingZeros64",
                                             "LeadingZeros32",
                                             "LeadingZeros16",
                                             "LeadingZeros8",
                                             "TrailingZeros",
                                             "TrailingZeros64",
                                             "TrailingZeros32",
                                             "TrailingZeros16",
                                             "TrailingZeros8",
                                             "Len",
                                             "Len64",
                                             "Len32",
                                             "Len16",
                                             "Len8",
                                             "RotateLeft",
                                             "RotateLeft64",
                                             "RotateLeft32",
                                             "RotateLeft16",
                                             "RotateLeft8",
                                             "ReverseBytes",
                                             "ReverseBytes64",
                                             "ReverseBytes32",
                                             "ReverseBytes16",
                                             "Mul64",
                                             "Mul",
                                             "Add64",
                                             "Add",
                                             "Sub64",
                                             "Sub"};
  if (!fn->pkg || fn->signature()->recv)
    return "";
  if (fn->pkg->path == "math" && math.count(fn->name))
    return "go::intrinsics::math_" + fn->name;
  if (fn->pkg->path == "math/bits" && bits.count(fn->name))
    return "go::intrinsics::bits_" + fn->name;
  return "";
}

bool Emitter::splitCall(const ast::CallExpr *call, std::string &callee, std::string &args) {
  auto *sig = dyn_cast<Signature>(underlying(typeOf(call->fun)));
  if (!sig) {
    unsupported(call->pos(), "call of this kind");
    return false;
  }
  std::string recv;
  bool isMethod = false;
  const ast::Expr *fun = call->fun;
  while (auto *p = dyn_cast<ast::ParenExpr>(fun))
    fun = p->x;
  // F[int](x): the instance's template arguments are on F's identifier.
  if (auto *ix = dyn_cast<ast::IndexExpr>(fun))
    fun = ix->x;
  else if (auto *il = dyn_cast<ast::IndexListExpr>(fun))
    fun = il->x;
  if (auto *id = dyn_cast<ast::Ident>(fun)) {
    if (auto *fn = dyn_cast<Func>(info_.objectOf(id))) {
      callee = intrinsicName(fn);
      // Qualified when C++ could look elsewhere for the name too
      // (argument-dependent lookup): an imported package has a function of
      // the name, or the name is one the runtime (namespace go) or the C++
      // library (std, for complex and tuple arguments) may have: these are
      // all lower case.
      bool qualify = fn->pkg == &pkg_ && (importedFuncName(fn->name) ||
                                          std::islower(static_cast<unsigned char>(fn->name[0])));
      if (callee.empty())
        callee = (qualify ? qualifiedName(fn) : objectName(fn)) + instanceArgs(id);
    }
  } else if (auto *se = dyn_cast<ast::SelectorExpr>(fun)) {
    auto it = info_.selections.find(se);
    if (it != info_.selections.end()) {
      const Selection &sel = it->second;
      if (sel.kind == SelectionKind::Qualified && isa<Func>(sel.obj)) {
        callee = intrinsicName(cast<Func>(sel.obj));
        if (callee.empty())
          callee = qualifiedName(sel.obj) + instanceArgs(se->sel);
      } else if (sel.kind == SelectionKind::MethodVal) {
        auto *m = cast<Func>(sel.obj);
        Type *xt = typeOf(se->x);
        std::string xs = expr(se->x);
        promoteReceiver(xs, xt, m);
        if (auto *tp = dyn_cast<TypeParam>(xt)) {
          // A method of a type parameter's constraint: box the value and call
          // through the constraint's method table.
          Type *c = tp->constraint;
          xs = "go::iface_to_iface(go::make_any(" + xs + ", " + typeDesc(xt, se->pos()) + "), " +
               typeDesc(c, se->pos()) + ")";
          xt = c;
        }
        if (isInterface(xt)) {
          // An interface method call goes through the itab: method k of the
          // interface's sorted method list.
          size_t k = 0;
          callee = ifaceMethodCallee(xt, m, k);
          recv = xs + ", " + std::to_string(k);
          isMethod = true;
        } else {
          Signature *msig = m->signature();
          bool ptrRecv = msig->recv && isa<Pointer>(msig->recv->type);
          bool xPtr = isa<Pointer>(underlying(xt));
          std::string x = xs;
          if (ptrRecv && !xPtr)
            recv = "&" + x;
          else if (!ptrRecv && xPtr)
            recv = "*go::impl::nil_check(" + x + ")";
          else
            recv = x;
          callee = methodCallee(m) + receiverTemplateArgs(xt);
          isMethod = true;
        }
      }
    }
  }
  if (callee.empty())
    callee = expr(call->fun);
  args = recv + callArgs(call, sig, isMethod);
  return true;
}

// A method promoted through embedded fields: x and xt become the embedded
// value that declares it (or the embedded interface that has it).
std::string Emitter::ifaceMethodCallee(Type *iface, Func *m, size_t &index) {
  auto *it = cast<Interface>(underlying(iface));
  index = 0;
  while (index < it->allMethods.size() && it->allMethods[index]->name != m->name)
    ++index;
  Signature *msig = m->signature();
  std::string callee = "go::call_iface<" + resultType(msig);
  for (Var *p : msig->params->vars)
    callee += ", " + cxxType(p->type);
  return callee + ">";
}

void Emitter::promoteReceiver(std::string &x, Type *&xt, Func *m) {
  Signature *msig = m->signature();
  Type *recvBase = msig && msig->recv ? msig->recv->type : nullptr;
  if (auto *p = recvBase ? dyn_cast<Pointer>(recvBase) : nullptr)
    recvBase = p->elem;
  auto baseOf = [](Type *t) -> Type * {
    if (auto *p = dyn_cast<Pointer>(t))
      t = p->elem;
    if (auto *n = dyn_cast<Named>(t); n && n->origin)
      return n->origin;
    return t;
  };
  Type *want = recvBase ? baseOf(recvBase) : nullptr;
  auto holds = [&](Type *t) {
    if (want)
      return baseOf(t) == want;
    // Interface methods have no receiver: an interface that lists m.
    auto *it = dyn_cast<Interface>(underlying(t));
    if (!it)
      return false;
    for (Func *f : it->allMethods)
      if (f == m)
        return true;
    return false;
  };
  if (holds(xt))
    return;
  struct Item {
    std::string expr;
    Type *type;
  };
  std::vector<Item> level = {{x, xt}};
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::vector<Item> next;
    for (auto &item : level) {
      Type *t = item.type;
      bool ptr = isa<Pointer>(underlying(t));
      Type *st = ptr ? underlying(cast<Pointer>(underlying(t))->elem) : underlying(t);
      auto *s = dyn_cast<Struct>(st);
      if (!s)
        continue;
      for (Var *f : s->fields) {
        if (!f->embedded)
          continue;
        std::string e = ptr ? "go::impl::nil_check(" + item.expr + ")->" + fieldName(f)
                            : item.expr + "." + fieldName(f);
        if (holds(f->type)) {
          x = e;
          xt = f->type;
          return;
        }
        next.push_back({e, f->type});
      }
    }
    level = std::move(next);
  }
}

// For a method of a generic type called on an instance: its type arguments.
std::string Emitter::receiverTemplateArgs(Type *recv) {
  if (auto *p = dyn_cast<Pointer>(recv))
    recv = p->elem;
  auto *n = dyn_cast<Named>(recv);
  return n && n->origin ? templateArgs(n->typeArgs) : "";
}

// T(x) between struct types of identical fields (Go ignores tags) that are
// distinct C++ structs: a new T of x's fields, each converted alike.
std::string Emitter::structConversion(const std::string &x, Struct *from, Struct *to, Type *toType,
                                      Pos pos) {
  std::string v = freshTemp("from");
  std::string s = "[&](const auto &" + v + ") { return " + cxxType(toType) + "{";
  for (size_t i = 0; i < to->fields.size(); ++i) {
    Type *ft = from->fields[i]->type, *tt = to->fields[i]->type;
    std::string f = v + "." + fieldName(from, i);
    if (cxxType(ft) != cxxType(tt)) {
      auto *fs = dyn_cast<Struct>(underlying(ft));
      auto *ts = dyn_cast<Struct>(underlying(tt));
      if (!fs || !ts) {
        unsupported(pos, "conversion of field " + to->fields[i]->name + " of type " +
                             typeString(ft) + " to " + typeString(tt));
        return x;
      }
      f = structConversion(f, fs, ts, tt, pos);
    }
    s += (i ? ", " : "") + f;
  }
  return s + "}; }(" + x + ")";
}

std::string Emitter::conversion(const ast::CallExpr *call, Type *to) {
  const ast::Expr *arg = call->args[0];
  Type *from = typeOf(arg);
  Type *tu = underlying(to), *fu = underlying(from);
  std::string x = expr(arg);
  if (isInterface(to))
    return exprAs(arg, to);
  if (auto *b = dyn_cast<Basic>(from); b && b->basicKind == BasicKind::UntypedNil) {
    // Typed, so that boxing it keeps its type's nil (any(map[K]V(nil))).
    std::string z = zeroValue(to);
    return z == "nullptr" ? "static_cast<" + cxxType(to) + ">(nullptr)" : z;
  }
  // With a type parameter, the conversion depends on the type argument: the
  // template picks it by the C++ types.
  if (isa<TypeParam>(tu) || isa<TypeParam>(fu))
    return "go::convert<" + cxxType(to) + ">(" + x + ")";
  if (escape_.onStack(call)) {
    // string(r), string(b) or []byte(s) that escape analysis keeps in the
    // frame: its bytes go to a buffer declared just before the statement.
    std::string buf = freshTemp("buf");
    if (isString(tu) && isInteger(fu)) {
      line("go::impl::rune_buf " + buf + ";");
      return "go::string_from_int_in(" + buf + ", " + x + ")";
    }
    line("go::impl::tmp_buf " + buf + ";");
    return (isString(tu) ? "go::string_from_bytes_in(" : "go::bytes_from_string_in(") + buf + ", " +
           x + ")";
  }
  if (isString(tu)) {
    if (isString(fu))
      return x;
    if (isInteger(fu))
      return "go::string_from_int(" + x + ")";
    if (auto *s = dyn_cast<Slice>(fu)) {
      auto *eb = cast<Basic>(underlying(s->elem));
      return eb->basicKind == BasicKind::Uint8 ? "go::string_from_bytes(" + x + ")"
                                               : "go::string_from_runes(" + x + ")";
    }
  }
  if (auto *s = dyn_cast<Slice>(tu); s && isString(fu)) {
    auto *eb = cast<Basic>(underlying(s->elem));
    return eb->basicKind == BasicKind::Uint8 ? "go::bytes_from_string(" + x + ")"
                                             : "go::runes_from_string(" + x + ")";
  }
  if (isNumeric(tu) && isNumeric(fu)) {
    if (isInteger(tu) && isFloat(fu))
      return "go::float_to_int<" + cxxType(to) + ">(" + x + ")";
    return "static_cast<" + cxxType(to) + ">(" + x + ")";
  }
  if (auto *ts = dyn_cast<Struct>(tu); ts && isa<Struct>(fu) && cxxType(to) != cxxType(from))
    return structConversion(x, cast<Struct>(fu), ts, to, call->pos());
  if (identical(tu, fu))
    return x;
  if (isa<Chan>(tu) && isa<Chan>(fu))
    return x; // a direction is not in the C++ type
  if (isa<Pointer>(tu) && isa<Pointer>(fu))
    return "reinterpret_cast<" + cxxType(to) + ">(" + x + ")";
  if (auto *p = dyn_cast<Pointer>(tu); p && isa<Slice>(fu)) {
    if (auto *a = dyn_cast<Array>(underlying(p->elem))) // (*[N]T)(s)
      return "go::slice_to_array_ptr<" + cxxType(a->elem) + ", " + std::to_string(a->len) + ">(" +
             x + ")";
  }
  // unsafe.Pointer to and from pointers and uintptr.
  auto isUnsafe = [](Type *t) {
    auto *b = dyn_cast<Basic>(t);
    return b && b->basicKind == BasicKind::UnsafePointer;
  };
  if ((isUnsafe(tu) && (isa<Pointer>(fu) || isUnsafe(fu))) || (isUnsafe(fu) && isa<Pointer>(tu)))
    return "static_cast<" + cxxType(to) + ">(static_cast<void*>(" + x + "))";
  if ((isUnsafe(tu) && isInteger(fu)) || (isUnsafe(fu) && isInteger(tu)))
    return "reinterpret_cast<" + cxxType(to) + ">(" + x + ")";
  unsupported(call->pos(), "conversion from " + typeString(from) + " to " + typeString(to));
  return x;
}

// Pointers, maps and channels print as addresses, nil ones as 0x0; only
// the untyped nil prints as nil.
std::string Emitter::printArg(const ast::Expr *e) {
  Type *u = underlying(typeOf(e));
  bool address = isa<Pointer>(u) || isa<Map>(u) || isa<Chan>(u) ||
                 (isa<Basic>(u) && cast<Basic>(u)->basicKind == BasicKind::UnsafePointer);
  return address ? "static_cast<const void *>(" + expr(e) + ")" : expr(e);
}

std::string Emitter::builtinCall(const ast::CallExpr *call, BuiltinId id) {
  auto &a = call->args;
  auto arg = [&](size_t i) { return expr(a[i]); };
  switch (id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    const char *fn = id == BuiltinId::Len ? "go::len(" : "go::cap(";
    Type *t = coreOf(typeOf(a[0]));
    if (auto *p = dyn_cast<Pointer>(t); p && isa<Array>(underlying(p->elem)))
      // Not constant: the operand has calls, which run (the pointer may be nil).
      return "(static_cast<void>(" + arg(0) + "), " +
             std::to_string(cast<Array>(underlying(p->elem))->len) + "L)";
    return fn + arg(0) + ")";
  }
  case BuiltinId::Append: {
    auto *st = cast<Slice>(coreOf(typeOf(call)));
    std::string s = arg(0);
    if (call->ellipsis != NoPos) // append(b, s...) of a string copies its bytes once
      return "go::append_slice(" + s + ", " + arg(1) + ")";
    std::string out = "go::append(" + s;
    for (size_t i = 1; i < a.size(); ++i)
      out += ", static_cast<" + cxxType(st->elem) + ">(" + exprAs(a[i], st->elem) + ")";
    return out + ")";
  }
  case BuiltinId::Make: {
    Type *t = typeOf(call);
    Type *u = coreOf(t);
    if (auto *s = dyn_cast<Slice>(u)) {
      std::string args = arg(1);
      if (a.size() > 2)
        args += ", " + arg(2);
      return "go::make_slice<" + cxxType(s->elem) + ">(" + args + ")";
    }
    if (auto *c = dyn_cast<Chan>(u))
      return "go::make_chan<" + cxxType(c->elem) + ">(" + (a.size() > 1 ? arg(1) : "0") + ")";
    if (auto *m = dyn_cast<Map>(u))
      return "go::make_map<" + cxxType(m->key) + ", " + cxxType(m->elem) + ">()";
    unsupported(call->pos(), "make of " + typeString(t));
    return "0";
  }
  case BuiltinId::New: {
    auto *p = cast<Pointer>(typeOf(call));
    if (escape_.onStack(call) && !isLarge(p->elem)) // p := new(T) that stays in the frame
      return frameObject(p->elem, zeroValue(p->elem));
    return "go::new_object<" + cxxType(p->elem) + ">()";
  }
  case BuiltinId::Panic:
    return "go::panic(" + exprAs(a[0], &emptyInterface_) + ")";
  case BuiltinId::Print:
  case BuiltinId::Println: {
    std::string out =
        id == BuiltinId::Println ? "go::impl::builtin_println(" : "go::impl::builtin_print(";
    if (a.size() == 1 && isa<Tuple>(typeOf(a[0])))
      return "std::apply([](const auto &...v) { " + out + "v...); }, " + expr(a[0]) + ")";
    for (size_t i = 0; i < a.size(); ++i)
      out += (i ? ", " : "") + printArg(a[i]);
    return out + ")";
  }
  case BuiltinId::Close:
    return "go::close(" + arg(0) + ")";
  case BuiltinId::Copy:
    // A string source copies its bytes straight (an overload), as gc's
    // slicestringcopy: no []byte of it first.
    return "go::copy(" + arg(0) + ", " + arg(1) + ")";
  case BuiltinId::Delete: {
    auto *m = cast<Map>(coreOf(typeOf(a[0])));
    return "go::map_delete(" + arg(0) + ", " + exprAs(a[1], m->key) + ")";
  }
  case BuiltinId::Recover:
    return recovers_ ? "go::recover(recoverable_)" : "go::recover(false)";
  case BuiltinId::Add:
    return "static_cast<void*>(static_cast<char*>(" + arg(0) + ") + " + arg(1) + ")";
  case BuiltinId::Slice: {
    auto *st = cast<Slice>(typeOf(call));
    return "go::unsafe_slice<" + cxxType(st->elem) + ">(" + arg(0) + ", int64_t(" + arg(1) + "))";
  }
  case BuiltinId::Sizeof:
  case BuiltinId::Alignof:
    // Constants, emitted from their values, except of types made of type
    // parameters: the C++ types' sizes are Go's.
    return std::string("uintptr_t(") + (id == BuiltinId::Sizeof ? "sizeof(" : "alignof(") +
           cxxType(typeOf(a[0])) + "))";
  case BuiltinId::Offsetof: {
    // A constant, but in a struct made of type parameters: the sum of the
    // C++ offsets along the selector's path.
    const ast::Expr *e = a[0];
    while (auto *p = dyn_cast<ast::ParenExpr>(e))
      e = p->x;
    auto *se = cast<ast::SelectorExpr>(e);
    Type *t = underlying(typeOf(se->x));
    if (auto *p = dyn_cast<Pointer>(t))
      t = p->elem;
    std::string sum;
    for (int index : info_.selections.at(se).path) {
      auto *st = cast<Struct>(underlying(t));
      sum += (sum.empty() ? "" : " + ") + std::string("__builtin_offsetof(") + cxxType(t) + ", " +
             fieldName(st, size_t(index)) + ")";
      t = st->fields[size_t(index)]->type;
    }
    return "uintptr_t(" + sum + ")";
  }
  case BuiltinId::Complex:
    return cxxType(typeOf(call)) + "(" + arg(0) + ", " + arg(1) + ")";
  case BuiltinId::Real:
    return "(" + arg(0) + ").real()";
  case BuiltinId::Imag:
    return "(" + arg(0) + ").imag()";
  }
  return "0";
}

} // namespace gocxx::codegen
