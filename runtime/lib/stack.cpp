// Goroutine stacks. Stacks are made 64 at a time from one anonymous
// MAP_NORESERVE mapping, so untouched pages cost no memory and a parked
// goroutine costs only the pages it used (one or two). Below each stack lies
// a guard page, so running off the end faults at once; a SIGSEGV handler on
// an alternate signal stack recognises guard pages and ends the program
// with Go's "fatal error: stack overflow".
//
// Guard pages are made with MADV_GUARD_INSTALL where the kernel has it
// (Linux 6.13): it marks pages in the page tables without splitting the
// mapping, so it costs no map entry, every stack gets a guard, and one
// process_madvise call makes a whole chunk's. Older kernels get mprotect
// PROT_NONE, and there vm.max_map_count (65530 by default) limits mappings
// per process while every guard page splits its mapping in two, so a
// million guarded stacks cannot exist. Guard pages are then made for the
// first stacks only, within a budget taken from max_map_count; stacks
// beyond it are unguarded and rely on the software check in
// preempt_check() at every function entry, which declares an overflow when
// the stack pointer comes within stack_reserve bytes of the bottom (the
// reserve covers runtime, libc and bdwgc's allocation slow path, which the
// notes measured at ~15 KiB).
//
// A goroutine gets its stack when it first runs, not when it is spawned,
// and gives it back when it ends: a program that spawns many goroutines
// before they run (skynet's tree, a spawn loop) then holds records only,
// not stacks whose top page is already touched. Free stacks are never
// unmapped. Each worker keeps up to cache_max of them in a LIFO list of its
// own (the most recently used, whose pages are resident and in its CPU's
// cache, is reused first), taken and returned without a lock; it trades
// them with the global LIFO list cache_batch at a time, and a worker that
// finds both empty makes a new chunk into its cache. Workers that start
// and end goroutines at a high rate then meet on a lock once per batch,
// and no lock is held across a system call.
//
// Goroutine 1 gets a separate 64 MiB stack (virtual; pages are touched on
// demand) because Go programs recurse deeply in main.
#include "sched_internal.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102 // Linux 6.13; older headers lack it
#endif

namespace go::impl {

namespace {

constexpr size_t page_size = 4096;
constexpr size_t guard_size = page_size;
constexpr size_t stack_reserve = 32 * 1024;
constexpr size_t big_stack_size = 64 << 20;
constexpr int stacks_per_chunk = 64;
constexpr int cache_max = 64;   // free stacks a worker keeps for itself
constexpr int cache_batch = 32; // moved between a worker and the global list

// The stack size (GOCXX_STACK_KB overrides the 8 MiB default, a C++
// thread's). Stacks do not grow as gc's do (its limit is 1 GB): 8 MiB holds
// what Go's own packages do on goroutines (encoding/json's 10,000-deep
// nesting test needs 3 MiB), and costs a parked goroutine no more than
// 1 MiB did, since only touched pages are committed (measured: skynet and
// spawn run the same time and peak memory with either).
size_t stack_bytes = 8 * 1024 * 1024;

// Mapped chunks, append-only, read by the signal handler.
struct chunk {
  uint8_t *base;
  size_t stride; // guard + stack
  int count;
  bool guarded;
};
constexpr int max_chunk_records = 1 << 16;
chunk chunks[max_chunk_records];
std::atomic<int> nchunks{0};

// Guards the global free list, the chunk records' growth and the guard
// budget; held for a few instructions, never across a system call.
std::mutex pool_lock;
int64_t guard_budget = 0; // mprotect guard pages still allowed by max_map_count

// How guard pages are made; starts with the best and falls back, once and
// for all, on the first refusal (an older kernel).
enum class guard_method : int { process_madvise, madvise, mprotect };
std::atomic<guard_method> guard_how{guard_method::process_madvise};

// One call makes the guard pages of n stacks; false if this kernel cannot.
// The pidfd is opened per call, not kept: a descriptor the program did not
// open would shift the numbers its own files get.
bool guards_by_process_madvise(uint8_t *base, size_t stride, int n) {
#if defined(SYS_process_madvise) && defined(SYS_pidfd_open)
  int pidfd = int(syscall(SYS_pidfd_open, getpid(), 0u));
  if (pidfd < 0)
    return false;
  iovec iov[stacks_per_chunk];
  bool ok = true;
  for (int done = 0; ok && done < n;) {
    int k = std::min(n - done, stacks_per_chunk);
    for (int i = 0; i < k; i++)
      iov[i] = iovec{base + size_t(done + i) * stride, guard_size};
    long r = syscall(SYS_process_madvise, pidfd, iov, size_t(k), MADV_GUARD_INSTALL, 0u);
    ok = r == long(size_t(k) * guard_size);
    done += k;
  }
  ::close(pidfd);
  return ok;
#else
  return false;
#endif
}

// Maps count stacks with their guard pages below them, and records the
// chunk for the fault handler.
chunk *map_chunk(int count, size_t stride) {
  size_t bytes = size_t(count) * stride;
  void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (p == MAP_FAILED)
    return nullptr;
  auto *base = static_cast<uint8_t *>(p);
  // Guard pages first (before the chunk is published), outside the lock.
  bool guarded = true;
  guard_method how = guard_how.load(std::memory_order_relaxed);
  if (how == guard_method::process_madvise && !guards_by_process_madvise(base, stride, count)) {
    // Not on this kernel: plain madvise redoes the chunk (making a guard
    // twice is harmless).
    how = guard_method::madvise;
    guard_how.store(how, std::memory_order_relaxed);
  }
  if (how == guard_method::madvise) {
    for (int i = 0; i < count; i++) {
      if (madvise(base + size_t(i) * stride, guard_size, MADV_GUARD_INSTALL) != 0) {
        how = guard_method::mprotect;
        guard_how.store(how, std::memory_order_relaxed);
        break;
      }
    }
  }
  if (how == guard_method::mprotect) {
    {
      std::lock_guard lk(pool_lock);
      guarded = guard_budget >= count;
      if (guarded)
        guard_budget -= count;
    }
    for (int i = 0; guarded && i < count; i++)
      if (mprotect(base + size_t(i) * stride, guard_size, PROT_NONE) != 0) {
        munmap(p, bytes);
        return nullptr;
      }
  }
  std::lock_guard lk(pool_lock);
  int i = nchunks.load(std::memory_order_relaxed);
  if (i >= max_chunk_records) {
    munmap(p, bytes);
    return nullptr;
  }
  chunks[i] = chunk{base, stride, count, guarded};
  nchunks.store(i + 1, std::memory_order_release);
  return &chunks[i];
}

int64_t read_max_map_count() {
  FILE *f = std::fopen("/proc/sys/vm/max_map_count", "r");
  long long v = 65530;
  if (f) {
    if (std::fscanf(f, "%lld", &v) != 1)
      v = 65530;
    std::fclose(f);
  }
  return v;
}

// After a fault's report: the faulting goroutine's Go frames, walked from
// the signal handler through the signal frame, then exit 2. Resolving them
// allocates; should the fault have struck inside the allocator, with its
// lock held, the alarm ends the process rather than leave it hanging.
[[noreturn]] void die_with_frames(goroutine *g) {
#if GOCXX_TSAN
  // TSan reports the allocation as a signal-unsafe call: no frames there.
  (void)g;
  ::_exit(2);
#endif
  alarm(10);
  stack_trace t;
  capture_trace_unwind(t);
  std::string out;
  append_goroutine_frames(out, &t, g ? g->creator_pc : 0);
  (void)!::write(2, out.data(), out.size());
  ::_exit(2);
}

void on_fault(int sig, siginfo_t *si, void *) {
  uint8_t *addr = static_cast<uint8_t *>(si->si_addr);
  goroutine *g = current();
  char buf[256];
  int n = nchunks.load(std::memory_order_acquire);
  for (int i = 0; i < n; i++) {
    const chunk &c = chunks[i];
    if (addr < c.base || addr >= c.base + size_t(c.count) * c.stride)
      continue;
    size_t off = size_t(addr - c.base) % c.stride;
    if (off < guard_size) {
      int len = std::snprintf(buf, sizeof buf,
                              "runtime: goroutine stack exceeds %zu-byte limit\nruntime: sp=%p\n"
                              "fatal error: stack overflow\n\ngoroutine %lld [running]:\n",
                              c.stride - guard_size, static_cast<void *>(addr),
                              (long long)goroutine_id(g));
      (void)!::write(2, buf, size_t(len));
      die_with_frames(g);
    }
  }
  // Any other fault: report it the way Go reports a fault it cannot turn
  // into a panic. Generated code checks nil pointers itself, so this is a
  // runtime or foreign-code bug, or a nil dereference it did not check.
  int len = std::snprintf(
      buf, sizeof buf,
      "panic: runtime error: invalid memory address or nil pointer dereference\n"
      "[signal %s: %s code=0x%x addr=%p pc=0x0]\n\ngoroutine %lld [running]:\n",
      sig == SIGBUS ? "SIGBUS" : "SIGSEGV", sig == SIGBUS ? "bus error" : "segmentation violation",
      si->si_code, si->si_addr, (long long)goroutine_id(g));
  (void)!::write(2, buf, size_t(len));
  die_with_frames(g);
}

} // namespace

void stack_init() {
  if (const char *e = std::getenv("GOCXX_STACK_KB")) {
    long kb = std::strtol(e, nullptr, 10);
    if (kb >= 64 && kb <= 1 << 20)
      stack_bytes = size_t(kb) * 1024;
  }
  stack_bytes = (stack_bytes + page_size - 1) & ~(page_size - 1);
  // Leave room for the collector's own mappings, malloc arenas, libraries
  // and threads; each guarded stack costs up to two map entries.
  int64_t max = read_max_map_count();
  guard_budget = max > 16384 ? (max - 16384) / 2 : 0;
}

size_t stack_size() { return stack_bytes; }

// A free stack's link lives in its own top bytes (that page is resident).
struct free_stack {
  free_stack *next;
  uint8_t *lo;
};

namespace {
free_stack *free_stacks = nullptr; // the global list, guarded by pool_lock

free_stack *free_record(uint8_t *hi) { return reinterpret_cast<free_stack *>(hi) - 1; }

void cache_push(worker *w, free_stack *f) {
  f->next = w->stack_cache;
  w->stack_cache = f;
  w->stack_cache_n++;
}

// Fills w's empty cache: a batch from the global list, else a new chunk.
bool cache_refill(worker *w) {
  {
    std::lock_guard lk(pool_lock);
    while (free_stacks && w->stack_cache_n < cache_batch) {
      free_stack *f = free_stacks;
      free_stacks = f->next;
      cache_push(w, f);
    }
  }
  if (w->stack_cache)
    return true;
  chunk *c = map_chunk(stacks_per_chunk, guard_size + stack_bytes);
  if (!c)
    return false;
  // Highest first, so the cache hands out the chunk's stacks in address
  // order. Writing the records touches each stack's top page now, in one
  // burst, rather than on its first run.
  for (int i = c->count; i-- > 0;) {
    uint8_t *slot = c->base + size_t(i) * c->stride;
    free_stack *f = free_record(slot + c->stride);
    f->lo = slot + guard_size;
    cache_push(w, f);
  }
  return true;
}
} // namespace

bool stack_get(goroutine *g) {
  worker *w = g->w;
  if (!w->stack_cache && !cache_refill(w))
    return false;
  free_stack *f = w->stack_cache;
  w->stack_cache = f->next;
  w->stack_cache_n--;
  g->stack_lo = f->lo;
  g->stack_hi = reinterpret_cast<uint8_t *>(f + 1);
  g->guard = reinterpret_cast<uintptr_t>(f->lo) + stack_reserve;
  return true;
}

void stack_put(goroutine *g) {
  worker *w = g->w;
  free_stack *f = free_record(g->stack_hi);
  f->lo = g->stack_lo;
  g->stack_lo = g->stack_hi = nullptr;
  g->guard = 0;
  cache_push(w, f);
  if (w->stack_cache_n <= cache_max)
    return;
  // Keep the most recently used half; the rest goes to the global list.
  free_stack *keep_last = w->stack_cache;
  for (int i = 1; i < cache_max - cache_batch; i++)
    keep_last = keep_last->next;
  free_stack *first = keep_last->next, *last = first;
  int moved = 1;
  while (last->next) {
    last = last->next;
    moved++;
  }
  keep_last->next = nullptr;
  w->stack_cache_n -= moved;
  std::lock_guard lk(pool_lock);
  last->next = free_stacks;
  free_stacks = first;
}

void stack_cache_flush(worker *w) {
  std::lock_guard lk(pool_lock);
  while (free_stack *f = w->stack_cache) {
    w->stack_cache = f->next;
    f->next = free_stacks;
    free_stacks = f;
  }
  w->stack_cache_n = 0;
}

bool stack_alloc(goroutine *g, bool big) {
  chunk *c = map_chunk(1, guard_size + (big ? big_stack_size : stack_bytes));
  if (!c)
    return false;
  g->stack_lo = c->base + guard_size;
  g->stack_hi = c->base + c->stride;
  g->guard = reinterpret_cast<uintptr_t>(g->stack_lo) + stack_reserve;
  return true;
}

void stack_thread_init() {
  // The fault handler must not run on the stack that overflowed.
  // Room for the report's frames too (die_with_frames resolves them here).
  constexpr size_t alt_size = 256 * 1024;
  void *p = mmap(nullptr, alt_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return;
  stack_t ss{};
  ss.ss_sp = p;
  ss.ss_size = alt_size;
  ss.ss_flags = 0;
  sigaltstack(&ss, nullptr);
}

void stack_install_signal_handlers() {
  struct sigaction sa{};
  sa.sa_sigaction = &on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

} // namespace go::impl
