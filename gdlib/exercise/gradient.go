package exercise

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// GradientFunc is a learner's gradient of a function of two variables: the
// partial derivatives ∂f/∂x and ∂f/∂y at (x, y).
type GradientFunc func(x, y float64) (dfdx, dfdy float64)

// gradientPoints are the points at which Gradient compares the answer:
// a 3 × 3 grid over [−2, 2]² without the origin (where every plausible
// mistake vanishes too) and two points off the grid's lines.
var gradientPoints = [][2]float64{
	{2, 3}, {-2, -2}, {-2, 0}, {-2, 2}, {0, -2}, {0, 2}, {2, -2}, {2, 0}, {2, 2}, {0.5, -1.5},
}

// Gradient is the exercise of writing the gradient of
//
//	g(x, y) = x² + 3y² − xy,   ∇g = (2x − y, 6y − x),
//
// by the rule of partial derivatives (hold the other variable constant,
// differentiate as usual), as a GradientFunc. The check compares both
// partial derivatives, at (2, 3) first and then at nine other points, with
// the gradient gdlib computes from the formula by automatic
// differentiation.
var Gradient = Exercise[GradientFunc]{
	Name: "the gradient of x² + 3y² − xy",
	Value: func(k int) string {
		p := gradientPoints[k/2]
		return fmt.Sprintf("%s at (%g, %g)", []string{"∂g/∂x", "∂g/∂y"}[k%2], p[0], p[1])
	},
	Run: func(grad GradientFunc) ([]float64, error) {
		if grad == nil {
			return nil, fmt.Errorf("the gradient function is nil: write one")
		}
		var vals []float64
		for _, p := range gradientPoints {
			dx, dy := grad(p[0], p[1])
			vals = append(vals, dx, dy)
		}
		return vals, nil
	},
	Answer: func(x, y float64) (float64, float64) {
		g := gradientTarget.Gradient(x, y)
		return g[0], g[1]
	},
	Mistakes: []Mistake[GradientFunc]{
		{func(x, y float64) (float64, float64) { return 2*x - y, 2*y - x },
			"∂g/∂y: the derivative of 3y² is 6y, not 2y (the factor 3 stays)"},
		{func(x, y float64) (float64, float64) { return 2 * x, 6 * y },
			"the term −xy is missing: along x it contributes −y (y is a constant there), along y it contributes −x"},
		{func(x, y float64) (float64, float64) { return 2*x + y, 6*y + x },
			"the sign of the −xy term: its partial derivatives are −y and −x"},
		{func(x, y float64) (float64, float64) { return 2*x - 1, 6*y - 1 },
			"the derivative of −xy along x is −y, not −1: only x varies, y is a constant factor"},
		{func(x, y float64) (float64, float64) { return 6*y - x, 2*x - y },
			"the two partial derivatives are swapped: return ∂g/∂x first, then ∂g/∂y"},
		{func(x, y float64) (float64, float64) { return 0, 0 },
			"both partial derivatives are 0: write ∂g/∂x (hold y constant) and ∂g/∂y (hold x constant)"},
	},
	Hint: "hold y constant and differentiate x² + 3y² − xy along x; then hold x constant and differentiate along y",
}

// gradientTarget is g(x, y) = x² + 3y² − xy, with its gradient from gdlib's
// automatic differentiation.
var gradientTarget = gdlib.MustFormula("x² + 3y² − xy", "x^2 + 3 y^2 - x y")
