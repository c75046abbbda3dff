// Panics, defer and recover. A Go panic is a C++ exception (impl::
// panic_exception) carrying the Go value; deferred calls of a function live
// in an impl::defer_frame on its C++ stack and run on normal exit and on
// unwinding. recover() returns the value of the panic currently being
// unwound when called while a defer_frame runs a deferred call for it.
//
// Generated code for a function with defer statements:
//
//   R f(P p) {
//     go::impl::defer_frame defers;
//     R result{};
//     try {
//       ... defers.push([=]() mutable { g(x); });   // defer g(x)
//       ... { result = v; goto done; }            // return v
//     } catch (...) {
//       defers.unwind(std::current_exception());  // rethrows unless recovered
//       return result;                             // recovered: named results
//     }
//   done:
//     defers.run();
//     return result;
//   }
//
// A goroutine whose panic is not recovered prints Go's report and ends the
// process with status 2.
#pragma once

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/func.h"
#include "gocxx/runtime/traceback.h"
#include "gocxx/runtime/types.h"

#include <cstddef>
#include <exception>

namespace go {

[[noreturn]] void panic(any v);
// runtime.Goexit: ends the calling goroutine after running its deferred
// calls (recover() returns nil in them). Goroutine 1 ending so does not end
// the program; when every other goroutine has ended too, it is a fatal
// error.
[[noreturn]] void goexit();
template <class T> [[noreturn]] void panic(const T &v) { panic(box(v)); }
// recover(): the value of the current panic, or nil (type == nullptr).
// Only a function that the panic calls as a deferred call may recover it:
// `direct` is what impl::take_recover_arm() told the calling function.
any recover(bool direct);

namespace impl {

// An earlier panic that a later one (raised in a deferred call) replaced;
// kept for the report ("panic: a [recovered]\n\tpanic: b").
struct panic_link {
  any value;
  bool recovered;
  panic_link *next;
};

struct panic_exception {
  any value;
  panic_link *earlier = nullptr; // oldest last
  bool sigsegv = false;          // a nil dereference: report adds Go's [signal ...] line
  stack_trace trace;             // where it was raised, for the report
};

// runtime.SetFinalizer(obj, f): once the object at obj (the start of a
// collected allocation) is unreachable, f(obj) runs on the finalizer
// goroutine, a system goroutine that NumGoroutine does not count. A nil f
// clears the finalizer. A pointer outside the collected heap is ignored.
void set_finalizer(void *obj, func<void(void *)> f);

// What goexit() throws: no value; only a goroutine's first frame stops it.
struct goexit_exception {};

// Extracts the Go value from any exception thrown through Go code; foreign
// C++ exceptions become a string panic with their what().
panic_exception *as_go_panic(std::exception_ptr e, panic_exception *scratch);

struct defer_node {
  defer_node *next;
  void (*call)(defer_node *);
  bool may_recover; // the call may be of a function that calls recover
};
template <class F> struct defer_node_of : defer_node {
  F fn;
  defer_node_of(F f, bool may_recover)
      : defer_node{nullptr, &invoke, may_recover}, fn(std::move(f)) {}
  GOCXX_KEEP_FRAMES static void invoke(defer_node *n) { static_cast<defer_node_of *>(n)->fn(); }
};

class defer_frame {
public:
  // defer f(): the closure (holding already evaluated arguments) is kept in
  // the frame while there is room (as gc's open-coded and stack-allocated
  // defers; the collector scans stacks), otherwise on the collected heap,
  // so the values it captures stay reachable.
  // may_recover: f may call a function that calls recover (codegen knows
  // when it cannot); a panic arms recover only for such calls.
  template <class F> void push(F &&f, bool may_recover = false) {
    using N = defer_node_of<std::decay_t<F>>;
    void *m = alignof(N) <= alignof(std::max_align_t) ? take(sizeof(N), alignof(N)) : nullptr;
    auto *n = new (m ? m : gc_alloc(sizeof(N), true)) N(std::forward<F>(f), may_recover);
    n->next = head_;
    head_ = n;
  }
  // Runs the deferred calls last-in first-out on normal exit. If one
  // panics, the rest run as for unwind.
  void run();
  // Runs the deferred calls for the panic e. Returns normally when a
  // deferred call recovered it; otherwise rethrows (the panic, or a later
  // one raised by a deferred call).
  void unwind(std::exception_ptr e);
  // defer recover(): recover called as the function's last act. Run for the
  // function's own panic it is called from the panic, not from a deferred
  // call, and does nothing; on a normal exit of a deferred call it recovers
  // the panic that call runs for, as a direct call would.
  // `direct`: the function is itself one that a panic called.
  void push_recover(bool direct) {
    push([this, direct] {
      if (!unwinding_)
        go::recover(direct);
    });
  }

private:
  void *take(size_t size, size_t align) {
    size_t at = (used_ + align - 1) & ~(align - 1);
    if (at + size > sizeof arena_)
      return nullptr;
    used_ = uint32_t(at + size);
    return arena_ + at;
  }

  defer_node *head_ = nullptr;
  bool unwinding_ = false;
  uint32_t used_ = 0;
  // Room for one small deferred call (a method call with a pointer, or a
  // closure: 40 bytes), which is most functions' only one; not zeroed.
  // Frames stay small: a deep recursion through defers keeps its depth.
  alignas(std::max_align_t) unsigned char arena_[48];
};

// Called on entry by a function that calls recover: whether a panic is
// calling it as a deferred call right now. The panic arms recover just
// before such a call, and the first function that calls recover to be
// entered takes the arm; functions it calls find recover unarmed, as gc's
// "recover was not called directly by a deferred function" has it.
bool take_recover_arm();

// The report of an unrecovered panic (without the goroutine trace).
void print_panic(const panic_exception &p);

} // namespace impl
} // namespace go
