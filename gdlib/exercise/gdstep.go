package exercise

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// StepFunc is a learner's gradient step in one variable: the next x from
// the current x, the learning rate lr and the derivative grad = f′(x).
type StepFunc func(x, lr, grad float64) float64

// GDStep is the exercise of writing one step of gradient descent,
//
//	x ← x − η·f′(x),
//
// as a StepFunc. The check runs 100 steps of it with η = 0.01 from
// x₀ = 1.026 on f(x) = 3x² − 3x + 4 (the descent the lesson writes out as a
// loop, which ends at 0.5010808641292953) and compares x after every step
// with the reference answer's.
var GDStep = Exercise[StepFunc]{
	Name:  "one gradient-descent step",
	Value: func(k int) string { return fmt.Sprintf("x after step %d", k+1) },
	Run: func(step StepFunc) ([]float64, error) {
		if step == nil {
			return nil, fmt.Errorf("the step function is nil: write one")
		}
		f := gdlib.Quadratic()
		x, xs := 1.026, make([]float64, 100)
		for k := range xs {
			x = step(x, 0.01, f.Deriv(x))
			xs[k] = x
		}
		return xs, nil
	},
	Answer: func(x, lr, grad float64) float64 { return x - lr*grad },
	Mistakes: []Mistake[StepFunc]{
		{func(x, lr, grad float64) float64 { return x + lr*grad },
			"the step went uphill: move against the slope, x − η·f′(x), not x + η·f′(x)"},
		{func(x, lr, grad float64) float64 { return x - grad },
			"the step is the whole slope: scale it by the learning rate, x − η·f′(x)"},
		{func(x, lr, grad float64) float64 { return x },
			"x did not move: return x minus the learning rate times the slope"},
	},
	Hint: "one step is x − η·f′(x): the new x is the old one minus the learning rate times the slope",
}
