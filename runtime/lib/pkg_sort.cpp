// Native package sort. The algorithms are Go 1.19's (sort/zsortfunc.go),
// translated call for call as templates over a data type with less(i, j)
// and swap(i, j): pattern-defeating quicksort for Sort and Slice, insertion
// sort blocks merged by SymMerge for Stable and SliceStable. Keeping the
// same sequence of comparisons and swaps (down to breakPatterns' xorshift)
// means unstable sorts leave equal elements in the same order as gc, which
// golden tests compare against.
#include "gocxx/pkg/sort.h"

#include <bit>
#include <cstring>

#include "gocxx/pkg/native_types.h"

using namespace go::literals;

namespace gopkg::sort {

namespace {

enum class hint { unknown, increasing, decreasing };

template <class D> void insertion_sort(D &data, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; i++)
    for (int64_t j = i; j > a && data.less(j, j - 1); j--)
      data.swap(j, j - 1);
}

template <class D> void sift_down(D &data, int64_t lo, int64_t hi, int64_t first) {
  int64_t root = lo;
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi)
      break;
    if (child + 1 < hi && data.less(first + child, first + child + 1))
      child++;
    if (!data.less(first + root, first + child))
      return;
    data.swap(first + root, first + child);
    root = child;
  }
}

template <class D> void heap_sort(D &data, int64_t a, int64_t b) {
  int64_t first = a, lo = 0, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; i--)
    sift_down(data, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; i--) {
    data.swap(first, first + i);
    sift_down(data, lo, i, first);
  }
}

template <class D>
std::pair<int64_t, bool> partition(D &data, int64_t a, int64_t b, int64_t pivot) {
  data.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  while (i <= j && data.less(i, a))
    i++;
  while (i <= j && !data.less(j, a))
    j--;
  if (i > j) {
    data.swap(j, a);
    return {j, true};
  }
  data.swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && data.less(i, a))
      i++;
    while (i <= j && !data.less(j, a))
      j--;
    if (i > j)
      break;
    data.swap(i, j);
    i++;
    j--;
  }
  data.swap(j, a);
  return {j, false};
}

template <class D> int64_t partition_equal(D &data, int64_t a, int64_t b, int64_t pivot) {
  data.swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !data.less(a, i))
      i++;
    while (i <= j && data.less(a, j))
      j--;
    if (i > j)
      break;
    data.swap(i, j);
    i++;
    j--;
  }
  return i;
}

template <class D> bool partial_insertion_sort(D &data, int64_t a, int64_t b) {
  constexpr int max_steps = 5, shortest_shifting = 50;
  int64_t i = a + 1;
  for (int step = 0; step < max_steps; step++) {
    while (i < b && !data.less(i, i - 1))
      i++;
    if (i == b)
      return true;
    if (b - a < shortest_shifting)
      return false;
    data.swap(i, i - 1);
    if (i - a >= 2) {
      for (int64_t j = i - 1; j >= 1; j--) {
        if (!data.less(j, j - 1))
          break;
        data.swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (int64_t j = i + 1; j < b; j++) {
        if (!data.less(j, j - 1))
          break;
        data.swap(j, j - 1);
      }
    }
  }
  return false;
}

int64_t bits_len(uint64_t x) { return 64 - std::countl_zero(x); }

template <class D> void break_patterns(D &data, int64_t a, int64_t b) {
  int64_t length = b - a;
  if (length >= 8) {
    uint64_t random = uint64_t(length);
    uint64_t modulus = uint64_t(1) << bits_len(uint64_t(length));
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
      random ^= random << 13;
      random ^= random >> 17;
      random ^= random << 5;
      int64_t other = int64_t(random & (modulus - 1));
      if (other >= length)
        other -= length;
      data.swap(idx, a + other);
    }
  }
}

template <class D> std::pair<int64_t, int64_t> order2(D &data, int64_t a, int64_t b, int *swaps) {
  if (data.less(b, a)) {
    ++*swaps;
    return {b, a};
  }
  return {a, b};
}

template <class D> int64_t median(D &data, int64_t a, int64_t b, int64_t c, int *swaps) {
  std::tie(a, b) = order2(data, a, b, swaps);
  std::tie(b, c) = order2(data, b, c, swaps);
  std::tie(a, b) = order2(data, a, b, swaps);
  return b;
}

template <class D> int64_t median_adjacent(D &data, int64_t a, int *swaps) {
  return median(data, a - 1, a, a + 1, swaps);
}

template <class D> std::pair<int64_t, hint> choose_pivot(D &data, int64_t a, int64_t b) {
  constexpr int64_t shortest_ninther = 50;
  constexpr int max_swaps = 4 * 3;
  int64_t l = b - a;
  int swaps = 0;
  int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= shortest_ninther) {
      i = median_adjacent(data, i, &swaps);
      j = median_adjacent(data, j, &swaps);
      k = median_adjacent(data, k, &swaps);
    }
    j = median(data, i, j, k, &swaps);
  }
  switch (swaps) {
  case 0:
    return {j, hint::increasing};
  case max_swaps:
    return {j, hint::decreasing};
  default:
    return {j, hint::unknown};
  }
}

template <class D> void reverse_range(D &data, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; i++, j--)
    data.swap(i, j);
}

template <class D> void pdqsort(D &data, int64_t a, int64_t b, int64_t limit) {
  constexpr int64_t max_insertion = 12;
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= max_insertion) {
      insertion_sort(data, a, b);
      return;
    }
    if (limit == 0) {
      heap_sort(data, a, b);
      return;
    }
    if (!was_balanced) {
      break_patterns(data, a, b);
      limit--;
    }
    auto [pivot, h] = choose_pivot(data, a, b);
    if (h == hint::decreasing) {
      reverse_range(data, a, b);
      pivot = (b - 1) - (pivot - a);
      h = hint::increasing;
    }
    if (was_balanced && was_partitioned && h == hint::increasing) {
      if (partial_insertion_sort(data, a, b))
        return;
    }
    if (a > 0 && !data.less(a - 1, pivot)) {
      a = partition_equal(data, a, b, pivot);
      continue;
    }
    auto [mid, already] = partition(data, a, b, pivot);
    was_partitioned = already;
    int64_t left = mid - a, right = b - mid;
    int64_t balance_threshold = length / 8;
    if (left < right) {
      was_balanced = left >= balance_threshold;
      pdqsort(data, a, mid, limit);
      a = mid + 1;
    } else {
      was_balanced = right >= balance_threshold;
      pdqsort(data, mid + 1, b, limit);
      b = mid;
    }
  }
}

template <class D> void pdqsort_all(D &data, int64_t n) {
  pdqsort(data, 0, n, bits_len(uint64_t(n)));
}

template <class D> void swap_range(D &data, int64_t a, int64_t b, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    data.swap(a + i, b + i);
}

template <class D> void rotate(D &data, int64_t a, int64_t m, int64_t b) {
  int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(data, m - i, m, j);
      i -= j;
    } else {
      swap_range(data, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(data, m - i, m, i);
}

template <class D> void sym_merge(D &data, int64_t a, int64_t m, int64_t b) {
  if (m - a == 1) {
    int64_t i = m, j = b;
    while (i < j) {
      int64_t h = int64_t(uint64_t(i + j) >> 1);
      if (data.less(h, a))
        i = h + 1;
      else
        j = h;
    }
    for (int64_t k = a; k < i - 1; k++)
      data.swap(k, k + 1);
    return;
  }
  if (b - m == 1) {
    int64_t i = a, j = m;
    while (i < j) {
      int64_t h = int64_t(uint64_t(i + j) >> 1);
      if (!data.less(m, h))
        i = h + 1;
      else
        j = h;
    }
    for (int64_t k = m; k > i; k--)
      data.swap(k, k - 1);
    return;
  }
  int64_t mid = int64_t(uint64_t(a + b) >> 1);
  int64_t n = mid + m;
  int64_t start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  int64_t p = n - 1;
  while (start < r) {
    int64_t c = int64_t(uint64_t(start + r) >> 1);
    if (!data.less(p - c, c))
      start = c + 1;
    else
      r = c;
  }
  int64_t end = n - start;
  if (start < m && m < end)
    rotate(data, start, m, end);
  if (a < start && start < mid)
    sym_merge(data, a, start, mid);
  if (mid < end && end < b)
    sym_merge(data, mid, end, b);
}

template <class D> void stable(D &data, int64_t n) {
  int64_t block = 20;
  int64_t a = 0, b = block;
  while (b <= n) {
    insertion_sort(data, a, b);
    a = b;
    b += block;
  }
  insertion_sort(data, a, n);
  while (block < n) {
    a = 0;
    b = 2 * block;
    while (b <= n) {
      sym_merge(data, a, a + block, b);
      a = b;
      b += 2 * block;
    }
    if (int64_t m = a + block; m < n)
      sym_merge(data, a, m, n);
    block *= 2;
  }
}

// ---- data adapters ------------------------------------------------------------

// An Interface value: its methods looked up once.
struct iface_data {
  void *self;
  bool (*less_fn)(void *, int64_t, int64_t);
  void (*swap_fn)(void *, int64_t, int64_t);
  explicit iface_data(const Interface &x)
      : self(x.data), less_fn(go::impl::iface_fn<bool, int64_t, int64_t>(x, 1)),
        swap_fn(go::impl::iface_fn<void, int64_t, int64_t>(x, 2)) {}
  bool less(int64_t i, int64_t j) { return less_fn(self, i, j); }
  void swap(int64_t i, int64_t j) { swap_fn(self, i, j); }
};

int64_t iface_len(const Interface &x) { return go::impl::iface_fn<int64_t>(x, 0)(x.data); }

// The elements of a slice inside an any, swapped bytewise (reflect.Swapper).
struct any_slice_data {
  uint8_t *p;
  int64_t len;
  int64_t size;
  go::func<bool(int64_t, int64_t)> less_fn;
  bool less(int64_t i, int64_t j) { return less_fn(i, j); }
  void swap(int64_t i, int64_t j) {
    if (uint64_t(i) >= uint64_t(len) || uint64_t(j) >= uint64_t(len))
      go::panic(go::box("reflect: slice index out of range"_gs));
    uint8_t tmp[256];
    uint8_t *a = p + i * size;
    uint8_t *b = p + j * size;
    for (int64_t off = 0; off < size; off += int64_t(sizeof tmp)) {
      size_t n = size_t(std::min<int64_t>(size - off, int64_t(sizeof tmp)));
      std::memcpy(tmp, a + off, n);
      std::memmove(a + off, b + off, n);
      std::memcpy(b + off, tmp, n);
    }
  }
};

const char *kind_name(go::kind k) {
  static const char *const names[] = {
      "invalid", "bool",      "int",        "int8",   "int16",  "int32",         "int64",
      "uint",    "uint8",     "uint16",     "uint32", "uint64", "uintptr",       "float32",
      "float64", "complex64", "complex128", "array",  "chan",   "func",          "interface",
      "map",     "ptr",       "slice",      "string", "struct", "unsafe.Pointer"};
  return names[int(k)];
}

any_slice_data slice_of(go::any x, go::func<bool(int64_t, int64_t)> less, const char *method) {
  if (!x.type || x.type->kind != go::kind::slice) {
    // reflect.ValueError's message.
    std::string msg = std::string("reflect: call of ") + method + " on " +
                      (x.type ? kind_name(x.type->kind) : "zero") + " Value";
    go::panic(go::box(go::to_string(msg)));
  }
  auto *s = static_cast<go::slice<uint8_t> *>(x.data);
  return any_slice_data{s->p, s->len, x.type->elem->size, less};
}

// A slice of a basic type, compared with <, or with Go's NaN rule.
template <class T> struct basic_data {
  T *p;
  bool less(int64_t i, int64_t j) {
    if constexpr (std::is_floating_point_v<T>)
      return p[i] < p[j] || (p[i] != p[i] && p[j] == p[j]);
    else
      return p[i] < p[j];
  }
  void swap(int64_t i, int64_t j) { std::swap(p[i], p[j]); }
};

template <class T> void sort_basic(go::slice<T> x) {
  if (x.len <= 1)
    return;
  basic_data<T> d{x.p};
  pdqsort_all(d, x.len);
}

template <class T> bool basic_sorted(go::slice<T> x) {
  basic_data<T> d{x.p};
  for (int64_t i = x.len - 1; i > 0; i--)
    if (d.less(i, i - 1))
      return false;
  return true;
}

} // namespace

// ---- the package API ----------------------------------------------------------

void Sort(Interface data) {
  int64_t n = iface_len(data);
  if (n <= 1)
    return;
  iface_data d(data);
  pdqsort_all(d, n);
}

void Stable(Interface data) {
  int64_t n = iface_len(data);
  iface_data d(data);
  stable(d, n);
}

bool IsSorted(Interface data) {
  int64_t n = iface_len(data);
  iface_data d(data);
  for (int64_t i = n - 1; i > 0; i--)
    if (d.less(i, i - 1))
      return false;
  return true;
}

void Slice(go::any x, go::func<bool(int64_t, int64_t)> less) {
  any_slice_data d = slice_of(x, less, "Swapper");
  pdqsort(d, 0, d.len, bits_len(uint64_t(d.len)));
}

void SliceStable(go::any x, go::func<bool(int64_t, int64_t)> less) {
  any_slice_data d = slice_of(x, less, "Swapper");
  stable(d, d.len);
}

bool SliceIsSorted(go::any x, go::func<bool(int64_t, int64_t)> less) {
  any_slice_data d = slice_of(x, less, "Len");
  for (int64_t i = d.len - 1; i > 0; i--)
    if (less(i, i - 1))
      return false;
  return true;
}

void Ints(go::slice<int64_t> x) { sort_basic(x); }
void Float64s(go::slice<double> x) { sort_basic(x); }
void Strings(go::slice<go::string> x) { sort_basic(x); }
bool IntsAreSorted(go::slice<int64_t> x) { return basic_sorted(x); }
bool Float64sAreSorted(go::slice<double> x) { return basic_sorted(x); }
bool StringsAreSorted(go::slice<go::string> x) { return basic_sorted(x); }

int64_t Search(int64_t n, go::func<bool(int64_t)> f) {
  // Invariant: f(i-1) == false, f(j) == true.
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = int64_t(uint64_t(i + j) >> 1);
    if (!f(h))
      i = h + 1;
    else
      j = h;
  }
  return i;
}

namespace {
template <class T> int64_t search_basic(go::slice<T> a, const T &x) {
  int64_t i = 0, j = a.len;
  while (i < j) {
    int64_t h = int64_t(uint64_t(i + j) >> 1);
    if (!(a.p[h] >= x))
      i = h + 1;
    else
      j = h;
  }
  return i;
}
} // namespace

int64_t SearchInts(go::slice<int64_t> a, int64_t x) { return search_basic(a, x); }
int64_t SearchFloat64s(go::slice<double> a, double x) { return search_basic(a, x); }
int64_t SearchStrings(go::slice<go::string> a, go::string x) { return search_basic(a, x); }

// ---- Reverse ------------------------------------------------------------------

// sort.Reverse's result: a *sort.reverse holding the Interface, whose Less
// is the wrapped one with its arguments exchanged.
namespace {
struct reverse {
  Interface data;
};

int64_t reverse_len(void *self) { return iface_len((*static_cast<reverse **>(self))->data); }
bool reverse_less(void *self, int64_t i, int64_t j) {
  const Interface &x = (*static_cast<reverse **>(self))->data;
  return go::impl::iface_fn<bool, int64_t, int64_t>(x, 1)(x.data, j, i);
}
void reverse_swap(void *self, int64_t i, int64_t j) {
  const Interface &x = (*static_cast<reverse **>(self))->data;
  go::impl::iface_fn<void, int64_t, int64_t>(x, 2)(x.data, i, j);
}

const go::type_desc *reverse_ptrtype() {
  static const go::type_desc elem = gopkg::native::struct_desc_of<reverse>("sort.reverse"_gs);
  static const go::method_desc methods[] = {
      {"Len"_gs, nullptr, reinterpret_cast<void *>(&reverse_len)},
      {"Less"_gs, nullptr, reinterpret_cast<void *>(&reverse_less)},
      {"Swap"_gs, nullptr, reinterpret_cast<void *>(&reverse_swap)},
  };
  static const go::type_desc desc = gopkg::native::pointer_desc(&elem, "*sort.reverse"_gs, methods,
                                                                3, &go::impl::equal_fn<reverse *>);
  return &desc;
}
} // namespace

Interface Reverse(Interface data) {
  static const go::itab *tab = go::find_itab(reverse_ptrtype(), Interface__type());
  reverse *r = go::new_object_flagged<reverse>(true, reverse{data});
  return go::make_iface(r, tab);
}

// ---- Type descriptors ---------------------------------------------------------

using gopkg::native::pointer_thunk;
using gopkg::native::value_thunk;

const go::type_desc *Interface__type() {
  static const go::method_desc methods[] = {
      {"Len"_gs, nullptr, nullptr}, {"Less"_gs, nullptr, nullptr}, {"Swap"_gs, nullptr, nullptr}};
  static const go::type_desc desc = gopkg::native::interface_desc_of("sort.Interface"_gs, methods);
  return &desc;
}

#define GOCXX_SORT_SLICE_TYPE(T, ELEM_DESC)                                                        \
  const go::type_desc *T##__type() {                                                               \
    static const go::method_desc methods[] = {                                                     \
        {"Len"_gs, nullptr, value_thunk<&T##__Len>()},                                             \
        {"Less"_gs, nullptr, value_thunk<&T##__Less>()},                                           \
        {"Search"_gs, nullptr, value_thunk<&T##__Search>()},                                       \
        {"Sort"_gs, nullptr, value_thunk<&T##__Sort>()},                                           \
        {"Swap"_gs, nullptr, value_thunk<&T##__Swap>()},                                           \
    };                                                                                             \
    static const go::type_desc desc = {                                                            \
        go::kind::slice, false,   true, sizeof(T), alignof(T), "sort." #T ""_gs, nullptr, nullptr, \
        ELEM_DESC,       nullptr, 0,    nullptr,   0,          methods,          5};               \
    return &desc;                                                                                  \
  }                                                                                                \
  const go::type_desc *T##__ptrtype() {                                                            \
    static const go::method_desc methods[] = {                                                     \
        {"Len"_gs, nullptr, pointer_thunk<&T##__Len>()},                                           \
        {"Less"_gs, nullptr, pointer_thunk<&T##__Less>()},                                         \
        {"Search"_gs, nullptr, pointer_thunk<&T##__Search>()},                                     \
        {"Sort"_gs, nullptr, pointer_thunk<&T##__Sort>()},                                         \
        {"Swap"_gs, nullptr, pointer_thunk<&T##__Swap>()},                                         \
    };                                                                                             \
    static const go::type_desc desc = gopkg::native::pointer_desc(                                 \
        T##__type(), "*sort." #T ""_gs, methods, 5, &go::impl::equal_fn<T *>);                     \
    return &desc;                                                                                  \
  }

GOCXX_SORT_SLICE_TYPE(IntSlice, &go::impl::type_int)
GOCXX_SORT_SLICE_TYPE(Float64Slice, &go::impl::type_float64)
GOCXX_SORT_SLICE_TYPE(StringSlice, &go::impl::type_string)

#undef GOCXX_SORT_SLICE_TYPE

} // namespace gopkg::sort
