// Goroutines and the scheduler interface: spawning, yielding, sleeping,
// program entry, and the cheap preemption check generated code places on
// loop back-edges and function entries. The scheduler itself (M:N workers,
// run queues, stealing, parking, the monitor thread) is in scheduler.cpp.
#pragma once

#include "gocxx/runtime/core.h"

#include <atomic>
#include <functional>

namespace go {

namespace impl {
// Starts a goroutine running fn(arg). arg must be reachable by the collector
// through the goroutine until it ends (spawn keeps it in the goroutine).
void spawn_raw(void (*fn)(void *), void *arg);

template <class F> GOCXX_KEEP_FRAMES void invoke_closure(void *p) { (*static_cast<F *>(p))(); }
} // namespace impl

// go f(x): f is a callable holding the already evaluated arguments by value.
// Always inlined, so the runtime knows the go statement ("created by").
template <class F> [[gnu::always_inline]] inline void spawn(F &&f) {
  using C = std::decay_t<F>;
  C *c = new (gc_alloc(sizeof(C), true)) C(std::forward<F>(f));
  impl::spawn_raw(&impl::invoke_closure<C>, c);
}

void gosched();
int64_t num_goroutine();
int64_t num_cpu();
// runtime.GOMAXPROCS: returns the previous setting; n < 1 only queries.
// Raising it starts more workers (or wakes stopped ones); lowering it stops
// the workers above n, moving their queued goroutines to the global queue,
// and returns once they have stopped, so from then on at most n goroutines
// run at a time. A goroutine running on a worker being stopped is asked to
// yield at its next preemption check, as the monitor asks a long-running one.
int64_t gomaxprocs(int64_t n);
// time.Sleep: parks the goroutine on the timer heap. d <= 0 just yields.
void sleep(int64_t nanoseconds);
// Monotonic clock in nanoseconds.
int64_t nanotime();
// Wall clock in nanoseconds since the Unix epoch.
int64_t walltime();

// Program entry. Initialises the collector and the scheduler (GOMAXPROCS
// workers: the environment variable, else the CPU count), runs entry as
// goroutine 1 and, when it returns, exits the process with status 0 even if
// other goroutines still run.
int run_main(int argc, char **argv, void (*entry)());
// os.Exit: ends the process at once; deferred calls do not run.
[[noreturn]] void exit(int code);

// Command-line arguments as given to run_main (os.Args).
int64_t argc();
const char *argv(int64_t i);

namespace impl {

// Runs fn as a goroutine on a fresh scheduler with the given number of
// workers, waits until every goroutine has ended, stops the workers and
// returns. For tests: many schedulers can run one after another in one
// process. Deadlock and unrecovered panics still end the process.
void run_in_scheduler(int workers, std::function<void()> fn);

// Preemption and stack-overflow check. Generated code calls it on loop
// back-edges and function entries. It compares the stack pointer with a
// per-thread guard word: the lowest safe address of the running goroutine's
// stack, or all ones when the monitor asks the goroutine to yield (it has
// run for more than 10 ms). Both cases fall into the out-of-line morestack.
extern "C" thread_local constinit std::atomic<uintptr_t> gocxx_stack_guard;
[[gnu::noinline]] void morestack();

[[gnu::always_inline]] inline void preempt_check() {
  uintptr_t sp, guard;
#if defined(__x86_64__)
  asm("mov %%rsp, %0" : "=r"(sp));
  // Read the guard with a volatile asm so the compiler cannot keep the
  // thread-local address across a yield: a goroutine may resume on another
  // worker thread. Local-exec TLS: the runtime is linked into executables.
  asm volatile("mov %%fs:gocxx_stack_guard@tpoff, %0" : "=r"(guard));
#else
  sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  guard = gocxx_stack_guard.load(std::memory_order_relaxed);
#endif
  if (sp < guard) [[unlikely]]
    morestack();
}

// Scheduler interface for channels, select, timers and sync.
struct goroutine;

// Why a goroutine is parked, named as Go's tracebacks name it.
enum class wait_reason : uint8_t {
  none,
  chan_receive,
  chan_send,
  chan_receive_nil,
  chan_send_nil,
  select,
  select_no_cases,
  sleep,
  sync_mutex,
  sync_rwmutex_r,
  sync_rwmutex_w,
  sync_waitgroup,
  sync_cond,
  wait_goroutines, // internal: run_in_scheduler's waiter
  finalizer_wait,  // the finalizer goroutine, between finalizers
  syscall,         // waiting outside Go code (os/signal's signal_recv)
  io_wait,         // the network poller
};
const char *wait_reason_text(wait_reason r);

goroutine *current();
int64_t goroutine_id(goroutine *g);
// Parks the running goroutine. After it has switched away, unlock(arg) runs
// on the worker's own stack (e.g. releasing a channel lock), so a waker that
// takes that lock sees the goroutine fully parked.
void park(wait_reason why, void (*unlock)(void *), void *arg);
// Makes a parked goroutine runnable (from any thread).
void ready(goroutine *g);
// Around a system call that may block (syscall.Syscall): the worker's other
// goroutines may run elsewhere meanwhile.
void enter_syscall();
void exit_syscall();

} // namespace impl
} // namespace go
