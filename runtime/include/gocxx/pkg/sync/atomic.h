// Native package sync/atomic (declarations in runtime/native/sync/atomic):
// sequentially consistent atomics through the compiler's __atomic builtins,
// which work on plain fields, so the typed wrappers stay copyable aggregates
// whose zero value ({}) is zero, as Go's.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::sync::atomic {

namespace impl {
template <class T> T *addr(T *p) { return go::impl::nil_check(p); }
} // namespace impl

inline int32_t AddInt32(int32_t *a, int32_t delta) {
  return __atomic_add_fetch(impl::addr(a), delta, __ATOMIC_SEQ_CST);
}
inline int32_t LoadInt32(int32_t *a) { return __atomic_load_n(impl::addr(a), __ATOMIC_SEQ_CST); }
inline void StoreInt32(int32_t *a, int32_t v) {
  __atomic_store_n(impl::addr(a), v, __ATOMIC_SEQ_CST);
}
inline int32_t SwapInt32(int32_t *a, int32_t v) {
  return __atomic_exchange_n(impl::addr(a), v, __ATOMIC_SEQ_CST);
}
inline bool CompareAndSwapInt32(int32_t *a, int32_t old_, int32_t new_) {
  return __atomic_compare_exchange_n(impl::addr(a), &old_, new_, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST);
}

inline int64_t AddInt64(int64_t *a, int64_t delta) {
  return __atomic_add_fetch(impl::addr(a), delta, __ATOMIC_SEQ_CST);
}
inline int64_t LoadInt64(int64_t *a) { return __atomic_load_n(impl::addr(a), __ATOMIC_SEQ_CST); }
inline void StoreInt64(int64_t *a, int64_t v) {
  __atomic_store_n(impl::addr(a), v, __ATOMIC_SEQ_CST);
}
inline int64_t SwapInt64(int64_t *a, int64_t v) {
  return __atomic_exchange_n(impl::addr(a), v, __ATOMIC_SEQ_CST);
}
inline bool CompareAndSwapInt64(int64_t *a, int64_t old_, int64_t new_) {
  return __atomic_compare_exchange_n(impl::addr(a), &old_, new_, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST);
}

inline uint32_t AddUint32(uint32_t *a, uint32_t delta) {
  return __atomic_add_fetch(impl::addr(a), delta, __ATOMIC_SEQ_CST);
}
inline uint32_t LoadUint32(uint32_t *a) { return __atomic_load_n(impl::addr(a), __ATOMIC_SEQ_CST); }
inline void StoreUint32(uint32_t *a, uint32_t v) {
  __atomic_store_n(impl::addr(a), v, __ATOMIC_SEQ_CST);
}
inline uint32_t SwapUint32(uint32_t *a, uint32_t v) {
  return __atomic_exchange_n(impl::addr(a), v, __ATOMIC_SEQ_CST);
}
inline bool CompareAndSwapUint32(uint32_t *a, uint32_t old_, uint32_t new_) {
  return __atomic_compare_exchange_n(impl::addr(a), &old_, new_, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST);
}

inline uint64_t AddUint64(uint64_t *a, uint64_t delta) {
  return __atomic_add_fetch(impl::addr(a), delta, __ATOMIC_SEQ_CST);
}
inline uint64_t LoadUint64(uint64_t *a) { return __atomic_load_n(impl::addr(a), __ATOMIC_SEQ_CST); }
inline void StoreUint64(uint64_t *a, uint64_t v) {
  __atomic_store_n(impl::addr(a), v, __ATOMIC_SEQ_CST);
}
inline uint64_t SwapUint64(uint64_t *a, uint64_t v) {
  return __atomic_exchange_n(impl::addr(a), v, __ATOMIC_SEQ_CST);
}
inline bool CompareAndSwapUint64(uint64_t *a, uint64_t old_, uint64_t new_) {
  return __atomic_compare_exchange_n(impl::addr(a), &old_, new_, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST);
}

struct Int32 {
  int32_t v{};
  bool operator==(const Int32 &) const = default;
  friend uint64_t go_hash(const Int32 &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.v));
    return h;
  }
};
inline int32_t Int32__Load(Int32 *x) { return LoadInt32(&impl::addr(x)->v); }
inline void Int32__Store(Int32 *x, int32_t v) { StoreInt32(&impl::addr(x)->v, v); }
inline int32_t Int32__Swap(Int32 *x, int32_t v) { return SwapInt32(&impl::addr(x)->v, v); }
inline bool Int32__CompareAndSwap(Int32 *x, int32_t old_, int32_t new_) {
  return CompareAndSwapInt32(&impl::addr(x)->v, old_, new_);
}
inline int32_t Int32__Add(Int32 *x, int32_t delta) { return AddInt32(&impl::addr(x)->v, delta); }

struct Int64 {
  int64_t v{};
  bool operator==(const Int64 &) const = default;
  friend uint64_t go_hash(const Int64 &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.v));
    return h;
  }
};
inline int64_t Int64__Load(Int64 *x) { return LoadInt64(&impl::addr(x)->v); }
inline void Int64__Store(Int64 *x, int64_t v) { StoreInt64(&impl::addr(x)->v, v); }
inline int64_t Int64__Swap(Int64 *x, int64_t v) { return SwapInt64(&impl::addr(x)->v, v); }
inline bool Int64__CompareAndSwap(Int64 *x, int64_t old_, int64_t new_) {
  return CompareAndSwapInt64(&impl::addr(x)->v, old_, new_);
}
inline int64_t Int64__Add(Int64 *x, int64_t delta) { return AddInt64(&impl::addr(x)->v, delta); }

struct Uint32 {
  uint32_t v{};
  bool operator==(const Uint32 &) const = default;
  friend uint64_t go_hash(const Uint32 &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.v));
    return h;
  }
};
inline uint32_t Uint32__Load(Uint32 *x) { return LoadUint32(&impl::addr(x)->v); }
inline void Uint32__Store(Uint32 *x, uint32_t v) { StoreUint32(&impl::addr(x)->v, v); }
inline uint32_t Uint32__Swap(Uint32 *x, uint32_t v) { return SwapUint32(&impl::addr(x)->v, v); }
inline bool Uint32__CompareAndSwap(Uint32 *x, uint32_t old_, uint32_t new_) {
  return CompareAndSwapUint32(&impl::addr(x)->v, old_, new_);
}
inline uint32_t Uint32__Add(Uint32 *x, uint32_t delta) {
  return AddUint32(&impl::addr(x)->v, delta);
}

struct Uint64 {
  uint64_t v{};
  bool operator==(const Uint64 &) const = default;
  friend uint64_t go_hash(const Uint64 &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.v));
    return h;
  }
};
inline uint64_t Uint64__Load(Uint64 *x) { return LoadUint64(&impl::addr(x)->v); }
inline void Uint64__Store(Uint64 *x, uint64_t v) { StoreUint64(&impl::addr(x)->v, v); }
inline uint64_t Uint64__Swap(Uint64 *x, uint64_t v) { return SwapUint64(&impl::addr(x)->v, v); }
inline bool Uint64__CompareAndSwap(Uint64 *x, uint64_t old_, uint64_t new_) {
  return CompareAndSwapUint64(&impl::addr(x)->v, old_, new_);
}
inline uint64_t Uint64__Add(Uint64 *x, uint64_t delta) {
  return AddUint64(&impl::addr(x)->v, delta);
}

struct Bool {
  uint32_t v{};
  bool operator==(const Bool &) const = default;
  friend uint64_t go_hash(const Bool &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.v));
    return h;
  }
};
inline bool Bool__Load(Bool *x) { return LoadUint32(&impl::addr(x)->v) != 0; }
inline void Bool__Store(Bool *x, bool v) { StoreUint32(&impl::addr(x)->v, v); }
inline bool Bool__Swap(Bool *x, bool v) {
  return SwapInt32(reinterpret_cast<int32_t *>(&impl::addr(x)->v), v) != 0;
}
inline bool Bool__CompareAndSwap(Bool *x, bool old_, bool new_) {
  return CompareAndSwapUint32(&impl::addr(x)->v, old_, new_);
}

// Type descriptors (see gocxx/pkg/native_types.h).
const go::type_desc *Int32__type();
const go::type_desc *Int32__ptrtype();
const go::type_desc *Int64__type();
const go::type_desc *Int64__ptrtype();
const go::type_desc *Uint32__type();
const go::type_desc *Uint32__ptrtype();
const go::type_desc *Uint64__type();
const go::type_desc *Uint64__ptrtype();
const go::type_desc *Bool__type();
const go::type_desc *Bool__ptrtype();

} // namespace gopkg::sync::atomic
