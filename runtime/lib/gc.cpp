// Glue between the goroutine scheduler and bdwgc. The collector scans
// registered threads from their stack pointer to their stack bottom; a
// worker running a goroutine has its bottom moved to the goroutine stack's
// top on every switch (GC_set_stackbottom), so the running goroutine is
// scanned as the thread's stack. Parked and runnable goroutines are pushed
// as extra roots from their saved stack pointer to their stack top, and so
// is a worker's own scheduler stack while it runs a goroutine. A collection
// must never see a half-done switch: switchers announce themselves
// (gc_enter_switch) and the pre-stop-world event waits until none is inside
// one, while switchers back off until the world restarts. The recipe is the
// one measured in /work/shared/notes/bdwgc-goroutines.md.
#include "sched_internal.h"

#include <algorithm>
#include <new>

#include <csignal>
#include <gc/gc_inline.h>
#include <sched.h>

namespace go::impl {

namespace {

#if GOCXX_TSAN
// TSan holds back a signal that arrives while its thread runs ordinary
// code until the thread's next intercepted libc call or atomic operation,
// and runs held-back handlers with every signal blocked. The collector's
// suspend handler waits in sigsuspend for the restart signal; held back in
// turn, that one is run by a nested pass which clobbers the signal mask the
// outer pass restores, so the thread is left with every signal blocked and
// the next collection fails with "Signals delivery fails constantly". TSan
// runs SIGSYS at once (it counts it as synchronous), so under TSan SIGSYS
// is the restart signal. It must be set before the collector starts, hence
// a constructor.
[[gnu::constructor]] void gc_tsan_restart_signal() { GC_set_thr_restart_signal(SIGSYS); }
#endif

// Raised from just before the world stops until it restarts.
std::atomic<bool> gc_world_stopping{false};

// Workers of the running scheduler, for the pre-stop wait and the root
// pusher; slots are cleared before a worker record is freed.
constexpr int max_worker_slots = 256;
std::atomic<worker *> worker_slots[max_worker_slots];

// Every goroutine record ever allocated, append-only, so the root pusher can
// walk it with the world stopped without taking any lock (a stopped thread
// may hold one). Chunks of 4096 records, up to 16M goroutines.
constexpr int64_t chunk_bits = 12;
constexpr int64_t chunk_len = int64_t(1) << chunk_bits;
constexpr int64_t max_chunks = 4096;
std::atomic<goroutine **> g_chunks[max_chunks];
std::atomic<int64_t> g_count{0};
std::mutex g_register_lock;

GC_push_other_roots_proc previous_push_roots = nullptr;
GC_on_collection_event_proc previous_event = nullptr;

// The collector's world is stopped while this runs.
void push_goroutine_roots() {
  int64_t n = g_count.load(std::memory_order_acquire);
  size_t stack_bytes = 0;
  for (int64_t i = 0; i < n; i++) {
    goroutine *g = g_chunks[i >> chunk_bits].load(std::memory_order_relaxed)[i & (chunk_len - 1)];
    if (!g)
      continue;
    gstatus st = g->status.load(std::memory_order_relaxed);
    if ((st == gstatus::runnable || st == gstatus::waiting) && g->ctx) {
      GC_push_all_eager(g->ctx, g->stack_hi);
      size_t used = size_t(g->stack_hi - static_cast<uint8_t *>(g->ctx));
      stack_bytes += (used + 4095) & ~size_t(4095);
    }
  }
  // Pacing: the collector lets (heap + its roots) / free_space_divisor
  // bytes be allocated between collections, not counting these stacks, so
  // a program with many parked goroutines collected, and scanned them all,
  // every few megabytes. Like Go since 1.18, count the stacks too, each as
  // the pages it holds (scanning one costs a page's misses, however little
  // of it is used): at least their share must be allocated before the next
  // collection.
  GC_set_min_bytes_allocd(std::max<size_t>(1, stack_bytes / GC_get_free_space_divisor()));
  for (auto &slot : worker_slots) {
    worker *w = slot.load(std::memory_order_relaxed);
    if (w && w->on_goroutine.load(std::memory_order_relaxed) && w->sched_ctx)
      GC_push_all_eager(w->sched_ctx, w->thread_sb.mem_base);
  }
  if (previous_push_roots)
    previous_push_roots();
}

void on_collection_event(GC_EventType e) {
  if (e == GC_EVENT_PRE_STOP_WORLD) {
    gc_world_stopping.store(true, std::memory_order_seq_cst);
    for (auto &slot : worker_slots) {
      worker *w = slot.load(std::memory_order_seq_cst);
      if (!w)
        continue;
      while (w->in_switch.load(std::memory_order_seq_cst))
        sched_yield();
    }
  } else if (e == GC_EVENT_POST_START_WORLD) {
    gc_world_stopping.store(false, std::memory_order_seq_cst);
  }
  if (previous_event)
    previous_event(e);
}

} // namespace

// Test hook: lets a test switch the root pushing off to show it is needed.
bool gc_push_goroutine_stacks = true;

void gc_stock_init(); // below, with the stocks

void gc_runtime_init() {
  gc_stock_init();
  previous_push_roots = GC_get_push_other_roots();
  GC_set_push_other_roots([] {
    if (gc_push_goroutine_stacks)
      push_goroutine_roots();
    else if (previous_push_roots)
      previous_push_roots();
  });
  previous_event = GC_get_on_collection_event();
  GC_set_on_collection_event(&on_collection_event);
}

void gc_enter_switch(worker *w) {
  for (;;) {
    w->in_switch.store(true, std::memory_order_seq_cst);
    if (!gc_world_stopping.load(std::memory_order_seq_cst))
      return;
    w->in_switch.store(false, std::memory_order_seq_cst);
    while (gc_world_stopping.load(std::memory_order_seq_cst))
      sched_yield();
  }
}

void gc_leave_switch(worker *w) { w->in_switch.store(false, std::memory_order_release); }

bool gc_register_worker(worker *w) {
  for (auto &slot : worker_slots) {
    worker *expected = nullptr;
    if (slot.compare_exchange_strong(expected, w))
      return true;
  }
  return false;
}

void gc_unregister_worker(worker *w) {
  for (auto &slot : worker_slots) {
    worker *expected = w;
    if (slot.compare_exchange_strong(expected, nullptr))
      return;
  }
}

void gc_register_goroutine(goroutine *g) {
  std::lock_guard lk(g_register_lock);
  int64_t i = g_count.load(std::memory_order_relaxed);
  int64_t c = i >> chunk_bits;
  if (c >= max_chunks)
    fatal("too many goroutines");
  goroutine **chunk = g_chunks[c].load(std::memory_order_relaxed);
  if (!chunk) {
    // Plain calloc: the records are uncollectable objects, found by the
    // collector through its own bookkeeping.
    chunk = static_cast<goroutine **>(std::calloc(size_t(chunk_len), sizeof(goroutine *)));
    if (!chunk)
      fatal("out of memory");
    g_chunks[c].store(chunk, std::memory_order_release);
  }
  chunk[i & (chunk_len - 1)] = g;
  g_count.store(i + 1, std::memory_order_release);
}

void for_each_goroutine(void (*fn)(goroutine *, void *), void *arg) {
  int64_t n = g_count.load(std::memory_order_acquire);
  for (int64_t i = 0; i < n; i++)
    fn(g_chunks[i >> chunk_bits].load()[i & (chunk_len - 1)], arg);
}

} // namespace go::impl

// ---- small-object caches ------------------------------------------------------
//
// Each thread keeps its own stock of free small objects with pointers (up to
// 2 KiB) and allocates from it without a lock, as Go's mcache does: bdwgc's
// own thread-local lists stop at 400 bytes, beyond which every allocation
// took the collector's lock, and they are reached through a shared
// library's thread-local storage, where this stock is one local-exec TLS
// load away. A stock is refilled a heap block at a time by
// GC_generic_malloc_many; its objects wait in arrays inside an
// uncollectable (so scanned) record, which keeps them marked. Pointer-free
// objects are not stocked: the lists GC_generic_malloc_many returns for
// them are not traced, so a collection between the refill and the last
// object's move into the array would free the rest; they take bdwgc's
// thread-local path (GC_MALLOC_ATOMIC). GC_generic_malloc_many makes
// objects of exactly the bytes it is given (a multiple of the granule, no
// byte added): a class holds objects of its granules, with room for
// bdwgc's extra byte because the class is chosen with it, as GC_malloc does.
namespace {

constexpr size_t granule = 16;
constexpr size_t max_small = 2048;                  // bdwgc's largest small object
constexpr size_t classes = max_small / granule + 1; // by granules, with the extra byte
constexpr size_t block = 4096;                      // bdwgc's HBLKSIZE on Linux

struct size_class {
  uint32_t n = 0, cap = 0;
  void **objs = nullptr;
};

struct alloc_stock {
  size_class cls[classes];
};

constinit thread_local alloc_stock *tl_stock = nullptr;
constinit thread_local bool tl_stock_gone = false; // the thread is ending
// 1 when bdwgc keeps a byte past each object (interior pointers, its
// default); set once by gc_runtime_init before any worker starts.
size_t extra_byte = 1;

// Gives a thread's stock back when the thread ends (schedulers of tests
// come and go); its objects are then garbage.
struct stock_owner {
  ~stock_owner() {
    tl_stock_gone = true;
    if (alloc_stock *st = tl_stock) {
      tl_stock = nullptr;
      GC_FREE(st);
    }
  }
};

alloc_stock *new_stock() {
  static thread_local stock_owner owner;
  (void)owner;
  size_t slots = 0;
  for (size_t g = 1; g < classes; g++)
    slots += block / (g * granule) + 1;
  auto *st = static_cast<alloc_stock *>(
      GC_MALLOC_UNCOLLECTABLE(sizeof(alloc_stock) + slots * sizeof(void *)));
  if (!st)
    go::impl::fatal("runtime: out of memory");
  new (st) alloc_stock();
  auto **next = reinterpret_cast<void **>(st + 1);
  for (size_t g = 1; g < classes; g++) {
    size_class &c = st->cls[g];
    c.cap = uint32_t(block / (g * granule) + 1);
    c.objs = next;
    next += c.cap;
  }
  return st;
}

[[gnu::noinline]] void *refill(size_class &c, size_t g) {
  void *list = nullptr;
  GC_generic_malloc_many(g * granule, GC_I_NORMAL, &list);
  // Links are cleared as objects go into the array: a waiting object must
  // not keep the one handed out after it alive. Past the array's room
  // (never, for one block), objects are left to the next collection.
  while (list && c.n < c.cap) {
    void *next = *static_cast<void **>(list);
    *static_cast<void **>(list) = nullptr;
    c.objs[c.n++] = list;
    list = next;
  }
  if (c.n == 0)
    return nullptr;
  void *p = c.objs[--c.n];
  c.objs[c.n] = nullptr;
  return p;
}

// Heap allocations counted per thread, for runtime.MemStats.Mallocs (which
// testing.AllocsPerRun reads): each thread bumps a counter of its own,
// without a locked instruction; gc_mallocs sums them. Counters outlive
// their threads (a few words each).
struct malloc_counter {
  std::atomic<uint64_t> n{0};
  malloc_counter *next = nullptr;
};
constinit thread_local malloc_counter *tl_mallocs = nullptr;
std::atomic<malloc_counter *> all_mallocs{nullptr};

[[gnu::noinline]] malloc_counter *new_malloc_counter() {
  auto *c = new malloc_counter();
  c->next = all_mallocs.load(std::memory_order_relaxed);
  while (!all_mallocs.compare_exchange_weak(c->next, c, std::memory_order_release))
    ;
  return tl_mallocs = c;
}

inline void count_malloc() {
  malloc_counter *c = tl_mallocs;
  if (!c) [[unlikely]]
    c = new_malloc_counter();
  c->n.store(c->n.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

} // namespace

namespace go::impl {
void gc_stock_init() { extra_byte = GC_get_all_interior_pointers() ? 1 : 0; }

uint64_t gc_mallocs() {
  uint64_t n = 0;
  for (malloc_counter *c = all_mallocs.load(std::memory_order_acquire); c; c = c->next)
    n += c->n.load(std::memory_order_relaxed);
  return n;
}
} // namespace go::impl

namespace go {

void *gc_alloc(size_t size, bool has_pointers) {
  count_malloc();
  if (has_pointers && size < max_small) {
    alloc_stock *st = tl_stock;
    if (!st && !tl_stock_gone) [[unlikely]]
      st = tl_stock = new_stock();
    if (st) [[likely]] {
      size_t g = (size + extra_byte + granule - 1) / granule;
      g += g == 0;
      size_class &c = st->cls[g];
      void *p;
      if (c.n) [[likely]] {
        p = c.objs[--c.n];
        c.objs[c.n] = nullptr;
      } else {
        p = refill(c, g);
      }
      if (p) [[likely]]
        return p; // cleared
    }
  }
  void *p = has_pointers ? GC_MALLOC(size) : GC_MALLOC_ATOMIC(size);
  if (!p) [[unlikely]]
    impl::fatal("runtime: out of memory");
  // GC_MALLOC clears memory; the atomic heap does not.
  if (!has_pointers)
    std::memset(p, 0, size);
  return p;
}

void *gc_alloc_bytes(size_t size) {
  count_malloc();
  void *p = GC_MALLOC_ATOMIC(size);
  if (!p) [[unlikely]]
    impl::fatal("runtime: out of memory");
  return p;
}

} // namespace go

namespace go::impl {

// ---- finalizers -------------------------------------------------------------
//
// The collector queues the finalizers of unreachable objects and, on demand
// mode, calls the notifier instead of running them in whatever thread
// allocates. The notifier readies the finalizer goroutine, which runs them
// one after another, as Go's finalizer goroutine does. fin_state says
// whether it is running (0), parked (1), or running with a wake-up pending
// (2).

namespace {

goroutine *fin_g = nullptr;
std::atomic<int> fin_state{0};
std::mutex fin_start_lock;
bool fin_started = false;

void notify_finalizers() {
  int s = fin_state.load();
  for (;;) {
    if (s == 1) {
      if (fin_state.compare_exchange_weak(s, 0)) {
        ready(fin_g);
        return;
      }
    } else if (s == 0) {
      if (fin_state.compare_exchange_weak(s, 2))
        return;
    } else {
      return;
    }
  }
}

void after_fin_park(void *) {
  int s = 0;
  if (!fin_state.compare_exchange_strong(s, 1)) {
    fin_state.store(0); // notified while parking: run again
    ready(fin_g);
  }
}

void run_finalizer(void *obj, void *fn) {
  try {
    (*static_cast<func<void(void *)> *>(fn))(obj);
  } catch (...) {
    // No C++ exception may cross the collector's frames.
    die_of_panic(current(), std::current_exception());
  }
}

void finalizer_loop() {
  make_system_goroutine();
  fin_g = current();
  for (;;) {
    while (GC_should_invoke_finalizers())
      GC_invoke_finalizers();
    int s = 2;
    if (fin_state.compare_exchange_strong(s, 0))
      continue;
    park(wait_reason::finalizer_wait, &after_fin_park, nullptr);
  }
}

} // namespace

void finalizers_reset() {
  std::lock_guard lk(fin_start_lock);
  fin_started = false;
  fin_g = nullptr;
  fin_state.store(0);
}

void set_finalizer(void *obj, func<void(void *)> f) {
  if (!obj)
    fatal("runtime.SetFinalizer: first argument is nil");
  void *base = GC_base(obj);
  if (!base)
    return; // not in the collected heap (a global): never finalized
  if (base != obj)
    fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
  if (f == nullptr) {
    GC_register_finalizer(base, nullptr, nullptr, nullptr, nullptr);
    return;
  }
  {
    std::lock_guard lk(fin_start_lock);
    if (!fin_started) {
      fin_started = true;
      GC_set_finalize_on_demand(1);
      GC_set_finalizer_notifier(&notify_finalizers);
      fin_state.store(0);
      spawn([] { finalizer_loop(); });
    }
  }
  GC_register_finalizer(base, &run_finalizer, new_object<func<void(void *)>>(f), nullptr, nullptr);
}

} // namespace go::impl
