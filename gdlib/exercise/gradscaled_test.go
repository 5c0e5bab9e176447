package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestGradScaled(t *testing.T) {
	right := func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
		xs := make([]float64, 0, steps)
		for i := 0; i < steps; i++ {
			slope := deriv(x)
			x = x - lr*math.Abs(slope)*slope
			xs = append(xs, x)
		}
		return xs
	}
	if r := exercise.GradScaled.Check(right); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	cases := []struct {
		name    string
		descend exercise.DescentFunc
		hint    string
	}{
		{"the starting point of the lesson", func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			for range steps {
				xs = append(xs, x)
			}
			return xs
		}, "never moves"},
		{"the course's order", func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			var grad float64
			for range steps {
				rate := lr * math.Abs(grad)
				grad = deriv(x)
				x = x - rate*grad
				xs = append(xs, x)
			}
			return xs
		}, "previous pass"},
		{"the course's order, primed with f′(x₀)", func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			grad := deriv(x)
			for range steps {
				rate := lr * math.Abs(grad)
				grad = deriv(x)
				x = x - rate*grad
				xs = append(xs, x)
			}
			return xs
		}, "previous pass"},
		{"no absolute value", func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			for range steps {
				g := deriv(x)
				rate := lr * g
				x -= rate * g
				xs = append(xs, x)
			}
			return xs
		}, "absolute value"},
		{"the fixed rate", func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			for range steps {
				x -= lr * deriv(x)
				xs = append(xs, x)
			}
			return xs
		}, "fixed rate"},
		{"one step short", func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			for i := 1; i < steps; i++ {
				g := deriv(x)
				x -= lr * math.Abs(g) * g
				xs = append(xs, x)
			}
			return xs
		}, "99 values, 100 expected"},
	}
	for _, c := range cases {
		r := exercise.GradScaled.Check(c.descend)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}

// TestGradScaledMatchesLibrary: the reference ends where gdlib.GradScaled
// does, 0.4742568743501484 after 100 steps from −1.678 (lesson 5 prints it).
func TestGradScaledMatchesLibrary(t *testing.T) {
	f := gdlib.Quadratic()
	xs := exercise.GradScaled.Answer(-1.678, 0.01, f.Deriv, 100)
	run := gdlib.MustRun(f, gdlib.Pt(-1.678), gdlib.GradScaled(0.01), &gdlib.Settings{Steps: 100})
	if got, want := xs[99], run.Final()[0]; got != want || math.Abs(got-0.4742568743501484) > 1e-15 {
		t.Errorf("reference ends at %v, gdlib.GradScaled at %v, the lesson prints 0.4742568743501484", got, want)
	}
}
