// Go function values. A func value is two words, as DESIGN.md fixes: a code
// pointer and a context. For a top-level function the context is the
// function itself and the code a thunk that calls it; for a closure the
// context is a copy of the C++ lambda on the collected heap (its captures
// are references to heap-allocated Go variables, so the collector must scan
// it) and the code a thunk that invokes it. nil is {nullptr, nullptr};
// calling it panics as Go does.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include "gocxx/runtime/core.h"

namespace go {

template <class Sig> class func;

template <class R, class... Args> class func<R(Args...)> {
public:
  using thunk_t = R (*)(void *ctx, Args...);

  constexpr func() = default;
  constexpr func(std::nullptr_t) {}

  // A func value made of a thunk and its context, as a constant: what type
  // descriptors hold (their equal and hash functions).
  static constexpr func from_thunk(thunk_t code, void *ctx = nullptr) {
    func f;
    f.code_ = code;
    f.ctx_ = ctx;
    return f;
  }

  // A top-level function.
  func(R (*f)(Args...)) {
    if (f == nullptr)
      return;
    code_ = &call_plain;
    ctx_ = reinterpret_cast<void *>(f);
  }

  // A closure (any callable that is not a plain function pointer).
  template <class F>
    requires(!std::is_same_v<std::decay_t<F>, func> &&
             !std::is_convertible_v<std::decay_t<F>, R (*)(Args...)> &&
             std::is_invocable_r_v<R, std::decay_t<F> &, Args...>)
  func(F &&f) {
    using Fn = std::decay_t<F>;
    ctx_ = new_object_flagged<Fn>(true, std::forward<F>(f));
    code_ = &call_closure<Fn>;
  }

  R operator()(Args... args) const {
    if (code_ == nullptr) [[unlikely]]
      impl::panic_nil_deref();
    return code_(ctx_, std::forward<Args>(args)...);
  }

  bool is_nil() const { return code_ == nullptr; }
  // What print and println show for the value: null for nil.
  const void *address() const {
    return code_ == nullptr ? nullptr : ctx_ ? ctx_ : reinterpret_cast<const void *>(code_);
  }
  friend bool operator==(const func &f, std::nullptr_t) { return f.code_ == nullptr; }

private:
  GOCXX_KEEP_FRAMES static R call_plain(void *ctx, Args... args) {
    return reinterpret_cast<R (*)(Args...)>(ctx)(std::forward<Args>(args)...);
  }
  template <class Fn> GOCXX_KEEP_FRAMES static R call_closure(void *ctx, Args... args) {
    return (*static_cast<Fn *>(ctx))(std::forward<Args>(args)...);
  }

  thunk_t code_ = nullptr;
  void *ctx_ = nullptr;
};

template <class Sig> bool is_nil(const func<Sig> &f) { return f.is_nil(); }

} // namespace go
