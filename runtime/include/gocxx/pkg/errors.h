// Native package errors (declarations in runtime/native/errors).
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::errors {
inline go::error New(go::string text) { return go::errors_new(text); }
} // namespace gopkg::errors
