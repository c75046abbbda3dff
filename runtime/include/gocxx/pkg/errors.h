// Native package errors (declarations in runtime/native/errors).
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::errors {
inline go::error New(go::string text) { return go::errors_new(text); }
go::error Unwrap(go::error err);
bool Is(go::error err, go::error target);
bool As(go::error err, go::any target);
} // namespace gopkg::errors
