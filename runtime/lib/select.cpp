// select over any number of send and receive cases, after Go's selectgo.
// The cases are polled in a random order (so a ready case is chosen
// uniformly), with every involved channel locked in address order (so two
// selects over the same channels cannot deadlock). If none is ready and
// there is no default, the goroutine queues a waiter on every channel, all
// sharing one select_sync; the first channel operation to claim it wins,
// and on waking the goroutine removes its other waiters.
#include "sched_internal.h"

#include <algorithm>
#include <vector>

namespace go {

namespace {

using impl::chan_core;
using impl::waiter;

// Per-thread random numbers for the poll order (read once per select, so
// migrating between threads mid-select does not matter).
thread_local uint64_t select_rng = 0;

uint32_t random_below(uint32_t n) {
  uint64_t x = select_rng;
  if (x == 0)
    x = uint64_t(reinterpret_cast<uintptr_t>(&select_rng)) ^ uint64_t(nanotime()) ^
        0x9e3779b97f4a7c15ull;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  select_rng = x;
  return uint32_t((x >> 32) * uint64_t(n) >> 32);
}

struct locked_set {
  chan_core **chans;
  int64_t n;
};

void lock_all(const locked_set &s) {
  for (int64_t i = 0; i < s.n; i++)
    s.chans[i]->lock.lock();
}
void unlock_all(const locked_set &s) {
  for (int64_t i = s.n; i-- > 0;)
    s.chans[i]->lock.unlock();
}
void unlock_all_cb(void *p) { unlock_all(*static_cast<locked_set *>(p)); }

// Small selects use stack arrays; big ones the C++ heap (these arrays hold
// only channel and case pointers that the cases array keeps alive).
template <class T, int N> struct scratch {
  T small[N];
  std::vector<T> big;
  T *get(int64_t n) {
    if (n <= N)
      return small;
    big.resize(size_t(n));
    return big.data();
  }
};

} // namespace

int64_t select(select_case *cases, int64_t n, bool has_default) {
  if (n == 0 && !has_default) {
    impl::park(impl::wait_reason::select_no_cases, nullptr, nullptr);
    impl::fatal("unreachable: select with no cases resumed");
  }

  // Poll order: a random permutation of the cases with a channel.
  scratch<int64_t, 16> order_buf;
  int64_t *order = order_buf.get(n);
  int64_t npoll = 0;
  for (int64_t i = 0; i < n; i++) {
    if (!cases[i].ch)
      continue;
    int64_t j = int64_t(random_below(uint32_t(npoll + 1)));
    order[npoll] = order[j];
    order[j] = i;
    npoll++;
  }

  // Lock order: distinct channels by address.
  scratch<chan_core *, 16> chans_buf;
  chan_core **chans = chans_buf.get(npoll);
  for (int64_t k = 0; k < npoll; k++)
    chans[k] = cases[order[k]].ch;
  // Insertion sort dropping duplicates: selects have a handful of cases,
  // where this beats std::sort and std::unique.
  int64_t nchans = 0;
  if (npoll > 32) {
    std::sort(chans, chans + npoll);
    nchans = std::unique(chans, chans + npoll) - chans;
  } else {
    for (int64_t k = 0; k < npoll; k++) {
      chan_core *c = chans[k];
      int64_t j = nchans;
      while (j > 0 && chans[j - 1] > c)
        j--;
      if (j > 0 && chans[j - 1] == c)
        continue;
      for (int64_t m = nchans; m > j; m--)
        chans[m] = chans[m - 1];
      chans[j] = c;
      nchans++;
    }
  }
  locked_set locked{chans, nchans};
  lock_all(locked);

  // Pass 1: a case that can proceed now.
  for (int64_t k = 0; k < npoll; k++) {
    int64_t i = order[k];
    select_case &sc = cases[i];
    chan_core *c = sc.ch;
    if (sc.is_send) {
      if (c->closed) {
        unlock_all(locked);
        impl::panic_plain("send on closed channel");
      }
      if (waiter *r = c->recvq.pop()) {
        if (r->elem)
          c->copy_elem(r->elem, sc.elem);
        r->success = true;
        unlock_all(locked);
        impl::ready(r->g);
        return i;
      }
      if (c->count < c->cap) {
        c->copy_elem(c->slot(c->sendx), sc.elem);
        if (++c->sendx == c->cap)
          c->sendx = 0;
        c->count++;
        unlock_all(locked);
        return i;
      }
    } else {
      if (waiter *s = c->sendq.pop()) {
        if (c->cap == 0) {
          if (sc.elem)
            c->copy_elem(sc.elem, s->elem);
        } else {
          void *head = c->slot(c->recvx);
          if (sc.elem)
            c->copy_elem(sc.elem, head);
          c->copy_elem(head, s->elem);
          if (++c->recvx == c->cap)
            c->recvx = 0;
          c->sendx = c->recvx;
        }
        s->success = true;
        unlock_all(locked);
        impl::ready(s->g);
        if (sc.ok)
          *sc.ok = true;
        return i;
      }
      if (c->count > 0) {
        void *head = c->slot(c->recvx);
        if (sc.elem)
          c->copy_elem(sc.elem, head);
        c->zero_elem(head);
        if (++c->recvx == c->cap)
          c->recvx = 0;
        c->count--;
        unlock_all(locked);
        if (sc.ok)
          *sc.ok = true;
        return i;
      }
      if (c->closed) {
        unlock_all(locked);
        if (sc.elem)
          c->zero_elem(sc.elem);
        if (sc.ok)
          *sc.ok = false;
        return i;
      }
    }
  }

  if (has_default) {
    unlock_all(locked);
    return -1;
  }

  // Pass 2: wait on every channel.
  impl::goroutine *g = impl::current();
  if (!g)
    impl::fatal("blocking select outside a goroutine");
  impl::select_sync sync;
  scratch<waiter, 8> waiters_buf;
  waiter *waiters = waiters_buf.get(n);
  for (int64_t i = 0; i < n; i++) {
    waiter &w = waiters[i];
    w = waiter{};
    if (!cases[i].ch)
      continue;
    w.g = g;
    w.elem = cases[i].elem;
    w.c = cases[i].ch;
    w.case_index = int(i);
    w.sel = &sync;
    if (cases[i].is_send)
      cases[i].ch->sendq.push(&w);
    else
      cases[i].ch->recvq.push(&w);
  }
  impl::park(impl::wait_reason::select, &unlock_all_cb, &locked);

  // Pass 3: woken by the winner; withdraw the other waiters.
  lock_all(locked);
  for (int64_t i = 0; i < n; i++) {
    waiter &w = waiters[i];
    if (!w.c || &w == sync.winner)
      continue;
    if (cases[i].is_send)
      w.c->sendq.remove(&w);
    else
      w.c->recvq.remove(&w);
  }
  unlock_all(locked);

  waiter *won = sync.winner;
  int64_t i = won->case_index;
  if (cases[i].is_send) {
    if (!won->success)
      impl::panic_plain("send on closed channel");
  } else {
    if (cases[i].ok)
      *cases[i].ok = won->success;
  }
  return i;
}

} // namespace go
