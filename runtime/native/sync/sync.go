// Package sync declares the part of Go's sync that the gocxx runtime
// implements natively (namespace gopkg::sync, runtime/lib/pkg_sync.cpp).
// Blocking parks the goroutine on the scheduler, never the worker thread.
// Zero values are ready to use. The unexported fields stand for the C++
// layout only as far as the collector cares: none holds a pointer into the
// collected heap (wait queues link records on parked goroutines' stacks).
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. Unlock hands the lock directly to the
// longest waiting goroutine, if any.
type Mutex struct {
	state int32
	sema  uint32
	queue uintptr
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

// An RWMutex is a reader/writer mutual exclusion lock. A waiting writer
// keeps new readers out, as Go's does.
type RWMutex struct {
	state   int32
	readers int32
	queue   uintptr
	last    uintptr
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) RLocker() Locker

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state int32
	count int64
	queue uintptr
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

// Once performs exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())

// Cond is a condition variable: goroutines wait on it for an event that
// another signals, holding L while checking the condition.
type Cond struct {
	L     Locker
	state int32
	queue uintptr
	last  uintptr
}

func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()
