// Sizes, alignments and field offsets of Go types as gocxx lays values out
// (unsafe.Sizeof, Alignof, Offsetof; codegen's placement of large locals):
// gc's amd64 layout, except that a func value is two words (DESIGN.md).
#include "gocxx/frontend/types/sizes.h"

#include <algorithm>

#include "gocxx/frontend/types/object.h"

namespace gocxx::types {

namespace {
int64_t basicSize(BasicKind k) {
  switch (k) {
  case BasicKind::Bool:
  case BasicKind::Int8:
  case BasicKind::Uint8:
    return 1;
  case BasicKind::Int16:
  case BasicKind::Uint16:
    return 2;
  case BasicKind::Int32:
  case BasicKind::Uint32:
  case BasicKind::Float32:
    return 4;
  case BasicKind::Complex128:
  case BasicKind::String:
    return 16;
  default:
    return 8;
  }
}
} // namespace

int64_t alignOf(Type *t) {
  Type *u = underlying(t);
  switch (u->kind) {
  case TypeKind::Basic: {
    // A complex aligns as its parts; a string as its pointer.
    BasicKind k = cast<Basic>(u)->basicKind;
    int64_t size = basicSize(k);
    return k == BasicKind::Complex64 || k == BasicKind::Complex128 ? size / 2
                                                                   : std::min<int64_t>(size, 8);
  }
  case TypeKind::Array:
    return alignOf(cast<Array>(u)->elem);
  case TypeKind::Struct: {
    int64_t a = 1;
    for (Var *f : cast<Struct>(u)->fields)
      a = std::max(a, alignOf(f->type));
    return a;
  }
  default:
    return 8;
  }
}

std::vector<int64_t> fieldOffsets(Struct *st) {
  std::vector<int64_t> offs;
  int64_t off = 0;
  for (Var *f : st->fields) {
    int64_t a = alignOf(f->type);
    off = (off + a - 1) / a * a;
    offs.push_back(off);
    off += sizeOf(f->type);
  }
  return offs;
}

int64_t sizeOf(Type *t) {
  Type *u = underlying(t);
  switch (u->kind) {
  case TypeKind::Basic:
    return basicSize(cast<Basic>(u)->basicKind);
  case TypeKind::Slice:
    return 24;
  case TypeKind::Interface:
    return 16;
  case TypeKind::Signature:
    return 16; // gocxx's func value: code and context (DESIGN.md)
  case TypeKind::Array:
    return cast<Array>(u)->len * sizeOf(cast<Array>(u)->elem);
  case TypeKind::Struct: {
    auto *st = cast<Struct>(u);
    if (st->fields.empty())
      return 0;
    auto offs = fieldOffsets(st);
    int64_t size = offs.back() + sizeOf(st->fields.back()->type);
    // A final zero-size field gets a byte, so &x.f never points past x.
    if (sizeOf(st->fields.back()->type) == 0 && size > 0)
      size++;
    int64_t a = alignOf(st);
    return (size + a - 1) / a * a;
  }
  default:
    return 8;
  }
}

} // namespace gocxx::types
