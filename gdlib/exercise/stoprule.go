package exercise

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// StopFunc is a learner's descent loop with a stopping rule: at most
// maxSteps steps of gradient descent from x with rate lr (deriv gives f′),
// stopping before a step once |f′(x)| < tol. It returns x after each step
// taken (not the start).
type StopFunc func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64

// StopRule is the exercise of writing the stopping rule of gdlib's
// Settings.GradTol: before each step, stop if the slope is flat enough,
//
//	stop at the first iterate with |f′(x)| < tol.
//
// The check runs four descents (lesson 6's plateau tanh²x from 4 with
// η = 0.5 and from its minimum 0, where no step is taken; the cliff from −2
// with η = 0.01 and η = 0.1, which bounces and never stops), all with
// tol = 10⁻⁶, and compares the number of steps taken and the final x of
// each. The reference takes the same steps as gdlib.Run with GradTol.
var StopRule = Exercise[StopFunc]{
	Name: "the stopping rule",
	Value: func(k int) string {
		what := [...]string{"the number of steps", "the final x"}[k%2]
		return what + " " + stopCases()[k/2].name
	},
	Run: func(descend StopFunc) ([]float64, error) {
		if descend == nil {
			return nil, fmt.Errorf("the function is nil: write one")
		}
		var vals []float64
		for _, c := range stopCases() {
			xs := descend(c.x0, c.lr, c.f.Deriv, c.max, 1e-6)
			if len(xs) > c.max {
				return nil, fmt.Errorf("%s your loop took %d steps, more than maxSteps = %d", c.name, len(xs), c.max)
			}
			end := c.x0
			if len(xs) > 0 {
				end = xs[len(xs)-1]
			}
			vals = append(vals, float64(len(xs)), end)
		}
		return vals, nil
	},
	Answer: func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
		var xs []float64
		for range maxSteps {
			g := deriv(x)
			if math.Abs(g) < tol {
				break
			}
			x -= lr * g
			xs = append(xs, x)
		}
		return xs
	},
	Mistakes: []Mistake[StopFunc]{
		{func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
			var xs []float64
			for range maxSteps {
				x -= lr * deriv(x)
				xs = append(xs, x)
			}
			return xs
		}, "the run never stops early: before each step, break out of the loop when |f′(x)| < tol"},
		{func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
			var xs []float64
			for range maxSteps {
				g := deriv(x)
				if g < tol {
					break
				}
				x -= lr * g
				xs = append(xs, x)
			}
			return xs
		}, "compare the size of the slope, math.Abs(g) < tol: a negative slope (the cliff from −2) is steep, not flat"},
		{func(x, lr float64, deriv func(float64) float64, maxSteps int, tol float64) []float64 {
			var xs []float64
			for range maxSteps {
				x -= lr * deriv(x)
				xs = append(xs, x)
				if math.Abs(deriv(x)) < tol {
					break
				}
			}
			return xs
		}, "the rule is checked after the step: check before it, so a run that starts where f′ = 0 takes no step at all"},
	},
	Hint: "in the loop, first g := deriv(x); if math.Abs(g) < tol { break }; then the step x -= lr * g",
}

// stopCase is one descent of StopRule.
type stopCase struct {
	name   string
	f      *gdlib.Function
	x0, lr float64
	max    int
}

func stopCases() []stopCase {
	p, c := gdlib.Plateau(), gdlib.Cliff()
	return []stopCase{
		{"on the plateau from 4, η = 0.5:", p, 4, 0.5, 500},
		{"on the plateau from its minimum 0:", p, 0, 0.5, 10},
		{"on the cliff from −2, η = 0.01:", c, -2, 0.01, 2000},
		{"on the cliff from −2, η = 0.1:", c, -2, 0.1, 200},
	}
}
