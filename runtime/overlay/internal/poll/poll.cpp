// Native code of package internal/poll: the semaphores of its descriptor
// locks and the clock, on gocxx's scheduler.
#include <gocxx/runtime/sync.h>

namespace gopkg::internal::poll {

void runtime_Semacquire(uint32_t *sema) {
  go::impl::semacquire(sema, false, go::impl::wait_reason::sync_mutex);
}
void runtime_Semrelease(uint32_t *sema) { go::impl::semrelease(sema); }
int64_t runtimeNano() { return go::nanotime(); }

} // namespace gopkg::internal::poll
