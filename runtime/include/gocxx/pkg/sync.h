// Native package sync (declarations in runtime/native/sync): Mutex,
// RWMutex, WaitGroup, Once and Cond. Waiting goroutines park on the
// scheduler (go::impl::park) and are readied by the goroutine that releases
// them, so a blocked goroutine never blocks a worker thread.
//
// Each type is a plain C++ aggregate: its zero value ({}) is the unlocked,
// empty state Go's zero value is, and it copies bitwise as Go copies structs.
// The fields are touched only with __atomic builtins (std::atomic would make
// the types uncopyable). A small spin lock (guard) protects each wait queue;
// it is held for a few instructions and never across a park, except that
// park releases it once the goroutine has switched away, so a waker that
// takes the guard always finds the waiter fully parked.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::sync {

// A parked goroutine in one of the queues below. Lives on the waiting
// goroutine's stack (goroutine stacks are collector roots, so the queue
// links need no scanning by the collector).
struct waiter;

// Locker (interface): Lock and Unlock, in that (sorted) method order.
// Structs holding one hash it by its itab (equal Lockers share one).
using Locker = go::iface;

struct Mutex {
  int32_t state{};  // 0 unlocked; 1 locked; 2 locked, maybe waiters
  uint32_t guard{}; // spin lock over the queue
  waiter *queue{};  // FIFO of waiting Lock calls
  waiter *last{};
  bool operator==(const Mutex &) const = default;
  friend uint64_t go_hash(const Mutex &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.state));
    h = go::impl::mix_hash(h ^ go::hash_key(v.queue));
    return h;
  }
};

void Mutex__Lock(Mutex *m);
bool Mutex__TryLock(Mutex *m);
void Mutex__Unlock(Mutex *m);

struct RWMutex {
  uint32_t guard{};
  bool writer{};     // a writer holds the lock
  int32_t readers{}; // readers holding the lock
  int32_t writers_waiting{};
  waiter *queue{}; // FIFO of waiting readers and writers
  waiter *last{};
  bool operator==(const RWMutex &) const = default;
  friend uint64_t go_hash(const RWMutex &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.writer));
    h = go::impl::mix_hash(h ^ go::hash_key(v.readers));
    h = go::impl::mix_hash(h ^ go::hash_key(v.queue));
    return h;
  }
};

void RWMutex__Lock(RWMutex *rw);
bool RWMutex__TryLock(RWMutex *rw);
void RWMutex__Unlock(RWMutex *rw);
void RWMutex__RLock(RWMutex *rw);
bool RWMutex__TryRLock(RWMutex *rw);
void RWMutex__RUnlock(RWMutex *rw);
Locker RWMutex__RLocker(RWMutex *rw);

struct WaitGroup {
  uint32_t guard{};
  int64_t count{};
  waiter *queue{}; // goroutines in Wait
  waiter *last{};
  bool operator==(const WaitGroup &) const = default;
  friend uint64_t go_hash(const WaitGroup &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.count));
    h = go::impl::mix_hash(h ^ go::hash_key(v.queue));
    return h;
  }
};

void WaitGroup__Add(WaitGroup *wg, int64_t delta);
inline void WaitGroup__Done(WaitGroup *wg) { WaitGroup__Add(wg, -1); }
void WaitGroup__Wait(WaitGroup *wg);

struct Once {
  uint32_t done{};
  Mutex m{};
  bool operator==(const Once &) const = default;
  friend uint64_t go_hash(const Once &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.done));
    h = go::impl::mix_hash(h ^ go::hash_key(v.m));
    return h;
  }
};

void Once__Do(Once *o, go::func<void()> f);

struct Cond {
  Locker L{};
  uint32_t guard{};
  waiter *queue{};
  waiter *last{};
  bool operator==(const Cond &) const = default;
  friend uint64_t go_hash(const Cond &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.L.tab));
    h = go::impl::mix_hash(h ^ go::hash_key(v.queue));
    return h;
  }
};

Cond *NewCond(Locker l);
void Cond__Wait(Cond *c);
void Cond__Signal(Cond *c);
void Cond__Broadcast(Cond *c);

// Type descriptors (see gocxx/pkg/native_types.h).
const go::type_desc *Locker__type();
const go::type_desc *Mutex__type();
const go::type_desc *Mutex__ptrtype();
const go::type_desc *RWMutex__type();
const go::type_desc *RWMutex__ptrtype();
const go::type_desc *WaitGroup__type();
const go::type_desc *WaitGroup__ptrtype();
const go::type_desc *Once__type();
const go::type_desc *Once__ptrtype();
const go::type_desc *Cond__type();
const go::type_desc *Cond__ptrtype();

} // namespace gopkg::sync
