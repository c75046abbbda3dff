// Type descriptors of the basic types, descriptors for composite types the
// runtime builds on demand ([]T, *T, [N]T, chan T), and the operations on
// interface values: method lookup, itab construction (cached), type
// assertions with Go's messages, comparison, and errors.New.
#include "sched_internal.h"

#include <cmath>
#include <map>
#include <string>
#include <tuple>

namespace go {

using namespace go::literals;

namespace impl {

namespace {

template <class T> uint64_t hash_fn(const void *p, uint64_t seed) {
  return hash_bytes(p, sizeof(T), seed);
}
template <class F> uint64_t hash_float(const void *p, uint64_t seed) {
  F f = *static_cast<const F *>(p);
  if (f == 0)
    f = 0; // +0 and -0 are equal keys
  if (f != f)
    return seed ^ uint64_t(nanotime()) * 0x9e3779b97f4a7c15ull; // NaN: never found again
  return hash_bytes(&f, sizeof f, seed);
}
// A complex number hashes as its two parts.
template <class F> uint64_t hash_complex(const void *p, uint64_t seed) {
  const F *parts = static_cast<const F *>(p);
  return hash_float<F>(parts + 1, hash_float<F>(parts, seed));
}
uint64_t hash_string(const void *p, uint64_t seed) {
  const string *s = static_cast<const string *>(p);
  return hash_bytes(s->p, size_t(s->n), seed);
}
bool equal_any(const void *a, const void *b) {
  return *static_cast<const any *>(a) == *static_cast<const any *>(b);
}
bool equal_iface(const void *a, const void *b) {
  return *static_cast<const iface *>(a) == *static_cast<const iface *>(b);
}
uint64_t hash_any(const void *p, uint64_t seed) {
  const any *a = static_cast<const any *>(p);
  if (!a->type)
    return seed;
  if (!a->type->hash) {
    string msg = "runtime error: hash of unhashable type "_gs + a->type->name;
    panic(any{&type_string, new_object<string>(msg)});
  }
  return a->type->hash(a->data, seed ^ uint64_t(reinterpret_cast<uintptr_t>(a->type->name.p)));
}

constexpr type_desc basic(kind k, int64_t size, string name, bool (*eq)(const void *, const void *),
                          uint64_t (*h)(const void *, uint64_t), bool pointer_free = true) {
  return type_desc{k,    pointer_free, false, size,    size > 8 ? 8 : size,
                   name, eq,           h,     nullptr, nullptr,
                   0,    nullptr,      0,     nullptr, 0};
}

const method_desc error_iface_methods[] = {{"Error"_gs, nullptr, nullptr}};

} // namespace

const type_desc type_bool = basic(kind::bool_, 1, "bool"_gs, &equal_fn<bool>, &hash_fn<bool>);
const type_desc type_int = basic(kind::int_, 8, "int"_gs, &equal_fn<int64_t>, &hash_fn<int64_t>);
const type_desc type_int8 = basic(kind::int8, 1, "int8"_gs, &equal_fn<int8_t>, &hash_fn<int8_t>);
const type_desc type_int16 =
    basic(kind::int16, 2, "int16"_gs, &equal_fn<int16_t>, &hash_fn<int16_t>);
const type_desc type_int32 =
    basic(kind::int32, 4, "int32"_gs, &equal_fn<int32_t>, &hash_fn<int32_t>);
const type_desc type_int64 =
    basic(kind::int64, 8, "int64"_gs, &equal_fn<int64_t>, &hash_fn<int64_t>);
const type_desc type_uint =
    basic(kind::uint, 8, "uint"_gs, &equal_fn<uint64_t>, &hash_fn<uint64_t>);
const type_desc type_uint8 =
    basic(kind::uint8, 1, "uint8"_gs, &equal_fn<uint8_t>, &hash_fn<uint8_t>);
const type_desc type_uint16 =
    basic(kind::uint16, 2, "uint16"_gs, &equal_fn<uint16_t>, &hash_fn<uint16_t>);
const type_desc type_uint32 =
    basic(kind::uint32, 4, "uint32"_gs, &equal_fn<uint32_t>, &hash_fn<uint32_t>);
const type_desc type_uint64 =
    basic(kind::uint64, 8, "uint64"_gs, &equal_fn<uint64_t>, &hash_fn<uint64_t>);
const type_desc type_uintptr =
    basic(kind::uintptr, 8, "uintptr"_gs, &equal_fn<uint64_t>, &hash_fn<uint64_t>);
const type_desc type_float32 =
    basic(kind::float32, 4, "float32"_gs, &equal_fn<float>, &hash_float<float>);
const type_desc type_float64 =
    basic(kind::float64, 8, "float64"_gs, &equal_fn<double>, &hash_float<double>);
const type_desc type_complex64 =
    basic(kind::complex64, 8, "complex64"_gs, &equal_fn<std::complex<float>>, &hash_complex<float>);
const type_desc type_complex128 = basic(kind::complex128, 16, "complex128"_gs,
                                        &equal_fn<std::complex<double>>, &hash_complex<double>);
const type_desc type_string =
    basic(kind::string, 16, "string"_gs, &equal_fn<string>, &hash_string, false);
const type_desc type_unsafe_pointer =
    basic(kind::unsafe_pointer, 8, "unsafe.Pointer"_gs, &equal_fn<void *>, &hash_fn<void *>, false);
const type_desc type_empty_interface =
    basic(kind::interface, 16, "interface {}"_gs, &equal_any, &hash_any, false);
const type_desc type_error = {kind::interface,
                              false,
                              true,
                              16,
                              8,
                              "error"_gs,
                              &equal_iface,
                              nullptr,
                              nullptr,
                              nullptr,
                              0,
                              nullptr,
                              0,
                              error_iface_methods,
                              1};

namespace {

// Composite descriptors made at run time, one per (kind, elem, len).
std::mutex composite_lock;
std::map<std::tuple<int, const type_desc *, int64_t>, const type_desc *> *composites = nullptr;

const type_desc *composite(kind k, const type_desc *elem, int64_t n) {
  std::lock_guard lk(composite_lock);
  if (!composites)
    composites = new std::map<std::tuple<int, const type_desc *, int64_t>, const type_desc *>();
  auto key = std::make_tuple(int(k), elem, n);
  auto it = composites->find(key);
  if (it != composites->end())
    return it->second;
  // Uncollectable: the map itself is C++ heap the collector does not scan.
  auto *t = new (GC_MALLOC_UNCOLLECTABLE(sizeof(type_desc))) type_desc{};
  t->kind = k;
  t->elem = elem;
  std::string name;
  switch (k) {
  case kind::slice:
    name = "[]" + std::string(elem->name.view());
    t->size = 24;
    t->align = 8;
    break;
  case kind::pointer:
    name = "*" + std::string(elem->name.view());
    t->size = 8;
    t->align = 8;
    t->equal = &equal_fn<void *>;
    t->hash = &hash_fn<void *>;
    break;
  case kind::chan:
    name = "chan " + std::string(elem->name.view());
    t->size = 8;
    t->align = 8;
    t->equal = &equal_fn<void *>;
    t->hash = &hash_fn<void *>;
    break;
  case kind::array:
    name = "[" + std::to_string(n) + "]" + std::string(elem->name.view());
    t->size = elem->size * n;
    t->align = elem->align;
    t->len = n;
    t->pointer_free = elem->pointer_free;
    // Equality comes from the caller, who knows the C++ array type.
    break;
  case kind::invalid:
  case kind::bool_:
  case kind::int_:
  case kind::int8:
  case kind::int16:
  case kind::int32:
  case kind::int64:
  case kind::uint:
  case kind::uint8:
  case kind::uint16:
  case kind::uint32:
  case kind::uint64:
  case kind::uintptr:
  case kind::float32:
  case kind::float64:
  case kind::complex64:
  case kind::complex128:
  case kind::func:
  case kind::interface:
  case kind::map:
  case kind::string:
  case kind::struct_:
  case kind::unsafe_pointer:
    break;
  }
  char *bytes = static_cast<char *>(GC_MALLOC_ATOMIC_UNCOLLECTABLE(name.size() + 1));
  std::memcpy(bytes, name.data(), name.size() + 1);
  t->name = string{reinterpret_cast<const uint8_t *>(bytes), int64_t(name.size())};
  (*composites)[key] = t;
  return t;
}

} // namespace

const type_desc *slice_type(const type_desc *elem) { return composite(kind::slice, elem, 0); }
const type_desc *pointer_type(const type_desc *elem) { return composite(kind::pointer, elem, 0); }
const type_desc *array_type(const type_desc *elem, int64_t n,
                            bool (*equal)(const void *, const void *)) {
  const type_desc *t = composite(kind::array, elem, n);
  if (equal && !t->equal) {
    std::lock_guard lk(composite_lock);
    const_cast<type_desc *>(t)->equal = equal; // made here, never shared before
  }
  return t;
}
const type_desc *chan_type(const type_desc *elem) { return composite(kind::chan, elem, 0); }

} // namespace impl

bool same_type(const type_desc *a, const type_desc *b) {
  if (a == b)
    return true;
  if (!a || !b)
    return false;
  return a->kind == b->kind && a->name == b->name;
}

const method_desc *find_method(const type_desc *t, string name) {
  if (!t)
    return nullptr;
  for (int64_t i = 0; i < t->nmethods; i++)
    if (t->methods[i].name == name)
      return &t->methods[i];
  return nullptr;
}

namespace {
std::mutex itab_lock;
std::map<std::pair<const type_desc *, const type_desc *>, const itab *> *itabs = nullptr;
} // namespace

const itab *find_itab(const type_desc *t, const type_desc *it, string *missing) {
  std::lock_guard lk(itab_lock);
  if (!itabs)
    itabs = new std::map<std::pair<const type_desc *, const type_desc *>, const itab *>();
  auto key = std::make_pair(t, it);
  if (auto f = itabs->find(key); f != itabs->end())
    return f->second;
  void **fns = static_cast<void **>(
      GC_MALLOC_UNCOLLECTABLE(sizeof(void *) * size_t(it->nmethods ? it->nmethods : 1)));
  for (int64_t i = 0; i < it->nmethods; i++) {
    const method_desc *m = find_method(t, it->methods[i].name);
    if (!m || (m->type && it->methods[i].type && !same_type(m->type, it->methods[i].type))) {
      if (missing)
        *missing = it->methods[i].name;
      GC_FREE(fns);
      return nullptr;
    }
    fns[i] = m->fn;
  }
  auto *tab = new (GC_MALLOC_UNCOLLECTABLE(sizeof(itab))) itab{t, it, fns};
  (*itabs)[key] = tab;
  return tab;
}

namespace {
std::string type_name(const type_desc *t) { return t ? std::string(t->name.view()) : "nil"; }
[[noreturn]] void panic_runtime_text(const std::string &msg) {
  // interface conversion errors are runtime.Error values (*runtime.TypeAssertionError).
  static const method_desc methods[] = {
      {"Error"_gs, nullptr,
       reinterpret_cast<void *>(+[](void *self) { return *static_cast<string *>(self); })},
      {"RuntimeError"_gs, nullptr, reinterpret_cast<void *>(+[](void *) {})},
  };
  static const type_desc t = {kind::string,
                              false,
                              true,
                              16,
                              8,
                              "*runtime.TypeAssertionError"_gs,
                              &impl::equal_fn<string>,
                              nullptr,
                              nullptr,
                              nullptr,
                              0,
                              nullptr,
                              0,
                              methods,
                              2};
  panic(any{&t, new_object<string>(to_string(msg))});
}
} // namespace

void panic_assert(const type_desc *have, const type_desc *want, const type_desc *from) {
  std::string msg =
      "interface conversion: " + (from ? type_name(from) : std::string("interface {}")) + " is " +
      type_name(have) + ", not " + type_name(want);
  panic_runtime_text(msg);
}

iface assert_iface(any a, const type_desc *want, const type_desc *from) {
  if (!a.type) {
    panic_runtime_text("interface conversion: interface is nil, not " + type_name(want));
  }
  string missing;
  const itab *tab = find_itab(a.type, want, &missing);
  if (!tab) {
    panic_runtime_text("interface conversion: " + type_name(a.type) + " is not " + type_name(want) +
                       ": missing method " + std::string(missing.view()));
  }
  return iface{tab, a.data};
}

std::pair<iface, bool> assert_iface2(any a, const type_desc *want) {
  if (!a.type)
    return {iface{}, false};
  const itab *tab = find_itab(a.type, want);
  if (!tab)
    return {iface{}, false};
  return {iface{tab, a.data}, true};
}

bool operator==(const any &a, const any &b) {
  if (!same_type(a.type, b.type))
    return false;
  if (!a.type)
    return true;
  if (!a.type->equal) {
    string msg = "comparing uncomparable type "_gs + a.type->name;
    panic(any{&impl::type_string, new_object<string>("runtime error: "_gs + msg)});
  }
  return a.type->equal(a.data, b.data);
}

namespace {
struct error_string {
  string s;
};
string error_string_Error(void *self) { return (*static_cast<error_string **>(self))->s; }
const method_desc error_string_methods[] = {
    {"Error"_gs, nullptr, reinterpret_cast<void *>(&error_string_Error)}};
const type_desc type_error_string_ptr = {kind::pointer,
                                         false,
                                         false,
                                         8,
                                         8,
                                         "*errors.errorString"_gs,
                                         &impl::equal_fn<void *>,
                                         nullptr,
                                         nullptr,
                                         nullptr,
                                         0,
                                         nullptr,
                                         0,
                                         error_string_methods,
                                         1};
} // namespace

error errors_new(string msg) {
  auto *e = new_object<error_string>(error_string{msg});
  auto **cell = new_object<error_string *>(e);
  return error{find_itab(&type_error_string_ptr, &impl::type_error), cell};
}

string error_message(error e) { return impl::iface_fn<string>(e, 0)(e.data); }

} // namespace go
