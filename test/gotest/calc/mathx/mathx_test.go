package mathx

import (
	"fmt"
	"testing"
)

func TestAdd(t *testing.T) {
	cases := []struct{ a, b, want int }{{1, 2, 3}, {-1, 1, 0}, {5, 5, 10}}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%d+%d", c.a, c.b), func(t *testing.T) {
			if got := Add(c.a, c.b); got != c.want {
				t.Errorf("Add(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
			}
		})
	}
}

func TestFib(t *testing.T) {
	t.Parallel()
	if Fib(10) != 55 {
		t.Fatal("fib")
	}
}

func BenchmarkFib(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Fib(15)
	}
}

func ExampleAdd() {
	fmt.Println(Add(2, 3))
	// Output: 5
}
