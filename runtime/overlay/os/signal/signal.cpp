// Native code of package os/signal, on the runtime's signal delivery
// (gocxx/runtime/signals.h).
#include <gocxx/runtime/signals.h>

namespace gopkg::os::signal_ {

void signal_enable(uint32_t sig) { go::impl::signal_enable(sig); }
void signal_disable(uint32_t sig) { go::impl::signal_disable(sig); }
void signal_ignore(uint32_t sig) { go::impl::signal_ignore(sig); }
bool signal_ignored(uint32_t sig) { return go::impl::signal_ignored(sig); }
uint32_t signal_recv() { return go::impl::signal_recv(); }
// Signals are delivered as they arrive; there is no queue to drain.
void signalWaitUntilIdle() {}

} // namespace gopkg::os::signal_
