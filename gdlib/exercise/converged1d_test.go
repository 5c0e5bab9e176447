package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

// TestConverged1DIsTheLabsRule checks the exercise's reference against
// gdlib: the one-variable lab's verdicts are gdlib runs with GradTol 1e−5,
// and the answer the check wants must end where they end, after as many
// steps.
func TestConverged1DIsTheLabsRule(t *testing.T) {
	f := gdlib.ExpLog()
	for _, s := range []struct {
		n      int
		lr, x0 float64
	}{{25, 0.1, 1.6}, {25, 0.3, 1.6}, {25, 0.04, 1.6}, {75, 0.04, 1.6}, {25, 0.1, 0.05}} {
		run := gdlib.MustRun(f, gdlib.Pt(s.x0), gdlib.GD(s.lr), &gdlib.Settings{Steps: s.n, GradTol: 1e-5})
		x, k := exercise.Converged1D.Answer(f.Deriv, s.x0, s.lr, s.n)
		if k != run.Steps() || math.Abs(x-run.Final()[0]) > 1e-12 {
			t.Errorf("%+v: the reference ends at %v after %d steps, gdlib at %v after %d", s, x, k, run.Final()[0], run.Steps())
		}
	}
}

func TestConverged1D(t *testing.T) {
	// A while-style loop, as a learner might write it.
	while := func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
		k := 0
		for k < n && !(math.Abs(dfdx(x)) < 1e-5) {
			x = x - lr*dfdx(x)
			k++
		}
		return x, k
	}
	if r := exercise.Converged1D.Check(while); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	cases := []struct {
		name    string
		descend exercise.StoppingDescentFunc
		hint    string
	}{
		{"no rule (the lesson's starting point)", func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
			for range n {
				x = x - lr*dfdx(x)
			}
			return x, n
		}, "never stops early"},
		{"no absolute value", func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
			for i := 0; i < n; i++ {
				if dfdx(x) < 0.00001 {
					return x, i
				}
				x = x - lr*dfdx(x)
			}
			return x, n
		}, "size of the slope"},
		{"off by one: tests after the step", func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
			for i := 0; i < n; i++ {
				x = x - lr*dfdx(x)
				if math.Abs(dfdx(x)) < 1e-5 {
					return x, i
				}
			}
			return x, n
		}, "off by one"},
		{"off by one: counts from 1", func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
			for i := 1; i <= n; i++ {
				if math.Abs(dfdx(x)) < 1e-5 {
					return x, i
				}
				x = x - lr*dfdx(x)
			}
			return x, n
		}, "not k+1"},
		{"nil", nil, "nil"},
	}
	for _, c := range cases {
		r := exercise.Converged1D.Check(c.descend)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
	// The lab's first setting converges at iteration 21.
	r := exercise.Converged1D.Check(func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
		for range n {
			x -= lr * dfdx(x)
		}
		return x, n
	})
	if want := "the number of steps with n = 25, lr = 0.1 from x0 = 1.6 should be 21, got 25"; !strings.Contains(r.String(), want) {
		t.Errorf("got %q, want it to contain %q", r, want)
	}
}
