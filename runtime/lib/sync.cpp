// The scheduler's side of package sync (see gocxx/runtime/sync.h). Waiters
// are records on the waiting goroutines' stacks, queued under a spin lock;
// a goroutine parks with that lock still held and the scheduler releases it
// after the switch (park's unlock callback), so whoever takes the lock next
// sees the waiter parked and may ready it.
#include "gocxx/runtime/sync.h"

#include "futex.h"
#include "sched_internal.h"

namespace go::impl {

struct sync_waiter {
  goroutine *g = nullptr;
  sync_waiter *next = nullptr;
  uint32_t *addr = nullptr; // semaphores: the counter waited on
  uint32_t ticket = 0;      // notify lists
  bool handoff = false;     // Mutex: woken as the lock's owner
  int64_t since = 0;        // Mutex: when it first queued (nanotime)
};

namespace {

void spin_lock(uint32_t *guard) {
  while (__atomic_exchange_n(guard, 1u, __ATOMIC_ACQUIRE)) {
    while (__atomic_load_n(guard, __ATOMIC_RELAXED))
      cpu_relax();
  }
}
void spin_unlock(uint32_t *guard) { __atomic_store_n(guard, 0u, __ATOMIC_RELEASE); }
void spin_unlock_cb(void *guard) { spin_unlock(static_cast<uint32_t *>(guard)); }

void push(sync_waiter *&queue, sync_waiter *&last, sync_waiter *w) {
  w->next = nullptr;
  if (last)
    last->next = w;
  else
    queue = w;
  last = w;
}

sync_waiter *pop(sync_waiter *&queue, sync_waiter *&last) {
  sync_waiter *w = queue;
  if (w) {
    queue = w->next;
    if (!queue)
      last = nullptr;
  }
  return w;
}

goroutine *current_or_die() {
  goroutine *g = current();
  if (!g)
    fatal("sync: blocking outside a goroutine");
  return g;
}

// ---- Mutex ------------------------------------------------------------------

constexpr int32_t mutex_locked = 1;
constexpr int32_t mutex_waiters = 2;
constexpr int64_t starvation_ns = 1000000;

bool try_acquire(int32_t *state) {
  int32_t s = __atomic_load_n(state, __ATOMIC_RELAXED);
  return !(s & mutex_locked) && __atomic_compare_exchange_n(state, &s, s | mutex_locked, false,
                                                            __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

} // namespace

void mutex_lock(mutex *m) {
  nil_check(m);
  int32_t expected = 0;
  if (__atomic_compare_exchange_n(&m->state, &expected, mutex_locked, false, __ATOMIC_ACQUIRE,
                                  __ATOMIC_RELAXED))
    return;
  sync_waiter w;
  for (int round = 0;; round++) {
    // Spin briefly: the holder is likely running on another worker.
    if (num_active_workers() > 1) {
      for (int i = 0; i < spin_rounds; i++) {
        spin_pause_round();
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
    w.g = current_or_die();
    w.handoff = false;
    if (round == 0) {
      w.since = nanotime();
      push(m->queue, m->last, &w);
    } else {
      // Woken but beaten to the lock: first in line again.
      w.next = m->queue;
      m->queue = &w;
      if (!m->last)
        m->last = &w;
    }
    park(wait_reason::sync_mutex, &spin_unlock_cb, &m->guard);
    if (w.handoff) {
      __atomic_thread_fence(__ATOMIC_ACQUIRE);
      return;
    }
  }
}

bool mutex_trylock(mutex *m) { return try_acquire(&nil_check(m)->state); }

void mutex_unlock(mutex *m) {
  nil_check(m);
  int32_t expected = mutex_locked;
  if (__atomic_compare_exchange_n(&m->state, &expected, 0, false, __ATOMIC_RELEASE,
                                  __ATOMIC_RELAXED))
    return;
  if (!(expected & mutex_locked))
    fatal("sync: unlock of unlocked mutex");
  spin_lock(&m->guard);
  // Only this goroutine changes state now: it holds the lock, and the
  // waiters bit keeps lockers off the fast path.
  sync_waiter *w = pop(m->queue, m->last);
  int32_t more = m->queue ? mutex_waiters : 0;
  if (w && nanotime() - w->since > starvation_ns) {
    w->handoff = true; // stays locked, now owned by w
    __atomic_store_n(&m->state, mutex_locked | more, __ATOMIC_RELEASE);
  } else {
    __atomic_store_n(&m->state, more, __ATOMIC_RELEASE);
  }
  goroutine *g = w ? w->g : nullptr;
  spin_unlock(&m->guard);
  if (g)
    ready(g);
}

// ---- semaphores -------------------------------------------------------------
//
// Go's sema.go, simplified: waiters on any counter hash to one of a fixed set
// of buckets by address; a bucket counts its waiters so that a release with
// none to wake takes no lock.

namespace {

struct sema_bucket {
  uint32_t lock = 0;
  uint32_t nwait = 0;
  sync_waiter *head = nullptr, *tail = nullptr;
  char pad[64 - 24];
};
constexpr int sema_buckets = 251;
sema_bucket sema_table[sema_buckets];

sema_bucket &bucket_of(uint32_t *addr) {
  return sema_table[(reinterpret_cast<uintptr_t>(addr) >> 3) % sema_buckets];
}

bool can_acquire(uint32_t *addr) {
  for (;;) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
    if (v == 0)
      return false;
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return true;
  }
}

} // namespace

void semacquire(uint32_t *addr, bool lifo, wait_reason why) {
  if (can_acquire(addr))
    return;
  sema_bucket &b = bucket_of(addr);
  sync_waiter w;
  w.g = current_or_die();
  w.addr = addr;
  for (;;) {
    spin_lock(&b.lock);
    // Counted before the second look, so a release sees a waiter to wake.
    __atomic_add_fetch(&b.nwait, 1, __ATOMIC_SEQ_CST);
    if (can_acquire(addr)) {
      __atomic_sub_fetch(&b.nwait, 1, __ATOMIC_SEQ_CST);
      spin_unlock(&b.lock);
      return;
    }
    if (lifo) {
      w.next = b.head;
      b.head = &w;
      if (!b.tail)
        b.tail = &w;
    } else {
      push(b.head, b.tail, &w);
    }
    park(why, &spin_unlock_cb, &b.lock);
    if (can_acquire(addr))
      return;
  }
}

void semrelease(uint32_t *addr) {
  __atomic_add_fetch(addr, 1, __ATOMIC_RELEASE);
  sema_bucket &b = bucket_of(addr);
  if (__atomic_load_n(&b.nwait, __ATOMIC_SEQ_CST) == 0)
    return;
  spin_lock(&b.lock);
  sync_waiter *prev = nullptr, *w = b.head;
  while (w && w->addr != addr) {
    prev = w;
    w = w->next;
  }
  if (w) {
    (prev ? prev->next : b.head) = w->next;
    if (b.tail == w)
      b.tail = prev;
    __atomic_sub_fetch(&b.nwait, 1, __ATOMIC_SEQ_CST);
  }
  spin_unlock(&b.lock);
  if (w)
    ready(w->g);
}

// ---- notify lists -------------------------------------------------------------

namespace {
// Ticket a comes before b, allowing for wraparound.
bool before(uint32_t a, uint32_t b) { return int32_t(a - b) < 0; }
uint32_t *list_lock(notify_list *l) { return reinterpret_cast<uint32_t *>(&l->lock); }
} // namespace

uint32_t notify_list_add(notify_list *l) {
  return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

void notify_list_wait(notify_list *l, uint32_t ticket) {
  spin_lock(list_lock(l));
  if (before(ticket, l->notify)) {
    spin_unlock(list_lock(l));
    return;
  }
  sync_waiter w;
  w.g = current_or_die();
  w.ticket = ticket;
  auto *head = static_cast<sync_waiter *>(l->head), *tail = static_cast<sync_waiter *>(l->tail);
  push(head, tail, &w);
  l->head = head;
  l->tail = tail;
  park(wait_reason::sync_cond, &spin_unlock_cb, list_lock(l));
}

void notify_list_notify_all(notify_list *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  spin_lock(list_lock(l));
  auto *w = static_cast<sync_waiter *>(l->head);
  l->head = l->tail = nullptr;
  __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
  spin_unlock(list_lock(l));
  while (w) {
    sync_waiter *next = w->next;
    ready(w->g);
    w = next;
  }
}

void notify_list_notify_one(notify_list *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  spin_lock(list_lock(l));
  uint32_t t = l->notify;
  if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
    spin_unlock(list_lock(l));
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
  sync_waiter *prev = nullptr;
  for (auto *w = static_cast<sync_waiter *>(l->head); w; prev = w, w = w->next) {
    if (w->ticket != t)
      continue;
    sync_waiter *next = w->next;
    if (prev)
      prev->next = next;
    else
      l->head = next;
    if (l->tail == w)
      l->tail = prev;
    spin_unlock(list_lock(l));
    ready(w->g);
    return;
  }
  // The ticket's holder has not waited yet: it will see it is notified.
  spin_unlock(list_lock(l));
}

// ---- spinning and Pool ----------------------------------------------------------

bool sync_can_spin(int64_t iter) { return iter < spin_rounds && num_active_workers() > 1; }
void sync_do_spin() { spin_pause_round(); }

int64_t proc_pin() {
  // A C++ thread's call has no slot of sync.Pool's: on to a worker first.
  if (worker *w = current_worker(); w && w->foreign && current())
    gosched();
  if (goroutine *g = current())
    ++g->pinned;
  worker *w = current_worker();
  return w ? w->index : 0;
}
void proc_unpin() {
  if (goroutine *g = current())
    --g->pinned;
}
int64_t proc_count() { return num_workers(); }

} // namespace go::impl
