package gdlib

import (
	"fmt"
	"math"
)

// Adam's defaults, from Kingma & Ba (2015), Algorithm 1, which PyTorch and
// optax also use.
const (
	AdamBeta1 = 0.9
	AdamBeta2 = 0.999
	AdamEps   = 1e-8
)

// ScaleByAdam is Adam's stage (Kingma & Ba, "Adam: A Method for Stochastic
// Optimization", ICLR 2015, Algorithm 1; optax.scale_by_adam). It keeps
// moving averages of the gradient g and of its square, both zero at the
// start, and corrects their bias towards zero; at step t = 1, 2, …
//
//	m ← β₁m + (1 − β₁)g
//	v ← β₂v + (1 − β₂)g²
//	m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ)
//	u ← m̂ / (√v̂ + ε)
//
// (all per coordinate). Because of the correction the first update is
// g/(|g| + ε) ≈ sign(g): its size does not depend on the gradient's scale.
// It is bad input if beta1 or beta2 is outside [0, 1) or eps is not a finite
// number > 0.
func ScaleByAdam(beta1, beta2, eps float64) Transform {
	return NewTransform(fmt.Sprintf("ScaleByAdam(β₁=%g, β₂=%g, ε=%g)", beta1, beta2, eps),
		func() error {
			if err := checkDecay("Adam beta1", beta1); err != nil {
				return err
			}
			if err := checkDecay("Adam beta2", beta2); err != nil {
				return err
			}
			return checkEps("Adam eps", eps)
		},
		func(dim int) Update {
			m := make([]float64, dim)
			v := make([]float64, dim)
			p1, p2 := 1.0, 1.0 // β₁ᵗ and β₂ᵗ
			return func(u []float64, _ *State) {
				p1 *= beta1
				p2 *= beta2
				c1, c2 := 1-p1, 1-p2
				for i, g := range u {
					m[i] = beta1*m[i] + (1-beta1)*g
					v[i] = beta2*v[i] + (1-beta2)*g*g
					u[i] = (m[i] / c1) / (math.Sqrt(v[i]/c2) + eps)
				}
			}
		})
}

// Adam is the Adam optimizer with its published defaults β₁ = AdamBeta1 =
// 0.9, β₂ = AdamBeta2 = 0.999, ε = AdamEps = 1e−8 (Kingma & Ba 2015; the
// defaults of PyTorch's torch.optim.Adam and of optax.adam):
//
//	x ← x − lr·m̂/(√v̂ + ε)
//
// with m̂, v̂ as in ScaleByAdam. Every coordinate's first step is ≈ lr, in
// the direction of −sign(∂f/∂xᵢ). It is Chain(ScaleByAdam(0.9, 0.999, 1e-8),
// ScaleByLR(Constant(lr))), named like "Adam(0.1)"; AdamWith sets the other
// parameters. It is bad input if lr is not a finite number > 0.
func Adam(lr float64) Transform {
	return Named(fmt.Sprintf("Adam(%g)", lr),
		Chain(ScaleByAdam(AdamBeta1, AdamBeta2, AdamEps), ScaleByLR(Constant(lr))))
}

// AdamWith is Adam with every parameter given, named like
// "Adam(0.1, β₁=0.8, β₂=0.99, ε=1e-08)". It is bad input if lr is not a
// finite number > 0, beta1 or beta2 is outside [0, 1), or eps is not a
// finite number > 0.
func AdamWith(lr, beta1, beta2, eps float64) Transform {
	return Named(fmt.Sprintf("Adam(%g, β₁=%g, β₂=%g, ε=%g)", lr, beta1, beta2, eps),
		Chain(ScaleByAdam(beta1, beta2, eps), ScaleByLR(Constant(lr))))
}
