// Private to the runtime: tells ThreadSanitizer and AddressSanitizer about
// goroutine switches. Both keep per-thread state tied to the code and stack
// in use, so a jump_fcontext they are not told about looks to them like one
// thread hopping between unrelated stacks. TSan: every goroutine is a fiber
// (its own shadow call stack and vector clock), created with the goroutine
// and destroyed when it ends; each worker's scheduler loop is the fiber its
// thread started with; a switch to a fiber is announced right before the
// jump and, made with flags 0, orders what the old fiber did before what the
// new one does. ASan: before each jump it is given the bounds of the stack
// jumped to, and after landing it hands back the bounds of the stack left
// (that is how a worker learns its own stack's bounds), so it unpoisons the
// right stack when an exception unwinds and tells stack from heap in
// reports; a stack reused for a new goroutine is unpoisoned first, since
// frames that never returned left their redzones poisoned. Without the
// sanitizers the fields below do not exist and every function is an empty
// inline: normal builds pay nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GOCXX_TSAN 1
#endif
#if __has_feature(address_sanitizer)
#define GOCXX_ASAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) && !defined(GOCXX_TSAN)
#define GOCXX_TSAN 1
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(GOCXX_ASAN)
#define GOCXX_ASAN 1
#endif

#if GOCXX_TSAN
#include <sanitizer/tsan_interface.h>

#include <atomic>
#include <sched.h>
#endif
#if GOCXX_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace go::impl {

// A goroutine's sanitizer state (a member of goroutine).
struct goroutine_fiber_san {
#if GOCXX_TSAN
  void *fiber = nullptr;
  // Raised while the worker that parked this goroutine runs its unlock
  // callback as its fiber (see fiber_san_unlock_begin).
  std::atomic<bool> unlocking{false};
#endif
#if GOCXX_ASAN
  void *fake_stack = nullptr; // ASan's use-after-return frames while switched out
#endif
};

// A worker's sanitizer state (a member of worker): its scheduler loop's.
struct worker_fiber_san {
#if GOCXX_TSAN
  void *fiber = nullptr;
#endif
#if GOCXX_ASAN
  void *fake_stack = nullptr;
  const void *stack_bottom = nullptr; // the thread's own stack, as ASan gave
  size_t stack_size = 0;              // it on the last landing on a goroutine
#endif
};

#if !GOCXX_TSAN && !GOCXX_ASAN
static_assert(std::is_empty_v<goroutine_fiber_san> && std::is_empty_v<worker_fiber_san>,
              "without sanitizers the switch annotations must cost nothing");
#endif

// On the worker's thread, before it runs any goroutine.
inline void fiber_san_worker_init(worker_fiber_san &w) {
#if GOCXX_TSAN
  w.fiber = __tsan_get_current_fiber();
#endif
}

// A goroutine begins (a new or recycled record) / ends.
inline void fiber_san_goroutine_created(goroutine_fiber_san &g) {
#if GOCXX_TSAN
  g.fiber = __tsan_create_fiber(0);
#endif
}
inline void fiber_san_goroutine_ended(goroutine_fiber_san &g) {
#if GOCXX_TSAN
  __tsan_destroy_fiber(g.fiber);
  g.fiber = nullptr;
#endif
}

// A goroutine stack [lo, hi) is about to be reused: frames that never
// returned (the goroutine's first and last ones) left redzones poisoned.
inline void fiber_san_stack_released(const uint8_t *lo, const uint8_t *hi) {
#if GOCXX_ASAN
  __asan_unpoison_memory_region(lo, size_t(hi - lo));
#endif
}

// The scheduler, before it starts switching to goroutine g (outside the
// collector's switch state, so a collection is never kept waiting): g's
// fiber may still be in use by the worker that parked g, for the few
// instructions after g's unlock callback made it runnable.
inline void fiber_san_wait_unlocked(goroutine_fiber_san &g) {
#if GOCXX_TSAN
  while (g.unlocking.load(std::memory_order_acquire))
    sched_yield();
#endif
}

// The scheduler, right before jumping to goroutine g on stack [lo, hi).
inline void fiber_san_to_goroutine(worker_fiber_san &w, goroutine_fiber_san &g, const uint8_t *lo,
                                   const uint8_t *hi) {
#if GOCXX_TSAN
  __tsan_switch_to_fiber(g.fiber, 0);
#endif
#if GOCXX_ASAN
  __sanitizer_start_switch_fiber(&w.fake_stack, lo, size_t(hi - lo));
#endif
}

// First thing on the goroutine's stack after that jump landed, on worker w.
inline void fiber_san_on_goroutine(worker_fiber_san &w, goroutine_fiber_san &g) {
#if GOCXX_ASAN
  __sanitizer_finish_switch_fiber(g.fake_stack, &w.stack_bottom, &w.stack_size);
#endif
}

// Goroutine g, right before jumping back to its worker's scheduler loop;
// exiting: g never runs again.
inline void fiber_san_to_scheduler(worker_fiber_san &w, goroutine_fiber_san &g, bool exiting) {
#if GOCXX_TSAN
  __tsan_switch_to_fiber(w.fiber, 0);
#endif
#if GOCXX_ASAN
  __sanitizer_start_switch_fiber(exiting ? nullptr : &g.fake_stack, w.stack_bottom, w.stack_size);
#endif
}

// First thing on the scheduler's stack after that jump landed.
inline void fiber_san_on_scheduler(worker_fiber_san &w) {
#if GOCXX_ASAN
  __sanitizer_finish_switch_fiber(w.fake_stack, nullptr, nullptr);
#endif
}

// A trace request (scheduler.cpp, trace_parked): a dying thread jumps onto
// parked goroutine g's stack [lo, hi) only for g to record its frames, and
// straight back. ASan is told of both jumps as of any other; TSan is not
// supported there (the request is refused under TSan). `t` holds the
// requester's side between the jumps.
struct trace_switch_san {
#if GOCXX_ASAN
  void *fake_stack = nullptr;
  const void *stack_bottom = nullptr; // the requester's stack, for the way back
  size_t stack_size = 0;
#endif
};
inline void fiber_san_trace_to(trace_switch_san &t, const uint8_t *lo, const uint8_t *hi) {
#if GOCXX_ASAN
  __sanitizer_start_switch_fiber(&t.fake_stack, lo, size_t(hi - lo));
#endif
}
inline void fiber_san_trace_landed(trace_switch_san &t, goroutine_fiber_san &g) {
#if GOCXX_ASAN
  __sanitizer_finish_switch_fiber(g.fake_stack, &t.stack_bottom, &t.stack_size);
#endif
}
inline void fiber_san_trace_back(trace_switch_san &t, goroutine_fiber_san &g) {
#if GOCXX_ASAN
  __sanitizer_start_switch_fiber(&g.fake_stack, t.stack_bottom, t.stack_size);
#endif
}
inline void fiber_san_trace_returned(trace_switch_san &t) {
#if GOCXX_ASAN
  __sanitizer_finish_switch_fiber(t.fake_stack, nullptr, nullptr);
#endif
}

// Around a parked goroutine's unlock callback, which the scheduler runs
// after the switch. The callback is the goroutine's last act before it
// sleeps (it releases the locks the goroutine parked with, or arms its
// sleep's timer), so TSan is told the goroutine's fiber does it. Those
// locks are spin locks today, atomics to TSan, but to TSan a pthread mutex
// unlocked by another thread than the one that locked it is an error.
// Until _end, g must not run elsewhere (see fiber_san_wait_unlocked).
inline void fiber_san_unlock_begin(goroutine_fiber_san &g) {
#if GOCXX_TSAN
  g.unlocking.store(true, std::memory_order_relaxed);
  __tsan_switch_to_fiber(g.fiber, 0);
#endif
}
inline void fiber_san_unlock_end(worker_fiber_san &w, goroutine_fiber_san &g) {
#if GOCXX_TSAN
  __tsan_switch_to_fiber(w.fiber, 0);
  g.unlocking.store(false, std::memory_order_release);
#endif
}

} // namespace go::impl
