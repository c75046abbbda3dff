package kit

import (
	"fmt"
	"os"
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"one", "go", []string{"go"}},
		{"sorted", "c a b", []string{"a", "b", "c"}},
	}
	for _, tc := range tests {
		tc := tc
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := Words(tc.in)
			if len(got) == 0 && len(tc.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("Words(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestSave(t *testing.T) {
	dir := t.TempDir()
	p, err := Save(dir, "a.txt", "data")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil || string(b) != "data" {
		t.Errorf("read back %q, %v", b, err)
	}
	t.Cleanup(func() { fmt.Println("cleanup ran") })
}

func TestGreeting(t *testing.T) {
	t.Setenv("KIT_NAME", "gopher")
	if g := Greeting(); g != "hello, gopher" {
		t.Errorf("Greeting() = %q", g)
	}
}

func TestShort(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	t.Log("long mode")
}

func helperCheck(t *testing.T, ok bool) {
	t.Helper()
	if !ok {
		t.Error("check failed")
	}
}

func TestHelper(t *testing.T) {
	helperCheck(t, true)
}

func ExampleWords() {
	for _, w := range Words("pear apple fig") {
		fmt.Println(w)
	}
	// Unordered output:
	// fig
	// pear
	// apple
}

func BenchmarkWords(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Words("the quick brown fox")
	}
}
