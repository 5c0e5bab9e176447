package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestStopRule(t *testing.T) {
	right := func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
		xs := []float64{}
		for k := 0; k < maxSteps && math.Abs(deriv(x)) >= tol; k++ {
			x = x - lr*deriv(x)
			xs = append(xs, x)
		}
		return xs
	}
	if r := exercise.StopRule.Check(right); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	cases := []struct {
		name    string
		descend exercise.StopFunc
		hint    string
	}{
		{"the starting point of the lesson", func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
			var xs []float64
			for range maxSteps {
				x -= lr * deriv(x)
				xs = append(xs, x)
			}
			return xs
		}, "never stops early"},
		{"no absolute value", func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
			var xs []float64
			for range maxSteps {
				if deriv(x) < tol {
					break
				}
				x -= lr * deriv(x)
				xs = append(xs, x)
			}
			return xs
		}, "size of the slope"},
		{"checked after the step", func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
			var xs []float64
			for range maxSteps {
				x -= lr * deriv(x)
				xs = append(xs, x)
				if math.Abs(deriv(x)) < tol {
					break
				}
			}
			return xs
		}, "after the step"},
		{"stops when steep", func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
			var xs []float64
			for range maxSteps {
				if math.Abs(deriv(x)) > tol {
					break
				}
				x -= lr * deriv(x)
				xs = append(xs, x)
			}
			return xs
		}, "math.Abs(g) < tol { break }"},
		{"too many steps", func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
			var xs []float64
			for k := 0; k <= maxSteps; k++ {
				x -= lr * deriv(x)
				xs = append(xs, x)
			}
			return xs
		}, "more than maxSteps"},
	}
	for _, c := range cases {
		r := exercise.StopRule.Check(c.descend)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}

// TestStopRuleIsGradTol: the reference takes exactly the steps of gdlib.Run
// with GradTol 1e-6 (lesson 6's stopping rule): same count, same end.
func TestStopRuleIsGradTol(t *testing.T) {
	for _, c := range []struct {
		f      *gdlib.Function
		x0, lr float64
		max    int
	}{{gdlib.Plateau(), 4, 0.5, 500}, {gdlib.Plateau(), 0, 0.5, 10}, {gdlib.Cliff(), -2, 0.01, 2000}, {gdlib.Cliff(), -2, 0.1, 200}} {
		xs := exercise.StopRule.Answer(c.x0, c.lr, c.f.Deriv, c.max, 1e-6)
		run := gdlib.MustRun(c.f, gdlib.Pt(c.x0), gdlib.GD(c.lr), &gdlib.Settings{Steps: c.max, GradTol: 1e-6})
		end := c.x0
		if len(xs) > 0 {
			end = xs[len(xs)-1]
		}
		if len(xs) != run.Steps() || end != run.Final()[0] {
			t.Errorf("%s from %v, η = %v: reference %d steps to %v, gdlib.Run %d steps to %v", c.f.Name, c.x0, c.lr, len(xs), end, run.Steps(), run.Final()[0])
		}
	}
}
