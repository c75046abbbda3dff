// Native code of package internal/reflectlite: what gc's runtime gives it,
// on gocxx's descriptors (gocxx/runtime/abi.h), maps and channels.
#include <cstring>

namespace gopkg::internal::reflectlite {

namespace {
const go::abi::rtype *abi_of(rtype *t) { return reinterpret_cast<const go::abi::rtype *>(t); }
} // namespace

int64_t chanlen(void *c) { return go::chan_len(static_cast<go::impl::chan_core *>(c)); }
int64_t maplen(void *m) { return m ? static_cast<go::impl::map_base *>(m)->live_ : 0; }

void *unsafe_New(rtype *t) {
  const go::abi::rtype *r = abi_of(t);
  return go::gc_alloc(r->size ? r->size : 1, r->ptrdata != 0);
}

void typedmemmove(rtype *t, void *dst, void *src) {
  if (dst != src)
    std::memmove(dst, src, abi_of(t)->size);
}

// src converted to the (non-empty) interface type t, stored at dst.
void ifaceE2I(rtype *t, go::any src, void *dst) {
  *static_cast<go::iface *>(dst) =
      src.type ? go::iface{go::find_itab(src.type, abi_of(t)), src.data} : go::iface{};
}

} // namespace gopkg::internal::reflectlite
