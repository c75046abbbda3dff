package strs

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	code := m.Run()
	fmt.Println("teardown")
	os.Exit(code)
}

func TestReverse(t *testing.T) {
	if got := Reverse("héllo"); got != "olléh" {
		t.Errorf("got %q", got)
	}
}

func TestShout(t *testing.T) {
	if got := Shout("hi"); got != "HI!!" {
		t.Errorf("Shout(%q) = %q, want %q", "hi", got, "HI!!")
	}
}

func TestSkip(t *testing.T) {
	t.Skip("not today")
}

func ExampleShout() {
	fmt.Println(Shout("a"))
	fmt.Println(Shout("b"))
	// Output:
	// A!
	// C!
}
