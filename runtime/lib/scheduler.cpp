// The M:N scheduler. GOMAXPROCS worker threads (created through bdwgc's
// redirected pthread_create, so the collector knows them) each run a loop on
// their own stack that picks a goroutine and jumps into it with Boost.Context.
// Work comes from the worker's runnext slot and local ring, a global queue
// (checked every 61st pick so it cannot starve), and stealing half of another
// worker's ring. Like Go, a new or readied goroutine goes to the runnext
// slot, so it runs next on the same worker (a channel handoff costs one
// switch, and spawn trees run depth first, holding fewer stacks). A worker
// without work first spins for spin_ns, peeking at the queues without
// locks, then sleeps on a futex; a worker that makes work runnable wakes a
// parked one only when none spins. When the last worker parks with no
// runnable goroutine, no pending timer and goroutines still alive, every
// goroutine is asleep: Go's deadlock error.
//
// GOMAXPROCS is the number of workers that may run goroutines: those with a
// lower index. Lowering it (gomaxprocs) stops the others, as Go's procresize
// destroys Ps: each hands its runnext and ring to the global queue and
// sleeps, neither spinning nor stealing, until the setting is raised again;
// gomaxprocs returns once they have stopped. Stopped workers count with the
// idle ones for the deadlock check and the monitor.
//
// A monitor thread fires timers (timer.cpp) and preempts: when a worker has
// run the same goroutine for over 10 ms it sets that thread's stack guard
// word to all ones, so the goroutine's next preempt_check() yields.
//
// Switching protocol, shared with gc.cpp: both directions enter the "in
// switch" state before changing the collector's stack bottom and jumping, and
// the side that lands leaves it after recording the saved context and the
// goroutine's new status, so a collection never sees a half-done switch.
// Under ThreadSanitizer and AddressSanitizer each jump is also announced to
// the sanitizer (fiber_sanitizers.h); in other builds that costs nothing.
#include "futex.h"
#include "gocxx/runtime/netpoll.h"
#include "gocxx/runtime/signals.h"
#include "sched_internal.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace go::impl {

// The stack guard word read by preempt_check (see sched.h).
extern "C" thread_local constinit std::atomic<uintptr_t> gocxx_stack_guard{0};

namespace {

constexpr int max_workers = 256;
constexpr int64_t preempt_after_ns = 10'000'000;
constexpr uintptr_t preempt_request = ~uintptr_t(0);
// How long a worker without work keeps looking before it sleeps. Sleeping
// and being woken costs two futex calls and a few microseconds; spinning
// this long lets a worker that readies goroutines at a high rate skip the
// wake-up entirely (wake_one does nothing while a worker spins).
constexpr int64_t spin_ns = 50'000;
// A spinner takes a busy worker's runnext goroutine after it sat there this
// long (Go waits ~3 us): the owner did not block soon after readying it.
constexpr int64_t runnext_steal_after_ns = 5'000;
constexpr int max_spinners_div = 2; // at most half of the busy workers spin

// The worker the current thread runs, or null on other threads.
thread_local worker *tls_worker = nullptr;

// Everything about one running scheduler. One exists at a time: run_main
// makes it for the life of the process, run_in_scheduler for one test.
struct scheduler_state {
  std::mutex lock; // guards the global queue, idle flags, stopping
  goroutine *gq_head = nullptr;
  goroutine *gq_tail = nullptr;
  int64_t gq_size = 0;
  worker *workers[max_workers] = {};
  std::atomic<int> nworkers{0};
  int nidle = 0;
  // Read on every wake_one, so on a cache line of their own, away from
  // live (written on every spawn and exit) and the lock.
  alignas(64) std::atomic<int> nidle_hint{0};
  // Workers looking for work without sleeping (see find_work). While one
  // spins, making work runnable wakes nobody: the spinner will find it.
  std::atomic<int> nspinning{0};
  alignas(64) std::atomic<int64_t> live{0}; // goroutines started and not ended
  alignas(64) bool stopping = false;
  std::condition_variable done_cv;        // live reached 0 (run_in_scheduler)
  bool exit_with_main = false;            // run_main: goroutine 1 ending ends the process
  bool foreign_callers = false;           // a library's: C++ threads call in (no deadlock check)
  std::atomic<bool> main_goexited{false}; // goroutine 1 called runtime.Goexit
  // GOMAXPROCS: workers[i] runs goroutines only while i < maxprocs; the
  // others stop (worker::stopped, counted in nstopped). Both are written
  // under lock and read without it. resize_lock serialises gomaxprocs, which
  // starts workers outside lock.
  std::atomic<int> maxprocs{0};
  // Workers lent to the others' goroutines while a worker blocks in a
  // system call: workers[i] runs while i < maxprocs + extra.
  std::atomic<int> extra{0};
  std::atomic<int> nstopped{0};
  std::mutex resize_lock;
  // The monitor thread.
  pthread_t monitor{};
  std::mutex mon_lock;
  std::condition_variable mon_cv;
  bool mon_stop = false;
  bool mon_kick = false;
  // The monitor sleeps without a deadline while every worker is idle; the
  // first worker to get work again must wake it to resume preemption.
  std::atomic<bool> mon_idle{false};
};

// The running scheduler (null between run_in_scheduler calls).
std::atomic<scheduler_state *> the_sched{nullptr};

// Goroutine ids: 1 for the entry goroutine, then from 17 on like gc, whose
// runtime takes the ids in between for its own goroutines.
std::atomic<int64_t> next_goid{17};

// Free goroutine records. Big-stack goroutines (goroutine 1) keep their
// stacks and are kept apart. Each worker keeps up to g_cache_max free
// records of its own (worker::g_cache) and trades g_cache_batch at a time
// with the global list, so a goroutine spawned on one worker that ends on
// another costs no lock round trip of its own; new records are made
// g_cache_batch at a time, in one block.
std::mutex gfree_lock;
goroutine *gfree = nullptr;
goroutine *gfree_big = nullptr;
constexpr int g_cache_max = 64;
constexpr int g_cache_batch = 32;

// os.Args.
int saved_argc = 0;
char **saved_argv = nullptr;

std::once_flag init_once;

scheduler_state *sched() { return the_sched.load(std::memory_order_acquire); }

// Whether w may run goroutines. Unlocked, a hint; under lock, the truth.
bool is_active(scheduler_state *s, worker *w) {
  return w->index <
         s->maxprocs.load(std::memory_order_acquire) + s->extra.load(std::memory_order_acquire);
}

uint32_t fastrand(worker *w) {
  // xorshift32
  uint32_t x = w->rng;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return w->rng = x;
}

// ---- queues ---------------------------------------------------------------

void global_push_locked(scheduler_state *s, goroutine *g) {
  g->next = nullptr;
  if (s->gq_tail)
    s->gq_tail->next = g;
  else
    s->gq_head = g;
  s->gq_tail = g;
  __atomic_store_n(&s->gq_size, s->gq_size + 1, __ATOMIC_RELAXED); // peeked at unlocked
}

goroutine *global_pop_locked(scheduler_state *s) {
  goroutine *g = s->gq_head;
  if (!g)
    return nullptr;
  s->gq_head = g->next;
  if (!s->gq_head)
    s->gq_tail = nullptr;
  __atomic_store_n(&s->gq_size, s->gq_size - 1, __ATOMIC_RELAXED);
  g->next = nullptr;
  return g;
}

goroutine *global_pop(scheduler_state *s) {
  if (__atomic_load_n(&s->gq_size, __ATOMIC_RELAXED) == 0)
    return nullptr;
  std::lock_guard lk(s->lock);
  return global_pop_locked(s);
}

void kick_idle_monitor(scheduler_state *s) {
  if (!s->mon_idle.load())
    return;
  std::lock_guard lk(s->mon_lock);
  s->mon_kick = true;
  s->mon_cv.notify_one();
}

// An idle worker sleeps until worker_wake; a wake-up that comes first makes
// the sleep return at once. A futex word rather than a condition variable:
// the woken thread does not then have to take the waker's mutex too, which
// made every wake-up two thread switches.
void worker_sleep(worker *w) {
  while (__atomic_exchange_n(&w->wakeup, 0u, __ATOMIC_ACQUIRE) == 0)
    futex_wait(&w->wakeup, 0u);
}

void worker_wake(worker *w) {
  __atomic_store_n(&w->wakeup, 1u, __ATOMIC_RELEASE);
  futex_wake(&w->wakeup, 1);
}

// Wakes one parked worker, if any; called when work appears. own_queue:
// the work went to the calling worker's own queue (local_push,
// runnext_put), which that worker runs itself at the latest when its
// current goroutine blocks or is preempted: a wake-up missed there costs
// parallelism for a moment, never progress, so it skips the fence (as Go's
// wakep does), which on the spawn and ready paths costs more than the rest.
void wake_one(scheduler_state *s, bool own_queue = false) {
  // Pairs with the fence in find_work after a spinner stops spinning: either
  // the spinner's last look sees the work just queued, or this load sees the
  // spinner gone and wakes a parked worker.
  if (!own_queue)
    std::atomic_thread_fence(std::memory_order_seq_cst);
  if (s->nspinning.load(std::memory_order_relaxed) > 0)
    return;
  if (s->nidle_hint.load(std::memory_order_relaxed) == 0)
    return;
  worker *chosen = nullptr;
  {
    std::lock_guard lk(s->lock);
    int n = s->nworkers.load();
    for (int i = 0; i < n; i++) {
      worker *w = s->workers[i];
      if (w && w->idle) {
        w->idle = false;
        s->nidle--;
        s->nidle_hint.store(s->nidle);
        chosen = w;
        break;
      }
    }
  }
  if (chosen) {
    worker_wake(chosen);
    kick_idle_monitor(s);
  }
}

void global_push(scheduler_state *s, goroutine *g, bool is_new = false) {
  {
    // A new goroutine is counted live under the same lock as it becomes
    // visible, so the deadlock check never sees one without the other.
    std::lock_guard lk(s->lock);
    if (is_new)
      s->live.fetch_add(1);
    global_push_locked(s, g);
  }
  wake_one(s);
}

// Appends to w's ring; a full ring moves half of itself to the global queue.
void local_push(scheduler_state *s, worker *w, goroutine *g) {
  local_queue &q = w->q;
  std::unique_lock lk(q.lock);
  if (q.size() < uint32_t(local_queue::capacity)) {
    q.push_back(g);
    lk.unlock();
    wake_one(s, true);
    return;
  }
  goroutine *batch[local_queue::capacity / 2];
  int n = local_queue::capacity / 2;
  for (int i = 0; i < n; i++)
    batch[i] = q.pop_front();
  q.push_back(g);
  lk.unlock();
  {
    std::lock_guard glk(s->lock);
    for (int i = 0; i < n; i++)
      global_push_locked(s, batch[i]);
  }
  wake_one(s);
}

// Puts g in w's runnext slot (w runs a goroutine on this thread); the one it
// displaces goes to the back of the ring.
void runnext_put(scheduler_state *s, worker *w, goroutine *g) {
  goroutine *old;
  {
    std::lock_guard lk(w->q.lock);
    old = w->runnext;
    __atomic_store_n(&w->runnext, g, __ATOMIC_RELAXED);
  }
  if (old)
    local_push(s, w, old);
  else
    wake_one(s, true);
}

// runnext first (the goroutine this one just readied runs next, which keeps
// producer/consumer pairs on one worker), then the ring.
goroutine *local_pop(worker *w, bool *from_runnext) {
  local_queue &q = w->q;
  std::lock_guard lk(q.lock);
  if (w->runnext) {
    goroutine *g = w->runnext;
    __atomic_store_n(&w->runnext, nullptr, __ATOMIC_RELAXED); // peeked at unlocked
    *from_runnext = true;
    return g;
  }
  *from_runnext = false;
  if (q.size() == 0)
    return nullptr;
  return q.pop_front();
}

// Takes half of victim's ring into w's ring; returns one to run.
// Takes half of victim's ring into w's ring; returns one to run. The
// victim's runnext is taken only when its ring is empty and either it runs
// nothing or take_runnext_g is that very goroutine (a spinner saw it sit
// there for runnext_steal_after_ns while the victim kept running: Go does
// the same so a readied goroutine cannot wait a whole time slice).
goroutine *steal_from(worker *w, worker *victim, goroutine *take_runnext_g = nullptr) {
  goroutine *batch[local_queue::capacity / 2 + 1];
  int n = 0;
  {
    std::lock_guard lk(victim->q.lock);
    uint32_t avail = victim->q.size();
    if (avail == 0) {
      goroutine *g = victim->runnext;
      if (g &&
          (__atomic_load_n(&victim->cur, __ATOMIC_RELAXED) == nullptr || g == take_runnext_g)) {
        __atomic_store_n(&victim->runnext, nullptr, __ATOMIC_RELAXED);
        return g;
      }
      return nullptr;
    }
    uint32_t take = avail - avail / 2;
    for (uint32_t i = 0; i < take; i++)
      batch[n++] = victim->q.pop_front();
  }
  goroutine *g = batch[0];
  if (n > 1) {
    std::lock_guard lk(w->q.lock);
    for (int i = 1; i < n; i++)
      w->q.push_back(batch[i]);
  }
  return g;
}

goroutine *steal(scheduler_state *s, worker *w) {
  int n = s->nworkers.load();
  if (n <= 1)
    return nullptr;
  int start = int(fastrand(w) % uint32_t(n));
  for (int k = 0; k < n; k++) {
    worker *v = s->workers[(start + k) % n];
    if (!v || v == w)
      continue;
    if (goroutine *g = steal_from(w, v))
      return g;
  }
  return nullptr;
}

// A lock-free look at the queues for a spinning worker: whether stealing
// (or the global queue) would give it something. Racy by design; a miss is
// caught by the locked checks before the worker sleeps. Sets *runnext_g to
// a victim's runnext goroutine that has waited there long enough.
bool spin_peek(scheduler_state *s, worker *w, int64_t *seen_at, goroutine **seen_g,
               goroutine **runnext_g, worker **runnext_v) {
  if (__atomic_load_n(&s->gq_size, __ATOMIC_RELAXED))
    return true;
  int n = s->nworkers.load(std::memory_order_acquire); // workers[i] written before
  for (int i = 0; i < n; i++) {
    worker *v = s->workers[i];
    if (!v || v == w)
      continue;
    uint32_t head = __atomic_load_n(&v->q.head, __ATOMIC_RELAXED);
    uint32_t tail = __atomic_load_n(&v->q.tail, __ATOMIC_RELAXED);
    if (tail != head)
      return true;
    goroutine *rn = __atomic_load_n(&v->runnext, __ATOMIC_RELAXED);
    if (!rn)
      continue;
    if (__atomic_load_n(&v->cur, __ATOMIC_RELAXED) == nullptr)
      return true;
    int64_t now = nanotime();
    if (rn != *seen_g) {
      *seen_g = rn;
      *seen_at = now;
    } else if (now - *seen_at >= runnext_steal_after_ns) {
      *runnext_g = rn;
      *runnext_v = v;
      return true;
    }
  }
  return false;
}

bool all_queues_empty_locked(scheduler_state *s) {
  if (s->gq_size)
    return false;
  int n = s->nworkers.load();
  for (int i = 0; i < n; i++) {
    worker *w = s->workers[i];
    if (!w)
      continue;
    std::lock_guard lk(w->q.lock);
    if (w->q.size() || w->runnext)
      return false;
  }
  return true;
}

// ---- goroutine records ----------------------------------------------------

void g_cache_push(worker *w, goroutine *g) {
  g->next = w->g_cache;
  w->g_cache = g;
  w->g_cache_n++;
}

// A record from w's cache, refilled from the global list or a new block.
goroutine *g_cache_get(worker *w) {
  if (!w->g_cache) {
    {
      std::lock_guard lk(gfree_lock);
      while (gfree && w->g_cache_n < g_cache_batch) {
        goroutine *g = gfree;
        gfree = g->next;
        g_cache_push(w, g);
      }
    }
    if (!w->g_cache) {
      // Uncollectable: scanned by the collector (records hold closures)
      // but never freed.
      void *mem = GC_MALLOC_UNCOLLECTABLE(g_cache_batch * sizeof(goroutine));
      if (!mem)
        fatal("runtime: out of memory");
      auto *block = static_cast<goroutine *>(mem);
      for (int i = g_cache_batch; i-- > 0;) {
        goroutine *g = new (&block[i]) goroutine();
        gc_register_goroutine(g);
        g_cache_push(w, g);
      }
    }
  }
  goroutine *g = w->g_cache;
  w->g_cache = g->next;
  w->g_cache_n--;
  g->next = nullptr;
  return g;
}

// Moves all but the most recent keep records of w's cache to the global list.
void g_cache_spill(worker *w, int keep) {
  goroutine *first = w->g_cache;
  goroutine *keep_last = nullptr;
  for (int i = 0; i < keep && first; i++) {
    keep_last = first;
    first = first->next;
  }
  if (!first)
    return;
  goroutine *last = first;
  int moved = 1;
  while (last->next) {
    last = last->next;
    moved++;
  }
  if (keep_last)
    keep_last->next = nullptr;
  else
    w->g_cache = nullptr;
  w->g_cache_n -= moved;
  std::lock_guard lk(gfree_lock);
  last->next = gfree;
  gfree = first;
}

goroutine *gget(bool big) {
  if (worker *w = tls_worker; w && !big)
    return g_cache_get(w);
  {
    std::lock_guard lk(gfree_lock);
    goroutine *&list = big ? gfree_big : gfree;
    if (goroutine *g = list) {
      list = g->next;
      g->next = nullptr;
      return g;
    }
  }
  // Uncollectable: scanned by the collector (it holds the closure) but
  // never freed; records are recycled with their stacks.
  void *mem = GC_MALLOC_UNCOLLECTABLE(sizeof(goroutine));
  goroutine *g = new (mem) goroutine();
  // Normal goroutines get a stack when they first run (execute).
  if (big && !stack_alloc(g, big))
    fatal("out of memory allocating goroutine stack");
  gc_register_goroutine(g);
  return g;
}

void gput(goroutine *g) {
  if (worker *w = tls_worker; w && !g->big_stack) {
    g_cache_push(w, g);
    if (w->g_cache_n > g_cache_max)
      g_cache_spill(w, g_cache_max - g_cache_batch);
    return;
  }
  std::lock_guard lk(gfree_lock);
  goroutine *&list = g->big_stack ? gfree_big : gfree;
  g->next = list;
  list = g;
}

[[noreturn]] void goexit_switch(goroutine *g);

// First frame of every goroutine.
void trampoline(fctx::transfer_t t) {
  worker *w = static_cast<worker *>(t.data);
  goroutine *g = w->cur;
  fiber_san_on_goroutine(w->san, g->san);
  w->sched_ctx = t.fctx;
  gc_leave_switch(w);
  try {
    g->entry(g->arg);
  } catch (goexit_exception &) {
    if (g->id == 1)
      sched()->main_goexited.store(true);
  } catch (...) {
    die_of_panic(g, std::current_exception());
  }
  goexit_switch(g);
}

// A parked goroutine resumed with a trace_request's address tagged by its
// low bit (trace_parked) records its stack there and switches straight back.
constexpr uintptr_t trace_request_tag = 1;

struct trace_request {
  stack_trace *trace;
  trace_switch_san san;
};

fctx::transfer_t answer_trace_requests(goroutine *g, fctx::transfer_t t) {
  while (reinterpret_cast<uintptr_t>(t.data) & trace_request_tag) {
    auto *request =
        reinterpret_cast<trace_request *>(reinterpret_cast<uintptr_t>(t.data) & ~trace_request_tag);
    fiber_san_trace_landed(request->san, g->san);
    capture_trace(*request->trace);
    fiber_san_trace_back(request->san, g->san);
    t = fctx::jump_fcontext(t.fctx, nullptr);
  }
  return t;
}

// Switches from goroutine g back to its worker's scheduler loop; returns
// when g is resumed, possibly on another worker.
void switch_to_scheduler(goroutine *g) {
  worker *w = g->w;
  gc_enter_switch(w);
  GC_set_stackbottom(w->gc_handle, &w->thread_sb);
  fiber_san_to_scheduler(w->san, g->san, g->action == after_switch::exit);
  fctx::transfer_t t = fctx::jump_fcontext(w->sched_ctx, g);
  if (reinterpret_cast<uintptr_t>(t.data) & trace_request_tag) [[unlikely]]
    t = answer_trace_requests(g, t);
  worker *nw = static_cast<worker *>(t.data);
  fiber_san_on_goroutine(nw->san, g->san);
  nw->sched_ctx = t.fctx;
  gc_leave_switch(nw);
}

[[noreturn]] void goexit_switch(goroutine *g) {
  scheduler_state *s = sched();
  if (g->id == 1 && s->exit_with_main && !s->main_goexited.load())
    go::exit(0);
  g->arg = nullptr;
  g->action = after_switch::exit;
  switch_to_scheduler(g);
  __builtin_unreachable();
}

// Runs g on w until it switches back, then carries out what it asked for.
void execute(scheduler_state *s, worker *w, goroutine *g, bool inherit_time) {
  // cur is read by other workers without a lock (spin_peek, steal_from).
  __atomic_store_n(&w->cur, g, __ATOMIC_RELAXED);
  g->w = w;
  if (!inherit_time)
    w->switches.fetch_add(1, std::memory_order_relaxed);
  fiber_san_wait_unlocked(g->san);
  gc_enter_switch(w);
  if (!g->ctx) [[unlikely]] {
    // First run: take a stack now. Inside the switch state, so a collection
    // never sees ctx without the stack it points into.
    if (!g->stack_lo && !stack_get(g))
      fatal("out of memory allocating goroutine stack");
    g->ctx = fctx::make_fcontext(g->stack_hi, size_t(g->stack_hi - g->stack_lo), &trampoline);
  }
  gocxx_stack_guard.store(g->guard, std::memory_order_relaxed);
  // Release, not seq_cst: inside the switch state no collection starts, and
  // the collector's stop-the-world handshake orders these for its reads.
  g->status.store(gstatus::running, std::memory_order_release);
  w->on_goroutine.store(true, std::memory_order_release);
  GC_stack_base sb{};
  sb.mem_base = g->stack_hi;
  GC_set_stackbottom(w->gc_handle, &sb);
  fiber_san_to_goroutine(w->san, g->san, g->stack_lo, g->stack_hi);
  fctx::transfer_t t = fctx::jump_fcontext(g->ctx, w);
  // Back on the worker's stack (the goroutine reset the stack bottom).
  fiber_san_on_scheduler(w->san);
  g->ctx = t.fctx;
  w->on_goroutine.store(false, std::memory_order_release);
  switch (g->action) {
  case after_switch::park:
    g->status.store(gstatus::waiting, std::memory_order_release);
    break;
  case after_switch::yield:
    g->status.store(gstatus::runnable, std::memory_order_release);
    break;
  case after_switch::exit:
    g->status.store(gstatus::free, std::memory_order_release);
    break;
  }
  gc_leave_switch(w);
  gocxx_stack_guard.store(0, std::memory_order_relaxed);
  __atomic_store_n(&w->cur, nullptr, __ATOMIC_RELAXED);
  switch (g->action) {
  case after_switch::park:
    if (g->unlock) {
      fiber_san_unlock_begin(g->san);
      g->unlock(g->unlock_arg);
      fiber_san_unlock_end(w->san, g->san);
    }
    break;
  case after_switch::yield:
    global_push(s, g);
    break;
  case after_switch::exit:
    g->panics = nullptr;
    fiber_san_goroutine_ended(g->san);
    fiber_san_stack_released(g->stack_lo, g->stack_hi);
    if (!g->big_stack) {
      g->ctx = nullptr; // status is free: the root pusher no longer looks
      stack_put(g);
    }
    gput(g);
    if (s->live.fetch_sub(1) == 1 && !s->foreign_callers) { // none waits for 0 then
      if (s->exit_with_main && s->main_goexited.load())
        fatal("no goroutines (main called runtime.Goexit) - deadlock!");
      std::lock_guard lk(s->lock);
      s->done_cv.notify_all();
    }
    break;
  }
}

// Whether any queue holds a goroutine (a racy peek, without taking it).
bool work_visible(scheduler_state *s, worker *self) {
  if (__atomic_load_n(&s->gq_size, __ATOMIC_RELAXED))
    return true;
  int n = s->nworkers.load();
  for (int i = 0; i < n; i++) {
    worker *v = s->workers[i];
    if (!v)
      continue;
    std::lock_guard lk(v->q.lock);
    if (v->q.size() ||
        (v->runnext && (v == self || __atomic_load_n(&v->cur, __ATOMIC_RELAXED) == nullptr)))
      return true;
  }
  return false;
}

// Called with the scheduler lock held when every worker is idle.
void check_dead(scheduler_state *s) {
  if (s->live.load() == 0 || s->stopping || s->foreign_callers)
    return;
  if (!all_queues_empty_locked(s))
    return;
  // Goroutines waiting for timers, signals or I/O will be woken.
  if (timers_pending() > 0 || signal_receivers() > 0 || netpoll_waiters() > 0)
    return;
  fatal_with_goroutines("all goroutines are asleep - deadlock!");
}

// One look at every queue, in order.
goroutine *find_once(scheduler_state *s, worker *w, bool *inherit) {
  *inherit = false;
  if (++w->ticks % 61 == 0)
    if (goroutine *g = global_pop(s))
      return g;
  if (goroutine *g = local_pop(w, inherit))
    return g;
  if (goroutine *g = global_pop(s))
    return g;
  return steal(s, w);
}

bool start_spinning(scheduler_state *s, worker *w) {
  int n = s->maxprocs.load(std::memory_order_relaxed); // idle workers are active ones
  if (n <= 1)
    return false; // nobody else makes work a spinner could take
  int busy = n - s->nidle_hint.load(std::memory_order_relaxed);
  if (max_spinners_div * s->nspinning.load(std::memory_order_relaxed) >= busy)
    return false;
  s->nspinning.fetch_add(1, std::memory_order_seq_cst);
  w->spinning = true;
  return true;
}

// found: the spinner got work. If it was the last spinner, another worker
// is woken to spin in its place, since more work may follow (Go's rule).
void stop_spinning(scheduler_state *s, worker *w, bool found) {
  if (!w->spinning)
    return;
  w->spinning = false;
  if (s->nspinning.fetch_sub(1, std::memory_order_seq_cst) == 1 && found)
    wake_one(s);
}

// Polls the other workers' queues and the global queue for up to spin_ns
// without taking locks, taking work as soon as a peek shows some.
goroutine *spin(scheduler_state *s, worker *w) {
  int64_t start = nanotime();
  int64_t seen_at = 0;
  goroutine *seen_g = nullptr;
  for (;;) {
    goroutine *rg = nullptr;
    worker *rv = nullptr;
    if (spin_peek(s, w, &seen_at, &seen_g, &rg, &rv)) {
      if (rg) {
        if (goroutine *g = steal_from(w, rv, rg))
          return g;
        seen_g = nullptr;
      } else if (goroutine *g = global_pop(s)) {
        return g;
      } else if (goroutine *g = steal(s, w)) {
        return g;
      }
    }
    if (nanotime() - start >= spin_ns || __atomic_load_n(&s->stopping, __ATOMIC_RELAXED) ||
        !is_active(s, w))
      return nullptr;
    for (int i = 0; i < 32; i++)
      cpu_relax();
  }
}

// w is at or above GOMAXPROCS: hands its queued goroutines to the global
// queue, where active workers take them, and sleeps until gomaxprocs raises
// the setting past it (clearing stopped) or the scheduler stops. Returns
// false when the scheduler stops.
bool worker_stop(scheduler_state *s, worker *w) {
  bool moved = false;
  {
    std::lock_guard lk(s->lock);
    if (s->stopping)
      return false;
    if (is_active(s, w))
      return true; // raised again meanwhile
    if (!w->stopped) {
      {
        std::lock_guard qlk(w->q.lock);
        if (goroutine *g = w->runnext) {
          __atomic_store_n(&w->runnext, nullptr, __ATOMIC_RELAXED);
          global_push_locked(s, g);
          moved = true;
        }
        while (w->q.size()) {
          global_push_locked(s, w->q.pop_front());
          moved = true;
        }
      }
      w->stopped = true;
      s->nstopped.fetch_add(1);
      if (s->nidle + s->nstopped.load() == s->nworkers.load())
        check_dead(s);
    }
  }
  if (moved)
    wake_one(s);
  // A stopped worker may sleep for long: its caches go back to the pools.
  stack_cache_flush(w);
  g_cache_spill(w, 0);
  for (;;) {
    worker_sleep(w);
    std::lock_guard lk(s->lock);
    if (s->stopping)
      return false;
    if (!w->stopped)
      return true;
  }
}

// Finds the next goroutine for w, parking while there is none. Returns null
// when the scheduler stops.
goroutine *find_work(scheduler_state *s, worker *w, bool *inherit) {
  bool spun = false;
  for (;;) {
    // Above GOMAXPROCS: no running, spinning or stealing. A worker lowered
    // past this check runs at most one more goroutine (gomaxprocs makes it
    // yield) and stops on its next pass.
    if (!is_active(s, w)) {
      if (!worker_stop(s, w))
        return nullptr;
      spun = false;
      continue;
    }
    if (goroutine *g = find_once(s, w, inherit)) {
      stop_spinning(s, w, true);
      return g;
    }
    // A due timer (a NewTimer(0), an expired Sleep) fires here rather than
    // waiting for the monitor, and what it readies is found next pass.
    if (int64_t now = nanotime(); timers_earliest() <= now) {
      timers_run(now);
      continue;
    }
    if (!spun) {
      spun = true;
      if (start_spinning(s, w)) {
        if (goroutine *g = spin(s, w)) {
          stop_spinning(s, w, true);
          return g;
        }
        stop_spinning(s, w, false);
        // Work queued while this worker still counted as spinning woke
        // nobody: look again now that wakers see it gone.
        std::atomic_thread_fence(std::memory_order_seq_cst);
        continue;
      }
    }
    {
      std::lock_guard lk(s->lock);
      if (s->stopping)
        return nullptr;
      if (s->gq_size || !is_active(s, w)) // an idle worker is an active one
        continue;
      w->idle = true;
      s->nidle++;
      s->nidle_hint.store(s->nidle);
      if (s->nidle + s->nstopped.load() == s->nworkers.load())
        check_dead(s);
    }
    // Work pushed to a ring just before we went idle woke nobody: look once
    // more before sleeping. Only look: a goroutine taken while this worker
    // counts as idle would be invisible to the deadlock check.
    if (work_visible(s, w)) {
      std::lock_guard lk(s->lock);
      if (w->idle) {
        w->idle = false;
        s->nidle--;
        s->nidle_hint.store(s->nidle);
      }
      kick_idle_monitor(s);
      continue;
    }
    worker_sleep(w);
    // A stale wakeup (left by a waker whose work this worker had already
    // found) returns at once with the worker still counted idle; it must not
    // run goroutines while counted idle.
    std::lock_guard lk(s->lock);
    if (w->idle) {
      w->idle = false;
      s->nidle--;
      s->nidle_hint.store(s->nidle);
    }
    spun = false;
  }
}

void *worker_main(void *p) {
  worker *w = static_cast<worker *>(p);
  tls_worker = w;
  __atomic_store_n(&w->guard_word, &gocxx_stack_guard, __ATOMIC_RELEASE); // read by the monitor
  stack_thread_init();
  w->gc_handle = GC_get_my_stackbottom(&w->thread_sb);
  fiber_san_worker_init(w->san);
  if (!gc_register_worker(w))
    fatal("too many worker threads");
  scheduler_state *s = sched();
  bool inherit = false;
  while (goroutine *g = find_work(s, w, &inherit))
    execute(s, w, g, inherit);
  stack_cache_flush(w);
  g_cache_spill(w, 0);
  gc_unregister_worker(w);
  tls_worker = nullptr;
  return nullptr;
}

void start_worker(scheduler_state *s) {
  int i = s->nworkers.load();
  if (i >= max_workers)
    return;
  worker *w = new worker();
  w->index = i;
  w->rng = uint32_t(0x9e3779b9u * uint32_t(i + 1)) | 1;
  s->workers[i] = w;
  s->nworkers.store(i + 1);
  if (pthread_create(&w->thread, nullptr, &worker_main, w) != 0)
    fatal("cannot create worker thread");
}

// ---- the monitor ----------------------------------------------------------

// Asks the goroutine running on w (if any) to yield at its next check.
void request_preempt(worker *w) {
  std::atomic<uintptr_t> *guard = __atomic_load_n(&w->guard_word, __ATOMIC_ACQUIRE);
  if (guard && w->on_goroutine.load(std::memory_order_relaxed))
    guard->store(preempt_request, std::memory_order_relaxed);
}

void preempt_scan(scheduler_state *s, int64_t now) {
  int n = s->nworkers.load();
  int active = s->maxprocs.load() + s->extra.load();
  for (int i = 0; i < n; i++) {
    worker *w = s->workers[i];
    if (!w)
      continue;
    if (i >= active) {
      // Lowered past it while it ran a goroutine (or took one just after):
      // that goroutine yields now, not after a time slice.
      request_preempt(w);
      w->seen_since = now;
      continue;
    }
    uint64_t sw = w->switches.load(std::memory_order_relaxed);
    if (!w->on_goroutine.load(std::memory_order_relaxed) || sw != w->seen_switches) {
      w->seen_switches = sw;
      w->seen_since = now;
      continue;
    }
    std::atomic<uintptr_t> *guard = __atomic_load_n(&w->guard_word, __ATOMIC_ACQUIRE);
    if (now - w->seen_since >= preempt_after_ns && guard) {
      guard->store(preempt_request, std::memory_order_relaxed);
      w->seen_since = now;
    }
  }
}

void handoff_scan(scheduler_state *s, int64_t now);

void *monitor_main(void *p) {
  scheduler_state *s = static_cast<scheduler_state *>(p);
  for (;;) {
    int64_t now = nanotime();
    int64_t next_timer = timers_run(now);
    preempt_scan(s, now);
    handoff_scan(s, now);
    std::unique_lock lk(s->mon_lock);
    if (s->mon_stop)
      break;
    if (s->mon_kick) {
      s->mon_kick = false;
      continue;
    }
    // While every worker is idle nothing needs preempting: sleep until the
    // next timer only, so an idle program uses no CPU.
    // Stopped workers (above GOMAXPROCS) count as idle.
    int64_t deadline = next_timer;
    if (s->nidle_hint.load() + s->nstopped.load() < s->nworkers.load())
      deadline = std::min(deadline, now + preempt_after_ns);
    if (deadline == INT64_MAX) {
      s->mon_idle.store(true);
      // Re-check after announcing: a worker may have left idle meanwhile.
      if (s->nidle_hint.load() + s->nstopped.load() == s->nworkers.load())
        s->mon_cv.wait(lk, [&] { return s->mon_stop || s->mon_kick; });
      s->mon_idle.store(false);
    } else {
      int64_t wait = deadline - nanotime();
      if (wait > 0)
        s->mon_cv.wait_for(lk, std::chrono::nanoseconds(wait),
                           [&] { return s->mon_stop || s->mon_kick; });
    }
    if (s->mon_stop)
      break;
    s->mon_kick = false;
  }
  return nullptr;
}

// ---- set-up ---------------------------------------------------------------

void runtime_init() {
  std::call_once(init_once, [] {
    GC_INIT();
    GC_allow_register_threads();
    gc_runtime_init();
    gc_pace_from_env();
    stack_init();
    stack_install_signal_handlers();
    signals_init();
  });
}

int64_t env_gomaxprocs() {
  if (const char *e = std::getenv("GOMAXPROCS")) {
    char *end = nullptr;
    long v = std::strtol(e, &end, 10);
    if (end != e && *end == 0 && v > 0)
      return std::min<long>(v, max_workers);
  }
  return num_cpu();
}

scheduler_state *start_scheduler(int64_t nworkers, bool exit_with_main,
                                 bool foreign_callers = false) {
  auto *s = new scheduler_state();
  s->exit_with_main = exit_with_main;
  s->foreign_callers = foreign_callers;
  s->maxprocs.store(int(std::clamp<int64_t>(nworkers, 1, max_workers)));
  the_sched.store(s, std::memory_order_release);
  while (s->nworkers.load() < s->maxprocs.load())
    start_worker(s);
  if (pthread_create(&s->monitor, nullptr, &monitor_main, s) != 0)
    fatal("cannot create monitor thread");
  return s;
}

void stop_scheduler(scheduler_state *s) {
  {
    std::lock_guard lk(s->lock);
    __atomic_store_n(&s->stopping, true, __ATOMIC_RELAXED); // spinners peek at it unlocked
  }
  int n = s->nworkers.load();
  for (int i = 0; i < n; i++) {
    worker_wake(s->workers[i]);
  }
  for (int i = 0; i < n; i++)
    pthread_join(s->workers[i]->thread, nullptr);
  {
    std::lock_guard lk(s->mon_lock);
    s->mon_stop = true;
    s->mon_cv.notify_one();
  }
  pthread_join(s->monitor, nullptr);
  the_sched.store(nullptr, std::memory_order_release);
  for (int i = 0; i < n; i++) {
    worker *w = s->workers[i];
    s->workers[i] = nullptr;
    delete w;
  }
  delete s;
}

goroutine *new_goroutine(void (*fn)(void *), void *arg, bool big, int64_t id) {
  goroutine *g = gget(big);
  g->entry = fn;
  g->arg = arg;
  g->id = id;
  g->reason = wait_reason::none;
  g->action = after_switch::park;
  g->unlock = nullptr;
  g->panics = nullptr;
  g->select_done.store(0);
  g->creator_pc = 0;
  g->system = false;
  g->big_stack = big;
  fiber_san_goroutine_created(g->san);
  g->ctx = big ? fctx::make_fcontext(g->stack_hi, size_t(g->stack_hi - g->stack_lo), &trampoline)
               : nullptr; // made on first run, with the stack (execute)
  g->status.store(gstatus::runnable);
  return g;
}

// Sets GOMAXPROCS to n (1..max_workers) and returns the previous setting.
// Workers now at or above n stop on their next pass through find_work (idle
// ones are woken for it); stopped workers below n are woken; missing ones
// are started.
// Sets GOMAXPROCS (maxprocs) or the extra workers (extra, when maxprocs is
// negative) and makes the workers follow: n of them are active.
int set_limit(scheduler_state *s, int maxprocs, int extra_delta) {
  std::lock_guard rl(s->resize_lock);
  worker *wake[max_workers];
  int nwake = 0;
  int prev, n;
  {
    std::lock_guard lk(s->lock);
    prev = s->maxprocs.load();
    if (maxprocs > 0)
      s->maxprocs.store(maxprocs);
    s->extra.store(std::max(0, s->extra.load() + extra_delta));
    n = std::min(s->maxprocs.load() + s->extra.load(), max_workers);
    int nw = s->nworkers.load();
    for (int i = 0; i < nw; i++) {
      worker *w = s->workers[i];
      if (i < n && w->stopped) {
        w->stopped = false;
        s->nstopped.fetch_sub(1);
        wake[nwake++] = w;
      } else if (i >= n && w->idle) {
        w->idle = false;
        s->nidle--;
        s->nidle_hint.store(s->nidle);
        wake[nwake++] = w;
      }
    }
  }
  for (int i = 0; i < nwake; i++)
    worker_wake(wake[i]);
  while (s->nworkers.load() < n)
    start_worker(s);
  if (n > prev)
    kick_idle_monitor(s);
  return prev;
}

int set_maxprocs(scheduler_state *s, int n) { return set_limit(s, n, 0); }

// A worker blocked in a system call for this long hands its goroutines on
// (Go's sysmon retakes the P after 20 µs; the monitor looks every 10 ms).
constexpr int64_t syscall_handoff_ns = 1'000'000;

// Lends a worker to the goroutines of each worker blocked in a system call
// while there are goroutines waiting to run.
void handoff_scan(scheduler_state *s, int64_t now) {
  int n = s->nworkers.load();
  for (int i = 0; i < n; i++) {
    worker *w = s->workers[i];
    if (!w)
      continue;
    int64_t since = w->syscall_since.load(std::memory_order_acquire);
    if (since == 0 || now - since < syscall_handoff_ns || w->lent.load())
      continue;
    if (!work_visible(s, nullptr))
      return;
    if (!w->lent.exchange(true))
      set_limit(s, 0, +1);
  }
}

// Waits until every worker at or above GOMAXPROCS has stopped, asking the
// goroutines still running on them to yield. The caller may itself run on
// such a worker: yielding puts it on the global queue, where an active
// worker picks it up.
void wait_stopped(scheduler_state *s) {
  goroutine *self = current();
  for (int round = 0;; round++) {
    bool all = true;
    {
      std::lock_guard lk(s->lock);
      int nw = s->nworkers.load();
      for (int i = s->maxprocs.load() + s->extra.load(); i < nw; i++) {
        worker *w = s->workers[i];
        if (w->stopped)
          continue;
        all = false;
        if (!self || w != self->w) // self->w: the worker running the caller now
          request_preempt(w);
      }
    }
    if (all)
      return;
    if (!self)
      sched_yield();
    else if (round < 100)
      go::gosched();
    else
      go::sleep(50'000); // a goroutine there has not reached a check yet
  }
}

} // namespace

// ---- scheduler interface --------------------------------------------------

worker *current_worker() { return tls_worker; }

[[gnu::noinline]] goroutine *current() {
  worker *w = tls_worker;
  return w ? w->cur : nullptr;
}

int64_t goroutine_id(goroutine *g) { return g ? g->id : 0; }

int64_t num_workers() {
  scheduler_state *s = sched();
  return s ? s->nworkers.load() : 0;
}

int64_t num_active_workers() {
  scheduler_state *s = sched();
  return s ? s->maxprocs.load(std::memory_order_relaxed) : 0;
}

worker *worker_at(int64_t i) {
  scheduler_state *s = sched();
  return s ? s->workers[i] : nullptr;
}

void make_system_goroutine() {
  // Out of the live count: NumGoroutine, the deadlock check and
  // run_in_scheduler's wait for the end see only the program's goroutines.
  if (goroutine *g = current(); g && !g->system) {
    g->system = true;
    sched()->live.fetch_sub(1);
  }
}

bool trace_parked(goroutine *g, stack_trace &t) {
#if GOCXX_TSAN
  // TSan would need the switch made as a fiber switch of the dying thread.
  (void)g;
  (void)t;
  return false;
#else
  if (!g->ctx || g->status.load() != gstatus::waiting)
    return false;
  trace_request request{&t, {}};
  fiber_san_trace_to(request.san, g->stack_lo, g->stack_hi);
  auto tagged = reinterpret_cast<uintptr_t>(&request) | trace_request_tag;
  fctx::transfer_t r = fctx::jump_fcontext(g->ctx, reinterpret_cast<void *>(tagged));
  fiber_san_trace_returned(request.san);
  g->ctx = r.fctx;
  return true;
#endif
}

void spawn_raw(void (*fn)(void *), void *arg) {
  scheduler_state *s = sched();
  if (!s)
    fatal("go statement outside a running scheduler");
  goroutine *g = new_goroutine(fn, arg, false, next_goid.fetch_add(1));
  // go::spawn is always inlined: this is the go statement's code.
  g->creator_pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  if (worker *w = tls_worker; w && w->cur && !w->foreign) {
    s->live.fetch_add(1); // this worker is busy, so no deadlock check can run
    runnext_put(s, w, g); // like Go: the new goroutine runs next
  } else {
    global_push(s, g, true);
  }
}

void park(wait_reason why, void (*unlock)(void *), void *arg) {
  goroutine *g = current();
  if (!g)
    fatal("park outside a goroutine");
  g->reason = why;
  g->action = after_switch::park;
  g->unlock = unlock;
  g->unlock_arg = arg;
  switch_to_scheduler(g);
  g->reason = wait_reason::none;
}

void ready(goroutine *g) {
  scheduler_state *s = sched();
  g->status.store(gstatus::runnable, std::memory_order_release);
  worker *w = tls_worker;
  if (w && w->cur && !w->foreign)
    runnext_put(s, w, g);
  else
    global_push(s, g);
}

void morestack() {
  goroutine *g = current();
  if (!g) {
    gocxx_stack_guard.store(0, std::memory_order_relaxed);
    return;
  }
  uintptr_t guard = gocxx_stack_guard.load(std::memory_order_relaxed);
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (guard == preempt_request) {
    gocxx_stack_guard.store(g->guard, std::memory_order_relaxed);
    // A pinned goroutine (sync.Pool's procPin) keeps its worker.
    if (sp >= g->guard && g->pinned == 0) {
      g->action = after_switch::yield;
      switch_to_scheduler(g);
      return;
    }
  }
  if (sp < g->guard) {
    char buf[160];
    int n = std::snprintf(
        buf, sizeof buf,
        "runtime: goroutine stack exceeds %zu-byte limit\nfatal error: stack overflow\n\n"
        "goroutine %lld [running]:\n",
        size_t(g->stack_hi - g->stack_lo), (long long)g->id);
    (void)!::write(2, buf, size_t(n));
    ::_exit(2);
  }
}

const char *wait_reason_text(wait_reason r) {
  switch (r) {
  case wait_reason::none:
    return "runnable";
  case wait_reason::chan_receive:
    return "chan receive";
  case wait_reason::chan_send:
    return "chan send";
  case wait_reason::chan_receive_nil:
    return "chan receive (nil chan)";
  case wait_reason::chan_send_nil:
    return "chan send (nil chan)";
  case wait_reason::select:
    return "select";
  case wait_reason::select_no_cases:
    return "select (no cases)";
  case wait_reason::sleep:
    return "sleep";
  case wait_reason::sync_mutex:
    return "semacquire"; // Go 1.19's name for every sync wait
  case wait_reason::sync_rwmutex_r:
    return "semacquire";
  case wait_reason::sync_rwmutex_w:
    return "semacquire";
  case wait_reason::sync_waitgroup:
    return "semacquire";
  case wait_reason::sync_cond:
    return "sync.Cond.Wait";
  case wait_reason::wait_goroutines:
    return "wait";
  case wait_reason::finalizer_wait:
    return "finalizer wait";
  case wait_reason::syscall:
    return "syscall";
  case wait_reason::io_wait:
    return "IO wait";
  }
  return "unknown";
}

void monitor_wait_until(int64_t) {}

void timers_wake_monitor() {
  scheduler_state *s = sched();
  if (!s)
    return;
  std::lock_guard lk(s->mon_lock);
  s->mon_kick = true;
  s->mon_cv.notify_one();
}

void run_in_scheduler(int workers, std::function<void()> fn) {
  runtime_init();
  if (sched())
    fatal("run_in_scheduler: a scheduler is already running");
  scheduler_state *s = start_scheduler(workers, false);
  struct holder {
    std::function<void()> *fn;
  };
  auto *h = new (gc_alloc(sizeof(holder), true)) holder{&fn};
  goroutine *g = new_goroutine([](void *p) { (*static_cast<holder *>(p)->fn)(); }, h, true, 1);
  global_push(s, g, true);
  {
    std::unique_lock lk(s->lock);
    s->done_cv.wait(lk, [&] { return s->live.load() == 0; });
  }
  stop_scheduler(s);
  finalizers_reset();
}

void library_load() { runtime_init(); }

namespace {
// The worker record of a C++ thread that calls Go, made at its first call.
struct foreign_thread {
  worker *w = nullptr;
  ~foreign_thread() {
    if (!w)
      return;
    stack_cache_flush(w);
    g_cache_spill(w, 0);
    gc_unregister_worker(w);
    // The record stays: goroutines that ran on it may still name it (g->w).
  }
};
thread_local foreign_thread foreign;
} // namespace

// The thread runs the goroutine as a worker would (execute), with its own
// stack as the "scheduler" side: the collector scans that part of it as a
// worker's (gc.cpp), so the caller's Go values stay alive. The monitor does
// not preempt it (it is the caller's own thread); sync.Pool's per-worker
// slots are not its to use (proc_pin moves such a goroutine to a worker).
bool run_foreign_call(void (*fn)(void *), void *arg) {
  scheduler_state *s = sched();
  worker *w = foreign.w;
  if (!w) {
    w = new worker();
    w->foreign = true;
    w->gc_handle = GC_get_my_stackbottom(&w->thread_sb);
    __atomic_store_n(&w->guard_word, &gocxx_stack_guard, __ATOMIC_RELEASE);
    fiber_san_worker_init(w->san);
    if (!gc_register_worker(w)) {
      delete w;
      return false;
    }
    stack_thread_init(); // a stack overflow's report runs on its own stack
    foreign.w = w;
  }
  goroutine *g = new_goroutine(fn, arg, false, next_goid.fetch_add(1));
  g->creator_pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  s->live.fetch_add(1);
  tls_worker = w;
  execute(s, w, g, false);
  tls_worker = nullptr;
  return true;
}

void start_library_scheduler() {
  runtime_init();
  if (sched())
    fatal("start_library_scheduler: a scheduler is already running");
  start_scheduler(env_gomaxprocs(), false, true);
}

// A system call that may block: the worker's runnext goroutine moves to its
// queue, where others may steal it, and the monitor lends another worker to
// the waiting goroutines if the call blocks (handoff_scan).
void enter_syscall() {
  worker *w = tls_worker;
  if (!w)
    return;
  {
    std::lock_guard lk(w->q.lock);
    if (w->runnext && w->q.size() < local_queue::capacity) {
      w->q.push_back(w->runnext);
      __atomic_store_n(&w->runnext, nullptr, __ATOMIC_RELAXED);
    }
  }
  w->syscall_since.store(nanotime(), std::memory_order_release);
}

// Back from the system call: a worker lent for it is taken back (the
// highest active one stops at its next scheduling point).
void exit_syscall() {
  worker *w = tls_worker;
  if (!w)
    return;
  w->syscall_since.store(0, std::memory_order_release);
  if (w->lent.exchange(false))
    set_limit(sched(), 0, -1);
}

} // namespace go::impl

namespace go {

using namespace impl;

void gosched() {
  goroutine *g = current();
  if (!g) {
    sched_yield();
    return;
  }
  g->action = after_switch::yield;
  switch_to_scheduler(g);
}

int64_t num_goroutine() {
  scheduler_state *s = sched();
  return s ? s->live.load() : 0;
}

int64_t num_cpu() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0)
    return CPU_COUNT(&set);
  return int64_t(std::thread::hardware_concurrency());
}

int64_t gomaxprocs(int64_t n) {
  scheduler_state *s = sched();
  if (!s)
    return 0;
  if (n < 1)
    return s->maxprocs.load();
  int want = int(std::min<int64_t>(n, max_workers));
  int prev = set_maxprocs(s, want);
  if (want < prev)
    wait_stopped(s);
  return prev;
}

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

int64_t walltime() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

int run_main(int argc, char **argv, void (*entry)()) {
  saved_argc = argc;
  saved_argv = argv;
  runtime_init();
  scheduler_state *s = start_scheduler(env_gomaxprocs(), true);
  goroutine *g = new_goroutine([](void *p) { reinterpret_cast<void (*)()>(p)(); },
                               reinterpret_cast<void *>(entry), true, 1);
  global_push(s, g, true);
  // The process ends from goroutine 1 (or a fatal error); this thread only
  // waits.
  for (;;)
    pause();
}

void exit(int code) {
  std::fflush(nullptr);
  ::_exit(code);
}

int64_t argc() { return saved_argc; }
const char *argv(int64_t i) { return (i >= 0 && i < saved_argc) ? saved_argv[i] : ""; }

} // namespace go
