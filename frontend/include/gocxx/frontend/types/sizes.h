// Sizes, alignments and field offsets of Go types as gc lays values out on
// amd64 (strings 16 bytes, slices 24, interfaces 16, pointers and maps 8).
#pragma once

#include <cstdint>
#include <vector>

#include "gocxx/frontend/types/type.h"

namespace gocxx::types {

int64_t sizeOf(Type *t);
int64_t alignOf(Type *t);
// The offset of each field of st, in order.
std::vector<int64_t> fieldOffsets(Struct *st);

} // namespace gocxx::types
