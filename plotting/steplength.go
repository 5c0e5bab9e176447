package plotting

import (
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// StepLength is the length of each step, ‖xₖ − xₖ₋₁‖₂, drawn at iterate k
// (1 … Steps): how far a run moves per step. Plain gradient descent's steps
// shrink with the slope; momentum's stay long while its velocity lasts.
var StepLength = Quantity{Name: "step length ‖xₖ − xₖ₋₁‖", Values: stepLengths}

func stepLengths(t *gdlib.Trace) (int, []float64) {
	s := make([]float64, t.Steps())
	for k := range s {
		a, b := t.X(k), t.X(k+1)
		var d2 float64
		for i := range a {
			d2 += (b[i] - a[i]) * (b[i] - a[i])
		}
		s[k] = math.Sqrt(d2)
	}
	return 1, s
}
