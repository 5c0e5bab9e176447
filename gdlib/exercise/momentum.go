package exercise

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// MomentumFunc is a learner's momentum step in one variable: the new x and
// the new velocity v from the current x and v, the derivative grad = f′(x),
// the learning rate lr and the momentum beta.
type MomentumFunc func(x, v, grad, lr, beta float64) (newX, newV float64)

// Momentum is the exercise of writing one step of gradient descent with
// momentum (the heavy ball) as the course writes it,
//
//	v ← β·v + f′(x),   x ← x − η·v,   v₀ = 0,
//
// as a MomentumFunc. The check runs 200 steps of it with η = 0.05, β = 0.9
// from x₀ = 1.11 on f(x) = sin(x²) + sin x (the race of the momentum lesson,
// which ends in the global minimum near −2.1415) and compares x after every
// step with the reference answer's, which is gdlib.Momentum's run.
var Momentum = Exercise[MomentumFunc]{
	Name:  "the momentum step",
	Value: func(k int) string { return fmt.Sprintf("x after step %d", k+1) },
	Run: func(step MomentumFunc) ([]float64, error) {
		if step == nil {
			return nil, fmt.Errorf("the step function is nil: write one")
		}
		f := gdlib.Chirp()
		x, v, xs := 1.11, 0.0, make([]float64, 200)
		for k := range xs {
			x, v = step(x, v, f.Deriv(x), 0.05, 0.9)
			xs[k] = x
		}
		return xs, nil
	},
	Answer: func(x, v, grad, lr, beta float64) (float64, float64) {
		v = beta*v + grad
		return x - lr*v, v
	},
	Mistakes: []Mistake[MomentumFunc]{
		{func(x, v, grad, lr, beta float64) (float64, float64) {
			v = lr*v + grad
			return x - beta*v, v
		}, "β and η are swapped: the velocity keeps β·v (β = 0.9 of it), and the step is η·v (η = 0.05)"},
		{func(x, v, grad, lr, beta float64) (float64, float64) {
			v = beta*v + grad
			return x + lr*v, v
		}, "the step went uphill: x ← x − η·v, not x + η·v"},
		{func(x, v, grad, lr, beta float64) (float64, float64) {
			return x - lr*v, beta*v + grad
		}, "x moved with the old velocity: first update v ← β·v + f′(x), then step x ← x − η·v with the new v"},
		{func(x, v, grad, lr, beta float64) (float64, float64) {
			return x - lr*grad, v
		}, "the velocity is never used: this is plain gradient descent; keep v ← β·v + f′(x) and step by η·v"},
		{func(x, v, grad, lr, beta float64) (float64, float64) {
			v = beta*v + (1-beta)*grad
			return x - lr*v, v
		}, "that is the averaged form v ← β·v + (1 − β)·f′(x), whose steps are 10 times shorter here; the lesson's velocity adds the whole slope: v ← β·v + f′(x)"},
		{func(x, v, grad, lr, beta float64) (float64, float64) { return x, v },
			"x did not move: update the velocity, v ← β·v + f′(x), then step x ← x − η·v"},
	},
	Hint: "two lines: v = beta*v + grad, then x = x - lr*v; return both",
}
