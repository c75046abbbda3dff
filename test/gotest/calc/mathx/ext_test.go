package mathx_test

import (
	"fmt"
	"testing"

	"example.com/calc/mathx"
)

func TestAbs(t *testing.T) {
	check := func(in, want int) {
		t.Helper()
		if got := mathx.Abs(in); got != want {
			t.Errorf("Abs(%d) = %d, want %d", in, got, want)
		}
	}
	check(-3, 3)
	check(4, 4)
	t.Log("abs checked")
}

func ExampleFib() {
	for i := 0; i < 5; i++ {
		fmt.Print(mathx.Fib(i), " ")
	}
	fmt.Println()
	// Output: 0 1 1 2 3
}
