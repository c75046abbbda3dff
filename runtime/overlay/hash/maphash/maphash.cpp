// Native code of package hash/maphash: what gc's runtime gives it by
// //go:linkname, the random source and the hash of memory, which here are
// the runtime's own (the ones its maps use).
#include <gocxx/runtime.h>
#include <gocxx/runtime/runtime_api.h>

namespace gopkg::hash::maphash {

uint64_t runtime_fastrand64() { return go::impl::fastrand64(); }

uintptr_t runtime_memhash(void *p, uintptr_t seed, uintptr_t s) {
  return uintptr_t(go::hash_bytes(p, size_t(s), uint64_t(seed)));
}

} // namespace gopkg::hash::maphash
