// Native code of package internal/poll: the semaphores of its descriptor
// locks, the clock, and the runtime's side of the poller, on gocxx's
// scheduler (gocxx/runtime/netpoll.h).
#include <gocxx/runtime/netpoll.h>
#include <gocxx/runtime/sync.h>

namespace gopkg::internal::poll {

namespace {
go::impl::poll_desc *desc(uintptr_t ctx) { return reinterpret_cast<go::impl::poll_desc *>(ctx); }
} // namespace

void runtime_Semacquire(uint32_t *sema) {
  go::impl::semacquire(sema, false, go::impl::wait_reason::sync_mutex);
}
void runtime_Semrelease(uint32_t *sema) { go::impl::semrelease(sema); }
int64_t runtimeNano() { return go::nanotime(); }

void runtime_pollServerInit() { go::impl::netpoll_init(); }
std::tuple<uintptr_t, int64_t> runtime_pollOpen(uintptr_t fd) {
  int err = 0;
  go::impl::poll_desc *pd = go::impl::netpoll_open(fd, &err);
  return {reinterpret_cast<uintptr_t>(pd), err};
}
void runtime_pollClose(uintptr_t ctx) { go::impl::netpoll_close(desc(ctx)); }
int64_t runtime_pollWait(uintptr_t ctx, int64_t mode) {
  return go::impl::netpoll_wait(desc(ctx), int(mode));
}
void runtime_pollWaitCanceled(uintptr_t, int64_t) {} // Windows only in gc
int64_t runtime_pollReset(uintptr_t ctx, int64_t mode) {
  return go::impl::netpoll_reset(desc(ctx), int(mode));
}
void runtime_pollSetDeadline(uintptr_t ctx, int64_t d, int64_t mode) {
  go::impl::netpoll_set_deadline(desc(ctx), d, int(mode));
}
void runtime_pollUnblock(uintptr_t ctx) { go::impl::netpoll_unblock(desc(ctx)); }
bool runtime_isPollServerDescriptor(uintptr_t fd) { return go::impl::netpoll_is_poller_fd(fd); }

} // namespace gopkg::internal::poll
