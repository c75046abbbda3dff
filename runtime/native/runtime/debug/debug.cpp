// Native code of package runtime/debug, over gocxx's runtime library.
#include <gocxx/runtime/runtime_api.h>

namespace gopkg::runtime::debug {

int64_t SetGCPercent(int64_t percent) { return go::impl::gc_set_percent(percent); }
void FreeOSMemory() { go::impl::gc_free_os_memory(); }
int64_t SetMaxThreads(int64_t threads) { return go::impl::set_max_threads(threads); }

} // namespace gopkg::runtime::debug
