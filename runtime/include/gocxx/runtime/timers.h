// The scheduler's timers (runtime/lib/timer.cpp): a heap of records ordered
// by deadline, serviced by the monitor thread, which sleeps until the
// earliest. Package time's overlay keeps its timers here.
#pragma once

#include <cstdint>

namespace go::impl {

struct timer {
  int64_t when = 0;                // nanotime deadline
  int64_t period = 0;              // > 0: re-arm after firing (tickers)
  void (*fire)(timer *) = nullptr; // runs on the monitor or an idle worker; must not block
  void *arg = nullptr;
  int64_t heap_index = -1;
};
void timer_add(timer *t);
// Whether t was armed (it is not any more).
bool timer_remove(timer *t);

} // namespace go::impl
