// gocxx: the scheduler's record of a timer (go::impl::timer in
// runtime/timers.h: when, period, fire, arg, heap index) lives inside the
// runtimeTimer, as gc's runtime keeps its timer in this struct: a Timer or
// a Ticker is one allocation. time.cpp places and reads it.
package time

type runtimeTimer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(any, uintptr) // NOTE: must not be closure
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
	sched    [5]uintptr // the scheduler's record, once pp is set
}
