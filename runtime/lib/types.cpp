// Descriptors of the basic types, reading descriptors (names, method sets),
// itabs (made once per pair and cached), type assertions with Go's
// messages, comparison and hashing of interface values.
#include "sched_internal.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

namespace go::impl {
constinit const std::array<uint64_t, 256> small_values = [] {
  std::array<uint64_t, 256> v{};
  for (size_t i = 0; i < v.size(); i++)
    v[i] = i;
  return v;
}();
} // namespace go::impl

namespace go {

using namespace go::literals;

namespace abi {

namespace {

template <class T>
constexpr rtype basic(go::kind k, bool direct, uint32_t hash, const uint8_t *n, const rtype *ptr,
                      const uint8_t *link) {
  return make_rtype(sizeof(T), alignof(T), k, direct, !std::is_arithmetic_v<T>, hash, n,
                    equal_of<T>(), tflag_named, ptr, link);
}

} // namespace

// Each basic type has its *T (reflect.PtrTo finds it) and is registered.
#define GOCXX_BASIC(var, T, k, direct, goname)                                                     \
  const basic_type var = {basic<T>(k, direct, type_hash(text(goname)), name<goname>,               \
                                   &ptr_of<&var.r, text("*" goname)>.t.r, link<&var.r>())}

GOCXX_BASIC(type_bool, bool, go::kind::bool_, false, "bool");
GOCXX_BASIC(type_int, int64_t, go::kind::int_, false, "int");
GOCXX_BASIC(type_int8, int8_t, go::kind::int8, false, "int8");
GOCXX_BASIC(type_int16, int16_t, go::kind::int16, false, "int16");
GOCXX_BASIC(type_int32, int32_t, go::kind::int32, false, "int32");
GOCXX_BASIC(type_int64, int64_t, go::kind::int64, false, "int64");
GOCXX_BASIC(type_uint, uint64_t, go::kind::uint, false, "uint");
GOCXX_BASIC(type_uint8, uint8_t, go::kind::uint8, false, "uint8");
GOCXX_BASIC(type_uint16, uint16_t, go::kind::uint16, false, "uint16");
GOCXX_BASIC(type_uint32, uint32_t, go::kind::uint32, false, "uint32");
GOCXX_BASIC(type_uint64, uint64_t, go::kind::uint64, false, "uint64");
GOCXX_BASIC(type_uintptr, uintptr_t, go::kind::uintptr, false, "uintptr");
GOCXX_BASIC(type_float32, float, go::kind::float32, false, "float32");
GOCXX_BASIC(type_float64, double, go::kind::float64, false, "float64");
GOCXX_BASIC(type_complex64, std::complex<float>, go::kind::complex64, false, "complex64");
GOCXX_BASIC(type_complex128, std::complex<double>, go::kind::complex128, false, "complex128");
GOCXX_BASIC(type_string, go::string, go::kind::string, false, "string");
GOCXX_BASIC(type_unsafe_pointer, void *, go::kind::unsafe_pointer, true, "unsafe.Pointer");
#undef GOCXX_BASIC

const interface_type type_empty_interface = {
    make_rtype(sizeof(any), alignof(any), go::kind::interface, false, true,
               type_hash(text("interface {}")), name<"interface {}">, equal_of<any>(), 0, nullptr,
               link<&type_empty_interface.r>()),
    nullptr,
    {}};

namespace {
// error's one method, Error() string.
const imethod error_methods[] = {
    {name<"Error", 1>,
     &func_of<go::func<go::string()>, false, 0, "func() string", &type_string.r>.t.r}};
} // namespace

const desc<interface_type> type_error = {
    {make_rtype(sizeof(iface), alignof(iface), go::kind::interface, false, true,
                type_hash(text("error")), name<"error">, equal_of<iface>(), tflag_named),
     nullptr,
     {const_cast<imethod *>(error_methods), 1, 1}}};

// ---- names ----------------------------------------------------------------

namespace {
// A varint at p; advances p.
size_t read_varint(const uint8_t *&p) {
  size_t n = 0;
  for (int shift = 0;; shift += 7) {
    uint8_t b = *p++;
    n |= size_t(b & 127) << shift;
    if (!(b & 128))
      return n;
  }
}
} // namespace

string name_view::str() const {
  if (!bytes)
    return string{};
  const uint8_t *p = bytes + 1;
  size_t n = read_varint(p);
  return string{n ? p : nullptr, int64_t(n)};
}

string name_view::tag() const {
  if (!bytes || !(bytes[0] & 2))
    return string{};
  const uint8_t *p = bytes + 1;
  size_t n = read_varint(p);
  p += n;
  size_t t = read_varint(p);
  return string{t ? p : nullptr, int64_t(t)};
}

string string_of(const rtype *t) {
  if (!t)
    return "nil"_gs;
  string s = name_view{t->str}.str();
  if ((t->tflag & tflag_extra_star) && s.n > 0)
    return string{s.p + 1, s.n - 1};
  return s;
}

// ---- the registry ---------------------------------------------------------

} // namespace abi
} // namespace go

// The linker's bounds of the typelinks section (see abi::typelink).
extern "C" {
extern const go::abi::rtype *const __start_gocxx_typelinks[] __attribute__((weak));
extern const go::abi::rtype *const __stop_gocxx_typelinks[] __attribute__((weak));
}

namespace go {
namespace abi {

namespace {
// The registered descriptors, sorted by their strings (made on first use).
const std::vector<const rtype *> &all_types() {
  static const std::vector<const rtype *> types = [] {
    std::vector<const rtype *> v(__start_gocxx_typelinks, __stop_gocxx_typelinks);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    std::stable_sort(v.begin(), v.end(), [](const rtype *a, const rtype *b) {
      return string_of(a).view() < string_of(b).view();
    });
    return v;
  }();
  return types;
}
} // namespace

slice<const rtype *> types_by_string(string s) {
  const auto &types = all_types();
  auto lo =
      std::lower_bound(types.begin(), types.end(), s.view(),
                       [](const rtype *t, std::string_view k) { return string_of(t).view() < k; });
  auto hi = lo;
  while (hi != types.end() && string_of(*hi).view() == s.view())
    ++hi;
  auto out = make_slice<const rtype *>(int64_t(hi - lo));
  std::copy(lo, hi, out.p);
  return out;
}

// ---- method sets ----------------------------------------------------------

const uncommon_type *uncommon(const rtype *t) {
  if (!t || !(t->tflag & tflag_uncommon))
    return nullptr;
  size_t off = sizeof(rtype);
  switch (t->kind_of()) {
  case go::kind::struct_:
    off = sizeof(struct_type);
    break;
  case go::kind::pointer:
    off = sizeof(ptr_type);
    break;
  case go::kind::func:
    off = sizeof(func_type);
    break;
  case go::kind::slice:
    off = sizeof(slice_type);
    break;
  case go::kind::array:
    off = sizeof(array_type);
    break;
  case go::kind::chan:
    off = sizeof(chan_type);
    break;
  case go::kind::map:
    off = sizeof(map_type);
    break;
  case go::kind::interface:
    off = sizeof(interface_type);
    break;
  case go::kind::invalid:
  case go::kind::bool_:
  case go::kind::int_:
  case go::kind::int8:
  case go::kind::int16:
  case go::kind::int32:
  case go::kind::int64:
  case go::kind::uint:
  case go::kind::uint8:
  case go::kind::uint16:
  case go::kind::uint32:
  case go::kind::uint64:
  case go::kind::uintptr:
  case go::kind::float32:
  case go::kind::float64:
  case go::kind::complex64:
  case go::kind::complex128:
  case go::kind::string:
  case go::kind::unsafe_pointer:
    break;
  }
  return reinterpret_cast<const uncommon_type *>(reinterpret_cast<const char *>(t) + off);
}

const method *methods_begin(const rtype *t) {
  const uncommon_type *u = uncommon(t);
  if (!u)
    return nullptr;
  return reinterpret_cast<const method *>(reinterpret_cast<const char *>(u) + u->moff);
}

const method *methods_end(const rtype *t) {
  const uncommon_type *u = uncommon(t);
  return u ? methods_begin(t) + u->mcount : nullptr;
}

const method *find_method(const rtype *t, std::string_view n) {
  for (const method *m = methods_begin(t), *e = methods_end(t); m != e; ++m)
    if (name_view{m->name}.str().view() == n)
      return m;
  return nullptr;
}

// ---- hashing --------------------------------------------------------------

namespace {
template <class F> uintptr_t hash_float(F f, uintptr_t seed) {
  if (f == 0)
    f = 0; // +0 and -0 are equal keys
  if (f != f)
    return seed ^ uintptr_t(go::nanotime()) * 0x9e3779b97f4a7c15ull; // NaN: never found again
  return uintptr_t(hash_bytes(&f, sizeof f, seed));
}

[[noreturn]] void unhashable(const rtype *t) {
  std::string msg = "hash of unhashable type " + std::string(string_of(t).view());
  impl::panic_runtime(msg.c_str());
}
} // namespace

uintptr_t typehash(const rtype *t, const void *p, uintptr_t seed) {
  switch (t->kind_of()) {
  case go::kind::float32:
    return hash_float(*static_cast<const float *>(p), seed);
  case go::kind::float64:
    return hash_float(*static_cast<const double *>(p), seed);
  case go::kind::complex64: {
    auto *c = static_cast<const float *>(p);
    return hash_float(c[1], hash_float(c[0], seed));
  }
  case go::kind::complex128: {
    auto *c = static_cast<const double *>(p);
    return hash_float(c[1], hash_float(c[0], seed));
  }
  case go::kind::string: {
    auto *s = static_cast<const string *>(p);
    return uintptr_t(hash_bytes(s->p, size_t(s->n), seed));
  }
  case go::kind::interface: {
    auto *it = reinterpret_cast<const interface_type *>(t);
    any a = it->methods.len == 0 ? *static_cast<const any *>(p)
                                 : to_any(*static_cast<const iface *>(p));
    if (!a.type)
      return seed;
    if (a.type->equal.is_nil()) // Go names the dynamic type, not the part that is not comparable
      unhashable(a.type);
    return typehash(a.type, a.type->direct() ? &a.data : a.data, seed ^ a.type->hash);
  }
  case go::kind::array: {
    auto *at = reinterpret_cast<const array_type *>(t);
    for (uintptr_t i = 0; i < at->len; ++i)
      seed = typehash(at->elem, static_cast<const char *>(p) + i * at->elem->size, seed);
    return seed;
  }
  case go::kind::struct_: {
    auto *st = reinterpret_cast<const struct_type *>(t);
    for (int64_t i = 0; i < st->fields.len; ++i) {
      const struct_field &f = st->fields.p[i];
      if (name_view{f.name}.str().view() == "_")
        continue;
      seed = typehash(f.typ, static_cast<const char *>(p) + f.offset, seed);
    }
    return seed;
  }
  case go::kind::slice:
  case go::kind::map:
  case go::kind::func:
  case go::kind::invalid:
    unhashable(t);
  case go::kind::bool_:
  case go::kind::int_:
  case go::kind::int8:
  case go::kind::int16:
  case go::kind::int32:
  case go::kind::int64:
  case go::kind::uint:
  case go::kind::uint8:
  case go::kind::uint16:
  case go::kind::uint32:
  case go::kind::uint64:
  case go::kind::uintptr:
  case go::kind::chan:
  case go::kind::pointer:
  case go::kind::unsafe_pointer:
    break;
  }
  return uintptr_t(hash_bytes(p, size_t(t->size), seed));
}

} // namespace abi

// ---- itabs ----------------------------------------------------------------

namespace {

struct pair_hash {
  size_t operator()(const std::pair<const abi::rtype *, const abi::rtype *> &k) const {
    return std::hash<const void *>()(k.first) * 31 + std::hash<const void *>()(k.second);
  }
};
std::mutex itab_lock;
std::unordered_map<std::pair<const abi::rtype *, const abi::rtype *>, const itab *, pair_hash>
    *itabs = nullptr;

// What assertions read without the lock (as gc's itabTable): answers
// already made, each an immutable record published once into an
// open-addressed table; a lookup probes a few slots, and a miss takes the
// lock. Failed assertions are answers too (fmt asks every argument whether
// it is a Formatter).
struct itab_answer {
  const abi::rtype *t, *it;
  const itab *tab;
};
constexpr size_t answer_slots = 4096, answer_probes = 8;
std::atomic<const itab_answer *> answers[answer_slots];

size_t answer_slot(const abi::rtype *t, const abi::rtype *it) {
  auto h = reinterpret_cast<uintptr_t>(t) * 0x9E3779B97F4A7C15u ^ reinterpret_cast<uintptr_t>(it);
  return size_t(h ^ (h >> 29)) % answer_slots;
}

const itab_answer *cached_answer(const abi::rtype *t, const abi::rtype *it) {
  for (size_t i = 0, s = answer_slot(t, it); i < answer_probes; i++, s = (s + 1) % answer_slots) {
    const itab_answer *a = answers[s].load(std::memory_order_acquire);
    if (!a)
      return nullptr;
    if (a->t == t && a->it == it)
      return a;
  }
  return nullptr;
}

// Under itab_lock.
void publish_answer(const abi::rtype *t, const abi::rtype *it, const itab *tab) {
  for (size_t i = 0, s = answer_slot(t, it); i < answer_probes; i++, s = (s + 1) % answer_slots)
    if (!answers[s].load(std::memory_order_relaxed)) {
      answers[s].store(new itab_answer{t, it, tab}, std::memory_order_release);
      return;
    }
}

// The itab of (t, it), or null with *missing set.
const itab *make_itab(const abi::rtype *t, const abi::interface_type *it, string *missing) {
  size_t n = size_t(it->methods.len);
  size_t bytes = sizeof(itab) + sizeof(void *) * (n ? n - 1 : 0);
  // Uncollectable: the cache holding it is C++ memory the collector does not scan.
  auto *tab = static_cast<itab *>(GC_MALLOC_UNCOLLECTABLE(bytes));
  tab->inter = it;
  tab->type = t;
  tab->hash = t->hash;
  const abi::method *m = abi::methods_begin(t), *end = abi::methods_end(t);
  for (size_t i = 0; i < n; ++i) {
    const abi::imethod &im = it->methods.p[i];
    string want = abi::name_view{im.name}.str();
    // Both lists are sorted by name.
    while (m != end && abi::name_view{m->name}.str() < want)
      ++m;
    if (m == end || !(abi::name_view{m->name}.str() == want) || m->mtyp != im.typ) {
      *missing = want;
      GC_FREE(tab);
      return nullptr;
    }
    tab->fun[i] = m->ifn;
  }
  return tab;
}

} // namespace

const itab *find_itab(const abi::rtype *t, const abi::rtype *ifaceType, string *missing) {
  if (!t)
    return nullptr;
  if (const itab_answer *a = cached_answer(t, ifaceType); a && (a->tab || !missing))
    return a->tab;
  auto *it = reinterpret_cast<const abi::interface_type *>(ifaceType);
  auto key = std::make_pair(t, ifaceType);
  std::lock_guard lk(itab_lock);
  if (!itabs)
    itabs = new std::unordered_map<std::pair<const abi::rtype *, const abi::rtype *>, const itab *,
                                   pair_hash>();
  auto f = itabs->find(key);
  if (f != itabs->end() && (f->second || !missing))
    return f->second;
  string why;
  const itab *tab = make_itab(t, it, &why);
  if (f == itabs->end())
    publish_answer(t, ifaceType, tab);
  (*itabs)[key] = tab;
  if (!tab && missing)
    *missing = why;
  return tab;
}

namespace {

std::string name_of(const abi::rtype *t) {
  return t ? std::string(abi::string_of(t).view()) : std::string("nil");
}

// interface conversion errors are runtime.Error values (*runtime.TypeAssertionError).
string assertion_error_Error(void *self) { return *static_cast<string *>(self); }
void assertion_error_RuntimeError(void *) {}
const abi::udesc<abi::ptr_type, 2> type_assertion_error = {
    {abi::make_rtype(sizeof(void *), alignof(void *), kind::pointer, true, true,
                     abi::type_hash(abi::text("*runtime.TypeAssertionError")),
                     abi::name<"*runtime.TypeAssertionError">, abi::equal_of<void *>(),
                     abi::tflag_uncommon),
     &abi::type_string.r},
    {abi::name<"runtime">, 2, 2, uint32_t(sizeof(abi::uncommon_type)), 0},
    {{abi::name<"Error", 1>,
      &abi::func_of<go::func<go::string()>, false, 0, "func() string", &abi::type_string.r>.t.r,
      reinterpret_cast<const void *>(&assertion_error_Error), nullptr},
     {abi::name<"RuntimeError", 1>, &abi::func_of<go::func<void()>, false, 0, "func()">.t.r,
      reinterpret_cast<const void *>(&assertion_error_RuntimeError), nullptr}}};

[[noreturn]] void panic_assertion(const std::string &msg) {
  panic(any{&type_assertion_error.t.r, new_object<string>(to_string(msg))});
}

} // namespace

void panic_assert(const abi::rtype *have, const abi::rtype *want, const abi::rtype *from) {
  if (!have)
    panic_assertion(
        "interface conversion: " + (from ? name_of(from) : std::string("interface {}")) +
        " is nil, not " + name_of(want));
  std::string msg =
      "interface conversion: " + (from ? name_of(from) : std::string("interface {}")) + " is " +
      name_of(have) + ", not " + name_of(want);
  // Two distinct types spelt alike: Go adds where each is from.
  if (name_of(have) == name_of(want))
    msg += " (types from different scopes)";
  panic_assertion(msg);
}

iface assert_iface(any a, const abi::rtype *want, const abi::rtype *from) {
  if (!a.type)
    panic_assertion("interface conversion: interface is nil, not " + name_of(want));
  string missing;
  const itab *tab = find_itab(a.type, want, &missing);
  if (!tab)
    panic_assertion("interface conversion: " + name_of(a.type) + " is not " + name_of(want) +
                    ": missing method " + std::string(missing.view()));
  (void)from;
  return iface{tab, a.data};
}

std::pair<iface, bool> assert_iface2(any a, const abi::rtype *want) {
  if (!a.type)
    return {iface{}, false};
  const itab *tab = find_itab(a.type, want);
  if (!tab)
    return {iface{}, false};
  return {iface{tab, a.data}, true};
}

bool operator==(const any &a, const any &b) {
  if (a.type != b.type)
    return false;
  if (!a.type)
    return true;
  if (a.type->equal.is_nil()) {
    std::string msg = "comparing uncomparable type " + std::string(abi::string_of(a.type).view());
    impl::panic_runtime(msg.c_str());
  }
  if (a.type->direct())
    return a.data == b.data;
  return a.type->equal(a.data, b.data);
}

string error_message(error e) { return impl::iface_fn<string>(e, 0)(e.data); }

} // namespace go
