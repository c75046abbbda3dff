// Private to the runtime: the futex calls behind the runtime's own sleeps
// (spin_mutex, idle workers), and the spin-wait hint before them. Under ThreadSanitizer a wait
// sleeps in slices of 1 ms: TSan holds back a signal that arrives while its thread is in a system
// call it does not intercept (the raw futex call is one) until the thread's next atomic operation
// or intercepted call, and the collector's stop-the-world signal must not wait for a wake-up that
// may itself wait for the collection (the thread that would wake this one may already be stopped).
// The caller's loop makes that atomic operation between slices.
#pragma once

#include "fiber_sanitizers.h"

#include <cstdint>
#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace go::impl {

// The processor's spin-wait hint, between looks at a word another thread
// will change.
inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// Go's spinning before a sleep: up to spin_rounds rounds of pause
// instructions between looks at a lock, so a spinner leaves the lock's cache
// line to its holder.
constexpr int spin_rounds = 4;
inline void spin_pause_round() {
  for (int i = 0; i < 30; i++)
    cpu_relax();
}

// Sleeps while *word holds expected, until futex_wake; may return early.
inline void futex_wait(uint32_t *word, uint32_t expected) {
#if GOCXX_TSAN
  timespec slice{0, 1'000'000};
  timespec *timeout = &slice;
#else
  timespec *timeout = nullptr;
#endif
  syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, expected, timeout, nullptr, 0);
}

// Wakes up to n threads sleeping on word.
inline void futex_wake(uint32_t *word, int n) {
  syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, n, nullptr, nullptr, 0);
}

} // namespace go::impl
