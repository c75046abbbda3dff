// Go's types as the checker builds them, modelled on go/types: one class per
// kind of type, told apart by a Kind enum with LLVM-style isa/dyn_cast.
// Types are allocated in a TypeContext and never freed while it lives, so
// pointer identity is cheap; structural identity is `identical()`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gocxx::types {

class Package;

class Object;
class TypeName;
class Func;
class Var;

enum class TypeKind {
  Basic,
  Pointer,
  Slice,
  Array,
  Map,
  Chan,
  Struct,
  Tuple,
  Signature,
  Interface,
  Named,
  TypeParam,
};

class Type {
public:
  const TypeKind kind;

protected:
  explicit Type(TypeKind k) : kind(k) {}
};

template <class T> bool isa(const Type *t) { return t && T::classof(t); }
template <class T> T *dyn_cast(Type *t) { return isa<T>(t) ? static_cast<T *>(t) : nullptr; }
template <class T> const T *dyn_cast(const Type *t) {
  return isa<T>(t) ? static_cast<const T *>(t) : nullptr;
}
template <class T> T *cast(Type *t) { return static_cast<T *>(t); }
template <class T> const T *cast(const Type *t) { return static_cast<const T *>(t); }

// The basic kinds of go/types, untyped kinds included.
enum class BasicKind {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
};

enum BasicInfo : unsigned {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

class Basic : public Type {
public:
  Basic(BasicKind k, unsigned info, std::string name)
      : Type(TypeKind::Basic), basicKind(k), info(info), name(std::move(name)) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Basic; }

  const BasicKind basicKind;
  const unsigned info;
  const std::string name; // "int", "untyped int", "byte" for the alias, ...
};

class Pointer : public Type {
public:
  explicit Pointer(Type *elem) : Type(TypeKind::Pointer), elem(elem) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Pointer; }
  Type *const elem;
};

class Slice : public Type {
public:
  explicit Slice(Type *elem) : Type(TypeKind::Slice), elem(elem) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Slice; }
  Type *const elem;
};

class Array : public Type {
public:
  Array(Type *elem, int64_t len) : Type(TypeKind::Array), elem(elem), len(len) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Array; }
  Type *const elem;
  const int64_t len;
};

class Map : public Type {
public:
  Map(Type *key, Type *elem) : Type(TypeKind::Map), key(key), elem(elem) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Map; }
  Type *const key;
  Type *const elem;
};

enum class ChanDir { SendRecv, SendOnly, RecvOnly };

class Chan : public Type {
public:
  Chan(ChanDir dir, Type *elem) : Type(TypeKind::Chan), dir(dir), elem(elem) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Chan; }
  const ChanDir dir;
  Type *const elem;
};

class Struct : public Type {
public:
  Struct(std::vector<Var *> fields, std::vector<std::string> tags)
      : Type(TypeKind::Struct), fields(std::move(fields)), tags(std::move(tags)) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Struct; }
  const std::vector<Var *> fields; // embedded fields are Vars with `embedded` set
  const std::vector<std::string> tags;
};

// A Tuple is the type of a multi-valued call or of parameter/result lists.
class Tuple : public Type {
public:
  explicit Tuple(std::vector<Var *> vars) : Type(TypeKind::Tuple), vars(std::move(vars)) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Tuple; }
  const std::vector<Var *> vars;
};

class TypeParam;

class Signature : public Type {
public:
  Signature(Var *recv, Tuple *params, Tuple *results, bool variadic)
      : Type(TypeKind::Signature), recv(recv), params(params), results(results),
        variadic(variadic) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Signature; }
  Var *recv;      // or nullptr
  Tuple *params;  // never nullptr
  Tuple *results; // never nullptr
  bool variadic;  // the last parameter is ...T, of type []T
  // A generic function's type parameters (empty otherwise); for a method of
  // a generic type, the receiver's type parameters.
  std::vector<TypeParam *> typeParams;
};

// One term of a type set: T or ~T.
struct Term {
  bool tilde = false;
  Type *type = nullptr;
};

class Interface : public Type {
public:
  Interface() : Type(TypeKind::Interface) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Interface; }
  std::vector<Func *> methods;    // explicitly declared methods
  std::vector<Type *> embeddeds;  // embedded interfaces and type terms
  std::vector<Func *> allMethods; // the method set, sorted by name (complete())
  bool complete = false;
  // Type set restrictions of a constraint interface (computed by complete()):
  // when hasTerms, the types are those of `terms` (a union; the intersection
  // of embedded unions); isComparable for `comparable`.
  bool hasTerms = false;
  std::vector<Term> terms;
  bool isComparable = false;
  // Explicit union/tilde elements written in this interface.
  std::vector<std::vector<Term>> unions;
};

class Named : public Type {
public:
  explicit Named(TypeName *obj) : Type(TypeKind::Named), obj(obj) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::Named; }
  TypeName *obj;
  Type *underlying = nullptr; // set once the declaration is checked
  std::vector<Func *> methods;
  // A generic type: its type parameters. An instance: its origin and type
  // arguments (obj is the origin's).
  std::vector<TypeParam *> typeParams;
  Named *origin = nullptr;
  std::vector<Type *> typeArgs;
};

class TypeParam : public Type {
public:
  TypeParam(TypeName *obj, Type *constraint, int index)
      : Type(TypeKind::TypeParam), obj(obj), constraint(constraint), index(index) {}
  static bool classof(const Type *t) { return t->kind == TypeKind::TypeParam; }
  TypeName *obj;
  Type *constraint; // an Interface (possibly named)
  int index;        // position in its type parameter list
};

// The interface of a type parameter's constraint.
Interface *constraintInterface(const TypeParam *tp);
// The core type of t: its underlying type, or for a type parameter the
// single underlying type of all types in its type set (nullptr if none).
Type *coreType(Type *t);

// The type's underlying type (a Named resolves to its declaration's).
Type *underlying(Type *t);

// Spec "Type identity".
bool identical(const Type *x, const Type *y);
// Identity where struct tags do not count (conversions between structs).
bool identicalIgnoreTags(const Type *x, const Type *y);

// Go's spelling of a type, every defined type package-qualified as the
// runtime names types ("main.T", "[]int", "func(int) string").
std::string typeString(const Type *t);
// As gc writes types in messages: those of package relativeTo unqualified.
std::string typeString(const Type *t, const Package *relativeTo);

bool isBasicInfo(const Type *t, unsigned info);
inline bool isBoolean(const Type *t) { return isBasicInfo(t, IsBoolean); }
inline bool isInteger(const Type *t) { return isBasicInfo(t, IsInteger); }
inline bool isUnsigned(const Type *t) { return isBasicInfo(t, IsUnsigned); }
inline bool isFloat(const Type *t) { return isBasicInfo(t, IsFloat); }
inline bool isComplex(const Type *t) { return isBasicInfo(t, IsComplex); }
inline bool isNumeric(const Type *t) { return isBasicInfo(t, IsNumeric); }
inline bool isString(const Type *t) { return isBasicInfo(t, IsString); }
// Whether t's underlying type is a slice of bytes ([]byte, []uint8, []B
// for a B whose underlying type is byte).
inline bool isByteSlice(const Type *t) {
  auto *s = dyn_cast<Slice>(underlying(const_cast<Type *>(t)));
  auto *b = s ? dyn_cast<Basic>(underlying(s->elem)) : nullptr;
  return b && b->basicKind == BasicKind::Uint8;
}
inline bool isUntyped(const Type *t) { return isBasicInfo(t, IsUntyped); }
inline bool isOrdered(const Type *t) { return isBasicInfo(t, IsOrdered); }
inline bool isConstType(const Type *t) { return isBasicInfo(t, IsConstType); }
bool isInterface(const Type *t);
bool comparable(const Type *t);
bool hasNil(const Type *t);

} // namespace gocxx::types
