package exercise

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// StoppingDescentFunc is a learner's gradient descent in one variable with a
// stopping rule: at most n steps of x ← x − lr·f′(x) from x, stopping as
// soon as the slope is small. It returns the last x and the number of steps
// taken.
type StoppingDescentFunc func(dfdx func(float64) float64, x, lr float64, n int) (float64, int)

// converged1dSettings are the runs the check makes: the one-variable lab's
// settings (iterations, rate, start) on e^x − ln x that stay inside its
// plotted range, each stopping early or using every iteration.
var converged1dSettings = []struct {
	n      int
	lr, x0 float64
}{{25, 0.1, 1.6}, {25, 0.3, 1.6}, {25, 0.04, 1.6}, {75, 0.04, 1.6}, {25, 0.1, 0.05}}

// Converged1D is the exercise of adding the one-variable lab's stopping rule
// to gradient descent: stop at the first iterate xₖ with |f′(xₖ)| < 10⁻⁵
// and report k, the steps taken (the start is iterate 0, so a start that
// is already flat takes 0 steps); after n steps stop anyway. The check runs
// the answer on f(x) = eˣ − ln x with five of the lab's settings and
// compares the count and the last x with gdlib's run with GradTol 1e−5.
var Converged1D = Exercise[StoppingDescentFunc]{
	Name: "gradient descent that stops when |f′| < 1e-5",
	Value: func(k int) string {
		s := converged1dSettings[k/2]
		return fmt.Sprintf("%s with n = %d, lr = %g from x0 = %g", []string{"the number of steps", "the last x"}[k%2], s.n, s.lr, s.x0)
	},
	Run: func(descend StoppingDescentFunc) ([]float64, error) {
		if descend == nil {
			return nil, fmt.Errorf("the descent function is nil: write one")
		}
		f := gdlib.ExpLog()
		var vals []float64
		for _, s := range converged1dSettings {
			x, k := descend(f.Deriv, s.x0, s.lr, s.n)
			vals = append(vals, float64(k), x)
		}
		return vals, nil
	},
	Answer: func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
		for k := range n {
			if math.Abs(dfdx(x)) < 1e-5 {
				return x, k
			}
			x -= lr * dfdx(x)
		}
		return x, n
	},
	Mistakes: []Mistake[StoppingDescentFunc]{
		{func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
			for range n {
				x -= lr * dfdx(x)
			}
			return x, n
		}, "the run never stops early: before each step, stop (return x and the steps taken so far) if |f′(x)| < 1e-5"},
		{func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
			for k := range n {
				if dfdx(x) < 1e-5 {
					return x, k
				}
				x -= lr * dfdx(x)
			}
			return x, n
		}, "a steep negative slope (f′ = −19 at 0.05) is not flat: compare the size of the slope, math.Abs(dfdx(x)) < 1e-5"},
		{func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
			for k := range n {
				x -= lr * dfdx(x)
				if math.Abs(dfdx(x)) < 1e-5 {
					return x, k
				}
			}
			return x, n
		}, "off by one: after step k+1 the run has taken k+1 steps; test the slope before stepping, and return the count of steps taken"},
		{func(dfdx func(float64) float64, x, lr float64, n int) (float64, int) {
			for k := range n {
				if math.Abs(dfdx(x)) < 1e-5 {
					return x, k + 1
				}
				x -= lr * dfdx(x)
			}
			return x, n
		}, "off by one: the start is iterate 0, so when the slope is flat at iterate k the run has taken k steps, not k+1"},
	},
	Hint: "at the top of each of the n steps: if math.Abs(dfdx(x)) < 1e-5, return x and the number of steps taken so far; else step x -= lr*dfdx(x)",
}
