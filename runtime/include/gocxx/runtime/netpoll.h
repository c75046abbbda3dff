// The network poller (runtime/lib/netpoll.cpp), what gc's runtime gives
// package internal/poll: a goroutine whose non-blocking read or write would
// block parks on the descriptor's poll record, and a thread of the runtime
// waiting in epoll readies it when the descriptor becomes ready, its
// deadline passes or it is closed. A goroutine waiting for I/O does not
// count as asleep for the deadlock check, as in Go.
#pragma once

#include <cstdint>

namespace go::impl {

struct poll_desc;

// The results internal/poll expects (its pollNoError … pollErrNotPollable).
enum poll_result : int { poll_ok = 0, poll_closing = 1, poll_timeout = 2, poll_not_pollable = 3 };

void netpoll_init();
// Registers fd (edge-triggered, read and write); null and errno on failure.
poll_desc *netpoll_open(uintptr_t fd, int *err);
void netpoll_close(poll_desc *pd);
// mode is 'r', 'w' or 'r'+'w', as in internal/poll.
int netpoll_reset(poll_desc *pd, int mode);
int netpoll_wait(poll_desc *pd, int mode);
// d: a nanotime deadline; 0 none, < 0 already passed.
void netpoll_set_deadline(poll_desc *pd, int64_t d, int mode);
// The descriptor is being closed: waiters return poll_closing.
void netpoll_unblock(poll_desc *pd);
bool netpoll_is_poller_fd(uintptr_t fd);
// Goroutines parked in netpoll_wait (for the deadlock check).
int64_t netpoll_waiters();

} // namespace go::impl
