// Native package fmt (declarations in runtime/native/fmt).
#pragma once
#include "gocxx/pkg/io.h"
#include "gocxx/runtime.h"

namespace gopkg::fmt {
using Stringer = go::iface;
const go::type_desc *Stringer__type();
std::tuple<int64_t, go::error> Fprint(go::iface w, go::slice<go::any> a);
std::tuple<int64_t, go::error> Fprintf(go::iface w, go::string format, go::slice<go::any> a);
std::tuple<int64_t, go::error> Fprintln(go::iface w, go::slice<go::any> a);
} // namespace gopkg::fmt
