package gdlib

import (
	"math"
	"testing"
)

// TestRMSPropFirstSteps works RMSProp (PyTorch's rule, v₀ = 0, ε = 1e−8
// outside the root) by hand on x²/2 from x = 1 with lr 0.01, ρ 0.9:
//
//	step 1: g = 1,  v = 0.1·1 = 0.1,           move 0.01·1/(√0.1 + ε) ≈ 0.0316
//	step 2: g = x₁, v = 0.9·0.1 + 0.1·x₁²,     move 0.01·x₁/(√v + ε)
//
// The first move is √10 ≈ 3.16 times lr: v starts at 0 and is not
// bias-corrected.
func TestRMSPropFirstSteps(t *testing.T) {
	const lr, rho, eps = 0.01, 0.9, 1e-8 // eps: PyTorch's default, RMSPropEps
	tr := MustRun(halfSquare, Pt(1), RMSProp(lr, rho), &Settings{Steps: 2})
	v1 := (1 - rho) * 1.0
	x1 := 1 - lr*1/(math.Sqrt(v1)+eps)
	v2 := rho*v1 + (1-rho)*x1*x1
	x2 := x1 - lr*x1/(math.Sqrt(v2)+eps)
	if got := tr.X(1)[0]; math.Abs(got-x1) > 1e-15 {
		t.Errorf("x₁ = %.17g, want %.17g", got, x1)
	}
	if got := tr.X(2)[0]; math.Abs(got-x2) > 1e-15 {
		t.Errorf("x₂ = %.17g, want %.17g", got, x2)
	}
	if got := 1 - tr.X(1)[0]; math.Abs(got-lr*math.Sqrt(10)) > 1e-9 {
		t.Errorf("first move %v, want ≈ lr·√10 = %v", got, lr*math.Sqrt(10))
	}
	if got, want := RMSProp(0.01, 0.9).Name(), "RMSProp(0.01, ρ=0.9)"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
}
