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

// An instant: seconds since January 1, year 1 UTC (so the zero value is
// Go's zero Time), nanoseconds within the second, and a monotonic clock
// reading (go::nanotime) or 0 when the time was not read from the clock.
struct Time {
  int64_t sec{};
  int64_t nsec{};
  int64_t mono{};
  bool operator==(const Time &) const = default;
  friend uint64_t go_hash(const Time &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.sec));
    h = go::impl::mix_hash(h ^ go::hash_key(v.nsec));
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
inline bool Time__IsZero(Time t) { return t.sec == 0 && t.nsec == 0; }
int64_t Time__Unix(Time t);
int64_t Time__UnixMilli(Time t);
int64_t Time__UnixMicro(Time t);
int64_t Time__UnixNano(Time t);
int64_t Time__Nanosecond(Time t);

// Calendar fields, all in UTC (Local is UTC here).
using Month = int64_t;
using Weekday = int64_t;
struct Location {
  go::string name{};
  bool operator==(const Location &) const = default;
  friend uint64_t go_hash(const Location &v) { return go::hash_key(v.name); }
};
extern Location *UTC;
extern Location *Local;
go::string Location__String(Location *l);
go::string Month__String(Month m);
go::string Weekday__String(Weekday d);

go::string Time__String(Time t);
std::tuple<int64_t, Month, int64_t> Time__Date(Time t);
std::tuple<int64_t, int64_t, int64_t> Time__Clock(Time t);
int64_t Time__Year(Time t);
Month Time__Month(Time t);
int64_t Time__Day(Time t);
int64_t Time__Hour(Time t);
int64_t Time__Minute(Time t);
int64_t Time__Second(Time t);
Weekday Time__Weekday(Time t);
int64_t Time__YearDay(Time t);
inline Time Time__UTC(Time t) { return t; }
inline Time Time__Local(Time t) { return t; }
Time Time__Round(Time t, Duration d);
Time Time__Truncate(Time t, Duration d);
Time Date(int64_t year, Month month, int64_t day, int64_t hour, int64_t min, int64_t sec,
          int64_t nsec, Location *loc);

inline void Sleep(Duration d) { go::sleep(d); }

// The scheduler timer behind a Timer or Ticker (defined in pkg_time.cpp).
struct runtimeTimer;

struct Timer {
  go::chan<Time> *C{};
  runtimeTimer *r{};
  bool operator==(const Timer &) const = default;
  friend uint64_t go_hash(const Timer &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.C));
    h = go::impl::mix_hash(h ^ go::hash_key(v.r));
    return h;
  }
};

Timer *NewTimer(Duration d);
Timer *AfterFunc(Duration d, go::func<void()> f);
bool Timer__Stop(Timer *t);
bool Timer__Reset(Timer *t, Duration d);
go::chan<Time> *After(Duration d);

struct Ticker {
  go::chan<Time> *C{};
  runtimeTimer *r{};
  bool operator==(const Ticker &) const = default;
  friend uint64_t go_hash(const Ticker &v) {
    uint64_t h = 0x84222325cbf29ce4ULL;
    h = go::impl::mix_hash(h ^ go::hash_key(v.C));
    h = go::impl::mix_hash(h ^ go::hash_key(v.r));
    return h;
  }
};

Ticker *NewTicker(Duration d);
void Ticker__Stop(Ticker *t);
void Ticker__Reset(Ticker *t, Duration d);
go::chan<Time> *Tick(Duration d);

// Type descriptors (see gocxx/pkg/native_types.h).
const go::type_desc *Duration__type();
const go::type_desc *Duration__ptrtype();
const go::type_desc *Time__type();
const go::type_desc *Time__ptrtype();
const go::type_desc *Timer__type();
const go::type_desc *Timer__ptrtype();
const go::type_desc *Ticker__type();
const go::type_desc *Ticker__ptrtype();
const go::type_desc *Month__type();
const go::type_desc *Month__ptrtype();
const go::type_desc *Weekday__type();
const go::type_desc *Weekday__ptrtype();
const go::type_desc *Location__type();
const go::type_desc *Location__ptrtype();

} // namespace gopkg::time_
