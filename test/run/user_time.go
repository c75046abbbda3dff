// time: Date, Format, Parse, Duration, AddDate, Truncate and Round.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 15, 14, 30, 45, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format("2006-01-02 15:04:05.000"), t.Format(time.Kitchen))
	fmt.Println(t.Weekday(), t.YearDay(), t.Unix(), t.Month())
	t2 := t.Add(36*time.Hour + 15*time.Minute)
	fmt.Println(t2.Sub(t), t2.After(t), t2.Format("Jan 2, 2006"))
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Seconds(), time.Duration(1500)*time.Microsecond)
	p, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(p, err, p.AddDate(0, 1, 0))
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(time.Since(start) >= 10*time.Millisecond)
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Minute).Format("15:04"))
}
