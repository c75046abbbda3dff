// Calls through reflect (Value.Call, Value.Method): reflect has values in
// memory and a func type's descriptor, while a Go func value is a C++
// go::func<R(A...)>. Each func type's descriptor points at the func_ops of
// its C++ signature, instantiated here: they unpack an array of pointers to
// the arguments, call, and store the results (a std::tuple's elements for
// several) through an array of pointers.
#pragma once

#include <cstring>
#include <tuple>
#include <utility>

#include "gocxx/runtime/abi.h"
#include "gocxx/runtime/func.h"

namespace go::abi {

template <class R> struct result_store {
  static void store(R &&r, void *const *results) { *static_cast<R *>(results[0]) = std::move(r); }
};
template <class... T> struct result_store<std::tuple<T...>> {
  template <size_t... I>
  static void each(std::tuple<T...> &r, void *const *results, std::index_sequence<I...>) {
    ((*static_cast<T *>(results[I]) = std::get<I>(r)), ...);
  }
  static void store(std::tuple<T...> &&r, void *const *results) {
    each(r, results, std::index_sequence_for<T...>{});
  }
};

// func_ops.unbound for F = func<R(Recv, Rest...)>.
template <class F, class R, class Recv, class... Rest> struct receiver_first {
  static void unbound(const void *code, bool direct, void *out) {
    auto m = reinterpret_cast<R (*)(void *, Rest...)>(const_cast<void *>(code));
    *static_cast<F *>(out) = F([m, direct](Recv r, Rest... a) -> R {
      void *self = nullptr;
      if constexpr (sizeof(Recv) == sizeof(void *) && std::is_trivially_copyable_v<Recv>) {
        if (direct) {
          std::memcpy(&self, &r, sizeof self);
          return m(self, a...);
        }
      }
      self = new_object<Recv>(r);
      return m(self, a...);
    });
  }
};

template <class R, class... A> struct func_thunks<func<R(A...)>> {
  using F = func<R(A...)>;
  using method_code = R (*)(void *, A...);

  template <class G, size_t... I>
  static void invoke(G &&g, void *const *args, void *const *results, std::index_sequence<I...>) {
    if constexpr (std::is_void_v<R>)
      g(*static_cast<A *>(args[I])...);
    else
      result_store<R>::store(g(*static_cast<A *>(args[I])...), results);
  }

  static void call(const void *fn, void *const *args, void *const *results) {
    const F &f = *static_cast<const F *>(fn);
    invoke([&](A... a) -> R { return f(a...); }, args, results, std::index_sequence_for<A...>{});
  }

  static void call_method(const void *code, void *self, void *const *args, void *const *results) {
    auto m = reinterpret_cast<method_code>(const_cast<void *>(code));
    invoke([&](A... a) -> R { return m(self, a...); }, args, results,
           std::index_sequence_for<A...>{});
  }

  static void bind(const void *code, void *self, void *out) {
    auto m = reinterpret_cast<method_code>(const_cast<void *>(code));
    *static_cast<F *>(out) = F([m, self](A... a) -> R { return m(self, a...); });
  }

  static constexpr auto unbound = [] {
    if constexpr (sizeof...(A) == 0)
      return static_cast<void (*)(const void *, bool, void *)>(nullptr);
    else
      return &receiver_first<F, R, A...>::unbound;
  }();

  static constexpr func_ops ops = {&call, &call_method, &bind, unbound};
};

} // namespace go::abi
