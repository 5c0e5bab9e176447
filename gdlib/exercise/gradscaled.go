package exercise

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// DescentFunc is a learner's descent loop in one variable: steps steps
// from x with learning rate lr, deriv giving f′; it returns x after each
// step (not the start).
type DescentFunc func(x, lr float64, deriv func(float64) float64, steps int) []float64

// GradScaled is the exercise of writing the gradient-scaled learning rate,
// in the order gdlib.GradScaled uses: at each step the slope at the
// current x first, then the rate from it, then the step,
//
//	g ← f′(x),   rate ← η·|g|,   x ← x − rate·g.
//
// The check runs 100 steps with η = 0.01 from x₀ = −1.678 on
// f(x) = 3x² − 3x + 4 (ending at 0.4742568743501484, as gdlib.GradScaled
// does) and compares x after every step. The course's order, which
// computes the rate from the previous pass's slope, is recognised.
var GradScaled = Exercise[DescentFunc]{
	Name:  "the gradient-scaled rate",
	Value: func(k int) string { return fmt.Sprintf("x after step %d", k+1) },
	Run: func(descend DescentFunc) ([]float64, error) {
		if descend == nil {
			return nil, fmt.Errorf("the function is nil: write one")
		}
		return descend(-1.678, 0.01, gdlib.Quadratic().Deriv, 100), nil
	},
	Answer: func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
		var xs []float64
		for range steps {
			g := deriv(x)
			rate := lr * math.Abs(g)
			x -= rate * g
			xs = append(xs, x)
		}
		return xs
	},
	Mistakes: []Mistake[DescentFunc]{
		{func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			for range steps {
				xs = append(xs, x)
			}
			return xs
		}, "x never moves: in the loop, take the slope at x, the rate from it, then the step x − rate·slope"},
		{staleScaled(false), "the rate uses the slope of the previous pass (the course's order): compute g = f′(x) first, then rate = η·|g| from that g, then the step"},
		{staleScaled(true), "the rate uses the slope of the previous pass (the course's order): compute g = f′(x) first, then rate = η·|g| from that g, then the step"},
		{func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			for range steps {
				g := deriv(x)
				x -= lr * g * g
				xs = append(xs, x)
			}
			return xs
		}, "the rate lost its absolute value: where f′ < 0, η·f′ is negative and the step goes uphill; use η·|f′|"},
		{func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
			var xs []float64
			for range steps {
				x -= lr * deriv(x)
				xs = append(xs, x)
			}
			return xs
		}, "this is the fixed rate: scale η by the size of the slope, rate = η·|f′(x)|"},
	},
	Hint: "each step: g := deriv(x); rate := lr * math.Abs(g); x -= rate * g",
}

// staleScaled is the course's loop: the rate from the slope of the pass
// before (0 before the first pass, or f′(x₀) if fromStart), then the new
// slope, then the step.
func staleScaled(fromStart bool) DescentFunc {
	return func(x, lr float64, deriv func(float64) float64, steps int) []float64 {
		var xs []float64
		g := 0.0
		if fromStart {
			g = deriv(x)
		}
		for range steps {
			rate := lr * math.Abs(g)
			g = deriv(x)
			x -= rate * g
			xs = append(xs, x)
		}
		return xs
	}
}
