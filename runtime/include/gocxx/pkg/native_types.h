// Helpers for the type descriptors of named types that native packages
// declare (time.Duration, sync.Mutex, ...). Generated code refers to
// gopkg::<pkg>::T__type() and T__ptrtype() for such a type exactly as for a
// type it compiled itself (codegen/lib/ifacegen.cpp, emitTypeDescriptors),
// so each native package defines those two functions per exported named
// type, with the method thunks the interface machinery calls: the data word
// (pointing at the value, or at the pointer for *T) first, then the Go
// parameters. method_thunk<&T__M> derives both thunks from the C++ function
// that implements the method, so a descriptor lists methods by name only:
//
//   {"String"_gs, nullptr, gopkg::native::value_thunk<&Duration__String>()}
//
// Method arrays must be sorted by name (find_itab merges them in order).
// Nothing here is part of a Go package; no Go import path maps to this file.
#pragma once

#include "gocxx/runtime.h"

namespace gopkg::native {

template <auto F> struct method_thunk;

// A value-receiver method R T__M(T, A...): in T's method set and in *T's.
template <class R, class T, class... A, R (*F)(T, A...)> struct method_thunk<F> {
  static R on_value(void *self, A... a) { return F(*static_cast<T *>(self), a...); }
  static R on_pointer(void *self, A... a) {
    return F(*go::impl::nil_check(*static_cast<T **>(self)), a...);
  }
};

// A pointer-receiver method R T__M(T*, A...): only in *T's method set.
template <class R, class T, class... A, R (*F)(T *, A...)> struct method_thunk<F> {
  static R on_pointer(void *self, A... a) { return F(*static_cast<T **>(self), a...); }
};

template <auto F> void *value_thunk() {
  return reinterpret_cast<void *>(&method_thunk<F>::on_value);
}
template <auto F> void *pointer_thunk() {
  return reinterpret_cast<void *>(&method_thunk<F>::on_pointer);
}

// The descriptor of a native named struct type T with the given fields
// (none for an opaque one); comparable if equal is given.
template <class T>
go::type_desc
struct_desc_of(go::string name, const go::field_desc *fields = nullptr, int64_t nfields = 0,
               bool (*equal)(const void *, const void *) = nullptr, bool pointer_free = false) {
  return go::type_desc{
      go::kind::struct_, pointer_free, true, sizeof(T), alignof(T), name,    equal, nullptr,
      nullptr,           nullptr,      0,    fields,    nfields,    nullptr, 0};
}
template <class T, size_t N>
go::type_desc struct_desc_of(go::string name, const go::field_desc (&fields)[N],
                             bool (*equal)(const void *, const void *)) {
  return struct_desc_of<T>(name, fields, int64_t(N), equal);
}

// The descriptor of a native named interface type with the given methods
// (sorted by name; their fn is unused).
template <size_t N>
go::type_desc interface_desc_of(go::string name, const go::method_desc (&methods)[N]) {
  return go::type_desc{go::kind::interface,
                       false,
                       true,
                       16,
                       8,
                       name,
                       nullptr,
                       nullptr,
                       nullptr,
                       nullptr,
                       0,
                       nullptr,
                       0,
                       methods,
                       int64_t(N)};
}

// The descriptor of *T for a native named type T whose descriptor is elem.
inline go::type_desc pointer_desc(const go::type_desc *elem, go::string name,
                                  const go::method_desc *methods, int64_t nmethods,
                                  bool (*equal)(const void *, const void *)) {
  return go::type_desc{go::kind::pointer, false, false,   8, 8,       name,    equal, nullptr, elem,
                       nullptr,           0,     nullptr, 0, methods, nmethods};
}

// The same for *T with the methods of a static array, compared as pointers.
template <class T, size_t N>
go::type_desc pointer_desc_of(const go::type_desc *elem, go::string name,
                              const go::method_desc (&methods)[N]) {
  return pointer_desc(elem, name, methods, N, &go::impl::equal_fn<T *>);
}

} // namespace gopkg::native
