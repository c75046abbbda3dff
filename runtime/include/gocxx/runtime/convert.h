// Interface conversions and calls as generated code spells them. Boxing a
// concrete value takes its descriptor explicitly (go::make_any(v, desc)),
// since several Go types share one C++ type (a defined `type Celsius float64`
// is a double); the itab of a (type, interface) pair is found once per
// conversion site by a function the emitter generates, then reused.
#pragma once

#include <utility>

#include "gocxx/runtime/types.h"

namespace go {

inline any to_any(const any &a) { return a; }

// A concrete value in a non-empty interface, given the pair's itab.
template <class T> iface make_iface(const T &v, const itab *tab) {
  return iface{tab, box_data(v, tab->type)};
}

// An interface value converted to another (non-empty) interface type whose
// method set it has statically: nil stays nil.
inline iface iface_to_iface(const iface &x, const abi::rtype *to) {
  if (x.tab == nullptr)
    return iface{};
  if (&x.tab->inter->r == to)
    return x;
  return iface{find_itab(x.tab->type, to), x.data};
}
inline iface iface_to_iface(const any &x, const abi::rtype *to) {
  if (x.type == nullptr)
    return iface{};
  return iface{find_itab(x.type, to), x.data};
}

// x.M(args) on an interface value: k is M's index in the interface's sorted
// method list; A are the Go parameter types of M.
template <class R, class... A, class... Args> R call_iface(const iface &x, int k, Args &&...args) {
  return impl::iface_fn<R, A...>(x, k)(x.data, std::forward<Args>(args)...);
}

// The dynamic type of an interface value, for type switches.
inline const abi::rtype *dynamic_type(const any &x) { return x.type; }
inline const abi::rtype *dynamic_type(const iface &x) { return x.tab ? x.tab->type : nullptr; }

} // namespace go
