// Package sync and sync/atomic: Mutex, RWMutex, WaitGroup, Once and Cond
// under contention from many goroutines (their zero values ready to use,
// also as struct fields), and the atomic functions and types.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

type cache struct {
	mu   sync.RWMutex
	vals []int
}

func (c *cache) get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v := c.vals[k]
	return v, v != 0
}

func (c *cache) put(k int, v int) {
	c.mu.Lock()
	c.vals[k] = v
	c.mu.Unlock()
}

func main() {
	// Mutex: 50 goroutines x 1000 increments.
	var c counter
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				c.inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", c.n)

	var m sync.Mutex
	fmt.Println("trylock", m.TryLock(), m.TryLock())
	m.Unlock()
	fmt.Println("trylock after unlock", m.TryLock())
	m.Unlock()

	// RWMutex: readers and writers.
	cc := &cache{vals: make([]int, 10)}
	var hits int64
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				cc.put(j%10, i+1)
			}
		}(i)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if _, ok := cc.get(j % 10); ok {
					atomic.AddInt64(&hits, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("cache filled", cc.vals[0] > 0 && cc.vals[9] > 0, "hits <= 2000:", atomic.LoadInt64(&hits) <= 2000)
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("tryrlock", rw.TryRLock(), "trylock", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("trylock", rw.TryLock(), "tryrlock", rw.TryRLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("rlocker holds a read lock:", !rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rl.Unlock()

	// A writer waits for readers, then readers wait for it.
	var order []string
	var omu sync.Mutex
	note := func(s string) { omu.Lock(); order = append(order, s); omu.Unlock() }
	rw.RLock()
	done := make(chan bool)
	go func() { rw.Lock(); note("writer"); rw.Unlock(); done <- true }()
	for !func() bool { ok := rw.TryLock(); if ok { rw.Unlock() }; return !ok }() {
	}
	note("reader")
	rw.RUnlock()
	<-done
	fmt.Println(order)

	// Once: exactly one call, even when racing; later calls see it done.
	var once sync.Once
	var calls int32
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { atomic.AddInt32(&calls, 1) })
		}()
	}
	wg.Wait()
	once.Do(func() { calls += 100 })
	fmt.Println("once calls", calls)
	var once2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once2.Do(func() { panic("in once") })
	}()
	once2.Do(func() { fmt.Println("not again") })
	fmt.Println("once after panic done")

	// Cond: a producer signals consumers through a queue.
	var qmu sync.Mutex
	cond := sync.NewCond(&qmu)
	queue := []int{}
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				qmu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				if v >= 0 {
					total += v
				}
				qmu.Unlock()
				if v < 0 {
					return
				}
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		qmu.Lock()
		queue = append(queue, i)
		cond.Signal()
		qmu.Unlock()
	}
	qmu.Lock()
	queue = append(queue, -1, -1, -1, -1)
	cond.Broadcast()
	qmu.Unlock()
	wg.Wait()
	fmt.Println("cond total", total)

	// Atomics.
	var n64 int64
	var n32 int32
	var a64 atomic.Int64
	var a32 atomic.Int32
	var u64 atomic.Uint64
	var flag atomic.Bool
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			atomic.AddInt64(&n64, 2)
			atomic.AddInt32(&n32, 1)
			a64.Add(int64(i))
			a32.Add(-1)
			u64.Add(3)
			if i == 42 {
				flag.Store(true)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n64), atomic.LoadInt32(&n32), a64.Load(), a32.Load(), u64.Load(), flag.Load())
	atomic.StoreInt64(&n64, 7)
	atomic.StoreInt32(&n32, 8)
	fmt.Println(n64, n32)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, 7, 70), atomic.CompareAndSwapInt64(&n64, 7, 700))
	fmt.Println(n64)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 8, 80), atomic.SwapInt64(&n64, 1))
	fmt.Println(n32, n64)
	a64.Store(5)
	fmt.Println(a64.CompareAndSwap(5, 6), a64.CompareAndSwap(5, 7), a64.Load(), a64.Swap(9), a64.Load())
	fmt.Println(flag.CompareAndSwap(true, false), flag.Load(), flag.Swap(true), flag.Load())
	var a32b atomic.Int32
	a32b.Store(3)
	fmt.Println(a32b.Load(), a32b.CompareAndSwap(3, 4), a32b.Load())

	// Spin with atomics: a goroutine waits for a flag another sets.
	var ready atomic.Bool
	go func() { ready.Store(true) }()
	for !ready.Load() {
	}
	fmt.Println("spun until ready")

	// Locker interface.
	var l sync.Locker = &m
	l.Lock()
	fmt.Println("locked via Locker:", !m.TryLock())
	l.Unlock()
}
