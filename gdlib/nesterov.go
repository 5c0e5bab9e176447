package gdlib

import "fmt"

// Nesterov is gradient descent with Nesterov momentum in PyTorch's
// formulation (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html
// with nesterov=True, dampening 0; optax's trace with nesterov=True is the
// same): with v = 0 at the start,
//
//	v ← βv + ∇f(x)
//	x ← x − lr·(∇f(x) + βv)
//
// This is Sutskever et al. (2013)'s look-ahead momentum rewritten so that
// the gradient is taken at the current iterate, not at a look-ahead point:
// the step uses the velocity it is about to have once more. The first step
// is lr·(1+β)·∇f, against lr·∇f for Momentum.
//
// It is Chain(TraceMomentum(beta, true), ScaleByLR(Constant(lr))), named like
// "Nesterov(0.05, β=0.9)". It is bad input if lr is not a finite number > 0
// or beta is outside [0, 1).
func Nesterov(lr, beta float64) Transform {
	return Named(fmt.Sprintf("Nesterov(%g, β=%g)", lr, beta),
		Chain(TraceMomentum(beta, true), ScaleByLR(Constant(lr))))
}
