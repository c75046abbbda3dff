// The runtime's lock for short critical sections that other workers contend
// for, such as a channel's (a few dozen instructions, held by a goroutine
// running on another worker). A locker that finds it held spins for a
// little while, since the holder will be done long before a thread could
// go to sleep and be woken, and only then sleeps on a futex; Go's runtime
// lock does the same. std::mutex sleeps at once, which turns a busy
// channel's contention into system calls and thread switches. Four bytes,
// zero-initialised is unlocked.
#pragma once

#include <cstdint>

namespace go::impl {

struct spin_mutex {
  // 0 free, 1 held, 2 held and a thread may be asleep waiting for it.
  uint32_t state = 0;

  void lock() {
    uint32_t expected = 0;
    if (!__atomic_compare_exchange_n(&state, &expected, 1u, false, __ATOMIC_ACQUIRE,
                                     __ATOMIC_RELAXED)) [[unlikely]]
      lock_slow();
  }
  bool try_lock() {
    uint32_t expected = 0;
    return __atomic_compare_exchange_n(&state, &expected, 1u, false, __ATOMIC_ACQUIRE,
                                       __ATOMIC_RELAXED);
  }
  void unlock() {
    if (__atomic_exchange_n(&state, 0u, __ATOMIC_RELEASE) == 2) [[unlikely]]
      wake_one();
  }

private:
  void lock_slow();
  void wake_one();
};

} // namespace go::impl
