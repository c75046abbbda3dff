// Native code of package runtime: its functions over gocxx's runtime
// library (scheduler, collector, traces).
#include <gocxx/runtime/runtime_api.h>

#include <mutex>
#include <unordered_map>

namespace gopkg::runtime {

using namespace go::literals;

namespace {
Func *func_for(const go::impl::func_info *info, uintptr_t entry) {
  static std::mutex lock;
  static std::unordered_map<const go::impl::func_info *, Func *> funcs;
  std::lock_guard lk(lock);
  Func *&f = funcs[info];
  if (!f) // holds no collected pointer
    f = new Func{const_cast<go::impl::func_info *>(info), entry};
  return f;
}
const go::impl::func_info *info_of(Func *f) {
  return static_cast<const go::impl::func_info *>(go::impl::nil_check(f)->info);
}
// Callers' own frame, which Go reports too.
const go::impl::func_info callers_info = {"runtime.Callers", "", 0, 0, true, false};
} // namespace

void GC() { go::impl::gc_collect(); }
void Gosched() { go::gosched(); }
void Goexit() { go::goexit(); }
int64_t NumGoroutine() { return go::num_goroutine(); }
int64_t NumCPU() { return go::num_cpu(); }
int64_t GOMAXPROCS(int64_t n) { return go::gomaxprocs(n); }
go::string GOROOT() { return "/usr/lib/go-1.19"_gs; }
go::string Version() { return "go1.19"_gs; }
void Breakpoint() { __builtin_debugtrap(); }

// Codegen compiles calls of SetFinalizer itself (it knows the types); this
// is for calls through a func value.
void SetFinalizer(go::any, go::any) {
  go::impl::fatal("runtime.SetFinalizer called through a func value (unsupported by gocxx)");
}

// The argument is kept alive by being passed: it is in a register or on
// the stack, where the collector sees it, until the call.
[[gnu::noinline]] void KeepAlive(go::any x) { asm volatile("" : : "r"(x.data) : "memory"); }

std::tuple<uintptr_t, go::string, int64_t, bool> Caller(int64_t skip) {
  auto frames = go::impl::caller_frames();
  if (skip < 0 || skip >= int64_t(frames.size()))
    return {0, go::string{}, 0, false};
  const go::impl::go_frame_at &f = frames[size_t(skip)];
  return {go::impl::frame_pc(f), go::to_string(f.f.fn->file), f.f.line, true};
}

int64_t Callers(int64_t skip, go::slice<uintptr_t> pc) {
  // Frame 0 is Callers itself: the counter of its own entry.
  auto frames = go::impl::caller_frames();
  int64_t n = 0;
  for (int64_t i = skip; i < int64_t(frames.size()) + 1 && n < pc.len; i++) {
    if (i < 0)
      continue;
    pc.p[n++] =
        i == 0 ? reinterpret_cast<uintptr_t>(&Callers) : go::impl::frame_pc(frames[size_t(i - 1)]);
  }
  return n;
}

int64_t Stack(go::slice<uint8_t> buf, bool) {
  std::string out = go::impl::current_stack();
  int64_t n = std::min<int64_t>(buf.len, int64_t(out.size()));
  std::memcpy(buf.p, out.data(), size_t(n));
  return n;
}

Func *FuncForPC(uintptr_t pc) {
  if (pc == reinterpret_cast<uintptr_t>(&Callers))
    return func_for(&callers_info, pc);
  go::impl::go_frame f;
  if (!go::impl::frame_of(pc, f))
    return nullptr;
  return func_for(f.fn, f.entry);
}

go::string Func__Name(Func *f) { return f ? go::to_string(info_of(f)->name) : go::string{}; }
uintptr_t Func__Entry(Func *f) { return go::impl::nil_check(f)->entry; }
std::tuple<go::string, int64_t> Func__FileLine(Func *f, uintptr_t pc) {
  go::impl::go_frame fr;
  if (!go::impl::frame_of(pc, fr))
    return {go::to_string(info_of(f)->file), info_of(f)->first_line};
  return {go::to_string(fr.fn->file), fr.line};
}

std::tuple<Frame, bool> frameOf(uintptr_t pc) {
  if (pc == reinterpret_cast<uintptr_t>(&Callers)) {
    Func *fn = FuncForPC(pc);
    return {Frame{pc, fn, go::to_string(callers_info.name), go::string{}, 0, pc}, true};
  }
  go::impl::go_frame fr;
  if (!go::impl::frame_of(pc, fr))
    return {Frame{}, false};
  Func *fn = func_for(fr.fn, fr.entry);
  // Go has no Func for an inlined frame.
  return {Frame{pc, fr.entry ? fn : nullptr, go::to_string(fr.fn->name), go::to_string(fr.fn->file),
                fr.line, fn->entry},
          true};
}

void ReadMemStats(MemStats *m) {
  go::impl::gc_stats s = go::impl::read_gc_stats();
  *go::impl::nil_check(m) = MemStats{};
  m->Alloc = m->HeapAlloc = s.heap_alloc;
  m->TotalAlloc = s.total_alloc;
  m->Mallocs = s.mallocs;
  m->Sys = m->HeapSys = s.heap_sys;
  m->HeapIdle = s.heap_free;
  m->HeapInuse = s.heap_alloc;
  m->NumGC = uint32_t(s.num_gc);
  m->EnableGC = true;
}

} // namespace gopkg::runtime
