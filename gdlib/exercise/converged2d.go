package exercise

import (
	"fmt"
	"math"
)

// ConvergedFunc is a learner's stopping rule in two variables: whether a
// run standing at (x, y), where the partial derivatives are dfdx and dfdy,
// has converged.
type ConvergedFunc func(x, y, dfdx, dfdy float64) bool

// converged2dCases are the points the check asks about, each (x, y, ∂f/∂x,
// ∂f/∂y): flat points inside and outside the square [0, 5]², points where
// one partial derivative is small and the other not, a negative slope, and
// a point where both partials are below 10⁻³ but the gradient's length is
// not (0.0009·√2 ≈ 0.00127).
var converged2dCases = [][4]float64{
	{4, 4, 0.0002, -0.0003},
	{1, 2, 0.5, 0.0001},
	{1, 2, 0.0001, 0.5},
	{4, 4, 0.0009, 0.0009},
	{2, 3, -0.2, -0.3},
	{5.5, 4, 0.0001, 0.0001},
	{2, -0.1, 0, 0},
	{0.5, 0.6, -0.02, -0.03},
	{3, 3, -0.0005, 0.0005},
	{4, 4, 0.002, 0.0001},
}

// Converged2D is the exercise of writing the two-variable lab's verdict: a
// run has converged at (x, y) when both partial derivatives are below 10⁻³
// in size,
//
//	|∂f/∂x| < 10⁻³  and  |∂f/∂y| < 10⁻³,
//
// and the point is inside the plotted square 0 ≤ x, y ≤ 5. The check asks
// the answer about ten points (a 1 for converged, 0 for not).
var Converged2D = Exercise[ConvergedFunc]{
	Name: "the lab's rule for converged",
	Value: func(k int) string {
		c := converged2dCases[k]
		return fmt.Sprintf("converged(x=%g, y=%g, dfdx=%g, dfdy=%g) (1 = true)", c[0], c[1], c[2], c[3])
	},
	Run: func(conv ConvergedFunc) ([]float64, error) {
		if conv == nil {
			return nil, fmt.Errorf("the rule is nil: write one")
		}
		vals := make([]float64, len(converged2dCases))
		for i, c := range converged2dCases {
			if conv(c[0], c[1], c[2], c[3]) {
				vals[i] = 1
			}
		}
		return vals, nil
	},
	Answer: func(x, y, dfdx, dfdy float64) bool {
		return math.Abs(dfdx) < 1e-3 && math.Abs(dfdy) < 1e-3 && inSquare(x, y)
	},
	Mistakes: []Mistake[ConvergedFunc]{
		{func(x, y, dfdx, dfdy float64) bool { return false },
			"the rule never says converged: return true when both |∂f/∂x| and |∂f/∂y| are below 1e-3 and (x, y) is inside [0, 5]²"},
		{func(x, y, dfdx, dfdy float64) bool { return math.Abs(dfdx) < 1e-3 && math.Abs(dfdy) < 1e-3 },
			"a flat point outside the plotted square [0, 5]² does not count: check 0 ≤ x ≤ 5 and 0 ≤ y ≤ 5 too"},
		{func(x, y, dfdx, dfdy float64) bool { return dfdx < 1e-3 && dfdy < 1e-3 && inSquare(x, y) },
			"a steep negative slope is not flat: compare the sizes, math.Abs(dfdx) and math.Abs(dfdy)"},
		{func(x, y, dfdx, dfdy float64) bool {
			return (math.Abs(dfdx) < 1e-3 || math.Abs(dfdy) < 1e-3) && inSquare(x, y)
		}, "one small partial derivative is not enough: both must be below 1e-3 (and, not or)"},
		{func(x, y, dfdx, dfdy float64) bool { return math.Abs(dfdx) < 1e-3 && inSquare(x, y) },
			"∂f/∂y is not tested: both partial derivatives must be below 1e-3"},
		{func(x, y, dfdx, dfdy float64) bool { return math.Hypot(dfdx, dfdy) < 1e-3 && inSquare(x, y) },
			"the lab tests each partial derivative, not the gradient's length: at (0.0009, 0.0009) both are below 1e-3"},
	},
	Hint: "converged means math.Abs(dfdx) < 1e-3 && math.Abs(dfdy) < 1e-3, with 0 ≤ x ≤ 5 and 0 ≤ y ≤ 5",
}

// inSquare reports whether (x, y) is in the labs' plotted square [0, 5]².
func inSquare(x, y float64) bool { return x >= 0 && x <= 5 && y >= 0 && y <= 5 }
