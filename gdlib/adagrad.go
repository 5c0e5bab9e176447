package gdlib

import (
	"fmt"
	"math"
)

// AdaGradEps is AdaGrad's default ε, PyTorch's
// (https://pytorch.org/docs/stable/generated/torch.optim.Adagrad.html).
const AdaGradEps = 1e-10

// ScaleByAdaGrad is AdaGrad's stage (Duchi, Hazan & Singer, JMLR 2011): it
// keeps the running sum s of squared gradients, zero at the start, and
// divides each coordinate of the gradient g by its root:
//
//	s ← s + g²
//	u ← g / (√s + ε)
//
// (all per coordinate). Coordinates that have seen large gradients take
// smaller steps, and every step is shorter than the one before. It is bad
// input if eps is not a finite number > 0.
func ScaleByAdaGrad(eps float64) Transform {
	return NewTransform(fmt.Sprintf("ScaleByAdaGrad(ε=%g)", eps),
		func() error { return checkEps("AdaGrad eps", eps) },
		func(dim int) Update {
			s := make([]float64, dim)
			return func(u []float64, _ *State) {
				for i, g := range u {
					s[i] += g * g
					u[i] = g / (math.Sqrt(s[i]) + eps)
				}
			}
		})
}

// AdaGrad is the AdaGrad optimizer as PyTorch defines it (initial
// accumulator 0, no learning-rate decay, ε = AdaGradEps = 1e−10 added
// outside the root):
//
//	s ← s + ∇f(x)²
//	x ← x − lr·∇f(x) / (√s + ε)
//
// Its first step is lr·g/(|g| + ε) ≈ lr·sign(g) in each coordinate. It is
// Chain(ScaleByAdaGrad(AdaGradEps), ScaleByLR(Constant(lr))), named like
// "AdaGrad(0.1)". It is bad input if lr is not a finite number > 0.
func AdaGrad(lr float64) Transform {
	return Named(fmt.Sprintf("AdaGrad(%g)", lr),
		Chain(ScaleByAdaGrad(AdaGradEps), ScaleByLR(Constant(lr))))
}
