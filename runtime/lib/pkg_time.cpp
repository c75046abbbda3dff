// Native package time: Duration formatting and arithmetic as Go's own
// (time/time.go), instants from the runtime's clocks, and timers built on the
// scheduler's timer heap (timer.cpp). A timer's fire function runs on the
// monitor thread, which is not registered with the collector and must never
// block: it only does a non-blocking send of a pointer-free Time on a
// buffered channel (allocating nothing), as Go's sendTime does. AfterFunc
// therefore cannot start a goroutine from the monitor; it parks a helper
// goroutine on a private channel when armed, and firing wakes it.
#include <climits>

#include "gocxx/pkg/native_types.h"
#include "gocxx/pkg/time.h"
#include "sched_internal.h"

using namespace go::literals;

namespace gopkg::time_ {

// ---- Duration ---------------------------------------------------------------

namespace {
// Formats the fraction of v/10**prec into the tail of buf, omitting trailing
// zeros (and the point when the fraction is zero). Returns the new start.
int fmt_frac(uint8_t* buf, int w, uint64_t& v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    uint64_t digit = v % 10;
    print = print || digit != 0;
    if (print) buf[--w] = uint8_t('0' + digit);
    v /= 10;
  }
  if (print) buf[--w] = '.';
  return w;
}
int fmt_int(uint8_t* buf, int w, uint64_t v) {
  if (v == 0) {
    buf[--w] = '0';
  } else {
    for (; v > 0; v /= 10) buf[--w] = uint8_t('0' + v % 10);
  }
  return w;
}
}  // namespace

go::string Duration__String(Duration d) {
  // Largest time is 2540400h10m10.000000000s.
  uint8_t buf[32];
  int w = sizeof buf;
  uint64_t u = uint64_t(d);
  bool neg = d < 0;
  if (neg) u = -u;
  if (u < uint64_t(Second)) {
    // Smaller than a second: smaller units, like 1.2ms.
    int prec = 0;
    buf[--w] = 's';
    --w;
    if (u == 0) return "0s"_gs;
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
  if (neg) buf[--w] = '-';
  return go::to_string(std::string_view(reinterpret_cast<const char*>(buf + w), sizeof buf - size_t(w)));
}

double Duration__Seconds(Duration d) { return double(d / Second) + double(d % Second) / 1e9; }
double Duration__Minutes(Duration d) { return double(d / Minute) + double(d % Minute) / (60 * 1e9); }
double Duration__Hours(Duration d) { return double(d / Hour) + double(d % Hour) / (60 * 60 * 1e9); }

Duration Duration__Truncate(Duration d, Duration m) { return m <= 0 ? d : d - d % m; }

Duration Duration__Round(Duration d, Duration m) {
  if (m <= 0) return d;
  auto less_than_half = [](Duration x, Duration y) { return uint64_t(x) + uint64_t(x) < uint64_t(y); };
  Duration r = d % m;
  if (d < 0) {
    r = -r;
    if (less_than_half(r, m)) return d + r;
    Duration d1 = d - m + r;
    return d1 < d ? d1 : INT64_MIN;
  }
  if (less_than_half(r, m)) return d - r;
  Duration d1 = d + m - r;
  return d1 > d ? d1 : INT64_MAX;
}

// ---- Time -------------------------------------------------------------------

namespace {
int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b < 0); }
int64_t floor_mod(int64_t a, int64_t b) { return a % b + (a % b < 0 ? b : 0); }
}  // namespace

Time Now() { return Time{go::walltime(), go::nanotime()}; }
Time Unix(int64_t sec, int64_t nsec) { return Time{sec * 1000000000 + nsec, 0}; }
Time UnixMilli(int64_t msec) { return Time{msec * 1000000, 0}; }
Duration Since(Time t) { return Time__Sub(Now(), t); }
Duration Until(Time t) { return Time__Sub(t, Now()); }

Duration Time__Sub(Time t, Time u) {
  // Both monotonic readings present: immune to wall clock changes.
  if (t.mono && u.mono) return t.mono - u.mono;
  return t.wall - u.wall;
}

Time Time__Add(Time t, Duration d) { return Time{t.wall + d, t.mono ? t.mono + d : 0}; }

bool Time__Before(Time t, Time u) { return t.mono && u.mono ? t.mono < u.mono : t.wall < u.wall; }
bool Time__After(Time t, Time u) { return t.mono && u.mono ? t.mono > u.mono : t.wall > u.wall; }
bool Time__Equal(Time t, Time u) { return t.mono && u.mono ? t.mono == u.mono : t.wall == u.wall; }

int64_t Time__Unix(Time t) { return floor_div(t.wall, 1000000000); }
int64_t Time__UnixMilli(Time t) { return floor_div(t.wall, 1000000); }
int64_t Time__UnixMicro(Time t) { return floor_div(t.wall, 1000); }
int64_t Time__Nanosecond(Time t) { return floor_mod(t.wall, 1000000000); }

// ---- Timers and tickers -----------------------------------------------------

// The scheduler timer comes first so that the pointer the uncollectable timer
// heap holds is the object's own address, keeping it alive while armed.
struct runtimeTimer {
  go::impl::timer t;
  go::chan<Time>* c = nullptr;
  // AfterFunc: the function, and the channel its helper goroutine waits on
  // (true: fire; false: stopped).
  go::func<void()> f;
  go::chan<bool>* wake = nullptr;
};

namespace {

void send_time(go::impl::timer* t) {
  auto* r = static_cast<runtimeTimer*>(t->arg);
  Time now = Now();
  go::impl::chan_send(r->c, &now, false);
}

void wake_func(go::impl::timer* t) {
  auto* r = static_cast<runtimeTimer*>(t->arg);
  bool fire = true;
  go::impl::chan_send(r->wake, &fire, false);
}

runtimeTimer* new_timer(Duration d, Duration period, void (*fire)(go::impl::timer*)) {
  auto* r = go::new_object_flagged<runtimeTimer>(true);
  r->t.arg = r;
  r->t.fire = fire;
  r->t.period = period;
  r->t.when = go::nanotime() + (d > 0 ? d : 0);
  return r;
}

// AfterFunc: a goroutine that waits for the timer and runs f, or ends when
// the timer is stopped first.
void arm_func(runtimeTimer* r, Duration d) {
  go::chan<bool>* wake = go::make_chan<bool>(1);
  r->wake = wake;
  go::func<void()> f = r->f;
  go::spawn([wake, f] {
    if (go::recv(wake)) f();
  });
  r->t.when = go::nanotime() + (d > 0 ? d : 0);
  go::impl::timer_add(&r->t);
}

bool stop(runtimeTimer* r) {
  bool active = go::impl::timer_remove(&r->t);
  if (active && r->wake) {
    bool fire = false;
    go::impl::chan_send(r->wake, &fire, false);
  }
  return active;
}

}  // namespace

Timer* NewTimer(Duration d) {
  runtimeTimer* r = new_timer(d, 0, &send_time);
  r->c = go::make_chan<Time>(1);
  go::impl::timer_add(&r->t);
  return go::new_object_flagged<Timer>(true, Timer{r->c, r});
}

Timer* AfterFunc(Duration d, go::func<void()> f) {
  runtimeTimer* r = new_timer(d, 0, &wake_func);
  r->f = f;
  arm_func(r, d);
  return go::new_object_flagged<Timer>(true, Timer{nullptr, r});
}

bool Timer__Stop(Timer* t) {
  go::impl::nil_check(t);
  if (!t->r) go::panic(go::box("time: Stop called on uninitialized Timer"_gs));
  return stop(t->r);
}

bool Timer__Reset(Timer* t, Duration d) {
  go::impl::nil_check(t);
  if (!t->r) go::panic(go::box("time: Reset called on uninitialized Timer"_gs));
  bool active = stop(t->r);
  if (t->r->wake) {
    arm_func(t->r, d);
  } else {
    t->r->t.when = go::nanotime() + (d > 0 ? d : 0);
    go::impl::timer_add(&t->r->t);
  }
  return active;
}

go::chan<Time>* After(Duration d) { return NewTimer(d)->C; }

Ticker* NewTicker(Duration d) {
  if (d <= 0) go::panic(go::box("non-positive interval for NewTicker"_gs));
  runtimeTimer* r = new_timer(d, d, &send_time);
  r->c = go::make_chan<Time>(1);
  go::impl::timer_add(&r->t);
  return go::new_object_flagged<Ticker>(true, Ticker{r->c, r});
}

void Ticker__Stop(Ticker* t) {
  go::impl::nil_check(t);
  if (t->r) go::impl::timer_remove(&t->r->t);
}

void Ticker__Reset(Ticker* t, Duration d) {
  go::impl::nil_check(t);
  if (d <= 0) go::panic(go::box("non-positive interval for Ticker.Reset"_gs));
  if (!t->r) go::panic(go::box("time: Reset called on uninitialized Ticker"_gs));
  go::impl::timer_remove(&t->r->t);
  t->r->t.period = d;
  t->r->t.when = go::nanotime() + d;
  go::impl::timer_add(&t->r->t);
}

go::chan<Time>* Tick(Duration d) { return d <= 0 ? nullptr : NewTicker(d)->C; }

// ---- Type descriptors -------------------------------------------------------

using gopkg::native::pointer_thunk;
using gopkg::native::value_thunk;

namespace {
uint64_t hash_int64(const void* p, uint64_t seed) { return go::impl::type_int64.hash(p, seed); }
}  // namespace

const go::type_desc* Duration__type() {
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
  static const go::type_desc desc = {go::kind::int64, true, true, 8, 8, "time.Duration"_gs,
                                     &go::impl::equal_fn<int64_t>, &hash_int64, nullptr, nullptr, 0,
                                     nullptr, 0, methods, std::size(methods)};
  return &desc;
}

const go::type_desc* Duration__ptrtype() {
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
  static const go::type_desc desc = gopkg::native::pointer_desc(
      Duration__type(), "*time.Duration"_gs, methods, std::size(methods), &go::impl::equal_fn<Duration*>);
  return &desc;
}

// Time's method set in descriptors: the methods without Time parameters
// (enough for user interfaces such as interface{ Unix() int64 }).
const go::type_desc* Time__type() {
  static const go::field_desc fields[] = {
      {"wall"_gs, &go::impl::type_int64, int64_t(offsetof(Time, wall)), false},
      {"mono"_gs, &go::impl::type_int64, int64_t(offsetof(Time, mono)), false},
  };
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, value_thunk<&Time__Add>()},
      {"After"_gs, nullptr, value_thunk<&Time__After>()},
      {"Before"_gs, nullptr, value_thunk<&Time__Before>()},
      {"Equal"_gs, nullptr, value_thunk<&Time__Equal>()},
      {"IsZero"_gs, nullptr, value_thunk<&Time__IsZero>()},
      {"Nanosecond"_gs, nullptr, value_thunk<&Time__Nanosecond>()},
      {"Sub"_gs, nullptr, value_thunk<&Time__Sub>()},
      {"Unix"_gs, nullptr, value_thunk<&Time__Unix>()},
      {"UnixMicro"_gs, nullptr, value_thunk<&Time__UnixMicro>()},
      {"UnixMilli"_gs, nullptr, value_thunk<&Time__UnixMilli>()},
      {"UnixNano"_gs, nullptr, value_thunk<&Time__UnixNano>()},
  };
  static const go::type_desc desc = {go::kind::struct_, true, true, sizeof(Time), alignof(Time), "time.Time"_gs,
                                     &go::impl::equal_fn<Time>, nullptr, nullptr, nullptr, 0,
                                     fields, std::size(fields), methods, std::size(methods)};
  return &desc;
}

const go::type_desc* Time__ptrtype() {
  static const go::method_desc methods[] = {
      {"Add"_gs, nullptr, pointer_thunk<&Time__Add>()},
      {"After"_gs, nullptr, pointer_thunk<&Time__After>()},
      {"Before"_gs, nullptr, pointer_thunk<&Time__Before>()},
      {"Equal"_gs, nullptr, pointer_thunk<&Time__Equal>()},
      {"IsZero"_gs, nullptr, pointer_thunk<&Time__IsZero>()},
      {"Nanosecond"_gs, nullptr, pointer_thunk<&Time__Nanosecond>()},
      {"Sub"_gs, nullptr, pointer_thunk<&Time__Sub>()},
      {"Unix"_gs, nullptr, pointer_thunk<&Time__Unix>()},
      {"UnixMicro"_gs, nullptr, pointer_thunk<&Time__UnixMicro>()},
      {"UnixMilli"_gs, nullptr, pointer_thunk<&Time__UnixMilli>()},
      {"UnixNano"_gs, nullptr, pointer_thunk<&Time__UnixNano>()},
  };
  static const go::type_desc desc = gopkg::native::pointer_desc(
      Time__type(), "*time.Time"_gs, methods, std::size(methods), &go::impl::equal_fn<Time*>);
  return &desc;
}

namespace {
// Timer and Ticker: {C, r}; printed as Go prints them ({0xc000... 0xc000...}
// differs by address anyway).
template <class T>
const go::field_desc* timer_fields() {
  static const go::field_desc fields[] = {
      {"C"_gs, go::impl::chan_type(Time__type()), int64_t(offsetof(T, C)), false},
      {"r"_gs, &go::impl::type_unsafe_pointer, int64_t(offsetof(T, r)), false},
  };
  return fields;
}
}  // namespace

const go::type_desc* Timer__type() {
  static const go::type_desc desc = {go::kind::struct_, false, true, sizeof(Timer), alignof(Timer),
                                     "time.Timer"_gs, &go::impl::equal_fn<Timer>, nullptr, nullptr, nullptr,
                                     0, timer_fields<Timer>(), 2, nullptr, 0};
  return &desc;
}

const go::type_desc* Timer__ptrtype() {
  static const go::method_desc methods[] = {
      {"Reset"_gs, nullptr, pointer_thunk<&Timer__Reset>()},
      {"Stop"_gs, nullptr, pointer_thunk<&Timer__Stop>()},
  };
  static const go::type_desc desc = gopkg::native::pointer_desc(
      Timer__type(), "*time.Timer"_gs, methods, std::size(methods), &go::impl::equal_fn<Timer*>);
  return &desc;
}

const go::type_desc* Ticker__type() {
  static const go::type_desc desc = {go::kind::struct_, false, true, sizeof(Ticker), alignof(Ticker),
                                     "time.Ticker"_gs, &go::impl::equal_fn<Ticker>, nullptr, nullptr, nullptr,
                                     0, timer_fields<Ticker>(), 2, nullptr, 0};
  return &desc;
}

const go::type_desc* Ticker__ptrtype() {
  static const go::method_desc methods[] = {
      {"Reset"_gs, nullptr, pointer_thunk<&Ticker__Reset>()},
      {"Stop"_gs, nullptr, pointer_thunk<&Ticker__Stop>()},
  };
  static const go::type_desc desc = gopkg::native::pointer_desc(
      Ticker__type(), "*time.Ticker"_gs, methods, std::size(methods), &go::impl::equal_fn<Ticker*>);
  return &desc;
}

}  // namespace gopkg::time_
