// Timers: a binary min-heap of timer records ordered by deadline, serviced
// by the scheduler's monitor thread, which sleeps until the earliest one,
// and by a worker that finds no goroutine to run while one is due (as gc's
// Ps check timers), which spares a due timer the trip to the monitor.
// A timer's fire function runs on the monitor thread (or a worker's
// scheduler stack) and must not block;
// time.Sleep's readies the sleeping goroutine, and time.After / NewTimer /
// Ticker will do a non-blocking send on their channel (period > 0 re-arms a
// ticker). The heap array is uncollectable memory, so timers that live on
// the collected heap stay reachable while armed. While any timer is
// pending, the program is not deadlocked.
#include "sched_internal.h"

#include <climits>

namespace go::impl {

namespace {

std::mutex timers_lock;
timer **heap = nullptr; // GC_MALLOC_UNCOLLECTABLE array
int64_t heap_len = 0;
int64_t heap_cap = 0;
// Timers popped from the heap whose fire function is still running: they
// count as pending so the deadlock check cannot run between the pop and
// the goroutine becoming runnable.
std::atomic<int64_t> firing{0};
std::atomic<int64_t> pending{0};
// heap[0]'s deadline (INT64_MAX when empty), for workers to look at
// without the lock.
std::atomic<int64_t> earliest{INT64_MAX};

void note_earliest() { earliest.store(heap_len ? heap[0]->when : INT64_MAX); }

void place(int64_t i, timer *t) {
  heap[i] = t;
  t->heap_index = i;
}

void sift_up(int64_t i) {
  timer *t = heap[i];
  while (i > 0) {
    int64_t p = (i - 1) / 2;
    if (heap[p]->when <= t->when)
      break;
    place(i, heap[p]);
    i = p;
  }
  place(i, t);
}

void sift_down(int64_t i) {
  timer *t = heap[i];
  for (;;) {
    int64_t c = 2 * i + 1;
    if (c >= heap_len)
      break;
    if (c + 1 < heap_len && heap[c + 1]->when < heap[c]->when)
      c++;
    if (t->when <= heap[c]->when)
      break;
    place(i, heap[c]);
    i = c;
  }
  place(i, t);
}

void remove_at(int64_t i) {
  timer *t = heap[i];
  heap_len--;
  if (i != heap_len) {
    place(i, heap[heap_len]);
    sift_down(i);
    sift_up(heap[i]->heap_index);
  }
  heap[heap_len] = nullptr;
  t->heap_index = -1;
  pending.fetch_sub(1);
  note_earliest();
}

void push_locked(timer *t) {
  if (heap_len == heap_cap) {
    int64_t ncap = heap_cap ? heap_cap * 2 : 64;
    auto **nh = static_cast<timer **>(GC_MALLOC_UNCOLLECTABLE(size_t(ncap) * sizeof(timer *)));
    if (heap_len)
      std::memcpy(nh, heap, size_t(heap_len) * sizeof(timer *));
    if (heap)
      GC_FREE(heap);
    heap = nh;
    heap_cap = ncap;
  }
  pending.fetch_add(1);
  place(heap_len++, t);
  sift_up(heap_len - 1);
  note_earliest();
}

} // namespace

void timer_add(timer *t) {
  bool earliest;
  {
    std::lock_guard lk(timers_lock);
    push_locked(t);
    earliest = t->heap_index == 0;
  }
  if (earliest)
    timers_wake_monitor();
}

bool timer_remove(timer *t) {
  std::lock_guard lk(timers_lock);
  if (t->heap_index < 0)
    return false;
  remove_at(t->heap_index);
  return true;
}

int64_t timers_pending() { return pending.load() + firing.load(); }

int64_t timers_earliest() { return earliest.load(std::memory_order_relaxed); }

int64_t timers_run(int64_t now) {
  for (;;) {
    timer *t;
    {
      std::lock_guard lk(timers_lock);
      if (heap_len == 0)
        return INT64_MAX;
      if (heap[0]->when > now)
        return heap[0]->when;
      t = heap[0];
      firing.fetch_add(1);
      remove_at(0);
      if (t->period > 0) {
        // The next tick after now, in phase with the first (missed ticks
        // are skipped, as in Go); past nanotime's range, never.
        int64_t ticks = 1 + (now - t->when) / t->period, step, next;
        if (__builtin_mul_overflow(ticks, t->period, &step) ||
            __builtin_add_overflow(t->when, step, &next))
          next = INT64_MAX;
        t->when = next;
        push_locked(t);
      }
    }
    t->fire(t);
    firing.fetch_sub(1);
  }
}

} // namespace go::impl

namespace go {

void sleep(int64_t ns) {
  impl::goroutine *g = impl::current();
  if (!g) {
    timespec ts{time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
    if (ns > 0)
      nanosleep(&ts, nullptr);
    return;
  }
  if (ns <= 0) {
    gosched();
    return;
  }
  impl::timer t;
  if (__builtin_add_overflow(nanotime(), ns, &t.when))
    t.when = INT64_MAX; // beyond nanotime's range: never, as in Go
  t.arg = g;
  t.fire = [](impl::timer *t) { impl::ready(static_cast<impl::goroutine *>(t->arg)); };
  // Arm the timer only once the goroutine has switched away, so it cannot
  // be readied before it is parked.
  impl::park(
      impl::wait_reason::sleep, [](void *t) { impl::timer_add(static_cast<impl::timer *>(t)); },
      &t);
}

} // namespace go
