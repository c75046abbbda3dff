// Native package time (declarations in runtime/native/time; the Go package
// name "time" is spelt time_ in C++ because it collides with C's time()).
// Durations and instants, Sleep, timers and tickers. Timers are records in
// the scheduler's timer heap (runtime/lib/timer.cpp): firing one does a
// non-blocking send of the current time on the timer's channel from the
// monitor thread, so nothing here ever blocks a worker thread.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::time_ {

using Duration = int64_t;

inline constexpr Duration Nanosecond = 1;
inline constexpr Duration Microsecond = 1000 * Nanosecond;
inline constexpr Duration Millisecond = 1000 * Microsecond;
inline constexpr Duration Second = 1000 * Millisecond;
inline constexpr Duration Minute = 60 * Second;
inline constexpr Duration Hour = 60 * Minute;

go::string Duration__String(Duration d);
inline int64_t Duration__Nanoseconds(Duration d) { return d; }
inline int64_t Duration__Microseconds(Duration d) { return d / 1000; }
inline int64_t Duration__Milliseconds(Duration d) { return d / 1000000; }
double Duration__Seconds(Duration d);
double Duration__Minutes(Duration d);
double Duration__Hours(Duration d);
Duration Duration__Truncate(Duration d, Duration m);
Duration Duration__Round(Duration d, Duration m);

// An instant: wall clock nanoseconds since the Unix epoch, and a monotonic
// clock reading (go::nanotime) or 0 when the time was not read from the
// clock. Field names as in the Go declaration.
struct Time {
  int64_t wall{};
  int64_t mono{};
  bool operator==(const Time&) const = default;
  friend uint64_t go_hash(const Time& v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.wall));
    h = go::impl::mix_hash(h ^ go::hash_key(v.mono));
    return h;
  }
};

Time Now();
Time Unix(int64_t sec, int64_t nsec);
Time UnixMilli(int64_t msec);
Duration Since(Time t);
Duration Until(Time t);

Duration Time__Sub(Time t, Time u);
Time Time__Add(Time t, Duration d);
bool Time__Before(Time t, Time u);
bool Time__After(Time t, Time u);
bool Time__Equal(Time t, Time u);
inline bool Time__IsZero(Time t) { return t.wall == 0 && t.mono == 0; }
int64_t Time__Unix(Time t);
int64_t Time__UnixMilli(Time t);
int64_t Time__UnixMicro(Time t);
inline int64_t Time__UnixNano(Time t) { return t.wall; }
int64_t Time__Nanosecond(Time t);

inline void Sleep(Duration d) { go::sleep(d); }

// The scheduler timer behind a Timer or Ticker (defined in pkg_time.cpp).
struct runtimeTimer;

struct Timer {
  go::chan<Time>* C{};
  runtimeTimer* r{};
  bool operator==(const Timer&) const = default;
  friend uint64_t go_hash(const Timer& v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.C));
    h = go::impl::mix_hash(h ^ go::hash_key(v.r));
    return h;
  }
};

Timer* NewTimer(Duration d);
Timer* AfterFunc(Duration d, go::func<void()> f);
bool Timer__Stop(Timer* t);
bool Timer__Reset(Timer* t, Duration d);
go::chan<Time>* After(Duration d);

struct Ticker {
  go::chan<Time>* C{};
  runtimeTimer* r{};
  bool operator==(const Ticker&) const = default;
  friend uint64_t go_hash(const Ticker& v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.C));
    h = go::impl::mix_hash(h ^ go::hash_key(v.r));
    return h;
  }
};

Ticker* NewTicker(Duration d);
void Ticker__Stop(Ticker* t);
void Ticker__Reset(Ticker* t, Duration d);
go::chan<Time>* Tick(Duration d);

// Type descriptors (see gocxx/pkg/native_types.h).
const go::type_desc* Duration__type();
const go::type_desc* Duration__ptrtype();
const go::type_desc* Time__type();
const go::type_desc* Time__ptrtype();
const go::type_desc* Timer__type();
const go::type_desc* Timer__ptrtype();
const go::type_desc* Ticker__type();
const go::type_desc* Ticker__ptrtype();

}  // namespace gopkg::time_
