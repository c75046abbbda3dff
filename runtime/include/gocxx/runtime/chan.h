// Channels and select. A chan<T> is a typed face on impl::chan_core, which
// does all the work on untyped elements (size + copy function), so the
// algorithm exists once: a ring buffer, a queue of parked receivers and one
// of parked senders, one lock per channel (a spin_mutex). A value of Go type chan T is a
// go::chan<T>* on the collected heap; nullptr is the nil channel.
//
// select is a call with an array of cases:
//
//   go::select_case cases[] = {
//     go::send_case(ch1, &v),         // case ch1 <- v:   (v a local holding the value)
//     go::recv_case(ch2, &x),         // case x = <-ch2:  (nullptr to discard)
//     go::recv_case(ch3, &y, &ok),    // case y, ok = <-ch3:
//   };
//   switch (go::select(cases, 3, /*has_default=*/false)) {
//     case 0: ...; case 1: ...; case 2: ...; case -1: /* default */ ...
//   }
//
// Nil channels are never ready. Among ready cases one is chosen uniformly at
// random; channels are locked in address order so selects cannot deadlock.
#pragma once

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/sched.h"
#include "gocxx/runtime/spin_mutex.h"

#include <cstring>

namespace go {

namespace impl {

struct chan_core;
struct waiter;

// Shared by the waiters of one blocked select: the first channel operation
// that claims done (0 -> 1) wins and records its waiter.
struct select_sync {
  std::atomic<int> done{0};
  waiter *winner = nullptr;
};

// A goroutine waiting on a channel (Go's sudog). Lives on the waiting
// goroutine's stack while it is parked.
struct waiter {
  goroutine *g;
  waiter *next;
  waiter *prev;
  void *elem; // receive: where to store; send: the value; may be null for receive
  chan_core *c;
  bool success;     // true: woken by a communication; false: by close
  int case_index;   // select: which case this waiter belongs to
  select_sync *sel; // select: shared claim; null outside select
  bool queued;      // in a wait queue
};

struct wait_queue {
  waiter *first = nullptr;
  waiter *last = nullptr;
  void push(waiter *w);
  void remove(waiter *w);
  // The first waiter that can still be woken (skips selects already won by
  // another channel), removed from the queue; null if none.
  waiter *pop();
};

struct chan_core {
  spin_mutex lock;
  int64_t cap;
  int64_t count = 0; // elements in the buffer
  int64_t sendx = 0; // next slot to fill
  int64_t recvx = 0; // next slot to read
  uint8_t *buf;
  int64_t elem_size;
  bool closed = false;
  wait_queue recvq;
  wait_queue sendq;

  void *slot(int64_t i) { return buf + i * elem_size; }
  // Go values copy bitwise (their C++ types are trivially copyable).
  void copy_elem(void *dst, const void *src) { std::memcpy(dst, src, size_t(elem_size)); }
  void zero_elem(void *dst) { std::memset(dst, 0, size_t(elem_size)); }
};

// A channel of elements of elem_size bytes (reflect.MakeChan).
chan_core *make_chan_untyped(int64_t elem_size, bool pointers, int64_t cap);

// Blocking or non-blocking send/receive on an untyped channel. Nil c blocks
// for ever when block is set. chan_send returns false when it would block;
// chan_recv returns whether it got an element (false: would block), and sets
// *ok to false when the channel was closed and drained.
bool chan_send(chan_core *c, const void *elem, bool block);
bool chan_recv(chan_core *c, void *elem, bool *ok, bool block);
void chan_close(chan_core *c);

} // namespace impl

template <class T> class chan : public impl::chan_core {};

template <class T> chan<T> *make_chan(int64_t cap = 0) {
  static_assert(std::is_trivially_copyable_v<T>, "channel elements copy bitwise");
  if (cap < 0 || cap > (int64_t(1) << 40) / int64_t(sizeof(T) ? sizeof(T) : 1))
    impl::panic_makechan();
  auto *c = new (gc_alloc(sizeof(chan<T>), true)) chan<T>();
  c->cap = cap;
  c->elem_size = int64_t(sizeof(T));
  c->buf = static_cast<uint8_t *>(cap ? static_cast<void *>(impl::alloc_array<T>(cap)) : nullptr);
  return c;
}

template <class T> void send(chan<T> *c, const std::type_identity_t<T> &v) {
  impl::chan_send(c, &v, true);
}
template <class T> T recv(chan<T> *c) {
  T v{};
  impl::chan_recv(c, &v, nullptr, true);
  return v;
}
template <class T> std::pair<T, bool> recv2(chan<T> *c) {
  T v{};
  bool ok = false;
  impl::chan_recv(c, &v, &ok, true);
  return {v, ok};
}
template <class T> void close(chan<T> *c) { impl::chan_close(c); }
int64_t chan_len(impl::chan_core *c);
template <class T> int64_t len(chan<T> *c) { return chan_len(c); }
template <class T> int64_t cap(chan<T> *c) { return c ? c->cap : 0; }

struct select_case {
  impl::chan_core *ch; // null: nil channel, never ready
  void *elem;          // send: the value; receive: destination or null
  bool *ok;            // receive: comma-ok destination or null
  bool is_send;
};

template <class T> select_case send_case(chan<T> *c, const T *v) {
  return select_case{c, const_cast<T *>(v), nullptr, true};
}
template <class T> select_case recv_case(chan<T> *c, T *dst = nullptr, bool *ok = nullptr) {
  return select_case{c, dst, ok, false};
}

// Returns the index of the case that ran, or -1 when has_default and no case
// was ready. With n == 0 and no default the goroutine blocks for ever.
int64_t select(select_case *cases, int64_t n, bool has_default);

} // namespace go
