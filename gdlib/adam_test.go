package gdlib

import (
	"math"
	"testing"
)

// TestAdamFirstStepIsLRTimesSign: with bias correction Adam's first step is
// lr·g/(|g| + ε) ≈ lr·sign(g) in each coordinate (Kingma & Ba 2015, §2.1:
// "the effective step taken … is approximately bounded by the stepsize").
// A quadratic with very different scales per coordinate, in 1, 2, 3 and 5
// dimensions: f(x) = ½ Σ cᵢxᵢ², so gᵢ = cᵢxᵢ, with cᵢxᵢ from 1e−3 to 1e4 and
// of both signs.
func TestAdamFirstStepIsLRTimesSign(t *testing.T) {
	scales := []float64{1e-3, 1, 1e4, 0.5, 250}
	starts := []float64{2, -1, 1, -3, 0.01}
	const lr = 0.1
	for _, dim := range []int{1, 2, 3, 5} {
		c := scales[:dim]
		f := NewFunction("scaled bowl", dim,
			func(x []float64) float64 {
				var s float64
				for i, v := range x {
					s += c[i] * v * v / 2
				}
				return s
			},
			func(g, x []float64) {
				for i, v := range x {
					g[i] = c[i] * v
				}
			}, nil)
		tr := MustRun(f, Pt(starts[:dim]...), Adam(lr), &Settings{Steps: 1})
		for i := range dim {
			g := c[i] * starts[i]
			move := tr.X(0)[i] - tr.X(1)[i]
			exact := lr * g / (math.Abs(g) + AdamEps) // m̂ = g, v̂ = g² after correction
			if math.Abs(move-exact) > 1e-15 {
				t.Errorf("dim %d, coordinate %d (g = %g): move %.17g, want lr·g/(|g|+ε) = %.17g", dim, i, g, move, exact)
			}
			// ≈ lr·sign(g): the relative gap is ε/|g| ≤ 1e−8/2e−3.
			if math.Abs(move-lr*math.Copysign(1, g)) > lr*1e-5 {
				t.Errorf("dim %d, coordinate %d (g = %g): move %v, want ≈ %v", dim, i, g, move, lr*math.Copysign(1, g))
			}
		}
	}
}

// TestAdamSecondStep works step 2 by hand from Algorithm 1 of Kingma & Ba
// on x²/2 from x = 1, lr 0.1, defaults β₁ 0.9, β₂ 0.999, ε 1e−8:
//
//	m₁ = 0.1·1, v₁ = 0.001·1; x₁ = 1 − 0.1·1/(1 + ε)
//	m₂ = 0.9m₁ + 0.1x₁, v₂ = 0.999v₁ + 0.001x₁²
//	x₂ = x₁ − 0.1·(m₂/(1 − 0.9²)) / (√(v₂/(1 − 0.999²)) + ε)
func TestAdamSecondStep(t *testing.T) {
	const lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8 // Adam's published defaults
	tr := MustRun(halfSquare, Pt(1), Adam(lr), &Settings{Steps: 2})
	m1, v1 := (1-b1)*1.0, (1-b2)*1.0
	x1 := 1 - lr*(m1/(1-b1))/(math.Sqrt(v1/(1-b2))+eps)
	m2, v2 := b1*m1+(1-b1)*x1, b2*v1+(1-b2)*x1*x1
	x2 := x1 - lr*(m2/(1-b1*b1))/(math.Sqrt(v2/(1-b2*b2))+eps)
	if got := tr.X(2)[0]; math.Abs(got-x2) > 1e-15 {
		t.Errorf("x₂ = %.17g, want %.17g", got, x2)
	}
	if got, want := AdamWith(0.1, 0.8, 0.99, 1e-8).Name(), "Adam(0.1, β₁=0.8, β₂=0.99, ε=1e-08)"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
}
