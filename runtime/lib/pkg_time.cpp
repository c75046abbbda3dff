// Native package time: Duration formatting and arithmetic as Go's own
// (time/time.go), instants from the runtime's clocks, and timers built on the
// scheduler's timer heap (timer.cpp). A timer's fire function runs on the
// monitor thread, which is not registered with the collector and must never
// block: it only does a non-blocking send of a pointer-free Time on a
// buffered channel (allocating nothing), as Go's sendTime does. AfterFunc
// therefore cannot start a goroutine from the monitor; it parks a helper
// goroutine on a private channel when armed, and firing wakes it.
#include <climits>
#include <cstdio>
#include <string>

#include "gocxx/pkg/native_types.h"
#include "gocxx/pkg/time.h"
#include "sched_internal.h"

using namespace go::literals;

namespace gopkg::time_ {

// ---- Duration ---------------------------------------------------------------

namespace {
// Formats the fraction of v/10**prec into the tail of buf, omitting trailing
// zeros (and the point when the fraction is zero). Returns the new start.
int fmt_frac(uint8_t *buf, int w, uint64_t &v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    uint64_t digit = v % 10;
    print = print || digit != 0;
    if (print)
      buf[--w] = uint8_t('0' + digit);
    v /= 10;
  }
  if (print)
    buf[--w] = '.';
  return w;
}
int fmt_int(uint8_t *buf, int w, uint64_t v) {
  if (v == 0) {
    buf[--w] = '0';
  } else {
    for (; v > 0; v /= 10)
      buf[--w] = uint8_t('0' + v % 10);
  }
  return w;
}
} // namespace

go::string Duration__String(Duration d) {
  // Largest time is 2540400h10m10.000000000s.
  uint8_t buf[32];
  int w = sizeof buf;
  uint64_t u = uint64_t(d);
  bool neg = d < 0;
  if (neg)
    u = -u;
  if (u < uint64_t(Second)) {
    // Smaller than a second: smaller units, like 1.2ms.
    int prec = 0;
    buf[--w] = 's';
    --w;
    if (u == 0)
      return "0s"_gs;
    if (u < uint64_t(Microsecond)) {
      prec = 0;
      buf[w] = 'n';
    } else if (u < uint64_t(Millisecond)) {
      prec = 3;
      // U+00B5 'µ' micro sign, 0xC2 0xB5.
      --w;
      buf[w] = 0xC2;
      buf[w + 1] = 0xB5;
    } else {
      prec = 6;
      buf[w] = 'm';
    }
    w = fmt_frac(buf, w, u, prec);
    w = fmt_int(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmt_frac(buf, w, u, 9);
    // u is now integer seconds.
    w = fmt_int(buf, w, u % 60);
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmt_int(buf, w, u % 60);
      u /= 60;
      // Hours; stop there because days can be different lengths.
      if (u > 0) {
        buf[--w] = 'h';
        w = fmt_int(buf, w, u);
      }
    }
  }
  if (neg)
    buf[--w] = '-';
  return go::to_string(
      std::string_view(reinterpret_cast<const char *>(buf + w), sizeof buf - size_t(w)));
}

double Duration__Seconds(Duration d) { return double(d / Second) + double(d % Second) / 1e9; }
double Duration__Minutes(Duration d) {
  return double(d / Minute) + double(d % Minute) / (60 * 1e9);
}
double Duration__Hours(Duration d) { return double(d / Hour) + double(d % Hour) / (60 * 60 * 1e9); }

Duration Duration__Truncate(Duration d, Duration m) { return m <= 0 ? d : d - d % m; }

Duration Duration__Round(Duration d, Duration m) {
  if (m <= 0)
    return d;
  auto less_than_half = [](Duration x, Duration y) {
    return uint64_t(x) + uint64_t(x) < uint64_t(y);
  };
  Duration r = d % m;
  if (d < 0) {
    r = -r;
    if (less_than_half(r, m))
      return d + r;
    Duration d1 = d - m + r;
    return d1 < d ? d1 : INT64_MIN;
  }
  if (less_than_half(r, m))
    return d - r;
  Duration d1 = d + m - r;
  return d1 > d ? d1 : INT64_MAX;
}

// ---- Time -------------------------------------------------------------------

namespace {
int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b < 0); }
int64_t floor_mod(int64_t a, int64_t b) { return a % b + (a % b < 0 ? b : 0); }
} // namespace

namespace {
// Seconds from January 1, year 1 (Go's zero Time) to the Unix epoch.
constexpr int64_t unix_to_zero = 62135596800LL;
constexpr int64_t ns_per_sec = 1000000000;

// The Time at n nanoseconds after the zero Time (no monotonic reading).
Time from_zero_ns(__int128 n) {
  __int128 sec = n / ns_per_sec, nsec = n % ns_per_sec;
  if (nsec < 0) {
    nsec += ns_per_sec;
    sec--;
  }
  return Time{int64_t(sec), int64_t(nsec), 0};
}
__int128 since_zero(Time t) { return __int128(t.sec) * ns_per_sec + t.nsec; }
int64_t unix_sec(Time t) { return t.sec - unix_to_zero; }
} // namespace

Time Now() {
  Time t = from_zero_ns(__int128(go::walltime()) + __int128(unix_to_zero) * ns_per_sec);
  t.mono = go::nanotime();
  return t;
}
Time Unix(int64_t sec, int64_t nsec) {
  return from_zero_ns((__int128(sec) + unix_to_zero) * ns_per_sec + nsec);
}
Time UnixMilli(int64_t msec) {
  return from_zero_ns(__int128(msec) * 1000000 + __int128(unix_to_zero) * ns_per_sec);
}
Duration Since(Time t) { return Time__Sub(Now(), t); }
Duration Until(Time t) { return Time__Sub(t, Now()); }

Duration Time__Sub(Time t, Time u) {
  // Both monotonic readings present: immune to wall clock changes.
  if (t.mono && u.mono)
    return t.mono - u.mono;
  // Saturating, as Go's.
  __int128 d = since_zero(t) - since_zero(u);
  if (d > INT64_MAX)
    return INT64_MAX;
  if (d < INT64_MIN)
    return INT64_MIN;
  return int64_t(d);
}

Time Time__Add(Time t, Duration d) {
  Time r = from_zero_ns(since_zero(t) + d);
  r.mono = t.mono ? t.mono + d : 0;
  return r;
}

bool Time__Before(Time t, Time u) {
  return t.mono && u.mono ? t.mono < u.mono : since_zero(t) < since_zero(u);
}
bool Time__After(Time t, Time u) {
  return t.mono && u.mono ? t.mono > u.mono : since_zero(t) > since_zero(u);
}
bool Time__Equal(Time t, Time u) {
  return t.mono && u.mono ? t.mono == u.mono : since_zero(t) == since_zero(u);
}

int64_t Time__Unix(Time t) { return unix_sec(t); }
int64_t Time__UnixMilli(Time t) { return unix_sec(t) * 1000 + t.nsec / 1000000; }
int64_t Time__UnixMicro(Time t) { return unix_sec(t) * 1000000 + t.nsec / 1000; }
int64_t Time__UnixNano(Time t) { return unix_sec(t) * ns_per_sec + t.nsec; }
int64_t Time__Nanosecond(Time t) { return t.nsec; }

// ---- Calendar (UTC only) -------------------------------------------------

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard
// Hinnant's civil-date algorithms).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct civil {
  int64_t year, month, day;
};

civil civil_from_days(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

// Days since the Unix epoch, and nanoseconds into the day.
int64_t day_of(Time t) { return floor_div(unix_sec(t), 86400); }
int64_t ns_of_day(Time t) { return floor_mod(unix_sec(t), 86400) * ns_per_sec + t.nsec; }

// The process's first monotonic reading, for String's "m=" (Go prints the
// monotonic clock relative to process start).
const int64_t process_start = go::nanotime();

const char *const month_names[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
const char *const day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};

go::string bad_enum(const char *type, int64_t v) {
  return go::to_string(std::string("%!") + type + "(" + std::to_string(v) + ")");
}

} // namespace

// Static objects (not on the collected heap, which may not exist yet while
// static initialisers run).
namespace {
Location utc_location{"UTC"_gs};
Location local_location{"Local"_gs};
} // namespace
Location *UTC = &utc_location;
Location *Local = &local_location;

go::string Location__String(Location *l) { return l ? l->name : "UTC"_gs; }

go::string Month__String(Month m) {
  if (m >= 1 && m <= 12)
    return go::to_string(month_names[m - 1]);
  return bad_enum("Month", m);
}

go::string Weekday__String(Weekday d) {
  if (d >= 0 && d <= 6)
    return go::to_string(day_names[d]);
  return bad_enum("Weekday", d);
}

std::tuple<int64_t, Month, int64_t> Time__Date(Time t) {
  civil c = civil_from_days(day_of(t));
  return {c.year, c.month, c.day};
}

std::tuple<int64_t, int64_t, int64_t> Time__Clock(Time t) {
  int64_t s = ns_of_day(t) / 1000000000;
  return {s / 3600, s / 60 % 60, s % 60};
}

int64_t Time__Year(Time t) { return civil_from_days(day_of(t)).year; }
Month Time__Month(Time t) { return civil_from_days(day_of(t)).month; }
int64_t Time__Day(Time t) { return civil_from_days(day_of(t)).day; }
int64_t Time__Hour(Time t) { return ns_of_day(t) / 1000000000 / 3600; }
int64_t Time__Minute(Time t) { return ns_of_day(t) / 1000000000 / 60 % 60; }
int64_t Time__Second(Time t) { return ns_of_day(t) / 1000000000 % 60; }
Weekday Time__Weekday(Time t) { return floor_mod(day_of(t) + 4, 7); } // 1970-01-01 was a Thursday

int64_t Time__YearDay(Time t) {
  civil c = civil_from_days(day_of(t));
  return day_of(t) - days_from_civil(c.year, 1, 1) + 1;
}

// Both measure from the zero Time, as Go's, and drop the monotonic reading.
Time Time__Truncate(Time t, Duration d) {
  if (d <= 0)
    return Time{t.sec, t.nsec, 0};
  return from_zero_ns(since_zero(t) - since_zero(t) % d);
}

Time Time__Round(Time t, Duration d) {
  if (d <= 0)
    return Time{t.sec, t.nsec, 0};
  int64_t r = int64_t(since_zero(t) % d);
  if (uint64_t(r) + uint64_t(r) < uint64_t(d))
    return from_zero_ns(since_zero(t) - r);
  return from_zero_ns(since_zero(t) + (d - r));
}

Time Date(int64_t year, Month month, int64_t day, int64_t hour, int64_t min, int64_t sec,
          int64_t nsec, Location *loc) {
  if (loc == nullptr)
    go::panic(go::box("time: missing Location in call to Date"_gs));
  // Months outside 1..12 carry into the year; the rest normalises by adding.
  int64_t m = month - 1;
  year += floor_div(m, 12);
  m = floor_mod(m, 12) + 1;
  __int128 s = (__int128(days_from_civil(year, m, 1)) + day - 1) * 86400 + unix_to_zero;
  s += __int128(hour) * 3600 + __int128(min) * 60 + sec;
  return from_zero_ns(s * ns_per_sec + nsec);
}

go::string Time__String(Time t) {
  auto [year, month, day] = Time__Date(t);
  auto [hour, min, sec] = Time__Clock(t);
  char buf[96];
  int n = std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld",
                        (long long)year, (long long)month, (long long)day, (long long)hour,
                        (long long)min, (long long)sec);
  std::string out(buf, size_t(n));
  if (int64_t frac = Time__Nanosecond(t)) {
    n = std::snprintf(buf, sizeof buf, ".%09lld", (long long)frac);
    std::string f(buf, size_t(n));
    while (f.back() == '0')
      f.pop_back();
    out += f;
  }
  out += " +0000 UTC";
  if (t.mono) {
    int64_t m = t.mono - process_start;
    uint64_t u = m < 0 ? uint64_t(-m) : uint64_t(m);
    n = std::snprintf(buf, sizeof buf, " m=%c%llu.%09llu", m < 0 ? '-' : '+',
                      (unsigned long long)(u / 1000000000), (unsigned long long)(u % 1000000000));
    out.append(buf, size_t(n));
  }
  return go::to_string(out);
}

// ---- Timers and tickers -----------------------------------------------------

// The scheduler timer comes first so that the pointer the uncollectable timer
// heap holds is the object's own address, keeping it alive while armed.
struct runtimeTimer {
  go::impl::timer t;
  go::chan<Time> *c = nullptr;
  // AfterFunc: the function, and the channel its helper goroutine waits on
  // (true: fire; false: stopped).
  go::func<void()> f;
  go::chan<bool> *wake = nullptr;
};

namespace {

void send_time(go::impl::timer *t) {
  auto *r = static_cast<runtimeTimer *>(t->arg);
  Time now = Now();
  go::impl::chan_send(r->c, &now, false);
}

void wake_func(go::impl::timer *t) {
  auto *r = static_cast<runtimeTimer *>(t->arg);
  bool fire = true;
  go::impl::chan_send(r->wake, &fire, false);
}

runtimeTimer *new_timer(Duration d, Duration period, void (*fire)(go::impl::timer *)) {
  auto *r = go::new_object_flagged<runtimeTimer>(true);
  r->t.arg = r;
  r->t.fire = fire;
  r->t.period = period;
  r->t.when = go::nanotime() + (d > 0 ? d : 0);
  return r;
}

// AfterFunc: a goroutine that waits for the timer and runs f, or ends when
// the timer is stopped first.
void arm_func(runtimeTimer *r, Duration d) {
  go::chan<bool> *wake = go::make_chan<bool>(1);
  r->wake = wake;
  go::func<void()> f = r->f;
  go::spawn([wake, f] {
    if (go::recv(wake))
      f();
  });
  r->t.when = go::nanotime() + (d > 0 ? d : 0);
  go::impl::timer_add(&r->t);
}

bool stop(runtimeTimer *r) {
  bool active = go::impl::timer_remove(&r->t);
  if (active && r->wake) {
    bool fire = false;
    go::impl::chan_send(r->wake, &fire, false);
  }
  return active;
}

} // namespace

Timer *NewTimer(Duration d) {
  runtimeTimer *r = new_timer(d, 0, &send_time);
  r->c = go::make_chan<Time>(1);
  go::impl::timer_add(&r->t);
  return go::new_object_flagged<Timer>(true, Timer{r->c, r});
}

Timer *AfterFunc(Duration d, go::func<void()> f) {
  runtimeTimer *r = new_timer(d, 0, &wake_func);
  r->f = f;
  arm_func(r, d);
  return go::new_object_flagged<Timer>(true, Timer{nullptr, r});
}

bool Timer__Stop(Timer *t) {
  go::impl::nil_check(t);
  if (!t->r)
    go::panic(go::box("time: Stop called on uninitialized Timer"_gs));
  return stop(t->r);
}

bool Timer__Reset(Timer *t, Duration d) {
  go::impl::nil_check(t);
  if (!t->r)
    go::panic(go::box("time: Reset called on uninitialized Timer"_gs));
  bool active = stop(t->r);
  if (t->r->wake) {
    arm_func(t->r, d);
  } else {
    t->r->t.when = go::nanotime() + (d > 0 ? d : 0);
    go::impl::timer_add(&t->r->t);
  }
  return active;
}

go::chan<Time> *After(Duration d) { return NewTimer(d)->C; }

Ticker *NewTicker(Duration d) {
  if (d <= 0)
    go::panic(go::box("non-positive interval for NewTicker"_gs));
  runtimeTimer *r = new_timer(d, d, &send_time);
  r->c = go::make_chan<Time>(1);
  go::impl::timer_add(&r->t);
  return go::new_object_flagged<Ticker>(true, Ticker{r->c, r});
}

void Ticker__Stop(Ticker *t) {
  go::impl::nil_check(t);
  if (t->r)
    go::impl::timer_remove(&t->r->t);
}

void Ticker__Reset(Ticker *t, Duration d) {
  go::impl::nil_check(t);
  if (d <= 0)
    go::panic(go::box("non-positive interval for Ticker.Reset"_gs));
  if (!t->r)
    go::panic(go::box("time: Reset called on uninitialized Ticker"_gs));
  go::impl::timer_remove(&t->r->t);
  t->r->t.period = d;
  t->r->t.when = go::nanotime() + d;
  go::impl::timer_add(&t->r->t);
}

go::chan<Time> *Tick(Duration d) { return d <= 0 ? nullptr : NewTicker(d)->C; }

// ---- Type descriptors -------------------------------------------------------

using gopkg::native::pointer_thunk;
using gopkg::native::value_thunk;

namespace {
uint64_t hash_int64(const void *p, uint64_t seed) { return go::impl::type_int64.hash(p, seed); }
} // namespace

const go::type_desc *Duration__type() {
  static const go::method_desc methods[] = {
      {"Hours"_gs, nullptr, value_thunk<&Duration__Hours>()},
      {"Microseconds"_gs, nullptr, value_thunk<&Duration__Microseconds>()},
      {"Milliseconds"_gs, nullptr, value_thunk<&Duration__Milliseconds>()},
      {"Minutes"_gs, nullptr, value_thunk<&Duration__Minutes>()},
      {"Nanoseconds"_gs, nullptr, value_thunk<&Duration__Nanoseconds>()},
      {"Round"_gs, nullptr, value_thunk<&Duration__Round>()},
      {"Seconds"_gs, nullptr, value_thunk<&Duration__Seconds>()},
      {"String"_gs, nullptr, value_thunk<&Duration__String>()},
      {"Truncate"_gs, nullptr, value_thunk<&Duration__Truncate>()},
  };
  static const go::type_desc desc = {go::kind::int64,
                                     true,
                                     true,
                                     8,
                                     8,
                                     "time.Duration"_gs,
                                     &go::impl::equal_fn<int64_t>,
                                     &hash_int64,
                                     nullptr,
                                     nullptr,
                                     0,
                                     nullptr,
                                     0,
                                     methods,
                                     std::size(methods)};
  return &desc;
}

const go::type_desc *Duration__ptrtype() {
  static const go::method_desc methods[] = {
      {"Hours"_gs, nullptr, pointer_thunk<&Duration__Hours>()},
      {"Microseconds"_gs, nullptr, pointer_thunk<&Duration__Microseconds>()},
      {"Milliseconds"_gs, nullptr, pointer_thunk<&Duration__Milliseconds>()},
      {"Minutes"_gs, nullptr, pointer_thunk<&Duration__Minutes>()},
      {"Nanoseconds"_gs, nullptr, pointer_thunk<&Duration__Nanoseconds>()},
      {"Round"_gs, nullptr, pointer_thunk<&Duration__Round>()},
      {"Seconds"_gs, nullptr, pointer_thunk<&Duration__Seconds>()},
      {"String"_gs, nullptr, pointer_thunk<&Duration__String>()},
      {"Truncate"_gs, nullptr, pointer_thunk<&Duration__Truncate>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Duration>(Duration__type(), "*time.Duration"_gs, methods);
  return &desc;
}

// Time's method set in descriptors (fmt prints a Time through String).
const go::type_desc *Time__type() {
  static const go::field_desc fields[] = {
      {"sec"_gs, &go::impl::type_int64, int64_t(offsetof(Time, sec)), false},
      {"nsec"_gs, &go::impl::type_int64, int64_t(offsetof(Time, nsec)), false},
      {"mono"_gs, &go::impl::type_int64, int64_t(offsetof(Time, mono)), false},
  };
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, value_thunk<&Time__Add>()},
      {"After"_gs, nullptr, value_thunk<&Time__After>()},
      {"Before"_gs, nullptr, value_thunk<&Time__Before>()},
      {"Clock"_gs, nullptr, value_thunk<&Time__Clock>()},
      {"Date"_gs, nullptr, value_thunk<&Time__Date>()},
      {"Day"_gs, nullptr, value_thunk<&Time__Day>()},
      {"Equal"_gs, nullptr, value_thunk<&Time__Equal>()},
      {"Hour"_gs, nullptr, value_thunk<&Time__Hour>()},
      {"IsZero"_gs, nullptr, value_thunk<&Time__IsZero>()},
      {"Local"_gs, nullptr, value_thunk<&Time__Local>()},
      {"Minute"_gs, nullptr, value_thunk<&Time__Minute>()},
      {"Month"_gs, nullptr, value_thunk<&Time__Month>()},
      {"Nanosecond"_gs, nullptr, value_thunk<&Time__Nanosecond>()},
      {"Round"_gs, nullptr, value_thunk<&Time__Round>()},
      {"Second"_gs, nullptr, value_thunk<&Time__Second>()},
      {"String"_gs, nullptr, value_thunk<&Time__String>()},
      {"Sub"_gs, nullptr, value_thunk<&Time__Sub>()},
      {"Truncate"_gs, nullptr, value_thunk<&Time__Truncate>()},
      {"UTC"_gs, nullptr, value_thunk<&Time__UTC>()},
      {"Unix"_gs, nullptr, value_thunk<&Time__Unix>()},
      {"UnixMicro"_gs, nullptr, value_thunk<&Time__UnixMicro>()},
      {"UnixMilli"_gs, nullptr, value_thunk<&Time__UnixMilli>()},
      {"UnixNano"_gs, nullptr, value_thunk<&Time__UnixNano>()},
      {"Weekday"_gs, nullptr, value_thunk<&Time__Weekday>()},
      {"Year"_gs, nullptr, value_thunk<&Time__Year>()},
      {"YearDay"_gs, nullptr, value_thunk<&Time__YearDay>()},
  };
  static const go::type_desc desc = {go::kind::struct_,
                                     true,
                                     true,
                                     sizeof(Time),
                                     alignof(Time),
                                     "time.Time"_gs,
                                     &go::impl::equal_fn<Time>,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     0,
                                     fields,
                                     std::size(fields),
                                     methods,
                                     std::size(methods)};
  return &desc;
}

const go::type_desc *Time__ptrtype() {
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, pointer_thunk<&Time__Add>()},
      {"After"_gs, nullptr, pointer_thunk<&Time__After>()},
      {"Before"_gs, nullptr, pointer_thunk<&Time__Before>()},
      {"Clock"_gs, nullptr, pointer_thunk<&Time__Clock>()},
      {"Date"_gs, nullptr, pointer_thunk<&Time__Date>()},
      {"Day"_gs, nullptr, pointer_thunk<&Time__Day>()},
      {"Equal"_gs, nullptr, pointer_thunk<&Time__Equal>()},
      {"Hour"_gs, nullptr, pointer_thunk<&Time__Hour>()},
      {"IsZero"_gs, nullptr, pointer_thunk<&Time__IsZero>()},
      {"Local"_gs, nullptr, pointer_thunk<&Time__Local>()},
      {"Minute"_gs, nullptr, pointer_thunk<&Time__Minute>()},
      {"Month"_gs, nullptr, pointer_thunk<&Time__Month>()},
      {"Nanosecond"_gs, nullptr, pointer_thunk<&Time__Nanosecond>()},
      {"Round"_gs, nullptr, pointer_thunk<&Time__Round>()},
      {"Second"_gs, nullptr, pointer_thunk<&Time__Second>()},
      {"String"_gs, nullptr, pointer_thunk<&Time__String>()},
      {"Sub"_gs, nullptr, pointer_thunk<&Time__Sub>()},
      {"Truncate"_gs, nullptr, pointer_thunk<&Time__Truncate>()},
      {"UTC"_gs, nullptr, pointer_thunk<&Time__UTC>()},
      {"Unix"_gs, nullptr, pointer_thunk<&Time__Unix>()},
      {"UnixMicro"_gs, nullptr, pointer_thunk<&Time__UnixMicro>()},
      {"UnixMilli"_gs, nullptr, pointer_thunk<&Time__UnixMilli>()},
      {"UnixNano"_gs, nullptr, pointer_thunk<&Time__UnixNano>()},
      {"Weekday"_gs, nullptr, pointer_thunk<&Time__Weekday>()},
      {"Year"_gs, nullptr, pointer_thunk<&Time__Year>()},
      {"YearDay"_gs, nullptr, pointer_thunk<&Time__YearDay>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Time>(Time__type(), "*time.Time"_gs, methods);
  return &desc;
}

namespace {
// Month and Weekday: named ints with a String method.
go::type_desc named_int_desc(go::string name, const go::method_desc *methods) {
  return go::type_desc{go::kind::int_,
                       true,
                       true,
                       8,
                       8,
                       name,
                       &go::impl::equal_fn<int64_t>,
                       &hash_int64,
                       nullptr,
                       nullptr,
                       0,
                       nullptr,
                       0,
                       methods,
                       1};
}
} // namespace

const go::type_desc *Month__type() {
  static const go::method_desc methods[] = {{"String"_gs, nullptr, value_thunk<&Month__String>()}};
  static const go::type_desc desc = named_int_desc("time.Month"_gs, methods);
  return &desc;
}
const go::type_desc *Month__ptrtype() {
  static const go::method_desc methods[] = {
      {"String"_gs, nullptr, pointer_thunk<&Month__String>()}};
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Month>(Month__type(), "*time.Month"_gs, methods);
  return &desc;
}
const go::type_desc *Weekday__type() {
  static const go::method_desc methods[] = {
      {"String"_gs, nullptr, value_thunk<&Weekday__String>()}};
  static const go::type_desc desc = named_int_desc("time.Weekday"_gs, methods);
  return &desc;
}
const go::type_desc *Weekday__ptrtype() {
  static const go::method_desc methods[] = {
      {"String"_gs, nullptr, pointer_thunk<&Weekday__String>()}};
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Weekday>(Weekday__type(), "*time.Weekday"_gs, methods);
  return &desc;
}
const go::type_desc *Location__type() {
  static const go::field_desc fields[] = {{"name"_gs, &go::impl::type_string, 0, false}};
  static const go::type_desc desc = gopkg::native::struct_desc_of<Location>(
      "time.Location"_gs, fields, 1, &go::impl::equal_fn<Location>);
  return &desc;
}
const go::type_desc *Location__ptrtype() {
  static const go::method_desc methods[] = {
      {"String"_gs, nullptr, pointer_thunk<&Location__String>()}};
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Location>(Location__type(), "*time.Location"_gs, methods);
  return &desc;
}

namespace {
// Timer and Ticker: {C, r}; printed as Go prints them ({0xc000... 0xc000...}
// differs by address anyway).
template <class T> const go::field_desc *timer_fields() {
  static const go::field_desc fields[] = {
      {"C"_gs, go::impl::chan_type(Time__type()), int64_t(offsetof(T, C)), false},
      {"r"_gs, &go::impl::type_unsafe_pointer, int64_t(offsetof(T, r)), false},
  };
  return fields;
}
} // namespace

const go::type_desc *Timer__type() {
  static const go::type_desc desc = gopkg::native::struct_desc_of<Timer>(
      "time.Timer"_gs, timer_fields<Timer>(), 2, &go::impl::equal_fn<Timer>);
  return &desc;
}

const go::type_desc *Timer__ptrtype() {
  static const go::method_desc methods[] = {
      {"Reset"_gs, nullptr, pointer_thunk<&Timer__Reset>()},
      {"Stop"_gs, nullptr, pointer_thunk<&Timer__Stop>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Timer>(Timer__type(), "*time.Timer"_gs, methods);
  return &desc;
}

const go::type_desc *Ticker__type() {
  static const go::type_desc desc = gopkg::native::struct_desc_of<Ticker>(
      "time.Ticker"_gs, timer_fields<Ticker>(), 2, &go::impl::equal_fn<Ticker>);
  return &desc;
}

const go::type_desc *Ticker__ptrtype() {
  static const go::method_desc methods[] = {
      {"Reset"_gs, nullptr, pointer_thunk<&Ticker__Reset>()},
      {"Stop"_gs, nullptr, pointer_thunk<&Ticker__Stop>()},
  };
  static const go::type_desc desc =
      gopkg::native::pointer_desc_of<Ticker>(Ticker__type(), "*time.Ticker"_gs, methods);
  return &desc;
}

} // namespace gopkg::time_
