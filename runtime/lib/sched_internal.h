// Private to the runtime: the goroutine and worker records shared by the
// scheduler, the stack pool, the GC glue and the timers. Nothing outside
// runtime/lib includes this.
#pragma once

#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <boost/context/detail/fcontext.hpp>

#include "fiber_sanitizers.h"
#include "gocxx/runtime.h"
#include "gocxx/runtime/timers.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <pthread.h>

namespace go::impl {

namespace fctx = boost::context::detail;

enum class gstatus : uint8_t {
  free,     // in the pool, stack kept for reuse
  runnable, // in a run queue, or about to be
  running,
  waiting, // parked
};

// What the worker does with a goroutine that just switched back to it.
enum class after_switch : uint8_t {
  park,  // run g->unlock, leave it waiting
  yield, // requeue at the back of the global queue
  exit,  // the goroutine ended: recycle it
};

struct worker;
struct panic_record;
struct free_stack; // a pooled stack's record, kept in its top bytes (stack.cpp)

struct goroutine {
  fctx::fcontext_t ctx = nullptr; // saved stack pointer while not running
  uint8_t *stack_lo = nullptr;    // lowest usable byte (a guard page may lie below);
                                  // null until the goroutine first runs (stack.cpp)
  uint8_t *stack_hi = nullptr;    // one past the top; stacks grow down
  uintptr_t guard = 0;            // gocxx_stack_guard while this goroutine runs
  int64_t id = 0;
  std::atomic<gstatus> status{gstatus::free};
  wait_reason reason = wait_reason::none;
  after_switch action = after_switch::park;
  void (*entry)(void *) = nullptr;
  void *arg = nullptr;              // the closure; kept reachable (goroutines are uncollectable)
  goroutine *next = nullptr;        // run queue or free list
  worker *w = nullptr;              // the worker running it
  void (*unlock)(void *) = nullptr; // run after parking, on the worker's stack
  void *unlock_arg = nullptr;
  panic_record *panics = nullptr; // innermost panic being unwound (recover)
  std::atomic<int> select_done{0};
  uintptr_t creator_pc = 0; // the go statement, for "created by"
  bool system = false;      // the runtime's own (finalizers): not counted, not listed
  int pinned = 0;           // > 0: not preempted (proc_pin)
  bool big_stack = false;   // goroutine 1's large stack, not pooled
  [[no_unique_address]] goroutine_fiber_san san; // TSan fiber, ASan fake stack
};

// A fixed-capacity ring of runnable goroutines owned by one worker; others
// steal half of it. A lock keeps it simple; the critical sections are a few
// instructions, so it is a spin_mutex (a thief and the owner meet for
// nanoseconds; sleeping in the kernel for that would cost microseconds).
struct local_queue {
  static constexpr int capacity = 256;
  spin_mutex lock;
  goroutine *ring[capacity];
  uint32_t head = 0, tail = 0; // head: next to pop; tail: next free
  uint32_t size() const { return tail - head; }
  // Under lock. head and tail are stored atomically because spinning
  // workers peek at them without the lock (spin_peek).
  void push_back(goroutine *g) {
    ring[tail % capacity] = g;
    __atomic_store_n(&tail, tail + 1, __ATOMIC_RELAXED);
  }
  goroutine *pop_front() {
    goroutine *g = ring[head % capacity];
    __atomic_store_n(&head, head + 1, __ATOMIC_RELAXED);
    return g;
  }
};

struct worker {
  int index = 0;
  // A C++ thread's own, for the calls it makes into Go (run_foreign_call):
  // not in the scheduler's workers, so nobody steals from it.
  bool foreign = false;
  pthread_t thread{};
  void *gc_handle = nullptr;
  GC_stack_base thread_sb{};            // this thread's own stack bottom
  fctx::fcontext_t sched_ctx = nullptr; // the scheduler loop, while a goroutine runs
  goroutine *cur = nullptr;
  std::atomic<bool> in_switch{false};
  std::atomic<bool> on_goroutine{false};
  std::atomic<uintptr_t> *guard_word = nullptr; // this thread's gocxx_stack_guard
  local_queue q;
  goroutine *runnext = nullptr; // guarded by q.lock
  bool spinning = false;        // counted in the scheduler's nspinning
  // Parking: an idle worker sleeps on this futex word until a waker sets
  // it to 1 (scheduler.cpp, worker_sleep and worker_wake).
  uint32_t wakeup = 0;
  bool idle = false; // guarded by the scheduler lock
  // Stopped: this worker's index is at or above GOMAXPROCS, it has handed
  // its queue to the global one and sleeps until the setting is raised
  // again. Guarded by the scheduler lock; an idle worker is never stopped.
  bool stopped = false;
  // Preemption: the monitor compares these between ticks.
  // In a system call that may block (enter_syscall) since this nanotime,
  // or 0; lent: the monitor raised the scheduler's extra workers for it.
  std::atomic<int64_t> syscall_since{0};
  std::atomic<bool> lent{false};
  std::atomic<uint64_t> switches{0};
  uint64_t seen_switches = 0;
  int64_t seen_since = 0;
  uint32_t rng = 1;
  uint64_t ticks = 0;
  // Free stacks (stack.cpp) and goroutine records (scheduler.cpp) this
  // worker keeps for itself: taken and given back without a lock, moved to
  // and from the global pools in batches. Only the worker's thread uses them.
  free_stack *stack_cache = nullptr;
  int stack_cache_n = 0;
  goroutine *g_cache = nullptr;
  int g_cache_n = 0;
  [[no_unique_address]] worker_fiber_san san; // the scheduler loop's TSan fiber, ASan stack
};

// A panic's value as Go's report prints it after "panic: " (panic.cpp).
void append_panic_value(std::string &out, const any &v);

// The scheduler of a library (export.cpp): for the life of the process,
// with no entry goroutine and no deadlock check, since C++ threads may call
// in at any time and ready goroutines that wait now.
void start_library_scheduler();
// Runs fn(arg) as a new goroutine on the calling C++ thread until the
// goroutine ends, parks or yields (then it goes on as any goroutine, on the
// workers). False, having done nothing, if the thread cannot take part.
bool run_foreign_call(void (*fn)(void *), void *arg);

// Switch bookkeeping with the collector (gc.cpp).
void gc_runtime_init();
// Heap objects allocated so far, over all threads (gc.cpp).
uint64_t gc_mallocs();
// Collection pacing from GOGC (runtime_api.cpp).
void gc_pace_from_env();
void gc_enter_switch(worker *w);
void gc_leave_switch(worker *w);
bool gc_register_worker(worker *w); // false: no slot left
void gc_unregister_worker(worker *w);
// Every goroutine record ever made, for the root pusher (append only).
void gc_register_goroutine(goroutine *g);
// Calls fn for every goroutine record (live or pooled).
void for_each_goroutine(void (*fn)(goroutine *, void *), void *arg);

// Stacks (stack.cpp).
void stack_init();
bool stack_alloc(goroutine *g, bool big);
// A pooled (or new) normal-size stack for g's first run on worker g->w;
// stack_put returns it to that worker's cache when g ends there.
bool stack_get(goroutine *g);
void stack_put(goroutine *g);
// A stopping worker hands its cached stacks to the global pool.
void stack_cache_flush(worker *w);
void stack_install_signal_handlers();
void stack_thread_init(); // per thread: the alternate signal stack
size_t stack_size();

// Timers (timer.cpp), serviced by the monitor thread.

int64_t timers_pending();
// The earliest deadline (INT64_MAX: none), read without a lock.
int64_t timers_earliest();
// Fires the due timers; returns the time of the next one (or INT64_MAX).
int64_t timers_run(int64_t now);
void timers_wake_monitor();

// Scheduler pieces used by the above.
worker *current_worker();
void monitor_wait_until(int64_t deadline);
int64_t num_workers();
// Workers allowed to run goroutines (GOMAXPROCS); the rest are stopped.
int64_t num_active_workers();
worker *worker_at(int64_t i);
[[noreturn]] void fatal_with_goroutines(const char *msg);
// Marks the calling goroutine as the runtime's own, for good: it no longer
// counts as live.
void make_system_goroutine();
// After a scheduler has stopped (run_in_scheduler): the next one starts a
// finalizer goroutine of its own.
void finalizers_reset();
// Records the stack of parked goroutine g: resumes it just long enough to
// walk its own stack. Only while nothing else can resume it (the fatal
// reports); false if it cannot (not parked, or a sanitizer build).
bool trace_parked(goroutine *g, stack_trace &t);

// Signals (signals.cpp): SIGPIPE's handling at start.
void signals_init();

// Panics (panic.cpp): the report for a goroutine that ended by a panic.
[[noreturn]] void die_of_panic(goroutine *g, std::exception_ptr e);

} // namespace go::impl
