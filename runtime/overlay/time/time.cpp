// Native code of package time: the clocks and timers gc's runtime gives
// it, on gocxx's scheduler. A runtimeTimer holds a scheduler timer (its pp
// field points at it); when the timer fires, the monitor thread (or an
// idle worker) calls the Go function the timer holds (time's sendTime or
// goFunc, which neither block nor panic).
#include <gocxx/runtime/timers.h>

namespace gopkg::time_ {

namespace {
void fire(go::impl::timer *t) {
  auto *rt = static_cast<runtimeTimer *>(t->arg);
  rt->f(rt->arg, rt->seq);
}

// The scheduler's record, in the runtimeTimer's sched field (timer.go):
// placed on first use, pp marking it placed. The scheduler's heap points
// into the Timer, which keeps it alive while armed.
go::impl::timer *timer_of(runtimeTimer *rt) {
  static_assert(sizeof(rt->sched) >= sizeof(go::impl::timer) &&
                alignof(decltype(rt->sched)) >= alignof(go::impl::timer));
  auto *t = reinterpret_cast<go::impl::timer *>(&rt->sched);
  if (!rt->pp) {
    ::new (static_cast<void *>(t)) go::impl::timer{};
    t->fire = &fire;
    t->arg = rt;
    rt->pp = reinterpret_cast<uintptr_t>(t);
  }
  return t;
}

void arm(runtimeTimer *rt) {
  go::impl::timer *t = timer_of(rt);
  t->when = rt->when;
  t->period = rt->period;
  go::impl::timer_add(t);
}
} // namespace

void Sleep(Duration d) { go::sleep(d); }

void startTimer(runtimeTimer *rt) { arm(rt); }

bool stopTimer(runtimeTimer *rt) { return go::impl::timer_remove(timer_of(rt)); }

bool resetTimer(runtimeTimer *rt, int64_t when) {
  bool active = go::impl::timer_remove(timer_of(rt));
  rt->when = when;
  arm(rt);
  return active;
}

void modTimer(runtimeTimer *rt, int64_t when, int64_t period, go::func<void(go::any, uintptr_t)> f,
              go::any arg, uintptr_t seq) {
  go::impl::timer_remove(timer_of(rt));
  rt->when = when;
  rt->period = period;
  rt->f = f;
  rt->arg = arg;
  rt->seq = seq;
  arm(rt);
}

std::tuple<int64_t, int32_t, int64_t> now() {
  int64_t wall = go::walltime();
  return {wall / 1000000000, int32_t(wall % 1000000000), go::nanotime()};
}

int64_t runtimeNano() { return go::nanotime(); }

} // namespace gopkg::time_
