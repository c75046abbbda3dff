// The runtime library's side of packages runtime and runtime/debug (see
// gocxx/runtime/runtime_api.h).
#include "gocxx/runtime/runtime_api.h"

#include "sched_internal.h"

#include <algorithm>
#include <mutex>
#include <string_view>
#include <unistd.h>

namespace go::impl {

namespace {
constexpr int depth_shift = 48;
constexpr uintptr_t address_mask = (uintptr_t(1) << depth_shift) - 1;

std::mutex gc_percent_lock;
int64_t gc_percent = 100; // Go's default (applied by gc_pace_from_env)
std::atomic<int64_t> max_threads{10000};
} // namespace

void gc_collect() { GC_gcollect(); }

int64_t gc_set_percent(int64_t percent) {
  std::lock_guard lk(gc_percent_lock);
  int64_t old = gc_percent;
  if ((old < 0) != (percent < 0)) {
    if (percent < 0)
      GC_disable();
    else
      GC_enable();
  }
  if (percent >= 0)
    // bdwgc collects once the allocation since the last collection exceeds
    // heap size / divisor: growth by percent% is a divisor of 100/percent.
    GC_set_free_space_divisor(
        GC_word(std::clamp<int64_t>(percent ? 100 / percent : 1000, 1, 1000)));
  gc_percent = percent;
  return old;
}

void gc_free_os_memory() { GC_gcollect_and_unmap(); }

// GOGC as Go reads it ("off", or a percentage; 100 when unset or not a
// number). bdwgc's own default divisor of 3 collected three times as often
// as GOGC=100 (1,334 collections in bench/closures). Its own variable
// GC_FREE_SPACE_DIVISOR, when set, is left to rule.
void gc_pace_from_env() {
  if (std::getenv("GC_FREE_SPACE_DIVISOR"))
    return;
  int64_t percent = 100;
  if (const char *e = std::getenv("GOGC")) {
    char *end = nullptr;
    long v = std::strtol(e, &end, 10);
    if (std::string_view(e) == "off")
      percent = -1;
    else if (end != e && *end == 0)
      percent = v < 0 ? -1 : v;
  }
  gc_set_percent(percent);
}

int64_t set_max_threads(int64_t threads) {
  int64_t old = max_threads.exchange(threads);
  // The program's threads: the workers, the monitor and the main thread.
  // gocxx starts no others, except workers GOMAXPROCS adds later, which
  // are not checked against the limit.
  if (num_workers() + 2 > threads) {
    std::string msg = "runtime: program exceeds " + std::to_string(threads) + "-thread limit\n";
    (void)!::write(2, msg.data(), msg.size());
    fatal("thread exhaustion");
  }
  return old;
}

gc_stats read_gc_stats() {
  GC_prof_stats_s s{};
  GC_get_prof_stats(&s, sizeof s);
  return gc_stats{uint64_t(s.heapsize_full - s.free_bytes_full - s.unmapped_bytes),
                  uint64_t(s.heapsize_full),
                  uint64_t(GC_get_total_bytes()),
                  uint64_t(s.gc_no),
                  uint64_t(s.free_bytes_full),
                  gc_mallocs()};
}

uintptr_t frame_pc(const go_frame_at &f) { return f.pc | (uintptr_t(f.depth) << depth_shift); }

bool frame_of(uintptr_t pc, go_frame &out) {
  constexpr int max_inlined = 64;
  go_frame chain[max_inlined];
  int depth = int(pc >> depth_shift);
  int n = go_frames_at(pc & address_mask, chain, max_inlined);
  if (depth >= n)
    return false;
  out = chain[depth];
  return true;
}

std::vector<go_frame_at> caller_frames() {
  stack_trace t;
  capture_trace(t);
  goroutine *g = current();
  return goroutine_go_frames(t, g ? g->creator_pc : 0, nullptr);
}

std::string current_stack() {
  goroutine *g = current();
  stack_trace t;
  capture_trace(t);
  std::string out = "goroutine " + std::to_string(g ? g->id : 0) + " [running]:\n";
  append_goroutine_frames(out, &t, g ? g->creator_pc : 0);
  return out;
}

uint64_t fastrand64() {
  // wyrand: one multiply per number; each thread seeds from the clock and
  // its own address.
  thread_local uint64_t state = uint64_t(nanotime()) ^ reinterpret_cast<uintptr_t>(&state);
  state += 0xa0761d6478bd642fULL;
  __uint128_t m = __uint128_t(state) * (state ^ 0xe7037ed1a0b428dbULL);
  return uint64_t(m >> 64) ^ uint64_t(m);
}

} // namespace go::impl
