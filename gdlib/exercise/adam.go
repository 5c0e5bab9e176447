package exercise

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// AdamStepFunc is a learner's Adam step in one variable: from the current
// x, the moving averages m (of the slope) and v (of its square), the slope
// grad = f′(x), the step number t (1 on the first step) and the learning
// rate lr, the new x, m and v. The exercise fixes β₁ = 0.9, β₂ = 0.999 and
// ε = 1e−8, Adam's published defaults.
type AdamStepFunc func(x, m, v, grad float64, t int, lr float64) (newX, newM, newV float64)

// AdamStep is the exercise of writing one step of Adam (Kingma & Ba 2015,
// Algorithm 1), with β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸:
//
//	m ← β₁m + (1 − β₁)f′(x),   v ← β₂v + (1 − β₂)f′(x)²,
//	m̂ = m/(1 − β₁ᵗ),   v̂ = v/(1 − β₂ᵗ),   x ← x − η·m̂/(√v̂ + ε),
//
// as an AdamStepFunc. The check runs 60 steps with η = 0.1 from x₀ = 1.026
// on f(x) = 3x² − 3x + 4 (m = v = 0 at the start, t = 1, 2, …) and compares
// x after every step with the reference answer's, which is gdlib.Adam's
// run.
var AdamStep = Exercise[AdamStepFunc]{
	Name:  "Adam's step",
	Value: func(k int) string { return fmt.Sprintf("x after step %d", k+1) },
	Run: func(step AdamStepFunc) ([]float64, error) {
		if step == nil {
			return nil, fmt.Errorf("the step function is nil: write one")
		}
		f := gdlib.Quadratic()
		x, m, v, xs := 1.026, 0.0, 0.0, make([]float64, 60)
		for k := range xs {
			x, m, v = step(x, m, v, f.Deriv(x), k+1, 0.1)
			xs[k] = x
		}
		return xs, nil
	},
	Answer: adamReference(0.9, 0.999, true, 0),
	Mistakes: []Mistake[AdamStepFunc]{
		{adamReference(0.9, 0.999, false, 0),
			"no bias correction: m and v start at 0, so early on they are too small; divide by (1 − β₁ᵗ) and (1 − β₂ᵗ) (without it the first step is about 3.2η, not η)"},
		{adamReference(0.999, 0.9, true, 0),
			"β₁ and β₂ are swapped: the slope's average keeps β₁ = 0.9, the square's β₂ = 0.999"},
		{adamReference(0.9, 0.999, true, 1),
			"off by one in t: t is 1 on the first step, so the corrections are 1 − β₁ᵗ and 1 − β₂ᵗ with that t"},
		{adamReference(0.9, 0.999, true, -1),
			"off by one in t: on the first step t = 1 and 1 − β₁ᵗ = 0.1; with t − 1 it is 0 and the step divides by zero"},
		{func(x, m, v, grad float64, t int, lr float64) (float64, float64, float64) {
			x2, m2, v2 := adamReference(0.9, 0.999, true, 0)(x, m, v, grad, t, lr)
			return 2*x - x2, m2, v2
		}, "the step went uphill: x ← x − η·m̂/(√v̂ + ε)"},
		{func(x, m, v, grad float64, t int, lr float64) (float64, float64, float64) { return x, m, v },
			"x did not move: update m and v, correct their bias, then step x ← x − η·m̂/(√v̂ + ε)"},
	},
	Hint: "m = 0.9*m + 0.1*grad; v = 0.999*v + 0.001*grad*grad; mHat = m/(1-0.9^t); vHat = v/(1-0.999^t); x -= lr*mHat/(√vHat + 1e-8)",
}

// adamReference returns Adam's step with the given β's, with or without the
// bias correction, and with the step number t shifted by dt (the
// off-by-one mistakes).
func adamReference(beta1, beta2 float64, correct bool, dt int) AdamStepFunc {
	return func(x, m, v, grad float64, t int, lr float64) (float64, float64, float64) {
		m = beta1*m + (1-beta1)*grad
		v = beta2*v + (1-beta2)*grad*grad
		mHat, vHat := m, v
		if correct {
			tt := float64(t + dt)
			mHat, vHat = m/(1-math.Pow(beta1, tt)), v/(1-math.Pow(beta2, tt))
		}
		return x - lr*mHat/(math.Sqrt(vHat)+1e-8), m, v
	}
}
