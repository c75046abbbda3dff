// Core of the gocxx runtime headers: the integer mapping, allocation on the
// garbage-collected heap, and the declarations of the runtime errors that the
// inline value helpers (strings, slices, arrays, arithmetic) raise. Everything
// else in the runtime headers builds on this file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>

// On generated functions, and the runtime's templates that call Go code
// (Go closures inline into them): calls to other functions stay calls, not
// jumps that reuse the caller's frame, so a trace shows every Go frame, as
// Go's does. Self-recursive functions go without it, keeping Clang's turning
// of recursion into loops.
#define GOCXX_KEEP_FRAMES __attribute__((disable_tail_calls))

namespace go {

// Go's predeclared integer types map to fixed-width C++ types; these names
// exist for the runtime's own readability, generated code may use either.
using int_t = int64_t;
using uint_t = uint64_t;
using rune = int32_t;
using byte = uint8_t;

struct string;
struct any;

// Allocates size bytes of zeroed memory on the collected heap. Pointer-free
// objects go to the atomic heap, which the collector never scans.
void *gc_alloc(size_t size, bool has_pointers);
// Pointer-free bytes the caller writes in full at once (string contents):
// not cleared.
void *gc_alloc_bytes(size_t size);

namespace impl {
// A type whose bytes can hold no pointer into the collected heap.
template <class T>
inline constexpr bool pointer_free_v = std::is_arithmetic_v<T> || std::is_enum_v<T>;
} // namespace impl

// Allocates a T on the collected heap and constructs it from args. The
// object is never destroyed (Go has no destructors); pointer-free types are
// allocated atomic unless told otherwise.
template <class T, class... Args> T *new_object(Args &&...args) {
  void *mem = gc_alloc(sizeof(T), !impl::pointer_free_v<T>);
  return new (mem) T(std::forward<Args>(args)...);
}

// Builds a T in place on the collected heap: init(mem) placement-constructs
// it. Large composite literals use it, so the value never sits on a
// goroutine's stack as a temporary.
template <class T, class F> T *new_in_place(F &&init) {
  void *mem = gc_alloc(sizeof(T), !impl::pointer_free_v<T>);
  init(mem);
  return static_cast<T *>(mem);
}

// As new_object, but the caller states whether T holds pointers (generated
// code knows this for structs of numbers).
template <class T, class... Args> T *new_object_flagged(bool has_pointers, Args &&...args) {
  void *mem = gc_alloc(sizeof(T), has_pointers);
  return new (mem) T(std::forward<Args>(args)...);
}

namespace impl {
// Runtime errors with Go's exact texts. Each throws a Go panic carrying a
// runtime.Error value; none returns.
[[noreturn]] void panic_index(int64_t i, int64_t len);
[[noreturn]] void panic_slice_alen(int64_t hi,
                                   int64_t len); // s[:hi] on an array/string: "with length"
[[noreturn]] void panic_slice_acap(int64_t hi, int64_t cap); // s[:hi] on a slice: "with capacity"
[[noreturn]] void panic_slice_b(int64_t lo, int64_t hi);     // s[lo:hi] with lo > hi
[[noreturn]] void panic_slice3_c(int64_t max, int64_t cap);  // s[::max] out of capacity
[[noreturn]] void panic_slice3_b(int64_t hi, int64_t max);   // s[:hi:max] with hi > max
[[noreturn]] void panic_slice3_a(int64_t lo, int64_t hi);    // s[lo:hi:] with lo > hi
[[noreturn]] void panic_divide();
[[noreturn]] void panic_nil_deref();
[[noreturn]] void panic_shift();
[[noreturn]] void panic_make_len(); // "makeslice: len out of range"
[[noreturn]] void panic_make_cap(); // "makeslice: cap out of range"
[[noreturn]] void panic_makechan(); // "makechan: size out of range"
[[noreturn]] void panic_nil_map();  // "assignment to entry in nil map"
// A Go panic with a plain string value, raised by the runtime itself
// (e.g. "send on closed channel"): prints as Go's plainError.
[[noreturn]] void panic_plain(const char *msg);
// A runtime.Error panic: "runtime error: " + msg.
[[noreturn]] void panic_runtime(const char *msg);
// The runtime.Error value such a panic carries (gc's runtime.divideError
// and friends, which std packages take by //go:linkname).
any runtime_error_value(std::string_view msg);
// fatal error: msg, then exit 2 (not recoverable, like Go's throw).
[[noreturn]] void fatal(const char *msg);

// Marks the end of a Go function with results: the checker proved that
// control never falls off it ("missing return"), so neither does C++.
[[noreturn]] inline void unreachable() { __builtin_unreachable(); }

// Checks a pointer before generated code dereferences it.
template <class T> inline T *nil_check(T *p) {
  if (p == nullptr) [[unlikely]]
    panic_nil_deref();
  return p;
}
} // namespace impl

} // namespace go
