// The TypeContext owns every type and object of a compilation and the
// universe scope (predeclared types, constants, nil and built-ins). Types
// that go/types would hash-cons (pointer, slice, map, chan of a given
// element) are made through it so that equal ones are usually one pointer.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <vector>

#include "gocxx/frontend/types/object.h"
#include "gocxx/frontend/types/package.h"
#include "gocxx/frontend/types/type.h"

namespace gocxx::types {

class TypeContext {
public:
  TypeContext();
  ~TypeContext();

  template <class T, class... Args> T *make(Args &&...args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T *raw = p.get();
    types_.push_back(std::move(p));
    return raw;
  }
  template <class T, class... Args> T *object(Args &&...args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T *raw = p.get();
    objects_.push_back(std::move(p));
    return raw;
  }
  Scope *scope(Scope *parent) {
    scopes_.push_back(std::make_unique<Scope>(parent));
    return scopes_.back().get();
  }

  Basic *basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  Basic *byteType() const { return byte_; }
  Basic *runeType() const { return rune_; }
  Type *errorType() const { return error_; }
  Type *anyType() const { return any_; }
  Scope *universe() const { return universe_; }
  // Package unsafe: Pointer and its built-in functions.
  Package *unsafePackage();
  // An empty stand-in for a package that failed to import (named after the
  // last element of its path), one per path.
  Package *fakePackage(const std::string &path);
  Object *nilObject() const { return nil_; }

  Pointer *pointer(Type *elem);
  Slice *slice(Type *elem);
  Tuple *tuple(std::vector<Var *> vars);

private:
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<Basic *> basics_;
  Basic *byte_ = nullptr;
  Basic *rune_ = nullptr;
  Type *error_ = nullptr;
  Type *any_ = nullptr;
  Scope *universe_ = nullptr;
  Object *nil_ = nullptr;
  std::unique_ptr<Package> unsafe_;
  std::map<std::string, std::unique_ptr<Package>> fakes_;
  std::map<Type *, Pointer *> pointers_;
  std::map<Type *, Slice *> slices_;
};

} // namespace gocxx::types
