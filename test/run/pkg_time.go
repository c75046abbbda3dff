// Package time: Duration constants, formatting and conversions; Now, Since,
// Sub and Unix; Sleep, After, NewTimer with Stop/Reset, NewTicker and Tick.
// Outputs depend only on ordering, never on how long things took.
package main

import (
	"fmt"
	"time"
)

type stringer interface{ String() string }

func main() {
	ds := []time.Duration{0, 1, 999, 1500, 2 * time.Millisecond, 1500 * time.Millisecond,
		90 * time.Second, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond, -42 * time.Microsecond}
	for _, d := range ds {
		fmt.Println(d.String(), int64(d), d.Milliseconds())
	}
	fmt.Println(time.Hour.Seconds(), (1500 * time.Millisecond).Seconds(), time.Minute.Minutes(), (90 * time.Minute).Hours())
	fmt.Println(time.Second/time.Millisecond, time.Duration(1234567).Truncate(time.Millisecond), time.Duration(1500500).Round(time.Millisecond))

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 20ms:", el >= 20*time.Millisecond, time.Now().Sub(start) >= el)
	fmt.Println("after:", time.Now().After(start), start.Before(time.Now()), start.Equal(start))
	u := time.Unix(1700000000, 5)
	fmt.Println(u.Unix(), u.UnixNano(), u.UnixMilli(), u.Nanosecond(), u.Add(time.Second).Unix())
	fmt.Println("now is after 2023:", time.Now().Unix() > 1700000000, time.Now().UnixNano() > u.UnixNano())

	// After and select: the shorter timer wins.
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("short timer")
	case <-time.After(time.Second):
		fmt.Println("long timer")
	}

	// A stopped timer never fires; a reset one fires once.
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop(), "stop again:", t.Stop())
	fmt.Println("reset:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("timer fired")

	// Ticker: three ticks, then stop.
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()

	c := time.Tick(2 * time.Millisecond)
	<-c
	<-c
	fmt.Println("two ticks from Tick")

	// Many goroutines sleeping at once are parked, not blocking workers.
	done := make(chan int)
	for i := 0; i < 100; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i%10) * time.Millisecond)
			done <- i
		}(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)

	fired := make(chan string)
	time.AfterFunc(3*time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)
	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("afterfunc stopped:", af.Stop())

	fmt.Println(time.Duration(90) * time.Second)
	var d time.Duration = 2*time.Hour + 3*time.Millisecond
	fmt.Printf("%v %s %d\n", d, d, d)
	var s stringer = time.Minute
	fmt.Println(s.String())

	// Calendar fields and String, in UTC.
	cal := time.Date(2024, time.February, 29, 13, 4, 5, 120000000, time.UTC)
	fmt.Println(cal)
	fmt.Println(cal.Year(), cal.Month(), cal.Day(), cal.Hour(), cal.Minute(), cal.Second(), cal.Weekday(), cal.YearDay(), cal.Unix())
	y, mo, dd := cal.Date()
	h, mi, sec := cal.Clock()
	fmt.Println(y, mo, dd, h, mi, sec)
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(1700000000, 999).UTC().String())
	fmt.Println(cal.Truncate(time.Hour), cal.Round(time.Minute), cal.Add(36*time.Hour).Weekday())
	fmt.Println(time.Month(13), time.Saturday, time.December, time.UTC)
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Sunday)
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Weekday(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) == zero)
	fmt.Println(time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC).Unix(), cal.Sub(zero), zero.Sub(cal))
}
