package gdlib

import (
	"fmt"
	"math"
)

// RMSPropEps is RMSProp's default ε, PyTorch's
// (https://pytorch.org/docs/stable/generated/torch.optim.RMSprop.html).
const RMSPropEps = 1e-8

// ScaleByRMS is RMSProp's stage (Tieleman & Hinton, Coursera lecture 6.5,
// 2012): it keeps an exponential moving average v of squared gradients,
// zero at the start, and divides each coordinate of the gradient g by its
// root:
//
//	v ← ρv + (1 − ρ)g²
//	u ← g / (√v + ε)
//
// (all per coordinate). Unlike AdaGrad's sum, the average forgets old
// gradients, so the steps do not shrink for ever. It is bad input if rho is
// outside [0, 1) or eps is not a finite number > 0.
func ScaleByRMS(rho, eps float64) Transform {
	return NewTransform(fmt.Sprintf("ScaleByRMS(ρ=%g, ε=%g)", rho, eps),
		func() error {
			if err := checkDecay("RMSProp rho", rho); err != nil {
				return err
			}
			return checkEps("RMSProp eps", eps)
		},
		func(dim int) Update {
			v := make([]float64, dim)
			return func(u []float64, _ *State) {
				for i, g := range u {
					v[i] = rho*v[i] + (1-rho)*g*g
					u[i] = g / (math.Sqrt(v[i]) + eps)
				}
			}
		})
}

// RMSProp is the RMSProp optimizer as PyTorch defines it (its alpha is our
// rho; v starts at 0; no momentum, not centred; ε = RMSPropEps = 1e−8
// outside the root):
//
//	v ← ρv + (1 − ρ)·∇f(x)²
//	x ← x − lr·∇f(x) / (√v + ε)
//
// rho is the fraction of the average kept at each step: PyTorch's default
// is 0.99, Keras's and Hinton's lecture's 0.9. Because v starts at 0 and is
// not bias-corrected, the first step is lr·g/(√(1−ρ)·|g| + ε) ≈
// lr·sign(g)/√(1−ρ): about 3.16·lr for ρ = 0.9, 10·lr for ρ = 0.99.
//
// It is Chain(ScaleByRMS(rho, RMSPropEps), ScaleByLR(Constant(lr))), named
// like "RMSProp(0.01, ρ=0.9)". It is bad input if lr is not a finite
// number > 0 or rho is outside [0, 1).
func RMSProp(lr, rho float64) Transform {
	return Named(fmt.Sprintf("RMSProp(%g, ρ=%g)", lr, rho),
		Chain(ScaleByRMS(rho, RMSPropEps), ScaleByLR(Constant(lr))))
}
