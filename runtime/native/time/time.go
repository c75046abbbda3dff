// Package time declares the part of Go's time that the gocxx runtime
// implements natively (namespace gopkg::time, runtime/lib/pkg_time.cpp).
// Sleep, timers and tickers use the scheduler's timer heap, so waiting parks
// the goroutine and never blocks a worker thread. Times carry no location:
// they are instants (wall clock plus a monotonic reading, as Go's).
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

// A Time is an instant: nanoseconds since the Unix epoch on the wall clock,
// and a monotonic clock reading (0: none) that Sub, Since and Until prefer.
type Time struct {
	wall int64
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
