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
any recover();

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
};
template <class F> struct defer_node_of : defer_node {
  F fn;
  explicit defer_node_of(F f) : defer_node{nullptr, &invoke}, fn(std::move(f)) {}
  GOCXX_KEEP_FRAMES static void invoke(defer_node *n) { static_cast<defer_node_of *>(n)->fn(); }
};

class defer_frame {
public:
  // defer f(): the closure (holding already evaluated arguments) is kept on
  // the collected heap so the values it captures stay reachable.
  template <class F> void push(F &&f) {
    using N = defer_node_of<std::decay_t<F>>;
    auto *n = new (gc_alloc(sizeof(N), true)) N(std::forward<F>(f));
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

private:
  defer_node *head_ = nullptr;
};

// The report of an unrecovered panic (without the goroutine trace).
void print_panic(const panic_exception &p);

} // namespace impl
} // namespace go
