package gdlib

import (
	"math"
	"testing"
)

// TestAdaGradFirstSteps works AdaGrad (PyTorch's rule, ε = 1e−10, s₀ = 0)
// by hand on x²/2 from x = 1 with lr 0.5:
//
//	step 1: g = 1,   s = 1,           move 0.5·1/(1 + ε)             → x₁ = 1 − 0.5/(1+ε)
//	step 2: g = x₁,  s = 1 + x₁²,     move 0.5·x₁/(√(1 + x₁²) + ε)
func TestAdaGradFirstSteps(t *testing.T) {
	const lr, eps = 0.5, 1e-10 // eps: PyTorch's default, AdaGradEps
	tr := MustRun(halfSquare, Pt(1), AdaGrad(lr), &Settings{Steps: 2})
	x1 := 1 - lr*1/(1+eps)
	x2 := x1 - lr*x1/(math.Sqrt(1+x1*x1)+eps)
	if got := tr.X(1)[0]; math.Abs(got-x1) > 1e-15 {
		t.Errorf("x₁ = %.17g, want %.17g", got, x1)
	}
	if got := tr.X(2)[0]; math.Abs(got-x2) > 1e-15 {
		t.Errorf("x₂ = %.17g, want %.17g", got, x2)
	}
}

// TestAdaGradPerCoordinate: in two variables each coordinate has its own
// sum, so the first step is lr·sign(gᵢ) in both, however different the
// gradients' sizes (here ∇ = (x, 100y) at (1, 1) = (1, 100)).
func TestAdaGradPerCoordinate(t *testing.T) {
	bowl := NewFunction("x²/2 + 50y²", 2,
		func(x []float64) float64 { return x[0]*x[0]/2 + 50*x[1]*x[1] },
		func(g, x []float64) { g[0], g[1] = x[0], 100*x[1] }, nil)
	tr := MustRun(bowl, Pt(1, 1), AdaGrad(0.1), &Settings{Steps: 1})
	for i, g := range []float64{1, 100} {
		want := 1 - 0.1*g/(g+AdaGradEps) // s = g², √s = g
		if got := tr.X(1)[i]; math.Abs(got-want) > 1e-15 {
			t.Errorf("coordinate %d after step 1 = %.17g, want %.17g", i, got, want)
		}
	}
}
