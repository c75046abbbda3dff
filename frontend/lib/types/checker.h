// The type checker of one package (private to the frontend). It follows
// go/types: collect package-level objects, type-check their declarations
// lazily in dependency order, then function bodies; record everything codegen
// needs in Info. Errors use gc's wording; an invalid operand is silent, so
// one mistake yields one message.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/exprstring.h"
#include "gocxx/frontend/types/context.h"
#include "gocxx/frontend/types/package.h"

namespace gocxx::types {

// An operand: the result of checking an expression.
struct Operand {
  Mode mode = Mode::NoValue;
  bool invalid = true;
  ast::Expr *expr = nullptr;
  Type *type = nullptr;
  Constant value;
  BuiltinId builtin = BuiltinId::Len;

  bool isConstant() const { return !invalid && mode == Mode::Constant; }
  void setInvalid() { invalid = true; }
};

class Checker {
public:
  Checker(TypeContext &ctx, Info &info, DiagnosticEngine &diags, Package *pkg,
          std::function<Package *(const std::string &, Pos)> importer);

  // Checks the package's files (already parsed into pkg->files).
  void checkFiles();

private:
  // --- package level (decl.cpp)
  struct DeclInfo {
    ast::GenDecl *gen = nullptr;    // for const/var/type
    ast::ValueSpec *spec = nullptr; // const or var spec
    ast::TypeSpec *typeSpec = nullptr;
    ast::FuncDecl *func = nullptr;
    int iota = 0;
    ast::Expr *constType = nullptr;       // inherited type of an implicit const spec
    std::vector<ast::Expr *> constValues; // inherited values
    std::vector<Object *> deps;
    enum { Unchecked, Checking, Done } state = Unchecked;
  };
  void collectObjects();
  void declareImports(ast::File *file);
  void objDecl(Object *obj);
  void constDecl(Const *obj, DeclInfo &d);
  void varDecl(Var *obj, DeclInfo &d);
  void typeDecl(TypeName *obj, DeclInfo &d);
  void funcDecl(Func *obj, DeclInfo &d);
  // A type as gc writes it in messages: this package's types unqualified.
  std::string typeString(const Type *t) const { return types::typeString(t, pkg_); }
  std::string typesSummary(const std::vector<Type *> &types);
  void assignMismatch(const std::vector<ast::Expr *> &rhs, size_t nvars, size_t nvals);
  void arityMismatch(ast::ValueSpec *vs);
  std::string kindString(Type *t);
  void reportInitCycle(std::vector<Object *> cycle, std::set<Object *> &reported);
  void checkEmbeddedField(Type *t, Pos pos);
  void collectMethods();
  void addMethod(ast::FuncDecl *fd, Func *fn);
  TypeName *receiverBase(ast::FuncDecl *fd);
  bool containsByValue(Type *t, Named *n);
  void computeInitOrder();
  void unusedImports();

  // --- generics (generics.cpp)
  // The core type of t if it has one (type parameters), else its underlying type.
  static Type *coreOrUnderlying(Type *t) {
    Type *c = coreType(t);
    return c ? c : underlying(t);
  }
  std::vector<TypeParam *> declareTypeParams(ast::FieldList *list, Scope *scope);
  Type *constraintType(ast::Expr *e);
  std::vector<Term> unionTerms(ast::Expr *e);
  bool satisfies(Type *t, Type *constraint, std::string &why);
  Type *subst(Type *t, const std::map<TypeParam *, Type *> &m);
  Named *instantiateNamed(Named *origin, const std::vector<Type *> &args, Pos pos);
  Signature *instanceMethodType(Func *fn, Type *recvType);
  Type *genericTypeInstance(ast::Expr *e);
  bool unify(Type *p, Type *a, std::map<TypeParam *, Type *> &m,
             const std::vector<TypeParam *> &tparams);
  Signature *inferAndInstantiate(ast::Expr *fun, Signature *sig, std::vector<Type *> explicitArgs,
                                 std::vector<Operand> *args, Pos pos, bool spread = false);
  bool mentions(Type *t, TypeParam *tp);
  std::string exprName(const ast::Expr *e);

  // --- types (typexpr.cpp)
  Type *typExpr(ast::Expr *e);
  Type *typExprInternal(ast::Expr *e);
  Signature *funcType(ast::FieldList *recv, ast::FuncType *ft, Scope *scope);
  Tuple *collectParams(ast::FieldList *list, std::vector<std::pair<ast::Ident *, Var *>> &named,
                       bool results, bool &variadic);
  Type *structType(ast::StructType *st);
  Type *interfaceType(ast::InterfaceType *it);
  void completeInterface(Interface *it);
  int64_t arrayLength(ast::Expr *e);

  // --- expressions (expr.cpp)
  void expr(Operand &x, ast::Expr *e);                    // single value
  void multiExpr(std::vector<Operand> &xs, ast::Expr *e); // call results unpacked
  void exprOrType(Operand &x, ast::Expr *e);
  void commaOkOrMulti(std::vector<Operand> &xs, ast::Expr *e, bool wantTwo);
  void rawExpr(Operand &x, ast::Expr *e, Type *hint);
  void exprInternal(Operand &x, ast::Expr *e, Type *hint);
  void ident(Operand &x, ast::Ident *id, bool wantType);
  void basicLit(Operand &x, ast::BasicLit *lit);
  void compositeLit(Operand &x, ast::CompositeLit *lit, Type *hint);
  void funcLit(Operand &x, ast::FuncLit *lit);
  void selector(Operand &x, ast::SelectorExpr *e);
  void indexExpr(Operand &x, ast::IndexExpr *e);
  void sliceExpr(Operand &x, ast::SliceExpr *e);
  void unary(Operand &x, ast::UnaryExpr *e);
  void binary(Operand &x, ast::BinaryExpr *e, ast::Expr *lhs, ast::Expr *rhs, Token op);
  void shift(Operand &x, Operand &y, ast::BinaryExpr *e, Token op);
  bool constantOverflow(Operand &x, const char *what);
  void comparison(Operand &x, Operand &y, Token op);
  void typeAssert(Operand &x, ast::TypeAssertExpr *e);
  void record(Operand &x);
  void updateExprType(ast::Expr *e, Type *t, bool final);

  // --- calls (call.cpp)
  void callExpr(Operand &x, ast::CallExpr *call);
  void builtinCall(Operand &x, ast::CallExpr *call, BuiltinId id);
  void conversion(Operand &x, Type *t);
  bool isUnsafePointer(Type *t);
  bool isUintptr(Type *t);
  Type *typeOf(ast::Expr *e);
  Signature *arguments(ast::CallExpr *call, Signature *sig, std::vector<Operand> &args);
  void instantiateExpr(Operand &x, ast::Expr *e, ast::Expr *base,
                       const std::vector<ast::Expr *> &indices);

  // --- assignability (assign.cpp)
  bool assignableTo(Operand &x, Type *t, std::string *reason = nullptr);
  void assignment(Operand &x, Type *t, const std::string &context);
  void convertUntyped(Operand &x, Type *target);
  bool representable(Operand &x, Basic *t, bool report);
  Type *defaultType(Type *t);
  bool implements(Type *t, Interface *iface, std::string *missing = nullptr);
  std::string operandString(const Operand &x);
  bool visible(Object *obj) const;
  Package *lookupFrom_ = nullptr; // set while a selector looks names up
  // The field name of t, through embedded fields; *ambiguous is set when
  // two are at the shallowest depth.
  Var *lookupField(Type *t, const std::string &name, std::vector<int> &path, bool &indirect,
                   bool *ambiguous = nullptr);
  // Whether f holds for each type of tp's type set (false without any).
  bool eachTerm(TypeParam *tp, const std::function<bool(Type *)> &f);
  // types2's coreString: the core type, except that a type parameter whose
  // types are all strings and byte slices has string (types2 says []byte
  // when none is a string; to append and copy both mean bytes).
  Type *coreString(Type *t);
  bool convertibleTo(Operand &x, Type *t);
  static bool hasVarSize(Type *t);
  // The method name of t, (depthOut) how many embedded fields deep, and
  // (foundIn) the type that declares it, an instance for a generic type's
  // method (instanceMethodType substitutes its signature).
  Func *lookupMethod(Type *t, const std::string &name, bool &indirect, bool &ptrRecvOnly,
                     int *depthOut = nullptr, bool *ambiguous = nullptr, Type **foundIn = nullptr);

  // --- statements (stmt.cpp)
  void funcBody(Func *fn, Signature *sig, ast::BlockStmt *body, Scope *scope);
  void stmtList(const std::vector<ast::Stmt *> &list);
  void stmt(ast::Stmt *s);
  void simpleStmt(ast::Stmt *s);
  void assignStmt(ast::AssignStmt *s);
  void shortVarDecl(ast::AssignStmt *s);
  void assignVar(ast::Expr *lhs, Operand &x);
  void declStmt(ast::DeclStmt *s);
  void rangeStmt(ast::RangeStmt *s);
  void switchStmt(ast::SwitchStmt *s);
  void typeSwitchStmt(ast::TypeSwitchStmt *s);
  void selectStmt(ast::SelectStmt *s);
  void returnStmt(ast::ReturnStmt *s);
  void defaultClause(ast::CaseClause *cc, Pos &first);
  void comparisonCase(Operand &x, Operand &tag, ast::Expr *e);
  bool isTerminating(ast::Stmt *s, const std::string &label);
  bool isTerminatingList(const std::vector<ast::Stmt *> &list);
  bool hasBreak(ast::Stmt *s, const std::string &label, bool implicit);

  // --- scopes
  void openScope();
  void closeScope();
  void declare(Scope *scope, ast::Ident *id, Object *obj);
  void use(Object *obj);
  // Marks the variable whose storage e denotes (through fields and array
  // elements) as escaping: its address is taken.
  void markAddressTaken(ast::Expr *e);
  Var *newVar(ast::Ident *id, Type *t);

  // --- errors
  void error(Pos pos, std::string msg);
  bool checkInteropDirectives(ast::FuncDecl *fd);
  void checkIncludeDirectives(ast::File *file);
  void unsupported(Pos pos, const std::string &what);

  TypeContext &ctx_;
  Info &info_;
  DiagnosticEngine &diags_;
  Package *pkg_;
  std::function<Package *(const std::string &, Pos)> importer_;

  Scope *scope_ = nullptr; // current scope
  std::unordered_map<Object *, DeclInfo> decls_;
  std::vector<Object *> declOrder_; // package-level objects in source order
  std::vector<Func *> funcs_;       // functions and methods with bodies, in source order
  std::vector<PkgName *> imports_;  // import declarations, for the unused check
  std::vector<std::pair<ast::FuncDecl *, Func *>> methodDecls_;
  // Methods by the local type name of their receiver, and those added.
  std::map<TypeName *, std::vector<std::pair<ast::FuncDecl *, Func *>>> methodsOf_;
  std::set<Func *> methodsAdded_;
  // Checks that must wait until every type of the package is complete.
  std::vector<std::function<void()>> later_;
  // Objects a dot import put into a file scope, and the import.
  // Per file scope, the objects it dot-imports and the import that did.
  std::map<std::pair<const Scope *, Object *>, PkgName *> dotImports_;
  // Receiver type parameters named _ (func (l *List[_]) Len()): the
  // receiver's type expression names them by these identifiers.
  std::map<const ast::Ident *, TypeName *> blankTypeParams_;
  std::unordered_map<ast::File *, Scope *> fileScopes_;
  std::unordered_map<Func *, Scope *> sigScopes_; // scope of parameters and results
  // Instances of each generic type ("typeString;..." of the arguments).
  std::unordered_map<Named *, std::vector<std::pair<std::string, Named *>>> instancesOf_;
  std::vector<Named *> pendingInstances_;
  // F[int] with fewer type arguments than F has parameters: the rest are
  // inferred at the call.
  std::unordered_map<const ast::Expr *, std::vector<Type *>>
      partialTypeArgs_; // instantiated before their origin's underlying was known

  // Function-body state.
  struct FuncState {
    Signature *sig = nullptr;
    Scope *scope = nullptr;      // outermost scope of the function
    ast::FuncLit *lit = nullptr; // for captures; nullptr for declared functions
    FuncState *outer = nullptr;
  };
  FuncState *fn_ = nullptr;
  Object *declObj_ = nullptr;   // the package-level object being declared
  int iota_ = -1;               // current iota, or -1 outside const decls
  std::vector<Var *> funcVars_; // local variables declared in the current function
};

} // namespace gocxx::types
