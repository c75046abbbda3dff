// Signals for os/signal (see gocxx/runtime/signals.h).
#include "gocxx/runtime/signals.h"

#include "sched_internal.h"

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace go::impl {

namespace {

constexpr uint32_t max_signal = 65;
int sig_pipe[2] = {-1, -1};
std::atomic<uint64_t> pending[2], ignored[2];
spin_mutex waiter_lock;
goroutine *waiter = nullptr; // the goroutine in signal_recv, if parked
std::atomic<int64_t> receivers{0};
std::once_flag started;

void set_bit(std::atomic<uint64_t> *m, uint32_t sig) {
  m[sig / 64].fetch_or(uint64_t(1) << (sig % 64));
}
void clear_bit(std::atomic<uint64_t> *m, uint32_t sig) {
  m[sig / 64].fetch_and(~(uint64_t(1) << (sig % 64)));
}

void handler(int sig) {
  int saved = errno;
  unsigned char c = static_cast<unsigned char>(sig);
  (void)!::write(sig_pipe[1], &c, 1);
  errno = saved;
}

void *signal_thread(void *) {
  for (;;) {
    unsigned char c;
    ssize_t n = ::read(sig_pipe[0], &c, 1);
    if (n != 1)
      continue;
    set_bit(pending, c);
    waiter_lock.lock();
    goroutine *g = waiter;
    waiter = nullptr;
    waiter_lock.unlock();
    if (g)
      ready(g);
  }
  return nullptr;
}

void start() {
  std::call_once(started, [] {
    if (::pipe2(sig_pipe, O_CLOEXEC) != 0)
      fatal("os/signal: cannot create the signal pipe");
    pthread_t t;
    if (pthread_create(&t, nullptr, &signal_thread, nullptr) != 0)
      fatal("os/signal: cannot start the signal thread");
    pthread_detach(t);
  });
}

// A pending signal, taken; 0 if none.
uint32_t take_pending() {
  for (int w = 0; w < 2; ++w) {
    uint64_t m = pending[w].load();
    while (m) {
      int b = __builtin_ctzll(m);
      uint64_t bit = uint64_t(1) << b;
      if (pending[w].fetch_and(~bit) & bit)
        return uint32_t(w * 64 + b);
      m = pending[w].load();
    }
  }
  return 0;
}

struct park_arg {
  goroutine *g;
};

// After the switch: registers the waiter, or readies it at once if a
// signal came meanwhile.
void register_waiter(void *p) {
  goroutine *g = static_cast<park_arg *>(p)->g;
  waiter_lock.lock();
  bool now = (pending[0].load() | pending[1].load()) != 0;
  if (!now)
    waiter = g;
  waiter_lock.unlock();
  if (now)
    ready(g);
}

// SIGPIPE's handling while os/signal does not take it, as Go's runtime:
// a write to a broken socket or pipe returns EPIPE instead of killing the
// program (os kills it for broken stdout and stderr itself, os.sigpipe). A
// handler rather than SIG_IGN, so programs it starts get the default.
void ignore_sigpipe(int) {}

void set_sigpipe_default() {
  struct sigaction sa{};
  sa.sa_handler = &ignore_sigpipe;
  sa.sa_flags = SA_RESTART | SA_ONSTACK;
  sigaction(SIGPIPE, &sa, nullptr);
}

} // namespace

void signals_init() {
  struct sigaction old{};
  sigaction(SIGPIPE, nullptr, &old);
  if (old.sa_handler == SIG_DFL) // a SIGPIPE ignored by the parent stays ignored
    set_sigpipe_default();
}

void signal_enable(uint32_t sig) {
  if (sig == 0 || sig >= max_signal)
    return;
  start();
  clear_bit(ignored, sig);
  struct sigaction sa{};
  sa.sa_handler = &handler;
  sa.sa_flags = SA_RESTART | SA_ONSTACK;
  sigfillset(&sa.sa_mask);
  sigaction(int(sig), &sa, nullptr);
}

void signal_disable(uint32_t sig) {
  if (sig == 0 || sig >= max_signal)
    return;
  if (sig == SIGPIPE)
    set_sigpipe_default();
  else
    std::signal(int(sig), SIG_DFL);
}

void signal_ignore(uint32_t sig) {
  if (sig == 0 || sig >= max_signal)
    return;
  set_bit(ignored, sig);
  std::signal(int(sig), SIG_IGN);
}

bool signal_ignored(uint32_t sig) {
  return sig < max_signal && (ignored[sig / 64].load() >> (sig % 64)) & 1;
}

uint32_t signal_recv() {
  start();
  for (;;) {
    if (uint32_t sig = take_pending())
      return sig;
    park_arg a{current()};
    if (!a.g)
      fatal("os/signal: signal_recv outside a goroutine");
    receivers.fetch_add(1);
    park(wait_reason::syscall, &register_waiter, &a);
    receivers.fetch_sub(1);
  }
}

int64_t signal_receivers() { return receivers.load(); }

} // namespace go::impl
