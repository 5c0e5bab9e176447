package exercise

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib/deep"
)

// ResidualDepth is the exercise of bounding a residual chain's gradient: the
// largest branch weight w of a residual ReLU chain (deep.Net{Act: deep.ReLU,
// Residual: true}, every weight w) for which |∂ℓ/∂w₁| at depth 50 is at
// most 10 times its value at depth 1. With w > 0 every layer adds
// ReLU(w·h) = w·h to its input, so it multiplies h, and the gradient passing
// back through it, by 1 + w; 49 layers separate depth 1 from depth 50:
//
//	(1 + w)⁴⁹ ≤ 10, so w = 10^(1/49) − 1.
//
// The check measures the answer as the lesson does: each chain gets the
// target one below its own output, so that the error passed back is 1, and
// the value compared is the growth g₅₀/g₁ of |∂ℓ/∂w₁|, which must be 10
// within 2 % (w within about 4·10⁻⁴ of the answer; the growth, not w, is
// shown, so a wrong answer does not print the right one).
var ResidualDepth = Exercise[float64]{
	Name:  "the residual weight",
	Value: func(int) string { return "the growth of |∂ℓ/∂w₁| from depth 1 to depth 50" },
	Run: func(w float64) ([]float64, error) {
		if !(w > 0) || math.IsInf(w, 1) {
			return nil, fmt.Errorf("w = %g: want a finite weight > 0 (with w ≤ 0 every ReLU branch is off and the gradient of w₁ is 0 at every depth)", w)
		}
		g1, err := residualGradient(w, 1)
		if err != nil {
			return nil, err
		}
		g50, err := residualGradient(w, 50)
		if err != nil {
			return nil, err
		}
		return []float64{g50 / g1}, nil
	},
	Answer: math.Pow(10, 1.0/49) - 1,
	Tol:    0.02,
	Mistakes: []Mistake[float64]{
		{math.Pow(10, 1.0/50) - 1,
			"50 layers make 49 factors (1 + w) between layer 1 and layer 50: solve (1 + w)⁴⁹ = 10"},
		{9.0 / 49,
			"the factors multiply: 49 of them make (1 + w)⁴⁹, not 1 + 49w"},
	},
	Hint: "find the largest w: each layer above the first multiplies the gradient by (1 + w), so solve (1 + w)⁴⁹ = 10 for w",
}

// residualGradient is |∂ℓ/∂w₁| of the residual ReLU chain of the given depth
// with every weight w and the target one below its output, as lesson 14's
// byDepth measures it; +Inf once the output passes 2⁵³, where output − 1 is
// no longer exact.
func residualGradient(w float64, depth int) (float64, error) {
	net := deep.Net{Act: deep.ReLU, Residual: true, Depth: depth}
	ws := net.Fixed(w)
	out := net.Forward(ws)[depth][0]
	if math.Abs(out) > 1<<53 {
		return math.Inf(1), nil
	}
	net.Target = []float64{out - 1}
	f, err := net.Objective()
	if err != nil {
		return 0, err
	}
	return math.Abs(f.Gradient(ws...)[0]), nil
}
