// gocxx: sync.Mutex is the scheduler's (gocxx/runtime/sync.h): Lock spins
// briefly, then parks the goroutine in a FIFO under the mutex's own spin
// lock, and Unlock hands over to the first waiter; the fields are that
// implementation's, the zero value is unlocked.
package sync

type Mutex struct {
	state int32
	guard uint32
	queue uintptr // waiter records on parked goroutines' stacks
	last  uintptr
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

// Go's slow paths have no place here.
func (m *Mutex) lockSlow()            {}
func (m *Mutex) unlockSlow(new int32) {}
