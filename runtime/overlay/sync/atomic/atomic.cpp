// Native code of package sync/atomic: the operations Go writes in
// assembly, as Clang's sequentially consistent __atomic builtins (Go's
// atomics are sequentially consistent).

#include <gocxx/runtime/sync.h>

namespace gopkg::sync::atomic {

int32_t SwapInt32(int32_t *addr, int32_t v) {
  return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);
}
bool CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t v) {
  return __atomic_compare_exchange_n(addr, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
int32_t AddInt32(int32_t *addr, int32_t delta) {
  return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}
int32_t LoadInt32(int32_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void StoreInt32(int32_t *addr, int32_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }
int64_t SwapInt64(int64_t *addr, int64_t v) {
  return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);
}
bool CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t v) {
  return __atomic_compare_exchange_n(addr, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
int64_t AddInt64(int64_t *addr, int64_t delta) {
  return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}
int64_t LoadInt64(int64_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void StoreInt64(int64_t *addr, int64_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }
uint32_t SwapUint32(uint32_t *addr, uint32_t v) {
  return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);
}
bool CompareAndSwapUint32(uint32_t *addr, uint32_t old, uint32_t v) {
  return __atomic_compare_exchange_n(addr, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
uint32_t AddUint32(uint32_t *addr, uint32_t delta) {
  return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}
uint32_t LoadUint32(uint32_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void StoreUint32(uint32_t *addr, uint32_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }
uint64_t SwapUint64(uint64_t *addr, uint64_t v) {
  return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);
}
bool CompareAndSwapUint64(uint64_t *addr, uint64_t old, uint64_t v) {
  return __atomic_compare_exchange_n(addr, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
uint64_t AddUint64(uint64_t *addr, uint64_t delta) {
  return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}
uint64_t LoadUint64(uint64_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void StoreUint64(uint64_t *addr, uint64_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }
uintptr_t SwapUintptr(uintptr_t *addr, uintptr_t v) {
  return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);
}
bool CompareAndSwapUintptr(uintptr_t *addr, uintptr_t old, uintptr_t v) {
  return __atomic_compare_exchange_n(addr, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
uintptr_t AddUintptr(uintptr_t *addr, uintptr_t delta) {
  return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}
uintptr_t LoadUintptr(uintptr_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void StoreUintptr(uintptr_t *addr, uintptr_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }
void *SwapPointer(void **addr, void *v) { return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST); }
bool CompareAndSwapPointer(void **addr, void *old, void *v) {
  return __atomic_compare_exchange_n(addr, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
void *LoadPointer(void **addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void StorePointer(void **addr, void *v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }

int64_t runtime_procPin() { return go::impl::proc_pin(); }
void runtime_procUnpin() { go::impl::proc_unpin(); }

} // namespace gopkg::sync::atomic
