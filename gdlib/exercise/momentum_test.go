package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

// TestMomentumIsGdlibs checks the reference against gdlib.Momentum's run:
// the check must want the iterates the lesson's figures show.
func TestMomentumIsGdlibs(t *testing.T) {
	f := gdlib.Chirp()
	run := gdlib.MustRun(f, gdlib.Pt(1.11), gdlib.Momentum(0.05, 0.9), &gdlib.Settings{Steps: 200})
	x, v := 1.11, 0.0
	for k := 1; k <= 200; k++ {
		x, v = exercise.Momentum.Answer(x, v, f.Deriv(x), 0.05, 0.9)
		if d := math.Abs(x - run.X(k)[0]); d > 1e-9 {
			t.Fatalf("step %d: reference x = %v, gdlib %v", k, x, run.X(k)[0])
		}
	}
}

func TestMomentum(t *testing.T) {
	// The velocity scaled by η (v ← βv + ηf′, x ← x − v) is the same
	// descent.
	if r := exercise.Momentum.Check(func(x, v, g, lr, beta float64) (float64, float64) {
		v = beta*v + lr*g
		return x - v, v
	}); !r.OK {
		t.Fatalf("a correct answer (velocity scaled by η) failed: %v", r)
	}
	// The same maths with the velocity negated: v ← βv − f′, x ← x + ηv.
	if r := exercise.Momentum.Check(func(x, v, g, lr, beta float64) (float64, float64) {
		v = beta*v - g
		return x + lr*v, v
	}); !r.OK {
		t.Fatalf("a correct answer (velocity pointing downhill) failed: %v", r)
	}
	cases := []struct {
		name string
		step exercise.MomentumFunc
		hint string
	}{
		{"β and η swapped", func(x, v, g, lr, beta float64) (float64, float64) {
			v = lr*v + g
			x = x - beta*v
			return x, v
		}, "swapped"},
		{"sign error", func(x, v, g, lr, beta float64) (float64, float64) {
			v = beta*v + g
			x = x + lr*v
			return x, v
		}, "uphill"},
		{"stale velocity", func(x, v, g, lr, beta float64) (float64, float64) {
			x = x - lr*v
			v = beta*v + g
			return x, v
		}, "old velocity"},
		{"averaged form", func(x, v, g, lr, beta float64) (float64, float64) {
			v = beta*v + (1-beta)*g
			x -= lr * v
			return x, v
		}, "averaged form"},
		{"the starting point", func(x, v, g, lr, beta float64) (float64, float64) { return x, v }, "did not move"},
		{"something else", func(x, v, g, lr, beta float64) (float64, float64) {
			v = beta*v + g
			return x - lr*beta*v, v
		}, "two lines"},
		{"plain GD", func(x, v, g, lr, beta float64) (float64, float64) { return x - lr*(beta*v+g), beta * v }, "never used"},
		{"nil", nil, "nil"},
	}
	for _, c := range cases {
		r := exercise.Momentum.Check(c.step)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}
