package exercise_test

import (
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestStableRate(t *testing.T) {
	if r := exercise.StableRate.Check(func(c float64) float64 { return 2.0 / c }); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	cases := []struct {
		name  string
		limit exercise.LimitFunc
		hint  string
	}{
		{"the starting point of the lesson", func(c float64) float64 { return 0 }, "0 is no limit"},
		{"the oscillation limit", func(c float64) float64 { return 1 / c }, "starts to oscillate"},
		{"times instead of over", func(c float64) float64 { return 2 * c }, "divide by curv"},
		{"upside down", func(c float64) float64 { return c / 2 }, "not curv/2"},
		{"1 − 2/c, the factor confused with the rate", func(c float64) float64 { return 1 - 2/c }, "solve |1 − η·curv| < 1"},
	}
	for _, c := range cases {
		r := exercise.StableRate.Check(c.limit)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}

// TestStableRateIsGdlibs: the reference is gdlib.StableRate at each
// minimum; the cliff's f″(0) = 50 gives lesson 6's 0.04, the parabola's
// f″ = 6 lesson 2's 1/3.
func TestStableRateIsGdlibs(t *testing.T) {
	want := map[string]float64{"cliff": 0.04, "parabola": 1.0 / 3}
	for f, x := range map[*gdlib.Function]float64{gdlib.Cliff(): 0, gdlib.Quadratic(): 0.5} {
		c, _ := gdlib.Curvature(f, gdlib.Pt(x))
		s, _ := gdlib.StableRate(f, gdlib.Pt(x))
		got := exercise.StableRate.Answer(c[0])
		name := "cliff"
		if x == 0.5 {
			name = "parabola"
		}
		if d := got - s; d > 1e-12 || d < -1e-12 || got-want[name] > 1e-12 || want[name]-got > 1e-12 {
			t.Errorf("%s: reference %v, gdlib.StableRate %v, want %v", name, got, s, want[name])
		}
	}
}
