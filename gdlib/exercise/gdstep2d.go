package exercise

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// Step2DFunc is a learner's gradient step in two variables: the next point
// from the current point p, the learning rate lr and the gradient
// grad = ∇f(p).
type Step2DFunc func(p gdlib.Point, lr float64, grad gdlib.Point) gdlib.Point

// GDStep2D is the exercise of writing one step of gradient descent in two
// variables, each coordinate against its own partial derivative:
//
//	(x, y) ← (x − η·∂f/∂x, y − η·∂f/∂y)
//
// The check runs 100 steps of it with η = 0.01 from (0, 1.4) on MATLAB's
// peaks surface and compares x and y after every step with the reference
// answer's (the answer gets copies: changing p or grad in place is fine).
var GDStep2D = Exercise[Step2DFunc]{
	Name: "one gradient-descent step in two variables",
	Value: func(k int) string {
		return fmt.Sprintf("%c after step %d", "xy"[k%2], k/2+1)
	},
	Run: func(step Step2DFunc) ([]float64, error) {
		if step == nil {
			return nil, fmt.Errorf("the step function is nil: write one")
		}
		f := gdlib.Peaks()
		p, vals := gdlib.Pt(0, 1.4), make([]float64, 0, 200)
		for k := range 100 {
			next := step(gdlib.Pt(p...), 0.01, f.Gradient(p...))
			if len(next) != 2 {
				return nil, fmt.Errorf("at step %d your step returned %d coordinates, want 2", k+1, len(next))
			}
			p = gdlib.Pt(next...)
			vals = append(vals, p[0], p[1])
		}
		return vals, nil
	},
	Answer: func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
		return gdlib.Pt(p[0]-lr*g[0], p[1]-lr*g[1])
	},
	Mistakes: []Mistake[Step2DFunc]{
		{func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point { return p },
			"the point did not move: set each coordinate to itself minus η times its partial derivative"},
		{func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			return gdlib.Pt(p[0]+lr*g[0], p[1]+lr*g[1])
		}, "the step went uphill: move against the gradient, p − η·∇f, not p + η·∇f"},
		{func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point { return gdlib.Pt(p[0]-lr*g[0], p[1]) },
			"only x moved: y steps too, by −η·∂f/∂y (grad[1])"},
		{func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			return gdlib.Pt(p[0]-lr*g[0], p[1]-lr*g[0])
		}, "y stepped by ∂f/∂x: each coordinate has its own partial derivative, y uses grad[1]"},
		{func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			return gdlib.Pt(p[0]-lr*g[1], p[1]-lr*g[0])
		}, "the partial derivatives are swapped: x uses grad[0] = ∂f/∂x, y uses grad[1] = ∂f/∂y"},
	},
	Hint: "one step moves each coordinate against its own partial derivative: x − η·grad[0], y − η·grad[1]",
}
