// The slow paths of spin_mutex (gocxx/runtime/spin_mutex.h): spin, then
// sleep on a futex. The sleeping protocol is the third mutex of Drepper's
// "Futexes Are Tricky": a sleeper marks the lock 2 (held, maybe waiters), so
// the unlocker knows to make the wake-up system call, and an unlock that
// finds 1 makes none.
#include "gocxx/runtime/spin_mutex.h"

#include "futex.h"

#include <sched.h>

namespace go::impl {

// Spinning: spin_rounds rounds of pauses between looks (futex.h), then one
// sched_yield before sleeping.
void spin_mutex::lock_slow() {
  for (int round = 0; round <= spin_rounds; round++) {
    if (round < spin_rounds) {
      spin_pause_round();
    } else {
      sched_yield();
    }
    uint32_t s = __atomic_load_n(&state, __ATOMIC_RELAXED);
    if (s == 0 &&
        __atomic_compare_exchange_n(&state, &s, 1u, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return;
  }
  // Sleep. Taking the lock from here on always marks it 2: this thread
  // cannot tell whether others still sleep, so the unlock must wake one.
  while (__atomic_exchange_n(&state, 2u, __ATOMIC_ACQUIRE) != 0)
    futex_wait(&state, 2u);
}

void spin_mutex::wake_one() { futex_wake(&state, 1); }

} // namespace go::impl
