// A checked package and what the checker records for codegen (go/types'
// Package and Info): the type and constant value of every expression, the
// object every identifier denotes, selections, and implicit conversions.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gocxx/frontend/types/object.h"

namespace gocxx::ast {
class File;
class Expr;
class Ident;
class SelectorExpr;
class Node;
class FuncLit;
} // namespace gocxx::ast

namespace gocxx::types {

class Package {
public:
  std::string path; // import path; "main" for a command
  std::string name; // package clause name
  std::string dir;  // directory the files came from
  Scope *scope = nullptr;
  std::vector<ast::File *> files;
  std::vector<Package *> imports; // direct imports, in first-import order
  // One of the runtime's own packages (runtime, runtime/debug): Go
  // declarations in the runtime's native directory, bodies in C++ there.
  bool native = false;
  // Compiled from the standard library's Go sources in GOROOT.
  bool std = false;
  // The package's overlay directory (see LoaderConfig::overlayDir), or "".
  std::string overlayDir;
  // The package under test (gocxx test), with its _test.go files: a std one
  // is not the cached package, and is compiled with the program.
  bool underTest = false;
  // Compiled before (LoaderConfig::declarationsOnly): only its declarations
  // are checked, and codegen does not emit it.
  bool declsOnly = false;
  // Functions may be declared without a body: the package has assembly, or is
  // one of the standard packages package runtime supplies functions to (gc's
  // missing -complete flag).
  bool externalBodies = false;
  // A stand-in for a package that could not be imported.
  bool fake = false;
  // Errors reported while parsing and checking its own files.
  size_t errors = 0;
  // Package-level variables in Go's initialisation order.
  std::vector<Var *> initOrder;
};

// How an expression was classified (go/types' operand modes).
enum class Mode { NoValue, Builtin, TypeExpr, Constant, Variable, MapIndex, Value, CommaOk };

struct TypeAndValue {
  Mode mode = Mode::NoValue;
  Type *type = nullptr;
  Constant value; // for Mode::Constant
};

enum class SelectionKind { FieldVal, MethodVal, MethodExpr, Qualified };

struct Selection {
  SelectionKind kind;
  Object *obj = nullptr; // the field or method
  Type *recv = nullptr;  // type of x in x.f
  std::vector<int> path; // embedded-field indices leading to obj, then obj's
  bool indirect = false; // a pointer was followed on the path
};

struct Info {
  std::unordered_map<const ast::Expr *, TypeAndValue> types;
  std::unordered_map<const ast::Ident *, Object *> defs;
  std::unordered_map<const ast::Ident *, Object *> uses;
  // Objects declared implicitly by a node (type switch case variables, ...).
  std::unordered_map<const ast::Node *, Object *> implicits;
  std::unordered_map<const ast::SelectorExpr *, Selection> selections;
  // For each use of a generic function or type, its type arguments and the
  // instantiated type (the identifier is the generic object's name).
  struct Instance {
    std::vector<Type *> typeArgs;
    Type *type = nullptr;
  };
  std::unordered_map<const ast::Ident *, Instance> instances;
  // Map index, receive and type assertion expressions used in the two-value
  // (comma-ok) form by a var declaration.
  std::unordered_set<const ast::Expr *> commaOk;
  // For each function literal, the outer variables it captures, in order.
  std::unordered_map<const ast::FuncLit *, std::vector<Var *>> captures;

  const TypeAndValue *typeOf(const ast::Expr *e) const {
    auto it = types.find(e);
    return it == types.end() ? nullptr : &it->second;
  }
  Object *objectOf(const ast::Ident *id) const;
};

} // namespace gocxx::types
