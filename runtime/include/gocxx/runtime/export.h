// C++ calling Go: what the wrappers of `//export` functions use, and what a
// C++ program that includes a package's `<pkg>_export.h` sees.
//
// The types of exported (and //gocxx:extern) functions are the runtime's own:
//   bool, intN/uintN, int (int64_t), uint (uint64_t), uintptr (uintptr_t),
//   float32/64, rune (int32_t), byte (uint8_t) as in generated code;
//   string      go::string: go::to_string(std::string_view) makes one (a copy
//               in Go's heap), s.view() reads one as a std::string_view;
//   []T         go::slice<T>: go::slice_from(std::span<const T>) copies a C++
//               range in, go::span_of(s) views one as a std::span<T>;
//   map[K]V     go::map<K, V> *, passed through (nil is nullptr);
//   func(...)   go::func<R(A...)>: C++ may call a Go func value it was given,
//               while a Go call is on its stack (a callback from Go);
//   error, any  go::error / go::any, passed through; go::error_text(e) is
//               e.Error() ("" for nil).
// Values from Go live in Go's heap: a C++ thread keeps one alive while it
// is on that thread's stack (a thread that called Go is registered with the
// collector); kept in C++ heap memory it may be collected, so copy what
// must outlive the stack frame (std::string(s.view())).
//
// A call from a C++ thread is a goroutine that the thread runs itself until
// it ends, or until it blocks (then workers take it on, and the thread
// waits), so any number of C++ threads may call at once, and the Go code
// may block on channels, start goroutines and call back into C++. A call made while Go code is
// already on the thread's stack (C++ that Go called, calling Go again) is a plain call. The
// collector starts when the program is loaded (a static initialiser in the library gocxx builds),
// the scheduler and the packages' initialisation with the first call, which waits for them; so C++
// static initialisers must not call Go. A panic that the Go function does not recover comes out of
// the call as go::panic_error, whose what() is the panic's value as Go prints it after "panic: ";
// Go's deferred calls have run by then.
#pragma once

#include "gocxx/runtime/core.h"
#include "gocxx/runtime/func.h"
#include "gocxx/runtime/map.h"
#include "gocxx/runtime/sched.h"
#include "gocxx/runtime/slice.h"
#include "gocxx/runtime/string.h"
#include "gocxx/runtime/types.h"

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace go {

// An unrecovered Go panic, thrown out of an exported function into C++.
class panic_error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A copy of a C++ range as a Go slice.
template <class T> slice<std::remove_const_t<T>> slice_from(std::span<T> s) {
  using E = std::remove_const_t<T>;
  slice<E> out = make_slice<E>(int64_t(s.size()));
  for (size_t i = 0; i < s.size(); i++)
    out.p[i] = s[i];
  return out;
}

// A view of a Go slice's elements (no copy).
template <class T> std::span<T> span_of(const slice<T> &s) { return {s.p, size_t(s.len)}; }

// e.Error() of a Go error value ("" for nil), from C++.
std::string error_text(const error &e);

namespace impl {

// Defined by the library entry gocxx emits for -buildmode=c-archive: the
// initialisation of every package of the library.
void library_init();
// The collector's start, on the main thread (the library's static
// initialiser).
void library_load();
// Starts the scheduler and the packages' initialisation, once (the first
// call).
void library_start();
// Runs fn(arg) as a goroutine (on this thread while it can) and waits for
// it; an unrecovered panic is rethrown as panic_error.
void foreign_call(void (*fn)(void *), void *arg);

template <class F> void invoke_ref(void *p) { (*static_cast<F *>(p))(); }

// The body of an //export wrapper: f() on a goroutine, or directly when Go
// code is already on this thread's stack.
template <class F> auto export_call(F &&f) -> decltype(f()) {
  using R = decltype(f());
  if (current())
    return f();
  if constexpr (std::is_void_v<R>) {
    foreign_call(&invoke_ref<std::remove_reference_t<F>>, &f);
  } else {
    std::optional<R> result;
    auto run = [&] { result.emplace(f()); };
    foreign_call(&invoke_ref<decltype(run)>, &run);
    return std::move(*result);
  }
}

} // namespace impl
} // namespace go
