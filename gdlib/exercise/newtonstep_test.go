package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

// TestNewtonStepIsGdlibs checks the reference against
// gdlib.UndampedNewton's run from 1.6 on eˣ − ln x.
func TestNewtonStepIsGdlibs(t *testing.T) {
	f := gdlib.ExpLog()
	run := gdlib.MustRun(f, gdlib.Pt(1.6), gdlib.UndampedNewton(), &gdlib.Settings{Steps: 6})
	x := 1.6
	for k := 1; k <= 6; k++ {
		x = exercise.NewtonStep.Answer(x, f.Deriv(x), f.Deriv2(x))
		if math.Abs(x-run.X(k)[0]) > 1e-12 {
			t.Fatalf("step %d: reference x = %v, gdlib %v", k, x, run.X(k)[0])
		}
	}
}

func TestNewtonStep(t *testing.T) {
	// Newton as gradient descent with the rate 1/f″.
	if r := exercise.NewtonStep.Check(func(x, d1, d2 float64) float64 {
		lr := 1 / d2
		return x - lr*d1
	}); !r.OK {
		t.Fatalf("a correct answer (rate 1/f″) failed: %v", r)
	}
	cases := []struct {
		name string
		step exercise.NewtonStepFunc
		hint string
	}{
		{"upside down", func(x, d1, d2 float64) float64 { return x - d2/d1 }, "upside down"},
		{"sign error", func(x, d1, d2 float64) float64 { return x + d1/d2 }, "uphill"},
		{"gradient step", func(x, d1, d2 float64) float64 { return x - 1*d1 }, "η = 1"},
		{"the starting point", func(x, d1, d2 float64) float64 { return x }, "did not move"},
		{"half a step", func(x, d1, d2 float64) float64 { return x - d1/(2*d2) }, "bottom of the parabola"},
		{"nil", nil, "nil"},
	}
	for _, c := range cases {
		r := exercise.NewtonStep.Check(c.step)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}
