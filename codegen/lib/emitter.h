// The Emitter lowers one checked package to C++ (private to codegen). It is
// split by concern: names.cpp (mangling), typegen.cpp (C++ spellings of Go
// types and type declarations), exprgen.cpp (expressions), stmtgen.cpp
// (statements), order.cpp (evaluation order within a statement),
// functable.cpp (Go's names of functions, for traces),
// package.cpp (the header/source pair and the entry point), interop.cpp
// (calls between C++ and Go).
#pragma once

#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "escape.h"
#include "gocxx/codegen/emit.h"
#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/types/object.h"
#include "gocxx/frontend/types/package.h"

namespace gocxx::codegen {

// The core type of a type parameter (what range, index, make ... work on),
// else the underlying type.
inline types::Type *coreOf(types::Type *t) {
  types::Type *c = types::coreType(t);
  return c ? c : types::underlying(t);
}

// A C++ identifier for a Go one: C++ keywords and reserved names get a
// trailing underscore.
std::string mangle(std::string_view goName);

// Whether evaluating e may have effects others could see or depend on: it
// has a call or a receive in it.
bool hasEffects(const ast::Expr *e);

// C++ string literal text for bytes (octal escapes for anything unprintable).
std::string cxxStringLiteral(const std::string &bytes);

class Emitter {
public:
  Emitter(const types::Package &pkg, const types::Info &info, const FileSet &fset,
          const EmitOptions &opts);

  EmittedPackage run();

private:
  // The declaration and object of a function d defines with a body, or nulls.
  std::pair<ast::FuncDecl *, types::Func *> definedFunc(ast::Decl *d) const;
  // --- types (typegen.cpp)
  std::string cxxType(types::Type *t);
  std::string resultType(types::Signature *sig);
  std::string typeNameOf(const types::TypeName *tn);
  std::string identityKey(types::Type *t);
  // The go::anon name of an unnamed type ("struct_<hash>", "slice_<hash>"),
  // and the text defining it there once per translation unit.
  std::string anonName(types::Type *t);
  std::string sharedDefinition(const std::string &name, const std::string &text);
  std::string fieldName(const types::Struct *st, size_t i);
  std::string fieldName(const types::Var *f);
  void emitTypeDecls(std::ostream &os);
  void emitStructDef(std::ostream &os, types::Struct *st, const std::string &name,
                     std::set<types::Struct *> &done, std::set<types::Struct *> &visiting);
  void collectAnonStructs(types::Type *t, std::set<types::Type *> &seen);
  std::string zeroValue(types::Type *t);

  // --- interfaces and descriptors (ifacegen.cpp)
  struct NameParts;
  // A type's string as reflect prints it; nameExpr: as a go::abi::text
  // constant (computed from the type parameters' names in templates).
  void reflectName(types::Type *t, NameParts &n);
  std::string reflectString(types::Type *t);
  std::string nameExpr(types::Type *t);
  std::string typeNameConst(types::Type *t);
  std::string typeHashConst(types::Type *t);
  std::string typeParamName(types::TypeParam *tp);
  // A C++ constant expression: the type's descriptor (const go::abi::rtype *).
  std::string typeDesc(types::Type *t, Pos pos);
  std::string descName(types::Named *n, bool ptr);
  std::string rtypeInit(types::Type *t, types::Type *u, const std::string &cxx, int tflag,
                        const std::string &ptrToThis, const std::string &self);
  std::string kindFields(types::Type *t, types::Type *u, const std::string &name, std::ostream &pre,
                         const std::string &tmpl, const std::string &targs, Pos pos);
  std::string funcParams(types::Signature *sig, Pos pos);
  std::string anonDesc(types::Type *t, Pos pos);
  std::string localTypeDesc(types::Named *n, Pos pos);
  std::string methodThunk(types::Type *t, const std::string &name, Pos pos);
  std::string itabFor(types::Type *concrete, types::Type *iface, Pos pos);
  bool mentionsTypeParam(types::Type *t);
  std::string anonShape(types::Struct *st);
  std::string structKey(types::Struct *st, const std::function<std::string(size_t)> &type);
  std::string anonShapeName(types::Struct *st);
  std::string anonShapeHeader(types::Struct *st);
  std::string structShapeDesc(types::Struct *st, Pos pos);
  std::string interfaceShapeDesc(types::Interface *it, Pos pos);
  bool refersTo(types::Type *t, types::Named *n, bool local = false);
  std::string toInterface(const std::string &value, types::Type *from, types::Type *to, Pos pos);
  void emitTypeDescriptors(std::ostream &heads, std::ostream &decls, std::ostream &defs);
  // Methods a struct type gains from its embedded fields; pointerOnly: in
  // the method set of *T only (a pointer receiver reached without one).
  struct PromotedMethod {
    types::Func *method;
    bool pointerOnly;
    types::Named *holder; // the embedded type declaring it (an instance: B[T])
  };
  std::vector<PromotedMethod> promotedMethods(types::Named *named);
  // Those of struct type st, the underlying type of named if not null.
  std::vector<PromotedMethod> promotedMethods(types::Struct *st, types::Named *named);
  bool methodStructDesc(types::Struct *st, Pos pos);
  struct MethodEntry {
    std::string name, thunk, desc; // the method, its thunk, its type's descriptor
  };
  void promotedThunks(types::Struct *st, const std::string &CT, const std::string &prefix,
                      std::ostream &decl, std::ostream &def, std::vector<MethodEntry> &valueMethods,
                      std::vector<MethodEntry> &ptrMethods, Pos pos);
  std::string methodTable(const std::vector<MethodEntry> &ms);
  std::string uncommonPart(const std::string &pkgPath, const std::string &dtype,
                           const std::vector<MethodEntry> &ms);
  std::string typeAssert(const ast::TypeAssertExpr *ta, bool commaOk);
  void typeSwitchStmt(const ast::TypeSwitchStmt *s, const std::string &label);

  // --- generics (typegen.cpp)
  std::string templateHeader(const std::vector<types::TypeParam *> &tparams);
  std::string cxxTypeIn(types::Type *t, const std::vector<types::TypeParam *> &from,
                        const std::vector<types::TypeParam *> &to);
  std::string templateArgs(const std::vector<types::Type *> &args);
  std::string templateParamsAsArgs(const std::vector<types::TypeParam *> &tparams);
  std::string instanceArgs(const ast::Ident *id);
  std::string receiverTemplateArgs(types::Type *recv);
  void promoteReceiver(std::string &x, types::Type *&xt, types::Func *m);
  // "go::call_iface<R, P...>" for method m of interface type iface, and in
  // index the method's place in the interface's sorted method list.
  std::string ifaceMethodCallee(types::Type *iface, types::Func *m, size_t &index);

  // --- goroutine traces (functable.cpp)
  void emitFuncTable(std::ostream &os);
  // Whether body calls fn itself (such functions keep tail calls).
  bool callsItself(const types::Func *fn, ast::Node *body);
  // Whether body calls recover itself (not in nested function literals).
  bool callsRecover(ast::Node *body);
  bool deferMayRecover(const ast::CallExpr *call);
  // "GOCXX_KEEP_FRAMES " for a function definition, or "" under --no-line
  // (no Go positions, no traces to keep frames for).
  std::string keepFrames() const;
  // A Go file's absolute path, as #line directives name it (so line tables
  // name it whatever the build's working directory); a //line name as is.
  const std::string &sourcePath(const std::string &name);
  std::map<std::string, std::string> sourcePaths_;

  // --- names (names.cpp)
  std::string objectName(const types::Object *obj);
  std::string qualifiedName(const types::Object *obj);
  std::string localName(const types::Var *v);
  std::string methodName(const types::Func *fn);
  std::string methodCallee(const types::Func *fn);
  std::string freshTemp(const std::string &hint);

  // --- expressions (exprgen.cpp)
  std::string expr(const ast::Expr *e);
  std::string exprAs(const ast::Expr *e, types::Type *target);
  std::string convertValue(const std::string &value, types::Type *from, types::Type *to);
  std::string constantValue(const types::Constant &c, types::Type *t);
  std::string callExpr(const ast::CallExpr *call);
  std::string setFinalizer(const ast::CallExpr *call); // runtime.SetFinalizer
  // The callee and the argument list of a call (receiver first for methods).
  bool splitCall(const ast::CallExpr *call, std::string &callee, std::string &args);
  std::string builtinCall(const ast::CallExpr *call, types::BuiltinId id);
  // An argument of print or println.
  std::string printArg(const ast::Expr *e);
  std::string structConversion(const std::string &x, types::Struct *from, types::Struct *to,
                               types::Type *toType, Pos pos);
  std::string conversion(const ast::CallExpr *call, types::Type *to);
  std::string operand(const ast::Expr *e, Token outer, bool right);
  const ast::Expr *bytesToStringArg(const ast::Expr *e);
  std::string binaryExpr(const ast::BinaryExpr *b);
  std::string unaryExpr(const ast::UnaryExpr *u);
  std::string selectorExpr(const ast::SelectorExpr *s);
  std::string indexExpr(const ast::IndexExpr *ix);
  bool staticLiteral(const ast::Expr *e) const;
  std::string methodValue(const ast::SelectorExpr *s, const types::Selection &sel);
  std::string sliceExpr(const ast::SliceExpr *s);
  std::string compositeLit(const ast::CompositeLit *lit, types::Type *t);
  // &T{...}: a T* to the literal on the collected heap, or in the frame
  // where escape analysis keeps it there (frameObject).
  std::string newCompositeLit(const ast::CompositeLit *lit, types::Type *t);
  std::string frameObject(types::Type *t, const std::string &init);
  // Values too large for a goroutine stack live on the heap.
  bool isLarge(types::Type *t);
  // A function literal as a go::func value, and as the bare C++ lambda.
  std::string funcLit(const ast::FuncLit *lit);
  std::string lambda(const ast::FuncLit *lit);
  std::string callArgs(const ast::CallExpr *call, types::Signature *sig, bool isMethod);
  std::string signatureType(types::Signature *sig);
  types::Type *typeOf(const ast::Expr *e) const;
  bool isConstant(const ast::Expr *e) const;

  // --- evaluation order (order.cpp)
  // Before a statement whose reads of shared memory come before a call
  // that could change it: evaluates what gc evaluates first (calls, len,
  // slicing, ...) into temporaries, which expr() then returns. roots: the
  // statement's expressions, with the types they are assigned to (or
  // nullptr); lhs: an assignment's left side. scoped: in a block of their
  // own, which the caller closes (a goto may jump over a statement that
  // declares no Go variable). Returns whether it did; then orderDone once
  // the statement's expressions are emitted.
  bool orderFirst(const std::vector<const ast::Expr *> &roots,
                  const std::vector<types::Type *> &targets, bool scoped,
                  const std::vector<const ast::Expr *> &lhs = {});
  void orderDone(Pos pos);
  class OrderPlan;
  struct OrderedValue {
    std::string temp;
    bool used;
  };
  std::unordered_map<const ast::Expr *, OrderedValue> ordered_;

  // --- statements (stmtgen.cpp)
  void funcDecl(const ast::FuncDecl *fd, std::ostream &os);
  std::string paramList(types::Signature *sig);
  void functionBody(types::Signature *sig, const ast::BlockStmt *body);
  std::string returnResults();
  void deferStmt(const ast::DeferStmt *s);
  std::string boundCall(const ast::CallExpr *call, const char *stmt);
  void block(const std::vector<ast::Stmt *> &list);
  void stmt(const ast::Stmt *s);
  void assignStmt(const ast::AssignStmt *s);
  void declStmt(const ast::DeclStmt *s);
  void declareLocal(const types::Var *v, const std::string &init);
  void ifStmt(const ast::IfStmt *s);
  std::string commaOkCall(const ast::Expr *rhs);
  std::string multiValue(const ast::Expr *e);
  void loopBody(const ast::BlockStmt *body);
  void forStmt(const ast::ForStmt *s, const std::string &label);
  void rangeStmt(const ast::RangeStmt *s, const std::string &label);
  // Bounds checks proven away (stmtgen.cpp, "Indexes in bounds").
  const types::Var *plainLocal(const ast::Expr *e) const;
  bool assignedIn(ast::Node *body, const types::Var *v) const;
  bool nonNegative(const ast::Expr *e) const;
  const types::Var *boundedBy(const ast::ForStmt *s) const;
  bool countedLoop(const ast::ForStmt *s) const;
  bool convergingLoop(const ast::AssignStmt *init, const ast::BinaryExpr *cond,
                      const ast::AssignStmt *post, ast::Node *body) const;
  bool provenInBounds(const ast::IndexExpr *ix) const;
  struct ProvenIndex {
    const types::Var *index, *seq;
  };
  std::vector<ProvenIndex> proven_; // i and s with 0 <= i < len(s) in the loop being emitted
  // Pointers that cannot be nil: a plain local whose one assignment is its
  // definition `p := &x` (nil checks on it are left out).
  bool knownNonNil(const ast::Expr *e);
  std::string nilChecked(const ast::Expr *e, const std::string &text);
  ast::Node *funcRoot_ = nullptr;             // body of the function being emitted
  std::map<const types::Var *, bool> nonNil_; // knownNonNil's answers in it
  void switchStmt(const ast::SwitchStmt *s, const std::string &label);
  void returnStmt(const ast::ReturnStmt *s);
  void selectStmt(const ast::SelectStmt *s, const std::string &label);
  void goStmt(const ast::GoStmt *s);
  void lineDirective(Pos pos);
  std::string lineDirectiveText(Pos pos); // "#line N \"file\"\n", or "" (--no-line)
  void line(const std::string &text);
  std::string assignTarget(const ast::Expr *lhs);
  // The locations of a parallel assignment's left side, their index
  // operands and pointers evaluated now, into temporaries.
  std::vector<std::string> assignLocations(const std::vector<ast::Expr *> &lhs);
  void storeTo(const ast::Expr *lhs, const std::string &value);

  void unsupported(Pos pos, const std::string &what);

  // --- calls between C++ and Go (interop.cpp)
  void interopError(Pos pos, const std::string &what);
  bool crossingSignature(types::Func *fn, Pos at, const std::string &directive);
  struct CrossingPrototype {
    std::string ret, params, args, argTypes; // "T a, U b"; "a, b"; "T, U"
  };
  CrossingPrototype crossingPrototype(types::Func *fn, bool goNames);
  // The #include lines of the files' //gocxx:include directives; the
  // headers' paths go to headers.
  std::string interopIncludes(std::vector<std::string> &headers);
  // The bodies of //gocxx:extern functions and the wrappers of //export
  // ones, appended to the source; out.exportHeader and out.externs.
  void emitInterop(std::ostringstream &src, EmittedPackage &out);

  const types::Package &pkg_;
  const types::Info &info_;
  types::Interface emptyInterface_; // interface{}, for boxing
  bool qualifyOwnTypes_ = false;    // spell the package's own type names in full
  const FileSet &fset_;
  EmitOptions opts_;
  EscapeTags ownTags_; // without opts_.escapeTags
  EscapeAnalysis escape_;
  // Whether a local lives on the heap for being shared: captured by a
  // closure, or its address taken where escape analysis cannot keep it in
  // the frame.
  bool boxed(const types::Var *v) const {
    return v->captured && !escape_.byValue(v) && !escape_.onStack(v);
  }

  std::ostringstream *out_ = nullptr; // current function body
  int indent_ = 0;
  std::string lineDirective_; // the current statement's #line, repeated on each C++ line
  bool lineUsed_ = false;     // a line was written since it
  int tempCounter_ = 0;
  std::unordered_map<const types::Var *, std::string> localNames_;
  std::map<std::string, int> localNameUses_;
  std::set<std::string> issued_; // the current function's local and temporary names
  // Whether a package this one imports (directly or not) has a function of
  // the name; and those names ("" once computed).
  bool importedFuncName(const std::string &name);
  std::string intrinsicName(const types::Func *fn);
  std::set<std::string> importedFuncs_;
  types::Signature *currentSig_ = nullptr;
  std::vector<std::string> resultNames_; // named results of the current function
  // Labels for break/continue of the innermost loops and switches.
  struct BreakTarget {
    std::string label;      // Go label, or empty
    std::string breakLabel; // C++ label to jump to for break
    std::string continueLabel;
    bool isLoop = false;
    bool usedBreak = false, usedContinue = false;
    bool hasPost = false; // a for loop's post statement ends the body: continue jumps to it
  };
  std::vector<BreakTarget> targets_;
  std::string fallthroughLabel_; // where fallthrough in the current case goes
  std::vector<std::string> errors_;
  int initCounter_ = 0;
  // C++ names of struct types: named ones, and generated ones for anonymous.
  std::map<types::Struct *, std::string> structNames_;
  std::map<types::Named *, bool> localRecursive_; // local types: refers to itself
  std::set<std::string> anonShapes_;              // unnamed structs' shapes, each defined once
  std::vector<types::Struct *> anonStructs_;
  std::map<types::Struct *, std::vector<types::TypeParam *>> structTypeParams_; // generic structs

  std::map<std::string, std::string> itabFuncs_;     // "T => I" -> itab variable
  std::ostringstream itabDefs_;                      // itabs (header, after the descriptors)
  std::set<std::string> anonDescs_;                  // unnamed struct and interface descriptors
  std::map<std::string, bool> methodStructs_;        // unnamed structs: whether they have methods
  std::map<types::Named *, std::string> localDescs_; // types declared in functions
  // Per package, the names of its generic types' type parameters.
  std::map<const types::Package *, std::set<std::string>> typeParamNames_;
  std::ostringstream templateDecls_; // generic functions' declarations
  std::ostringstream anonDefs_;      // their definitions (header)
  std::ostringstream anonLateDefs_;  // definitions that call generic code (header, after it)
  std::ostringstream genericDescs_;  // descriptors of generic types (templates)
  // Type parameters that stand for other types while a method is written in
  // its type's terms: a method's own receiver parameters for the type's
  // (cxxTypeIn), or B[T]'s get() promoted into A[T] in A's.
  std::map<const types::TypeParam *, types::Type *> substParams_;
  bool hasDefer_ = false; // the current function has defer statements
  bool recovers_ = false; // the current function calls recover itself
  // Bodies of this package's functions and methods, for what a deferred call
  // of one may do.
  std::unordered_map<const types::Func *, ast::Node *> funcBodies_;
  std::string pendingPrefix_; // statements a call with a tuple argument needs first
};

} // namespace gocxx::codegen
