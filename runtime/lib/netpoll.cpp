// The network poller (see gocxx/runtime/netpoll.h), on epoll as gc's is on
// Linux. Each descriptor internal/poll registers gets a poll record with
// one slot per direction: empty, "ready" (an edge arrived that nobody has
// consumed yet) or the goroutine parked waiting for it. A thread of the
// runtime waits in epoll_wait and fills the slots; deadlines are timers of
// the scheduler that mark the direction expired and wake its waiter.
//
// Records are never freed, only reused (as gc keeps its pollDescs): an
// event still in flight for a closed descriptor then lands on a live record
// as a spurious "ready", which a reader absorbs by retrying its read. The
// records are plain memory: the goroutines they name are never collected.
#include "gocxx/runtime/netpoll.h"

#include "sched_internal.h"

#include <cerrno>
#include <sys/epoll.h>
#include <unistd.h>

namespace go::impl {

namespace {

goroutine *const slot_ready = reinterpret_cast<goroutine *>(uintptr_t(1));

struct poll_timer {
  timer t; // first: the fire function gets &t
  poll_desc *pd;
  int mode;
};

} // namespace

struct poll_desc {
  spin_mutex lock;
  uintptr_t fd = 0;
  bool closing = false;
  bool event_err = false;  // EPOLLERR seen: reads report "not pollable"
  int64_t rd = 0, wd = 0;  // deadlines: 0 none, < 0 passed
  goroutine *rg = nullptr; // read slot: nullptr, slot_ready or the waiter
  goroutine *wg = nullptr;
  poll_timer rt, wt;
  poll_desc *next_free = nullptr;
};

namespace {

int epfd = -1;
std::once_flag started;
std::mutex free_lock;
poll_desc *free_list = nullptr;
std::atomic<int64_t> waiters{0};

goroutine **slot_of(poll_desc *pd, int mode) { return mode == 'r' ? &pd->rg : &pd->wg; }

// Under pd->lock.
int check_err(poll_desc *pd, int mode) {
  if (pd->closing)
    return poll_closing;
  if ((mode == 'r' && pd->rd < 0) || (mode == 'w' && pd->wd < 0))
    return poll_timeout;
  if (mode == 'r' && pd->event_err)
    return poll_not_pollable;
  return poll_ok;
}

// Under pd->lock: empties the slot for mode (marking it ready when
// io_ready) and returns the goroutine to wake, if one waited.
goroutine *unblock(poll_desc *pd, int mode, bool io_ready) {
  goroutine **slot = slot_of(pd, mode);
  goroutine *old = *slot;
  if (old == slot_ready)
    return nullptr;
  if (old == nullptr) {
    if (io_ready)
      *slot = slot_ready;
    return nullptr;
  }
  *slot = io_ready ? slot_ready : nullptr;
  return old;
}

void wake(goroutine *g) {
  if (!g)
    return;
  ready(g);
  waiters.fetch_sub(1);
}

void *poller_main(void *) {
  epoll_event events[128];
  for (;;) {
    int n = epoll_wait(epfd, events, 128, -1);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      fatal("runtime: netpoll failed");
    }
    for (int i = 0; i < n; i++) {
      auto *pd = static_cast<poll_desc *>(events[i].data.ptr);
      uint32_t ev = events[i].events;
      bool r = ev & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR);
      bool w = ev & (EPOLLOUT | EPOLLHUP | EPOLLERR);
      goroutine *rg = nullptr, *wg = nullptr;
      pd->lock.lock();
      if (ev & EPOLLERR)
        pd->event_err = true;
      if (r)
        rg = unblock(pd, 'r', true);
      if (w)
        wg = unblock(pd, 'w', true);
      pd->lock.unlock();
      wake(rg);
      wake(wg);
    }
  }
  return nullptr;
}

// A deadline timer: runs on the monitor thread. A timer popped just before
// its deadline was moved or removed finds the deadline not yet due and
// does nothing.
void deadline_fired(timer *t) {
  auto *pt = reinterpret_cast<poll_timer *>(t);
  poll_desc *pd = pt->pd;
  pd->lock.lock();
  int64_t &d = pt->mode == 'r' ? pd->rd : pd->wd;
  goroutine *g = nullptr;
  if (!pd->closing && d > 0 && nanotime() >= d) {
    d = -1;
    g = unblock(pd, pt->mode, false);
  }
  pd->lock.unlock();
  wake(g);
}

void unpark_pd(void *pd) { static_cast<poll_desc *>(pd)->lock.unlock(); }

} // namespace

void netpoll_init() {
  std::call_once(started, [] {
    epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0)
      fatal("runtime: netpoll: epoll_create1 failed");
    pthread_t t;
    if (pthread_create(&t, nullptr, &poller_main, nullptr) != 0)
      fatal("runtime: netpoll: cannot start the poller thread");
    pthread_detach(t);
  });
}

poll_desc *netpoll_open(uintptr_t fd, int *err) {
  poll_desc *pd;
  {
    std::lock_guard lk(free_lock);
    pd = free_list;
    if (pd)
      free_list = pd->next_free;
  }
  if (!pd) {
    pd = new poll_desc();
    pd->rt.pd = pd->wt.pd = pd;
    pd->rt.mode = 'r';
    pd->wt.mode = 'w';
    pd->rt.t.fire = pd->wt.t.fire = &deadline_fired;
  }
  pd->lock.lock();
  pd->fd = fd;
  pd->closing = false;
  pd->event_err = false;
  pd->rd = pd->wd = 0;
  pd->rg = pd->wg = nullptr;
  pd->lock.unlock();
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.ptr = pd;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, int(fd), &ev) != 0) {
    *err = errno;
    std::lock_guard lk(free_lock);
    pd->next_free = free_list;
    free_list = pd;
    return nullptr;
  }
  *err = 0;
  return pd;
}

void netpoll_close(poll_desc *pd) {
  epoll_event ev{};
  epoll_ctl(epfd, EPOLL_CTL_DEL, int(pd->fd), &ev);
  timer_remove(&pd->rt.t);
  timer_remove(&pd->wt.t);
  std::lock_guard lk(free_lock);
  pd->next_free = free_list;
  free_list = pd;
}

int netpoll_reset(poll_desc *pd, int mode) {
  std::lock_guard lk(pd->lock);
  int err = check_err(pd, mode);
  if (err != poll_ok)
    return err;
  *slot_of(pd, mode) = nullptr;
  return poll_ok;
}

int netpoll_wait(poll_desc *pd, int mode) {
  pd->lock.lock();
  for (;;) {
    int err = check_err(pd, mode);
    if (err != poll_ok) {
      pd->lock.unlock();
      return err;
    }
    goroutine **slot = slot_of(pd, mode);
    if (*slot == slot_ready) {
      *slot = nullptr;
      pd->lock.unlock();
      return poll_ok;
    }
    *slot = current();
    waiters.fetch_add(1);
    // The waker takes pd->lock, which unpark_pd releases only once this
    // goroutine has switched away.
    park(wait_reason::io_wait, &unpark_pd, pd);
    pd->lock.lock();
  }
}

void netpoll_set_deadline(poll_desc *pd, int64_t d, int mode) {
  if (d > 0 && __builtin_add_overflow(d, nanotime(), &d))
    d = INT64_MAX; // the deadline is beyond nanotime's range
  goroutine *rg = nullptr, *wg = nullptr;
  {
    std::lock_guard lk(pd->lock);
    if (pd->closing)
      return;
    for (poll_timer *pt : {&pd->rt, &pd->wt}) {
      if (mode != pt->mode && mode != 'r' + 'w')
        continue;
      (pt->mode == 'r' ? pd->rd : pd->wd) = d;
      timer_remove(&pt->t);
      if (d > 0) {
        pt->t.when = d;
        timer_add(&pt->t);
      }
    }
    if (pd->rd < 0)
      rg = unblock(pd, 'r', false);
    if (pd->wd < 0)
      wg = unblock(pd, 'w', false);
  }
  wake(rg);
  wake(wg);
}

void netpoll_unblock(poll_desc *pd) {
  goroutine *rg, *wg;
  {
    std::lock_guard lk(pd->lock);
    pd->closing = true;
    rg = unblock(pd, 'r', false);
    wg = unblock(pd, 'w', false);
  }
  timer_remove(&pd->rt.t);
  timer_remove(&pd->wt.t);
  wake(rg);
  wake(wg);
}

bool netpoll_is_poller_fd(uintptr_t fd) { return epfd >= 0 && fd == uintptr_t(epfd); }

int64_t netpoll_waiters() { return waiters.load(); }

} // namespace go::impl
