// Goroutine traces (gocxx/runtime/traceback.h). A panic records its stack
// by walking the frame-pointer chain (generated code and the runtime keep
// frame pointers), which costs nanoseconds per frame where the C++ unwinder
// costs a microsecond per panic; a stack interrupted by a signal is walked
// with the unwinder (_Unwind_Backtrace), which steps through the signal
// frame. Return addresses are resolved with libbacktrace, which reads the
// binary's own DWARF line tables: an address gives the chain of Go
// file:line positions of the frames inlined at it, innermost first. Each Go
// position is named by the innermost registered function whose body spans
// its line. Only the fatal paths resolve addresses.
#include "gocxx/runtime/traceback.h"

#include "sched_internal.h"

#include <backtrace.h>
#include <cxxabi.h>
#include <unwind.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace go::impl {

namespace {

std::atomic<func_table *> tables{nullptr};

struct walk {
  stack_trace *t;
  int skip;
};

_Unwind_Reason_Code on_frame(_Unwind_Context *ctx, void *arg) {
  auto *w = static_cast<walk *>(arg);
  if (w->skip > 0) {
    w->skip--;
    return _URC_NO_REASON;
  }
  if (w->t->n == stack_trace::max_frames)
    return _URC_END_OF_STACK;
  int before = 0;
  uintptr_t pc = _Unwind_GetIPInfo(ctx, &before);
  if (pc == 0)
    return _URC_END_OF_STACK;
  // A return address points after the call; a signal frame's is exact.
  w->t->pc[w->t->n++] = before ? pc + 1 : pc;
  return _URC_NO_REASON;
}

// Functions by file, resolved once on the first trace.
struct func_index {
  std::unordered_map<std::string_view, std::vector<const func_info *>> by_file;
  // The innermost function of file whose body spans line; closure says
  // whether the C++ function there is a lambda, which tells a function
  // literal from the function whose line it starts on.
  const func_info *find(std::string_view file, int line, bool closure) const {
    auto it = by_file.find(file);
    if (it == by_file.end())
      return nullptr;
    const func_info *best = nullptr;
    for (const func_info *f : it->second)
      if (f->first_line <= line && line <= f->last_line && f->closure == closure &&
          (!best || f->last_line - f->first_line < best->last_line - best->first_line))
        best = f;
    return best;
  }
};

struct symbolizer {
  backtrace_state *state = nullptr;
  func_index index;
};

void ignore_error(void *, const char *, int) {}

symbolizer &symbols() {
  static symbolizer *s = [] {
    auto *sym = new symbolizer;
    sym->state = backtrace_create_state(nullptr, /*threaded=*/1, ignore_error, nullptr);
    for (func_table *t = tables.load(std::memory_order_acquire); t; t = t->next)
      for (size_t i = 0; i < t->count; i++)
        sym->index.by_file[t->funcs[i].file].push_back(&t->funcs[i]);
    return sym;
  }();
  return *s;
}

// The Go frames at one return address, innermost first.
struct frames_at {
  const func_index *index;
  std::vector<go_frame> frames;
  bool outer_is_go = false; // the last (not inlined) frame is Go code
};

// What the C++ function of a frame is, by its DWARF name: the plain name
// under line tables only ("operator()"), the mangled one under full -g.
enum class cxx_function { other, lambda, invoker };

cxx_function classify(const char *name) {
  if (!name)
    return cxx_function::other;
  std::string_view n = name;
  if (n.starts_with("_Z")) {
    char *d = ::abi::__cxa_demangle(name, nullptr, nullptr, nullptr);
    std::string_view dn = d ? d : "";
    cxx_function k = dn.find("::operator()(") != dn.npos ? cxx_function::lambda
                     : dn.find("::__invoke(") != dn.npos ? cxx_function::invoker
                                                         : cxx_function::other;
    std::free(d);
    return k;
  }
  return n == "operator()" ? cxx_function::lambda
         : n == "__invoke" ? cxx_function::invoker
                           : cxx_function::other;
}

int on_position(void *arg, uintptr_t, const char *file, int line, const char *function) {
  auto *fa = static_cast<frames_at *>(arg);
  fa->outer_is_go = false;
  cxx_function kind = classify(function);
  // A lambda's static invoker (a closure without captures called through
  // a plain function pointer) lies at the lambda's first line: not a frame.
  if (!file || kind == cxx_function::invoker)
    return 0;
  if (const func_info *f = fa->index->find(file, line, kind == cxx_function::lambda)) {
    fa->frames.push_back({f, line, 0});
    fa->outer_is_go = true;
  }
  return 0;
}

void on_symbol(void *arg, uintptr_t, const char *, uintptr_t value, uintptr_t) {
  *static_cast<uintptr_t *>(arg) = value;
}

// Resolves pc; calls emit(frame, offset) for each Go frame, innermost
// first. offset (from the function's entry, as Go prints it) is 0 but for
// the frame that was not inlined.
template <class Emit> void resolve(uintptr_t pc, Emit emit) {
  symbolizer &sym = symbols();
  if (!sym.state)
    return;
  frames_at fa{&sym.index, {}, false};
  backtrace_pcinfo(sym.state, pc - 1, on_position, ignore_error, &fa);
  uintptr_t entry = 0;
  if (fa.outer_is_go)
    backtrace_syminfo(sym.state, pc - 1, on_symbol, ignore_error, &entry);
  for (size_t i = 0; i < fa.frames.size(); i++) {
    bool outer = fa.outer_is_go && i + 1 == fa.frames.size() && entry && entry < pc;
    fa.frames[i].entry = outer ? entry : 0;
    emit(fa.frames[i], outer ? pc - entry : 0);
  }
}

// "\tfile:line +0xoff\n"
void append_position(std::string &out, const go_frame &f, uintptr_t offset) {
  out += '\t';
  out += f.fn->file;
  out += ':';
  out += std::to_string(f.line);
  if (offset) {
    char buf[24];
    int n = std::snprintf(buf, sizeof buf, " +%#lx", static_cast<unsigned long>(offset));
    out.append(buf, size_t(n));
  }
  out += '\n';
}

} // namespace

func_table::func_table(const func_info *f, size_t n) noexcept : funcs(f), count(n), next(nullptr) {
  next = tables.load(std::memory_order_relaxed);
  while (!tables.compare_exchange_weak(next, this, std::memory_order_release,
                                       std::memory_order_relaxed)) {
  }
}

[[gnu::noinline]] void capture_trace(stack_trace &t) {
  t.n = 0;
  // Each frame starts with {caller's frame pointer, return address}; frames
  // lie at rising addresses within the stack. Code without frame pointers
  // (foreign libraries) ends the walk early, never wrongly: a link must
  // point higher up the same stack.
  auto *fp = static_cast<uintptr_t *>(__builtin_frame_address(0));
  goroutine *g = current();
  auto hi = g ? reinterpret_cast<uintptr_t>(g->stack_hi)
              : reinterpret_cast<uintptr_t>(fp) + (uintptr_t(1) << 20);
  // The frame each return address points into (that of the caller).
  uintptr_t owner[stack_trace::max_frames];
  while (t.n < stack_trace::max_frames) {
    uintptr_t ret = fp[1];
    if (ret == 0)
      break;
    auto *next = reinterpret_cast<uintptr_t *>(fp[0]);
    owner[t.n] = reinterpret_cast<uintptr_t>(next);
    t.pc[t.n++] = ret;
    if (next <= fp || reinterpret_cast<uintptr_t>(next) + 2 * sizeof(uintptr_t) > hi ||
        reinterpret_cast<uintptr_t>(next) % alignof(uintptr_t))
      break;
    fp = next;
  }
  // In a deferred call run for a panic, Go's stack still holds the frames
  // the panic left: the deferred call's frames are followed by the panic's
  // own trace, not by the frames that run the deferred calls.
  const void *record = nullptr;
  if (const stack_trace *earlier = panic_in_deferred_call(&record)) {
    int keep = 0;
    while (keep < t.n && owner[keep] < reinterpret_cast<uintptr_t>(record))
      keep++;
    t.n = keep;
    for (int i = 0; i < earlier->n && t.n < stack_trace::max_frames; i++)
      t.pc[t.n++] = earlier->pc[i];
  }
}

[[gnu::noinline]] void capture_trace_unwind(stack_trace &t) {
  t.n = 0;
  walk w{&t, 1}; // not capture_trace_unwind itself
  _Unwind_Backtrace(on_frame, &w);
}

std::vector<go_frame_at> goroutine_go_frames(const stack_trace &t, uintptr_t creator_pc,
                                             go_frame_at *creator) {
  std::vector<go_frame_at> frames;
  for (int i = 0; i < t.n; i++) {
    int depth = 0;
    resolve(t.pc[i], [&](const go_frame &f, uintptr_t offset) {
      frames.push_back({t.pc[i], depth++, f, offset});
    });
  }
  go_frame_at made{};
  bool have = false;
  if (creator_pc)
    resolve(creator_pc, [&](const go_frame &f, uintptr_t offset) {
      if (!have) // the innermost Go frame at the address has the go statement
        made = {creator_pc, 0, f, offset};
      have = true;
    });
  // The outermost Go frame of a goroutine is the go statement's own
  // closure, which calls the goroutine's function: it lies on the go
  // statement, where Go shows no frame.
  if (have && !frames.empty() && frames.back().f.line == made.f.line &&
      std::strcmp(frames.back().f.fn->file, made.f.fn->file) == 0)
    frames.pop_back();
  if (creator)
    *creator = have ? made : go_frame_at{};
  return frames;
}

void append_goroutine_frames(std::string &out, const stack_trace *t, uintptr_t creator_pc) {
  go_frame_at creator{};
  std::vector<go_frame_at> frames =
      goroutine_go_frames(t ? *t : stack_trace{}, creator_pc, &creator);
  for (const go_frame_at &fr : frames) {
    out += fr.f.fn->name;
    // Go prints the argument words of a call that was not inlined; gocxx
    // prints "(...)", Go's form for an inlined call, for both.
    out += fr.f.fn->has_args ? "(...)\n" : "()\n";
    append_position(out, fr.f, fr.offset);
  }
  if (t && t->n == stack_trace::max_frames)
    out += "...additional frames elided...\n";
  if (creator.f.fn) {
    out += "created by ";
    out += creator.f.fn->name;
    out += '\n';
    append_position(out, creator.f, creator.offset);
  }
}

int go_frames_at(uintptr_t pc, go_frame *out, int max) {
  int n = 0;
  resolve(pc, [&](const go_frame &f, uintptr_t) {
    if (n < max)
      out[n++] = f;
  });
  return n;
}

} // namespace go::impl
