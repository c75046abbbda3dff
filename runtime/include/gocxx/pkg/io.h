// Native package io (declarations in runtime/native/io).
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::io {
using Writer = go::iface;
using Reader = go::iface;
using StringWriter = go::iface;
extern go::error EOF_;
const go::type_desc *Writer__type();
const go::type_desc *Reader__type();
const go::type_desc *StringWriter__type();
} // namespace gopkg::io
