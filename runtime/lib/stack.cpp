// Goroutine stacks. Stacks are carved, 64 at a time, from one anonymous
// MAP_NORESERVE mapping, so untouched pages cost no memory and a parked
// goroutine costs only the pages it used (one or two). Below each stack lies
// a guard page made PROT_NONE with mprotect, so running off the end faults
// at once; a SIGSEGV handler on an alternate signal stack recognises guard
// pages and ends the program with Go's "fatal error: stack overflow".
//
// vm.max_map_count (65530 here) limits mappings per process, and every
// guard page splits its mapping in two, so a million guarded stacks cannot
// exist on Linux with default settings. Guard pages are therefore made for
// the first stacks only, within a budget taken from max_map_count; stacks
// beyond it are unguarded and rely on the software check in
// preempt_check() at every function entry, which declares an overflow when
// the stack pointer comes within stack_reserve bytes of the bottom (the
// reserve covers runtime, libc and bdwgc's allocation slow path, which the
// notes measured at ~15 KiB).
//
// A goroutine gets its stack when it first runs, not when it is spawned,
// and gives it back when it ends: a program that spawns many goroutines
// before they run (skynet's tree, a spawn loop) then holds records only,
// not stacks whose top page is already touched. Free stacks form a LIFO
// list (the most recently used, whose pages are resident, is reused first)
// and are never unmapped.
//
// Goroutine 1 gets a separate 64 MiB stack (virtual; pages are touched on
// demand) because Go programs recurse deeply in main.
#include "sched_internal.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

namespace go::impl {

namespace {

constexpr size_t page_size = 4096;
constexpr size_t guard_size = page_size;
constexpr size_t stack_reserve = 32 * 1024;
constexpr size_t big_stack_size = 64 << 20;
constexpr int stacks_per_chunk = 64;

// The stack size (GOCXX_STACK_KB overrides the 256 KiB default).
size_t stack_bytes = 256 * 1024;

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

std::mutex carve_lock;
chunk *carving = nullptr; // the chunk stacks are being cut from
int carved = 0;
int64_t guard_budget = 0; // guard pages still allowed by max_map_count

chunk *map_chunk(int count, size_t stride, bool guarded) {
  int i = nchunks.load();
  if (i >= max_chunk_records)
    return nullptr;
  size_t bytes = size_t(count) * stride;
  void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (p == MAP_FAILED)
    return nullptr;
  chunks[i] = chunk{static_cast<uint8_t *>(p), stride, count, guarded};
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
      ::_exit(2);
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
  ::_exit(2);
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

namespace {
// A free stack's link lives in its own top bytes (that page is resident).
struct free_stack {
  free_stack *next;
  uint8_t *lo;
  uintptr_t guard;
};
free_stack *free_stacks = nullptr; // guarded by carve_lock

free_stack *free_record(uint8_t *hi) { return reinterpret_cast<free_stack *>(hi) - 1; }
} // namespace

bool stack_get(goroutine *g) {
  {
    std::lock_guard lk(carve_lock);
    if (free_stack *f = free_stacks) {
      free_stacks = f->next;
      g->stack_lo = f->lo;
      g->stack_hi = reinterpret_cast<uint8_t *>(f + 1);
      g->guard = f->guard;
      return true;
    }
  }
  return stack_alloc(g, false);
}

void stack_put(goroutine *g) {
  free_stack *f = free_record(g->stack_hi);
  f->lo = g->stack_lo;
  f->guard = g->guard;
  g->stack_lo = g->stack_hi = nullptr;
  g->guard = 0;
  std::lock_guard lk(carve_lock);
  f->next = free_stacks;
  free_stacks = f;
}

bool stack_alloc(goroutine *g, bool big) {
  std::lock_guard lk(carve_lock);
  uint8_t *slot;
  size_t usable;
  bool guarded;
  if (big) {
    chunk *c = map_chunk(1, guard_size + big_stack_size, true);
    if (!c)
      return false;
    slot = c->base;
    usable = big_stack_size;
    guarded = true;
  } else {
    if (!carving || carved == carving->count) {
      carving =
          map_chunk(stacks_per_chunk, guard_size + stack_bytes, guard_budget >= stacks_per_chunk);
      carved = 0;
      if (!carving)
        return false;
    }
    slot = carving->base + size_t(carved++) * carving->stride;
    usable = stack_bytes;
    guarded = carving->guarded;
  }
  if (guarded) {
    if (mprotect(slot, guard_size, PROT_NONE) != 0)
      return false;
    if (!big)
      guard_budget--;
  }
  g->stack_lo = slot + guard_size;
  g->stack_hi = slot + guard_size + usable;
  g->guard = reinterpret_cast<uintptr_t>(g->stack_lo) + stack_reserve;
  return true;
}

void stack_thread_init() {
  // The fault handler must not run on the stack that overflowed.
  constexpr size_t alt_size = 64 * 1024;
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
