// Native packages runtime and runtime/debug: GC, the controls not inline in pkg/runtime.h, and
// call stacks. A program counter the call-stack functions hand out names
// one Go frame: the return address, with the frame's place in the chain
// inlined at that address (0 innermost) in the bits above 48, which
// addresses never use. Only these functions interpret them.
#define GC_THREADS
#include <gc/gc.h>

#include "gocxx/pkg/native_types.h"
#include "gocxx/pkg/runtime.h"
#include "gocxx/pkg/runtime/debug.h"
#include "sched_internal.h"

#include <algorithm>
#include <mutex>
#include <unistd.h>
#include <unordered_map>

using namespace go::literals;

namespace gopkg::runtime {

namespace {

constexpr int depth_shift = 48;
constexpr uintptr_t address_mask = (uintptr_t(1) << depth_shift) - 1;

uintptr_t frame_pc(const go::impl::go_frame_at &f) {
  return f.pc | (uintptr_t(f.depth) << depth_shift);
}

// The Go frame a counter names.
bool frame_of(uintptr_t pc, go::impl::go_frame &out) {
  constexpr int max_inlined = 64;
  go::impl::go_frame chain[max_inlined];
  int depth = int(pc >> depth_shift);
  int n = go::impl::go_frames_at(pc & address_mask, chain, max_inlined);
  if (depth >= n)
    return false;
  out = chain[depth];
  return true;
}

// The calling goroutine's Go frames, innermost first, from the Go code
// that called into this package.
std::vector<go::impl::go_frame_at> caller_frames() {
  go::impl::stack_trace t;
  go::impl::capture_trace(t);
  go::impl::goroutine *g = go::impl::current();
  return go::impl::goroutine_go_frames(t, g ? g->creator_pc : 0, nullptr);
}

Func *func_for(const go::impl::func_info *info, uintptr_t entry) {
  static std::mutex lock;
  static std::unordered_map<const go::impl::func_info *, Func *> funcs;
  std::lock_guard lk(lock);
  Func *&f = funcs[info];
  if (!f)
    f = new Func{info, entry}; // holds no collected pointer
  return f;
}

} // namespace

void GC() { GC_gcollect(); }

go::string GOROOT() { return "/usr/lib/go-1.19"_gs; }
go::string Version() { return "go1.19"_gs; }

std::tuple<uintptr_t, go::string, int64_t, bool> Caller(int64_t skip) {
  std::vector<go::impl::go_frame_at> frames = caller_frames();
  if (skip < 0 || skip >= int64_t(frames.size()))
    return {0, go::string{}, 0, false};
  const go::impl::go_frame_at &f = frames[size_t(skip)];
  return {frame_pc(f), go::to_string(f.f.fn->file), f.f.line, true};
}

int64_t Callers(int64_t skip, go::slice<uintptr_t> pc) {
  // Frame 0 is Callers itself: the counter of its own entry.
  std::vector<go::impl::go_frame_at> frames = caller_frames();
  int64_t n = 0;
  for (int64_t i = skip; i < int64_t(frames.size()) + 1 && n < pc.len; i++) {
    if (i < 0)
      continue;
    pc.p[n++] = i == 0 ? reinterpret_cast<uintptr_t>(&Callers) : frame_pc(frames[size_t(i - 1)]);
  }
  return n;
}

int64_t Stack(go::slice<uint8_t> buf, bool all) {
  (void)all; // other goroutines may be running: only the caller's stack
  go::impl::goroutine *g = go::impl::current();
  go::impl::stack_trace t;
  go::impl::capture_trace(t);
  std::string out = "goroutine " + std::to_string(g ? g->id : 0) + " [running]:\n";
  go::impl::append_goroutine_frames(out, &t, g ? g->creator_pc : 0);
  int64_t n = std::min<int64_t>(buf.len, int64_t(out.size()));
  std::memcpy(buf.p, out.data(), size_t(n));
  return n;
}

Func *FuncForPC(uintptr_t pc) {
  if (pc == reinterpret_cast<uintptr_t>(&Callers)) {
    static const go::impl::func_info callers = {"runtime.Callers", "", 0, 0, true, false};
    return func_for(&callers, pc);
  }
  go::impl::go_frame f;
  if (!frame_of(pc, f))
    return nullptr;
  return func_for(f.fn, f.entry);
}

go::string Func__Name(Func *f) { return f ? go::to_string(f->info->name) : go::string{}; }
uintptr_t Func__Entry(Func *f) { return go::impl::nil_check(f)->entry; }

std::tuple<go::string, int64_t> Func__FileLine(Func *f, uintptr_t pc) {
  go::impl::nil_check(f);
  go::impl::go_frame fr;
  if (!frame_of(pc, fr))
    return {go::to_string(f->info->file), f->info->first_line};
  return {go::to_string(fr.fn->file), fr.line};
}

Frames *CallersFrames(go::slice<uintptr_t> callers) {
  return go::new_object<Frames>(Frames{callers, 0});
}

std::tuple<Frame, bool> Frames__Next(Frames *ci) {
  go::impl::nil_check(ci);
  while (ci->next < ci->pcs.len) {
    uintptr_t pc = ci->pcs.p[ci->next++];
    bool more = ci->next < ci->pcs.len;
    if (pc == reinterpret_cast<uintptr_t>(&Callers)) {
      Func *fn = FuncForPC(pc);
      return {Frame{pc, fn, go::to_string(fn->info->name), go::string{}, 0, pc}, more};
    }
    go::impl::go_frame fr;
    if (frame_of(pc, fr)) {
      Func *fn = func_for(fr.fn, fr.entry);
      return {Frame{pc, fr.entry ? fn : nullptr, // Go: no Func for an inlined frame
                    go::to_string(fr.fn->name), go::to_string(fr.fn->file), fr.line, fn->entry},
              more};
    }
  }
  return {Frame{}, false};
}

// ---- type descriptors --------------------------------------------------------

const go::type_desc *Error__type() {
  static const go::method_desc methods[] = {{"Error"_gs, nullptr, nullptr},
                                            {"RuntimeError"_gs, nullptr, nullptr}};
  static const go::type_desc desc = gopkg::native::interface_desc_of("runtime.Error"_gs, methods);
  return &desc;
}

const go::type_desc *Func__type() {
  static const go::type_desc desc =
      gopkg::native::struct_desc_of<Func>("runtime.Func"_gs, nullptr, 0, nullptr, true);
  return &desc;
}

const go::type_desc *Func__ptrtype() {
  using gopkg::native::pointer_thunk;
  static const go::method_desc methods[] = {
      {"Entry"_gs, nullptr, pointer_thunk<&Func__Entry>()},
      {"FileLine"_gs, nullptr, pointer_thunk<&Func__FileLine>()},
      {"Name"_gs, nullptr, pointer_thunk<&Func__Name>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Func>(Func__type(), "*runtime.Func"_gs, methods);
  return &desc;
}

const go::type_desc *Frame__type() {
  static const go::field_desc fields[] = {
      {"PC"_gs, &go::impl::type_uintptr, int64_t(offsetof(Frame, PC)), false},
      {"Func"_gs, Func__ptrtype(), int64_t(offsetof(Frame, Func)), false},
      {"Function"_gs, &go::impl::type_string, int64_t(offsetof(Frame, Function)), false},
      {"File"_gs, &go::impl::type_string, int64_t(offsetof(Frame, File)), false},
      {"Line"_gs, &go::impl::type_int, int64_t(offsetof(Frame, Line)), false},
      {"Entry"_gs, &go::impl::type_uintptr, int64_t(offsetof(Frame, Entry)), false},
  };
  static const go::type_desc desc =
      gopkg::native::struct_desc_of<Frame>("runtime.Frame"_gs, fields, &go::impl::equal_fn<Frame>);
  return &desc;
}

const go::type_desc *Frame__ptrtype() {
  static const go::type_desc desc = gopkg::native::pointer_desc(
      Frame__type(), "*runtime.Frame"_gs, nullptr, 0, &go::impl::equal_fn<Frame *>);
  return &desc;
}

const go::type_desc *Frames__type() {
  static const go::type_desc desc = gopkg::native::struct_desc_of<Frames>("runtime.Frames"_gs);
  return &desc;
}

const go::type_desc *Frames__ptrtype() {
  using gopkg::native::pointer_thunk;
  static const go::method_desc methods[] = {{"Next"_gs, nullptr, pointer_thunk<&Frames__Next>()}};
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Frames>(Frames__type(), "*runtime.Frames"_gs, methods);
  return &desc;
}

} // namespace gopkg::runtime

// ---- runtime/debug ------------------------------------------------------------

namespace gopkg::runtime::debug {

namespace {
std::mutex gc_percent_lock;
int64_t gc_percent = 100; // Go's default; the collector's own pacing until set
std::atomic<int64_t> max_threads{10000};
} // namespace

int64_t SetGCPercent(int64_t percent) {
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

void FreeOSMemory() { GC_gcollect_and_unmap(); }

go::slice<uint8_t> Stack() {
  for (int64_t size = 1024;; size *= 2) {
    go::slice<uint8_t> buf = go::make_slice<uint8_t>(size);
    int64_t n = gopkg::runtime::Stack(buf, false);
    if (n < size)
      return go::slice_slice(buf, 0, n);
  }
}

void PrintStack() {
  go::slice<uint8_t> s = Stack();
  (void)!::write(2, s.p, size_t(s.len));
}

int64_t SetMaxThreads(int64_t threads) {
  int64_t old = max_threads.exchange(threads);
  // The program's threads: the workers, the monitor and the main thread.
  // gocxx starts no others, except workers GOMAXPROCS adds later, which
  // are not checked against the limit.
  if (go::impl::num_workers() + 2 > threads) {
    std::fflush(stdout);
    std::string msg = "runtime: program exceeds " + std::to_string(threads) + "-thread limit\n";
    (void)!::write(2, msg.data(), msg.size());
    go::impl::fatal("thread exhaustion");
  }
  return old;
}

} // namespace gopkg::runtime::debug
