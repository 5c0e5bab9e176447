package exercise_test

import (
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestLinearDecay(t *testing.T) {
	right := func(t, n int, lr float64) float64 { return lr - lr*float64(t+1)/float64(n) }
	if r := exercise.LinearDecay.Check(right); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	cases := []struct {
		name string
		rate exercise.ScheduleFunc
		hint string
	}{
		{"the starting point of the lesson", func(t, n int, lr float64) float64 { return lr }, "does not decay"},
		{"1 − t/N", func(t, n int, lr float64) float64 { return lr * (1 - float64(t)/float64(n)) }, "off by one"},
		{"integer division", func(t, n int, lr float64) float64 { return lr * float64(1-(t+1)/n) }, "integer division"},
		{"rising", func(t, n int, lr float64) float64 { return lr * float64(t+1) / float64(n) }, "grows"},
		{"1 − (t+1)/(N−1)", func(t, n int, lr float64) float64 { return lr * (1 - float64(t+1)/float64(n-1)) }, "rate(t) = η·(1 − (t+1)/N)"},
	}
	for _, c := range cases {
		r := exercise.LinearDecay.Check(c.rate)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}

// TestLinearDecayIsGdlibs: the reference is gdlib.LinearDecay, the schedule
// lesson 5 runs.
func TestLinearDecayIsGdlibs(t *testing.T) {
	for _, n := range []int{7, 100} {
		s := gdlib.LinearDecay(0.01, n)
		for i := range n {
			if got, want := exercise.LinearDecay.Answer(i, n, 0.01), s(i); got != want {
				t.Errorf("n = %d, t = %d: reference %v, gdlib.LinearDecay %v", n, i, got, want)
			}
		}
	}
}
