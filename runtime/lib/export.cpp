// C++ calling Go (gocxx/runtime/export.h). The collector of a library built
// with -buildmode=c-archive starts when the program is loaded (on its main
// thread, as bdwgc wants); the scheduler and the packages' initialisation
// with the first call (after every C++ static initialiser, which the
// packages' descriptors may need).
//
// A call is a goroutine that the calling thread runs itself
// (run_foreign_call), as cgo lets a C thread run a Go callback: no
// hand-off to a worker and back, ~165 ns a call on this project's machine.
// Only a goroutine can park, though, and a parked one resumes on a worker;
// so when the goroutine parks or yields, the thread waits for its end
// (spinning briefly, then sleeping on the call's state word).
#include "futex.h"
#include "sched_internal.h"

#include <exception>
#include <string>

namespace go::impl {
namespace {

// A call's state word: running, then done; sleeping while the waiting
// thread sleeps on it (so the goroutine that ends the call wakes it only
// then, and a spinning waiter costs no system call).
constexpr uint32_t running = 0, done = 1, sleeping = 2;

// Waits for *word to be done: spins a while (a short call ends before a
// sleep would even start), then sleeps.
void wait_for(uint32_t *word) {
  for (int i = 0; i < 2000; i++) {
    if (__atomic_load_n(word, __ATOMIC_ACQUIRE) == done)
      return;
    cpu_relax();
  }
  uint32_t expected = running;
  __atomic_compare_exchange_n(word, &expected, sleeping, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
  while (__atomic_load_n(word, __ATOMIC_ACQUIRE) != done)
    futex_wait(word, sleeping);
}

// Marks *word done, waking its waiters if they sleep. They may return as
// soon as they see done, so the wake is on a word that may already be gone:
// harmless for futex_wake.
void finish(uint32_t *word) {
  if (__atomic_exchange_n(word, done, __ATOMIC_ACQ_REL) == sleeping)
    futex_wake(word, INT32_MAX);
}

struct call_record {
  void (*fn)(void *);
  void *arg;
  uint32_t done = running;
  bool panicked = false;
  std::string panic_text;
};

// Package initialisation's state word (see call_record::done).
uint32_t init_done = running;

void run_record(void *p) {
  auto *c = static_cast<call_record *>(p);
  try {
    c->fn(c->arg);
  } catch (const goexit_exception &) {
    c->panicked = true;
    c->panic_text = "runtime.Goexit called in a function called from C++";
  } catch (...) {
    panic_exception scratch;
    panic_exception *e = as_go_panic(std::current_exception(), &scratch);
    c->panicked = true;
    append_panic_value(c->panic_text, e->value);
  }
  finish(&c->done);
}

// The collector must scan a calling thread's stack: Go values come back to
// it (results, and the call's record). Registered once, unregistered when
// the thread ends.
struct thread_registration {
  bool known = false; // registered, by this or before (the main thread, by GC_INIT)
  bool mine = false;
  ~thread_registration() {
    if (mine)
      GC_unregister_my_thread();
  }
};
thread_local thread_registration registration;

void register_thread() {
  if (registration.known)
    return;
  registration.known = true;
  if (GC_thread_is_registered())
    return;
  GC_stack_base sb{};
  if (GC_get_stack_base(&sb) != GC_SUCCESS)
    fatal("cannot find the stack of a thread calling Go");
  GC_register_my_thread(&sb);
  registration.mine = true;
}

} // namespace

void library_start() {
  // Once (a function-local static: after the first call, one load).
  static const bool started = [] {
    start_library_scheduler();
    // Package initialisation as a goroutine of its own, which calls wait
    // for; a panic in it ends the program, as in Go.
    spawn_raw(
        [](void *) {
          library_init();
          finish(&init_done);
        },
        nullptr);
    return true;
  }();
  (void)started;
}

void foreign_call(void (*fn)(void *), void *arg) {
  library_start();
  register_thread();
  if (__atomic_load_n(&init_done, __ATOMIC_ACQUIRE) != done)
    wait_for(&init_done);
  call_record c{fn, arg};
  if (!run_foreign_call(&run_record, &c))
    spawn_raw(&run_record, &c);
  wait_for(&c.done);
  if (c.panicked)
    throw panic_error(c.panic_text);
}

} // namespace go::impl

namespace go {

std::string error_text(const error &e) {
  if (!e.tab)
    return "";
  std::string out;
  auto run = [&] { impl::append_panic_value(out, any{e.tab->type, e.data}); };
  if (impl::current())
    run();
  else
    impl::foreign_call(&impl::invoke_ref<decltype(run)>, &run);
  return out;
}

} // namespace go
