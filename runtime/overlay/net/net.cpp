// Native code of package net: what gc's runtime gives it by //go:linkname.
#include <gocxx/runtime/runtime_api.h>

namespace gopkg::net {

uint64_t fastrandu() { return go::impl::fastrand64(); }

} // namespace gopkg::net
