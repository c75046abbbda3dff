// Channel operations on untyped elements (chan.h gives them types). The
// algorithm is Go's: a receiver that finds a parked sender takes its value
// directly (and for a full buffer, takes the head and puts the sender's value
// at the tail); a sender that finds a parked receiver copies straight into
// the receiver's variable; otherwise the buffer is used, or the goroutine
// parks in the channel's queue with a waiter record on its own stack. The
// channel lock is released only after the goroutine has switched away
// (park's unlock callback), so a waker always finds it fully parked.
#include "sched_internal.h"

namespace go::impl {

void wait_queue::push(waiter *w) {
  w->next = nullptr;
  w->prev = last;
  if (last)
    last->next = w;
  else
    first = w;
  last = w;
  w->queued = true;
}

void wait_queue::remove(waiter *w) {
  if (!w->queued)
    return;
  if (w->prev)
    w->prev->next = w->next;
  else
    first = w->next;
  if (w->next)
    w->next->prev = w->prev;
  else
    last = w->prev;
  w->next = w->prev = nullptr;
  w->queued = false;
}

waiter *wait_queue::pop() {
  while (waiter *w = first) {
    remove(w);
    if (w->sel) {
      // A select waits on several channels: only the first to claim it may
      // complete it; the others drop the stale waiter.
      int expected = 0;
      if (!w->sel->done.compare_exchange_strong(expected, 1))
        continue;
      w->sel->winner = w;
    }
    return w;
  }
  return nullptr;
}

namespace {

void unlock_chan(void *p) { static_cast<spin_mutex *>(p)->unlock(); }

[[noreturn]] void block_forever(wait_reason why) {
  park(why, nullptr, nullptr);
  fatal("unreachable: a goroutine blocked for ever was resumed");
}

} // namespace

bool chan_send(chan_core *c, const void *elem, bool block) {
  if (!c) {
    if (!block)
      return false;
    block_forever(wait_reason::chan_send_nil);
  }
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panic_plain("send on closed channel");
  }
  if (waiter *r = c->recvq.pop()) {
    if (r->elem)
      c->copy_elem(r->elem, elem);
    r->success = true;
    c->lock.unlock();
    ready(r->g);
    return true;
  }
  if (c->count < c->cap) {
    c->copy_elem(c->slot(c->sendx), elem);
    if (++c->sendx == c->cap)
      c->sendx = 0;
    c->count++;
    c->lock.unlock();
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }
  goroutine *g = current();
  if (!g)
    fatal("blocking channel send outside a goroutine");
  waiter me{};
  me.g = g;
  me.elem = const_cast<void *>(elem);
  me.c = c;
  c->sendq.push(&me);
  park(wait_reason::chan_send, &unlock_chan, &c->lock);
  if (!me.success)
    panic_plain("send on closed channel");
  return true;
}

bool chan_recv(chan_core *c, void *elem, bool *ok, bool block) {
  if (!c) {
    if (!block)
      return false;
    block_forever(wait_reason::chan_receive_nil);
  }
  c->lock.lock();
  if (c->closed && c->count == 0) {
    c->lock.unlock();
    if (elem)
      c->zero_elem(elem);
    if (ok)
      *ok = false;
    return true;
  }
  if (waiter *s = c->sendq.pop()) {
    if (c->cap == 0) {
      if (elem)
        c->copy_elem(elem, s->elem);
    } else {
      // Full buffer: take the head, the sender's value goes to the tail.
      void *head = c->slot(c->recvx);
      if (elem)
        c->copy_elem(elem, head);
      c->copy_elem(head, s->elem);
      if (++c->recvx == c->cap)
        c->recvx = 0;
      c->sendx = c->recvx;
    }
    s->success = true;
    c->lock.unlock();
    ready(s->g);
    if (ok)
      *ok = true;
    return true;
  }
  if (c->count > 0) {
    void *head = c->slot(c->recvx);
    if (elem)
      c->copy_elem(elem, head);
    c->zero_elem(head); // do not keep the value reachable from the buffer
    if (++c->recvx == c->cap)
      c->recvx = 0;
    c->count--;
    c->lock.unlock();
    if (ok)
      *ok = true;
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }
  goroutine *g = current();
  if (!g)
    fatal("blocking channel receive outside a goroutine");
  waiter me{};
  me.g = g;
  me.elem = elem;
  me.c = c;
  c->recvq.push(&me);
  park(wait_reason::chan_receive, &unlock_chan, &c->lock);
  if (!me.success && elem)
    c->zero_elem(elem);
  if (ok)
    *ok = me.success;
  return true;
}

void chan_close(chan_core *c) {
  if (!c)
    panic_plain("close of nil channel");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panic_plain("close of closed channel");
  }
  c->closed = true;
  // Collect every waiter first, wake them after unlocking.
  waiter *wake = nullptr;
  while (waiter *w = c->recvq.pop()) {
    w->success = false;
    if (w->elem)
      c->zero_elem(w->elem);
    w->next = wake;
    wake = w;
  }
  while (waiter *w = c->sendq.pop()) {
    w->success = false;
    w->next = wake;
    wake = w;
  }
  c->lock.unlock();
  while (wake) {
    waiter *w = wake;
    wake = w->next;
    ready(w->g); // w may be gone once its goroutine runs
  }
}

} // namespace go::impl

namespace go {

int64_t chan_len(impl::chan_core *c) {
  if (!c)
    return 0;
  std::lock_guard lk(c->lock);
  return c->count;
}

} // namespace go

namespace go::impl {

chan_core *make_chan_untyped(int64_t elem_size, bool pointers, int64_t cap) {
  if (cap < 0 || (elem_size && cap > (int64_t(1) << 40) / elem_size))
    panic_makechan();
  auto *c = new (gc_alloc(sizeof(chan_core), true)) chan_core();
  c->cap = cap;
  c->elem_size = elem_size;
  c->buf =
      cap ? static_cast<uint8_t *>(gc_alloc(size_t(cap * (elem_size ? elem_size : 1)), pointers))
          : nullptr;
  return c;
}

} // namespace go::impl
