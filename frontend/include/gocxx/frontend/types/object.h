// Named language entities, as go/types' Object: constants, type names,
// variables, functions, package names, built-ins, labels and nil; and the
// Scopes that map names to them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "gocxx/frontend/source.h"
#include "gocxx/frontend/token.h"
#include "gocxx/frontend/types/constant.h"
#include "gocxx/frontend/types/type.h"

namespace gocxx::ast {
class Node;
}

namespace gocxx::types {

class Package;
class Scope;

enum class ObjectKind { Const, TypeName, Var, Func, PkgName, Builtin, Label, Nil };

class Object {
public:
  const ObjectKind kind;
  std::string name;
  Pos pos = NoPos;
  Package *pkg = nullptr; // nullptr for universe objects
  Type *type = nullptr;
  Scope *parent = nullptr;         // the scope that declares it
  const ast::Node *decl = nullptr; // the declaring node, or nullptr
  bool used = false;

  bool exported() const { return isExported(name); }

protected:
  Object(ObjectKind k, std::string name, Pos pos, Package *pkg, Type *type)
      : kind(k), name(std::move(name)), pos(pos), pkg(pkg), type(type) {}
};

template <class T> bool isa(const Object *o) { return o && T::classof(o); }
template <class T> T *dyn_cast(Object *o) { return isa<T>(o) ? static_cast<T *>(o) : nullptr; }
template <class T> const T *dyn_cast(const Object *o) {
  return isa<T>(o) ? static_cast<const T *>(o) : nullptr;
}
template <class T> T *cast(Object *o) { return static_cast<T *>(o); }
template <class T> const T *cast(const Object *o) { return static_cast<const T *>(o); }

class Const : public Object {
public:
  Const(std::string name, Pos pos, Package *pkg, Type *type, Constant value)
      : Object(ObjectKind::Const, std::move(name), pos, pkg, type), value(std::move(value)) {}
  static bool classof(const Object *o) { return o->kind == ObjectKind::Const; }
  Constant value;
};

class TypeName : public Object {
public:
  TypeName(std::string name, Pos pos, Package *pkg, Type *type)
      : Object(ObjectKind::TypeName, std::move(name), pos, pkg, type) {}
  static bool classof(const Object *o) { return o->kind == ObjectKind::TypeName; }
  bool isAlias = false;
};

class Var : public Object {
public:
  Var(std::string name, Pos pos, Package *pkg, Type *type)
      : Object(ObjectKind::Var, std::move(name), pos, pkg, type) {}
  static bool classof(const Object *o) { return o->kind == ObjectKind::Var; }
  bool isField = false;
  bool embedded = false;
  bool isParam = false;
  bool isGlobal = false;
  // Captured by a function literal: codegen shares it through the heap.
  bool captured = false;
};

class Func : public Object {
public:
  Func(std::string name, Pos pos, Package *pkg, Signature *sig)
      : Object(ObjectKind::Func, std::move(name), pos, pkg, sig) {}
  static bool classof(const Object *o) { return o->kind == ObjectKind::Func; }
  Signature *signature() const { return static_cast<Signature *>(type); }
  bool hasBody = true; // false for declarations implemented natively
};

class PkgName : public Object {
public:
  PkgName(std::string name, Pos pos, Package *pkg, Package *imported)
      : Object(ObjectKind::PkgName, std::move(name), pos, pkg, nullptr), imported(imported) {}
  static bool classof(const Object *o) { return o->kind == ObjectKind::PkgName; }
  Package *imported;
};

enum class BuiltinId {
  Append,
  Cap,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // Package unsafe.
  Sizeof,
  Alignof,
  Offsetof,
  Add,
  Slice,
};

class Builtin : public Object {
public:
  Builtin(std::string name, BuiltinId id)
      : Object(ObjectKind::Builtin, std::move(name), NoPos, nullptr, nullptr), id(id) {}
  static bool classof(const Object *o) { return o->kind == ObjectKind::Builtin; }
  BuiltinId id;
};

class Label : public Object {
public:
  Label(std::string name, Pos pos, Package *pkg)
      : Object(ObjectKind::Label, std::move(name), pos, pkg, nullptr) {}
  static bool classof(const Object *o) { return o->kind == ObjectKind::Label; }
};

class Nil : public Object {
public:
  explicit Nil(Type *t) : Object(ObjectKind::Nil, "nil", NoPos, nullptr, t) {}
  static bool classof(const Object *o) { return o->kind == ObjectKind::Nil; }
};

class Scope {
public:
  explicit Scope(Scope *parent) : parent(parent) {}
  Scope *parent;
  bool isFunc = false; // the outermost scope of a function body

  Object *lookup(const std::string &name) const;
  // Looks up through the parents; `scope` receives the scope found in.
  Object *lookupParent(const std::string &name, const Scope **scope = nullptr) const;
  // Inserts obj; returns the object already declared under that name, if any.
  Object *insert(Object *obj);
  const std::vector<Object *> &objects() const { return ordered_; }

private:
  std::map<std::string, Object *> names_;
  std::vector<Object *> ordered_;
};

} // namespace gocxx::types
