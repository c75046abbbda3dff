// Package time declares the part of Go's time that the gocxx runtime
// implements natively (namespace gopkg::time_, runtime/lib/pkg_time.cpp).
// Sleep, timers and tickers use the scheduler's timer heap, so waiting parks
// the goroutine and never blocks a worker thread. Times carry no location:
// every Time is in UTC (Local is UTC here). Format and Parse are missing.
package time

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration

// A Time is an instant: seconds since January 1, year 1 UTC and
// nanoseconds within the second (the zero value is Go's zero Time), and a
// monotonic clock reading (0: none) that Sub, Since and Until prefer.
type Time struct {
	sec  int64
	nsec int64
	mono int64
}

func Now() Time
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func Since(t Time) Duration
func Until(t Time) Duration

func (t Time) Sub(u Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) UnixNano() int64
func (t Time) Nanosecond() int

// Calendar fields and String. Every Time is in UTC: Local is UTC here, and
// time.Date treats any location as UTC.
func (t Time) String() string
func (t Time) Date() (year int, month Month, day int)
func (t Time) Clock() (hour, min, sec int)
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) UTC() Time
func (t Time) Local() Time
func (t Time) Round(d Duration) Time
func (t Time) Truncate(d Duration) Time

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

// A Location names a time zone; only UTC exists.
type Location struct {
	name string
}

var UTC *Location
var Local *Location

func (l *Location) String() string

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

// Sleep pauses the calling goroutine for at least d.
func Sleep(d Duration)

// A Timer sends the current time on C once, after its duration.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// The scheduler timer behind a Timer or Ticker (C++ only).
type runtimeTimer struct {
	c chan Time
}

func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func After(d Duration) <-chan Time

// A Ticker sends the current time on C every period, dropping ticks a slow
// receiver misses.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Tick(d Duration) <-chan Time
