// Native package sync: the blocking primitives on the scheduler's park and
// ready. Every type keeps a FIFO of waiter records (on the waiters' stacks)
// under a per-object spin lock; a goroutine parks with that lock still held
// and the scheduler releases it after the switch (park's unlock callback),
// so whoever takes the lock next sees the waiter parked and may ready it.
// Handoff is direct: Mutex.Unlock passes ownership to the first waiter, and
// the RWMutex grants the lock to the goroutines it wakes, so a released lock
// cannot be stolen by a newcomer (no starvation, no lost wake-ups).
#include "gocxx/pkg/sync.h"

#include "futex.h"
#include "gocxx/pkg/native_types.h"
#include "sched_internal.h"

using namespace go::literals;

namespace gopkg::sync {

struct waiter {
  go::impl::goroutine *g = nullptr;
  waiter *next = nullptr;
  bool writer = false;   // RWMutex: waits for the write lock
  bool signaled = false; // Cond: already signalled
  bool parked = false;   // Cond: has parked (or is parking) under the guard
  bool handoff = false;  // Mutex: woken as the lock's owner
  int64_t since = 0;     // Mutex: when it first queued (go::nanotime)
};

namespace {

void spin_lock(uint32_t *guard) {
  while (__atomic_exchange_n(guard, 1u, __ATOMIC_ACQUIRE)) {
    while (__atomic_load_n(guard, __ATOMIC_RELAXED)) {
      go::impl::cpu_relax();
    }
  }
}

void spin_unlock(uint32_t *guard) { __atomic_store_n(guard, 0u, __ATOMIC_RELEASE); }
void spin_unlock_cb(void *guard) { spin_unlock(static_cast<uint32_t *>(guard)); }

void push(waiter *&queue, waiter *&last, waiter *w) {
  w->next = nullptr;
  if (last)
    last->next = w;
  else
    queue = w;
  last = w;
}

waiter *pop(waiter *&queue, waiter *&last) {
  waiter *w = queue;
  if (w) {
    queue = w->next;
    if (!queue)
      last = nullptr;
  }
  return w;
}

// Queues the running goroutine as w and parks it; guard is held on entry
// and released once the goroutine has switched away.
void wait_on(waiter *&queue, waiter *&last, waiter *w, uint32_t *guard, go::impl::wait_reason why) {
  w->g = go::impl::current();
  if (!w->g)
    go::impl::fatal("sync: blocking outside a goroutine");
  push(queue, last, w);
  go::impl::park(why, &spin_unlock_cb, guard);
}

} // namespace

// ---- Mutex ------------------------------------------------------------------
//
// state: bit 0 locked, bit 1 goroutines are queued. As Go's Mutex in normal
// mode, Unlock frees the lock and wakes the first waiter, which competes for
// it again with running goroutines (requeued at the front if it loses), so a
// goroutine that unlocks and relocks in a loop does not convoy behind the
// scheduler. A waiter that has waited for more than 1 ms is handed the lock
// directly instead (Go's starvation mode), so none waits for ever.

namespace {
constexpr int32_t mutex_locked = 1;
constexpr int32_t mutex_waiters = 2;
constexpr int64_t starvation_ns = 1000000;

bool try_acquire(int32_t *state) {
  int32_t s = __atomic_load_n(state, __ATOMIC_RELAXED);
  return !(s & mutex_locked) && __atomic_compare_exchange_n(state, &s, s | mutex_locked, false,
                                                            __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}
} // namespace

void Mutex__Lock(Mutex *m) {
  go::impl::nil_check(m);
  int32_t expected = 0;
  if (__atomic_compare_exchange_n(&m->state, &expected, mutex_locked, false, __ATOMIC_ACQUIRE,
                                  __ATOMIC_RELAXED))
    return;
  waiter w;
  for (int round = 0;; round++) {
    // Spin briefly: the holder is likely running on another worker.
    if (go::impl::num_active_workers() > 1) {
      for (int i = 0; i < go::impl::spin_rounds; i++) {
        go::impl::spin_pause_round();
        if (try_acquire(&m->state))
          return;
      }
    }
    spin_lock(&m->guard);
    int32_t s = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
    for (;;) {
      if (!(s & mutex_locked)) {
        if (__atomic_compare_exchange_n(&m->state, &s, s | mutex_locked, false, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED)) {
          spin_unlock(&m->guard);
          return;
        }
      } else if ((s & mutex_waiters) ||
                 __atomic_compare_exchange_n(&m->state, &s, s | mutex_waiters, false,
                                             __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
        break;
      }
    }
    w.g = go::impl::current();
    if (!w.g)
      go::impl::fatal("sync: blocking outside a goroutine");
    w.handoff = false;
    if (round == 0) {
      w.since = go::nanotime();
      push(m->queue, m->last, &w);
    } else {
      // Woken but beaten to the lock: first in line again.
      w.next = m->queue;
      m->queue = &w;
      if (!m->last)
        m->last = &w;
    }
    go::impl::park(go::impl::wait_reason::sync_mutex, &spin_unlock_cb, &m->guard);
    if (w.handoff) {
      __atomic_thread_fence(__ATOMIC_ACQUIRE);
      return;
    }
  }
}

bool Mutex__TryLock(Mutex *m) {
  go::impl::nil_check(m);
  return try_acquire(&m->state);
}

void Mutex__Unlock(Mutex *m) {
  go::impl::nil_check(m);
  int32_t expected = mutex_locked;
  if (__atomic_compare_exchange_n(&m->state, &expected, 0, false, __ATOMIC_RELEASE,
                                  __ATOMIC_RELAXED))
    return;
  if (!(expected & mutex_locked))
    go::impl::fatal("sync: unlock of unlocked mutex");
  spin_lock(&m->guard);
  // Only this goroutine changes state now: it holds the lock, and the
  // waiters bit keeps lockers off the fast path.
  waiter *w = pop(m->queue, m->last);
  int32_t more = m->queue ? mutex_waiters : 0;
  if (w && go::nanotime() - w->since > starvation_ns) {
    w->handoff = true; // stays locked, now owned by w
    __atomic_store_n(&m->state, mutex_locked | more, __ATOMIC_RELEASE);
  } else {
    __atomic_store_n(&m->state, more, __ATOMIC_RELEASE);
  }
  go::impl::goroutine *g = w ? w->g : nullptr;
  spin_unlock(&m->guard);
  if (g)
    go::impl::ready(g);
}

// ---- RWMutex ----------------------------------------------------------------

namespace {
// With the guard held and the lock free of a writer: grants the lock to the
// waiters at the head of the queue (one writer, or all leading readers) and
// collects them in *ready_list to be readied once the guard is released.
waiter *grant_waiters(RWMutex *rw) {
  waiter *woken = nullptr;
  waiter **tail = &woken;
  if (rw->queue && rw->queue->writer) {
    if (rw->readers > 0)
      return nullptr;
    waiter *w = pop(rw->queue, rw->last);
    rw->writers_waiting--;
    rw->writer = true;
    w->next = nullptr;
    return w;
  }
  while (rw->queue && !rw->queue->writer) {
    waiter *w = pop(rw->queue, rw->last);
    rw->readers++;
    w->next = nullptr;
    *tail = w;
    tail = &w->next;
  }
  return woken;
}

void ready_all(waiter *list) {
  while (list) {
    waiter *next = list->next; // read before the goroutine may run and pop its frame
    go::impl::ready(list->g);
    list = next;
  }
}
} // namespace

void RWMutex__Lock(RWMutex *rw) {
  go::impl::nil_check(rw);
  spin_lock(&rw->guard);
  if (!rw->writer && rw->readers == 0 && !rw->queue) {
    rw->writer = true;
    spin_unlock(&rw->guard);
    return;
  }
  rw->writers_waiting++;
  waiter w;
  w.writer = true;
  wait_on(rw->queue, rw->last, &w, &rw->guard, go::impl::wait_reason::sync_rwmutex_w);
  __atomic_thread_fence(__ATOMIC_ACQUIRE);
}

bool RWMutex__TryLock(RWMutex *rw) {
  go::impl::nil_check(rw);
  spin_lock(&rw->guard);
  bool ok = !rw->writer && rw->readers == 0 && !rw->queue;
  if (ok)
    rw->writer = true;
  spin_unlock(&rw->guard);
  return ok;
}

void RWMutex__Unlock(RWMutex *rw) {
  go::impl::nil_check(rw);
  spin_lock(&rw->guard);
  if (!rw->writer) {
    spin_unlock(&rw->guard);
    go::impl::fatal("sync: Unlock of unlocked RWMutex");
  }
  rw->writer = false;
  waiter *woken = grant_waiters(rw);
  spin_unlock(&rw->guard);
  ready_all(woken);
}

void RWMutex__RLock(RWMutex *rw) {
  go::impl::nil_check(rw);
  spin_lock(&rw->guard);
  // A waiting writer keeps new readers out.
  if (!rw->writer && rw->writers_waiting == 0) {
    rw->readers++;
    spin_unlock(&rw->guard);
    return;
  }
  waiter w;
  wait_on(rw->queue, rw->last, &w, &rw->guard, go::impl::wait_reason::sync_rwmutex_r);
  __atomic_thread_fence(__ATOMIC_ACQUIRE);
}

bool RWMutex__TryRLock(RWMutex *rw) {
  go::impl::nil_check(rw);
  spin_lock(&rw->guard);
  bool ok = !rw->writer && rw->writers_waiting == 0;
  if (ok)
    rw->readers++;
  spin_unlock(&rw->guard);
  return ok;
}

void RWMutex__RUnlock(RWMutex *rw) {
  go::impl::nil_check(rw);
  spin_lock(&rw->guard);
  if (rw->readers <= 0) {
    spin_unlock(&rw->guard);
    go::impl::fatal("sync: RUnlock of unlocked RWMutex");
  }
  waiter *woken = --rw->readers == 0 ? grant_waiters(rw) : nullptr;
  spin_unlock(&rw->guard);
  ready_all(woken);
}

// RLocker: a Locker whose Lock and Unlock are rw's RLock and RUnlock. Its
// dynamic type is *sync.rlocker, a pointer to the RWMutex.
namespace {
void rlocker_lock(void *self) { RWMutex__RLock(*static_cast<RWMutex **>(self)); }
void rlocker_unlock(void *self) { RWMutex__RUnlock(*static_cast<RWMutex **>(self)); }

const go::type_desc *rlocker_type() {
  static const go::type_desc elem =
      gopkg::native::struct_desc_of<RWMutex>("sync.rlocker"_gs, nullptr, 0, nullptr, true);
  static const go::method_desc methods[] = {
      {"Lock"_gs, nullptr, reinterpret_cast<void *>(&rlocker_lock)},
      {"Unlock"_gs, nullptr, reinterpret_cast<void *>(&rlocker_unlock)},
  };
  static const go::type_desc desc = gopkg::native::pointer_desc(&elem, "*sync.rlocker"_gs, methods,
                                                                2, &go::impl::equal_fn<RWMutex *>);
  return &desc;
}
} // namespace

Locker RWMutex__RLocker(RWMutex *rw) {
  static const go::itab *tab = go::find_itab(rlocker_type(), Locker__type());
  return go::make_iface(rw, tab);
}

// ---- WaitGroup --------------------------------------------------------------

void WaitGroup__Add(WaitGroup *wg, int64_t delta) {
  go::impl::nil_check(wg);
  spin_lock(&wg->guard);
  wg->count += delta;
  if (wg->count < 0) {
    spin_unlock(&wg->guard);
    go::panic(go::box("sync: negative WaitGroup counter"_gs));
  }
  waiter *woken = nullptr;
  if (wg->count == 0) {
    woken = wg->queue;
    wg->queue = wg->last = nullptr;
  }
  spin_unlock(&wg->guard);
  ready_all(woken);
}

void WaitGroup__Wait(WaitGroup *wg) {
  go::impl::nil_check(wg);
  spin_lock(&wg->guard);
  if (wg->count == 0) {
    spin_unlock(&wg->guard);
    return;
  }
  waiter w;
  wait_on(wg->queue, wg->last, &w, &wg->guard, go::impl::wait_reason::sync_waitgroup);
  __atomic_thread_fence(__ATOMIC_ACQUIRE);
}

// ---- Once -------------------------------------------------------------------

void Once__Do(Once *o, go::func<void()> f) {
  go::impl::nil_check(o);
  if (__atomic_load_n(&o->done, __ATOMIC_ACQUIRE))
    return;
  Mutex__Lock(&o->m);
  // As Go's deferred calls: done is set and the mutex released even when f
  // panics, so later calls return at once.
  struct finish {
    Once *o;
    bool ran = false;
    ~finish() {
      if (ran)
        __atomic_store_n(&o->done, 1u, __ATOMIC_RELEASE);
      Mutex__Unlock(&o->m);
    }
  } fin{o};
  if (o->done == 0) {
    fin.ran = true;
    f();
  }
}

// ---- Cond -------------------------------------------------------------------

namespace {
// Locker's methods in sorted order.
constexpr int locker_lock = 0;
constexpr int locker_unlock = 1;
void call_locker(const Locker &l, int k) { go::impl::iface_fn<void>(l, k)(l.data); }
} // namespace

Cond *NewCond(Locker l) {
  Cond *c = go::new_object_flagged<Cond>(true);
  c->L = l;
  return c;
}

void Cond__Wait(Cond *c) {
  go::impl::nil_check(c);
  // Join the queue before releasing L, so a Signal sent after our caller
  // saw its condition false cannot be missed.
  waiter w;
  w.g = go::impl::current();
  if (!w.g)
    go::impl::fatal("sync: blocking outside a goroutine");
  spin_lock(&c->guard);
  push(c->queue, c->last, &w);
  spin_unlock(&c->guard);
  call_locker(c->L, locker_unlock);
  spin_lock(&c->guard);
  if (w.signaled) {
    spin_unlock(&c->guard);
  } else {
    w.parked = true;
    go::impl::park(go::impl::wait_reason::sync_cond, &spin_unlock_cb, &c->guard);
  }
  call_locker(c->L, locker_lock);
}

namespace {
// With the guard held: marks w signalled; returns it if it must be readied.
waiter *signal(waiter *w) {
  w->signaled = true;
  return w->parked ? w : nullptr;
}
} // namespace

void Cond__Signal(Cond *c) {
  go::impl::nil_check(c);
  spin_lock(&c->guard);
  waiter *w = pop(c->queue, c->last);
  go::impl::goroutine *g = w ? (signal(w) ? w->g : nullptr) : nullptr;
  spin_unlock(&c->guard);
  if (g)
    go::impl::ready(g);
}

void Cond__Broadcast(Cond *c) {
  go::impl::nil_check(c);
  spin_lock(&c->guard);
  waiter *woken = nullptr;
  waiter **tail = &woken;
  while (waiter *w = pop(c->queue, c->last)) {
    if (signal(w)) {
      w->next = nullptr;
      *tail = w;
      tail = &w->next;
    }
  }
  spin_unlock(&c->guard);
  ready_all(woken);
}

// ---- Type descriptors -------------------------------------------------------

using gopkg::native::pointer_thunk;

const go::type_desc *Locker__type() {
  static const go::method_desc methods[] = {{"Lock"_gs, nullptr, nullptr},
                                            {"Unlock"_gs, nullptr, nullptr}};
  static const go::type_desc desc = gopkg::native::interface_desc_of("sync.Locker"_gs, methods);
  return &desc;
}

namespace {
// The descriptor of a sync struct type T, which prints as Go's would only in
// its type name (fmt of a lock's fields is not meaningful).
template <class T> go::type_desc struct_desc(go::string name, bool pointer_free) {
  return gopkg::native::struct_desc_of<T>(name, nullptr, 0, &go::impl::equal_fn<T>, pointer_free);
}
} // namespace

const go::type_desc *Mutex__type() {
  static const go::type_desc desc = struct_desc<Mutex>("sync.Mutex"_gs, true);
  return &desc;
}
const go::type_desc *Mutex__ptrtype() {
  static const go::method_desc methods[] = {
      {"Lock"_gs, nullptr, pointer_thunk<&Mutex__Lock>()},
      {"TryLock"_gs, nullptr, pointer_thunk<&Mutex__TryLock>()},
      {"Unlock"_gs, nullptr, pointer_thunk<&Mutex__Unlock>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Mutex>(Mutex__type(), "*sync.Mutex"_gs, methods);
  return &desc;
}

const go::type_desc *RWMutex__type() {
  static const go::type_desc desc = struct_desc<RWMutex>("sync.RWMutex"_gs, true);
  return &desc;
}
const go::type_desc *RWMutex__ptrtype() {
  static const go::method_desc methods[] = {
      {"Lock"_gs, nullptr, pointer_thunk<&RWMutex__Lock>()},
      {"RLock"_gs, nullptr, pointer_thunk<&RWMutex__RLock>()},
      {"RLocker"_gs, nullptr, pointer_thunk<&RWMutex__RLocker>()},
      {"RUnlock"_gs, nullptr, pointer_thunk<&RWMutex__RUnlock>()},
      {"TryLock"_gs, nullptr, pointer_thunk<&RWMutex__TryLock>()},
      {"TryRLock"_gs, nullptr, pointer_thunk<&RWMutex__TryRLock>()},
      {"Unlock"_gs, nullptr, pointer_thunk<&RWMutex__Unlock>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<RWMutex>(RWMutex__type(), "*sync.RWMutex"_gs, methods);
  return &desc;
}

const go::type_desc *WaitGroup__type() {
  static const go::type_desc desc = struct_desc<WaitGroup>("sync.WaitGroup"_gs, true);
  return &desc;
}
const go::type_desc *WaitGroup__ptrtype() {
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, pointer_thunk<&WaitGroup__Add>()},
      {"Done"_gs, nullptr, pointer_thunk<&WaitGroup__Done>()},
      {"Wait"_gs, nullptr, pointer_thunk<&WaitGroup__Wait>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<WaitGroup>(WaitGroup__type(), "*sync.WaitGroup"_gs, methods);
  return &desc;
}

const go::type_desc *Once__type() {
  static const go::type_desc desc = struct_desc<Once>("sync.Once"_gs, true);
  return &desc;
}
const go::type_desc *Once__ptrtype() {
  static const go::method_desc methods[] = {{"Do"_gs, nullptr, pointer_thunk<&Once__Do>()}};
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Once>(Once__type(), "*sync.Once"_gs, methods);
  return &desc;
}

const go::type_desc *Cond__type() {
  static const go::type_desc desc = struct_desc<Cond>("sync.Cond"_gs, false);
  return &desc;
}
const go::type_desc *Cond__ptrtype() {
  static const go::method_desc methods[] = {
      {"Broadcast"_gs, nullptr, pointer_thunk<&Cond__Broadcast>()},
      {"Signal"_gs, nullptr, pointer_thunk<&Cond__Signal>()},
      {"Wait"_gs, nullptr, pointer_thunk<&Cond__Wait>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Cond>(Cond__type(), "*sync.Cond"_gs, methods);
  return &desc;
}

} // namespace gopkg::sync
