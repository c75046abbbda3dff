// Native package runtime (declarations in runtime/native/runtime): the
// scheduler's and collector's controls as Go's runtime package names them,
// and call stacks (Caller, Callers, FuncForPC, CallersFrames, Stack), which
// read the goroutine traces' tables (gocxx/runtime/traceback.h).
#pragma once
#include "gocxx/runtime.h"

#include <tuple>

namespace gopkg::runtime {
void GC();
inline void Gosched() { go::gosched(); }
[[noreturn]] inline void Goexit() { go::goexit(); }
inline int64_t NumGoroutine() { return go::num_goroutine(); }
inline int64_t NumCPU() { return go::num_cpu(); }
inline int64_t GOMAXPROCS(int64_t n) { return go::gomaxprocs(n); }
go::string GOROOT();
go::string Version();
// SetFinalizer is compiled to go::impl::set_finalizer (codegen/lib/callgen.cpp).
// The argument is kept alive by being passed: it is in a register or on
// the stack, where the collector sees it, until the call.
[[gnu::noinline]] inline void KeepAlive(go::any x) { asm volatile("" : : "r"(x.data) : "memory"); }

// Error (interface): Error() and RuntimeError().
using Error = go::iface;

std::tuple<uintptr_t, go::string, int64_t, bool> Caller(int64_t skip);
int64_t Callers(int64_t skip, go::slice<uintptr_t> pc);
int64_t Stack(go::slice<uint8_t> buf, bool all);

// One per Go function, made on first use and never freed.
struct Func {
  const go::impl::func_info *info;
  uintptr_t entry; // of the C++ function it was first seen in (0 if inlined)
  bool operator==(const Func &) const = default;
};
Func *FuncForPC(uintptr_t pc);
go::string Func__Name(Func *f);
uintptr_t Func__Entry(Func *f);
std::tuple<go::string, int64_t> Func__FileLine(Func *f, uintptr_t pc);

struct Frame {
  uintptr_t PC{};
  gopkg::runtime::Func *Func{};
  go::string Function;
  go::string File;
  int64_t Line{};
  uintptr_t Entry{};
  bool operator==(const Frame &) const = default;
  friend uint64_t go_hash(const Frame &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.PC));
    h = go::impl::mix_hash(h ^ go::hash_key(v.Function));
    h = go::impl::mix_hash(h ^ go::hash_key(v.Line));
    return h;
  }
};

struct Frames {
  go::slice<uintptr_t> pcs;
  int64_t next{};
  bool operator==(const Frames &) const = default;
};
Frames *CallersFrames(go::slice<uintptr_t> callers);
std::tuple<Frame, bool> Frames__Next(Frames *ci);

// Type descriptors (see gocxx/pkg/native_types.h).
const go::type_desc *Error__type();
const go::type_desc *Func__type();
const go::type_desc *Func__ptrtype();
const go::type_desc *Frame__type();
const go::type_desc *Frame__ptrtype();
const go::type_desc *Frames__type();
const go::type_desc *Frames__ptrtype();
} // namespace gopkg::runtime
