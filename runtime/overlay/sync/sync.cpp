// Native code of package sync: what Go's sync gets from gc's runtime, from
// gocxx's scheduler (gocxx/runtime/sync.h).
#include <gocxx/runtime/sync.h>

#include <gocxx/runtime/runtime_api.h>

namespace gopkg::sync {

static_assert(sizeof(Mutex) == sizeof(go::impl::mutex));
static_assert(sizeof(notifyList) == sizeof(go::impl::notify_list));

void Mutex__Lock(Mutex *m) { go::impl::mutex_lock(reinterpret_cast<go::impl::mutex *>(m)); }
bool Mutex__TryLock(Mutex *m) {
  return go::impl::mutex_trylock(reinterpret_cast<go::impl::mutex *>(m));
}
void Mutex__Unlock(Mutex *m) { go::impl::mutex_unlock(reinterpret_cast<go::impl::mutex *>(m)); }

void throw_(go::string s) {
  std::string msg(s.view());
  go::impl::fatal(msg.c_str());
}
void fatal(go::string s) {
  std::string msg(s.view());
  go::impl::fatal(msg.c_str());
}

void runtime_Semacquire(uint32_t *s) {
  go::impl::semacquire(s, false, go::impl::wait_reason::sync_waitgroup);
}
void runtime_SemacquireMutex(uint32_t *s, bool lifo, int64_t) {
  go::impl::semacquire(s, lifo, go::impl::wait_reason::sync_rwmutex_w);
}
void runtime_Semrelease(uint32_t *s, bool, int64_t) { go::impl::semrelease(s); }

uint32_t runtime_notifyListAdd(notifyList *l) {
  return go::impl::notify_list_add(reinterpret_cast<go::impl::notify_list *>(l));
}
void runtime_notifyListWait(notifyList *l, uint32_t t) {
  go::impl::notify_list_wait(reinterpret_cast<go::impl::notify_list *>(l), t);
}
void runtime_notifyListNotifyAll(notifyList *l) {
  go::impl::notify_list_notify_all(reinterpret_cast<go::impl::notify_list *>(l));
}
void runtime_notifyListNotifyOne(notifyList *l) {
  go::impl::notify_list_notify_one(reinterpret_cast<go::impl::notify_list *>(l));
}
void runtime_notifyListCheck(uintptr_t size) {
  if (size != sizeof(go::impl::notify_list))
    go::impl::fatal("sync: notifyList size mismatch");
}

bool runtime_canSpin(int64_t i) { return go::impl::sync_can_spin(i); }
void runtime_doSpin() { go::impl::sync_do_spin(); }
int64_t runtime_nanotime() { return go::nanotime(); }

uint32_t fastrandn(uint32_t n) {
  return uint32_t((uint64_t(uint32_t(go::impl::fastrand64())) * n) >> 32);
}

// Pools are never emptied by the collector (bdwgc has no such hook): they
// only keep what was put.
void runtime_registerPoolCleanup(go::func<void()>) {}
int64_t runtime_procPin() { return go::impl::proc_pin(); }
int64_t runtime_procCount() { return go::impl::proc_count(); }
void runtime_procUnpin() { go::impl::proc_unpin(); }
uintptr_t runtime_LoadAcquintptr(uintptr_t *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
uintptr_t runtime_StoreReluintptr(uintptr_t *p, uintptr_t v) {
  __atomic_store_n(p, v, __ATOMIC_RELEASE);
  return 0;
}

} // namespace gopkg::sync
