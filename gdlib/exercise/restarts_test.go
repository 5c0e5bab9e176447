package exercise_test

import (
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestRestarts(t *testing.T) {
	// A correct answer written otherwise: track the lowest value too.
	right := func(f func(float64) float64, ends []float64) float64 {
		best, fb := 0.0, 1e300
		for _, x := range ends {
			if v := f(x); v < fb {
				best, fb = x, v
			}
		}
		return best
	}
	if r := exercise.Restarts.Check(right); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	// Wrong answers, as a learner writes them, and the words the hint must contain.
	cases := []struct {
		name   string
		lowest exercise.LowestFunc
		hint   string
	}{
		{"the starting point of the lesson", func(f func(float64) float64, ends []float64) float64 {
			best := ends[0]
			return best
		}, "still the first end"},
		{"> instead of <", func(f func(float64) float64, ends []float64) float64 {
			best := ends[0]
			for _, x := range ends[1:] {
				if f(x) > f(best) {
					best = x
				}
			}
			return best
		}, "highest end"},
		{"compares x, not f(x)", func(f func(float64) float64, ends []float64) float64 {
			best := ends[0]
			for _, x := range ends {
				if x < best {
					best = x
				}
			}
			return best
		}, "smallest x"},
		{"best = x without a test", func(f func(float64) float64, ends []float64) float64 {
			best := ends[0]
			for _, x := range ends {
				best = x
			}
			return best
		}, "the last end"},
		{"returns f(best), not best", func(f func(float64) float64, ends []float64) float64 {
			best := ends[0]
			for _, x := range ends {
				if f(x) < f(best) {
					best = x
				}
			}
			return f(best)
		}, "not one of the ends"},
		{"nil", nil, "nil"},
	}
	for _, c := range cases {
		r := exercise.Restarts.Check(c.lowest)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}
