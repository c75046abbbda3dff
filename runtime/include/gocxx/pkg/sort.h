// Native package sort (declarations in runtime/native/sort): Go 1.19's
// sorting algorithms over Interface values, over slices inside an any
// (sort.Slice swaps elements by their size from the type descriptor), and
// over []int, []float64 and []string.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::sort {

// Interface: Len, Less, Swap, in that (sorted) method order.
using Interface = go::iface;

void Sort(Interface data);
void Stable(Interface data);
bool IsSorted(Interface data);
Interface Reverse(Interface data);

void Slice(go::any x, go::func<bool(int64_t, int64_t)> less);
void SliceStable(go::any x, go::func<bool(int64_t, int64_t)> less);
bool SliceIsSorted(go::any x, go::func<bool(int64_t, int64_t)> less);

void Ints(go::slice<int64_t> x);
void Float64s(go::slice<double> x);
void Strings(go::slice<go::string> x);
bool IntsAreSorted(go::slice<int64_t> x);
bool Float64sAreSorted(go::slice<double> x);
bool StringsAreSorted(go::slice<go::string> x);

int64_t Search(int64_t n, go::func<bool(int64_t)> f);
int64_t SearchInts(go::slice<int64_t> a, int64_t x);
int64_t SearchFloat64s(go::slice<double> a, double x);
int64_t SearchStrings(go::slice<go::string> a, go::string x);

using IntSlice = go::slice<int64_t>;
inline int64_t IntSlice__Len(IntSlice x) { return x.len; }
inline bool IntSlice__Less(IntSlice x, int64_t i, int64_t j) {
  return go::index(x, i) < go::index(x, j);
}
inline void IntSlice__Swap(IntSlice x, int64_t i, int64_t j) {
  std::swap(go::index(x, i), go::index(x, j));
}
inline void IntSlice__Sort(IntSlice x) { Ints(x); }
inline int64_t IntSlice__Search(IntSlice x, int64_t v) { return SearchInts(x, v); }

using Float64Slice = go::slice<double>;
inline int64_t Float64Slice__Len(Float64Slice x) { return x.len; }
inline bool Float64Slice__Less(Float64Slice x, int64_t i, int64_t j) {
  double a = go::index(x, i), b = go::index(x, j);
  return a < b || (a != a && b == b);
}
inline void Float64Slice__Swap(Float64Slice x, int64_t i, int64_t j) {
  std::swap(go::index(x, i), go::index(x, j));
}
inline void Float64Slice__Sort(Float64Slice x) { Float64s(x); }
inline int64_t Float64Slice__Search(Float64Slice x, double v) { return SearchFloat64s(x, v); }

using StringSlice = go::slice<go::string>;
inline int64_t StringSlice__Len(StringSlice x) { return x.len; }
inline bool StringSlice__Less(StringSlice x, int64_t i, int64_t j) {
  return go::index(x, i) < go::index(x, j);
}
inline void StringSlice__Swap(StringSlice x, int64_t i, int64_t j) {
  std::swap(go::index(x, i), go::index(x, j));
}
inline void StringSlice__Sort(StringSlice x) { Strings(x); }
inline int64_t StringSlice__Search(StringSlice x, go::string v) { return SearchStrings(x, v); }

// Type descriptors (see gocxx/pkg/native_types.h).
const go::type_desc *Interface__type();
const go::type_desc *IntSlice__type();
const go::type_desc *IntSlice__ptrtype();
const go::type_desc *Float64Slice__type();
const go::type_desc *Float64Slice__ptrtype();
const go::type_desc *StringSlice__type();
const go::type_desc *StringSlice__ptrtype();

} // namespace gopkg::sort
