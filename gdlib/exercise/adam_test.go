package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

// TestAdamStepIsGdlibs checks the reference against gdlib.Adam's run.
func TestAdamStepIsGdlibs(t *testing.T) {
	f := gdlib.Quadratic()
	run := gdlib.MustRun(f, gdlib.Pt(1.026), gdlib.Adam(0.1), &gdlib.Settings{Steps: 60})
	x, m, v := 1.026, 0.0, 0.0
	for k := 1; k <= 60; k++ {
		x, m, v = exercise.AdamStep.Answer(x, m, v, f.Deriv(x), k, 0.1)
		if math.Abs(x-run.X(k)[0]) > 1e-12 {
			t.Fatalf("step %d: reference x = %v, gdlib %v", k, x, run.X(k)[0])
		}
	}
}

func TestAdamStep(t *testing.T) {
	// Written out as a learner would, the powers by a loop-free math.Pow.
	right := func(x, m, v, g float64, t int, lr float64) (float64, float64, float64) {
		m = 0.9*m + 0.1*g
		v = 0.999*v + 0.001*g*g
		mh := m / (1 - math.Pow(0.9, float64(t)))
		vh := v / (1 - math.Pow(0.999, float64(t)))
		return x - lr*mh/(math.Sqrt(vh)+1e-8), m, v
	}
	if r := exercise.AdamStep.Check(right); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	cases := []struct {
		name string
		step exercise.AdamStepFunc
		hint string
	}{
		{"no bias correction", func(x, m, v, g float64, t int, lr float64) (float64, float64, float64) {
			m = 0.9*m + 0.1*g
			v = 0.999*v + 0.001*g*g
			return x - lr*m/(math.Sqrt(v)+1e-8), m, v
		}, "no bias correction"},
		{"t counted from 0", func(x, m, v, g float64, t int, lr float64) (float64, float64, float64) {
			m = 0.9*m + 0.1*g
			v = 0.999*v + 0.001*g*g
			mh := m / (1 - math.Pow(0.9, float64(t-1)))
			vh := v / (1 - math.Pow(0.999, float64(t-1)))
			return x - lr*mh/(math.Sqrt(vh)+1e-8), m, v
		}, "divides by zero"},
		{"t one too many", func(x, m, v, g float64, t int, lr float64) (float64, float64, float64) {
			m = 0.9*m + 0.1*g
			v = 0.999*v + 0.001*g*g
			mh := m / (1 - math.Pow(0.9, float64(t+1)))
			vh := v / (1 - math.Pow(0.999, float64(t+1)))
			return x - lr*mh/(math.Sqrt(vh)+1e-8), m, v
		}, "off by one in t"},
		{"β's swapped", func(x, m, v, g float64, t int, lr float64) (float64, float64, float64) {
			m = 0.999*m + 0.001*g
			v = 0.9*v + 0.1*g*g
			mh := m / (1 - math.Pow(0.999, float64(t)))
			vh := v / (1 - math.Pow(0.9, float64(t)))
			return x - lr*mh/(math.Sqrt(vh)+1e-8), m, v
		}, "swapped"},
		{"sign error", func(x, m, v, g float64, t int, lr float64) (float64, float64, float64) {
			m = 0.9*m + 0.1*g
			v = 0.999*v + 0.001*g*g
			mh := m / (1 - math.Pow(0.9, float64(t)))
			vh := v / (1 - math.Pow(0.999, float64(t)))
			return x + lr*mh/(math.Sqrt(vh)+1e-8), m, v
		}, "uphill"},
		{"the starting point", func(x, m, v, g float64, t int, lr float64) (float64, float64, float64) { return x, m, v }, "did not move"},
		{"nil", nil, "nil"},
	}
	for _, c := range cases {
		r := exercise.AdamStep.Check(c.step)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}
