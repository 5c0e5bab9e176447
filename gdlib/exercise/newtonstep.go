package exercise

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// NewtonStepFunc is a learner's Newton step in one variable: the next x
// from the current x, the slope d1 = f′(x) and the curvature d2 = f″(x).
type NewtonStepFunc func(x, d1, d2 float64) float64

// NewtonStep is the exercise of writing one step of Newton's method,
//
//	x ← x − f′(x)/f″(x),
//
// as a NewtonStepFunc. The check runs 6 steps from x₀ = 1.6 on
// f(x) = eˣ − ln x (Newton's race in the lesson: from iterate 6 on, x is the
// omega constant Ω ≈ 0.5671 to the last bit) and compares x after every
// step with the reference answer's, which is gdlib.UndampedNewton's run.
// A step that lands at x ≤ 0, where ln x is undefined, makes every later
// value NaN.
var NewtonStep = Exercise[NewtonStepFunc]{
	Name:  "Newton's step",
	Value: func(k int) string { return fmt.Sprintf("x after step %d", k+1) },
	Run: func(step NewtonStepFunc) ([]float64, error) {
		if step == nil {
			return nil, fmt.Errorf("the step function is nil: write one")
		}
		f := gdlib.ExpLog()
		x, xs := 1.6, make([]float64, 6)
		for k := range xs {
			x = step(x, f.Deriv(x), f.Deriv2(x))
			xs[k] = x
		}
		return xs, nil
	},
	Answer: func(x, d1, d2 float64) float64 { return x - d1/d2 },
	Mistakes: []Mistake[NewtonStepFunc]{
		{func(x, d1, d2 float64) float64 { return x - d2/d1 },
			"the fraction is upside down: the step is f′/f″ (slope over curvature), not f″/f′"},
		{func(x, d1, d2 float64) float64 { return x + d1/d2 },
			"the step went uphill: x − f′/f″, not x + f′/f″"},
		{func(x, d1, d2 float64) float64 { return x - d1*d2 },
			"divide the slope by the curvature, f′/f″, rather than multiply"},
		{func(x, d1, d2 float64) float64 { return x - d1 },
			"that is a gradient step with η = 1: Newton's rate is 1/f″, so the step is f′/f″"},
		{func(x, d1, d2 float64) float64 { return x },
			"x did not move: return x − f′(x)/f″(x)"},
	},
	Hint: "jump to the bottom of the parabola: x − d1/d2",
}
