// What package sync needs of the scheduler (its overlay's native code calls
// these, runtime/overlay/sync): the Mutex, semaphores keyed by the address
// of a counter (Go's runtime_Semacquire and runtime_Semrelease, under
// WaitGroup and RWMutex), and notify lists (under Cond). Waiting goroutines
// park on the scheduler and are readied by whoever releases them, so a
// blocked goroutine never blocks a worker thread.
#pragma once

#include <cstdint>

#include "gocxx/runtime/sched.h"

namespace go::impl {

struct sync_waiter;

// sync.Mutex (the overlay declares the same fields). Zero is unlocked.
// state: bit 0 locked, bit 1 goroutines are queued. As Go's Mutex in normal
// mode, Unlock frees the lock and wakes the first waiter, which competes for
// it again with running goroutines; a waiter that has waited for more than
// 1 ms is handed the lock directly (Go's starvation mode).
struct mutex {
  int32_t state;
  uint32_t guard; // spin lock over the queue
  sync_waiter *queue;
  sync_waiter *last;
};
void mutex_lock(mutex *m);
bool mutex_trylock(mutex *m);
void mutex_unlock(mutex *m);

// Waits until *addr > 0, then decrements it. lifo queues the waiter first.
void semacquire(uint32_t *addr, bool lifo, wait_reason why);
// Increments *addr and readies a goroutine waiting on it, if any.
void semrelease(uint32_t *addr);

// Go's notifyList (sync/runtime.go declares the same layout): tickets taken
// before waiting, so a Signal between taking one and waiting is not lost.
struct notify_list {
  uint32_t wait;   // the next ticket to hand out
  uint32_t notify; // tickets below this one are notified
  uintptr_t lock;  // a spin lock (its first four bytes)
  void *head;      // waiters, in ticket order
  void *tail;
};
uint32_t notify_list_add(notify_list *l);
void notify_list_wait(notify_list *l, uint32_t ticket);
void notify_list_notify_all(notify_list *l);
void notify_list_notify_one(notify_list *l);

// Spinning before parking, as Go's sync.runtime_canSpin and doSpin.
bool sync_can_spin(int64_t iter);
void sync_do_spin();
// sync.Pool's per-P caches: the worker running the caller, which keeps it
// until proc_unpin (the goroutine is not preempted meanwhile).
int64_t proc_pin();
void proc_unpin();
int64_t proc_count();

} // namespace go::impl
