package gdlib

import "fmt"

// TraceMomentum is the stage that gives gradient descent a velocity, as
// optax's trace(decay = beta, nesterov) and PyTorch's SGD (dampening 0) do.
// It keeps a velocity v, zero at the start, and each step turns the
// gradient g into
//
//	v ← βv + g
//	u ← v            (heavy ball, nesterov = false)
//	u ← g + βv       (Nesterov, nesterov = true)
//
// A learning-rate stage after it scales u: see Momentum and Nesterov.
// It is bad input (Run returns the error) if beta is outside [0, 1).
func TraceMomentum(beta float64, nesterov bool) Transform {
	name := fmt.Sprintf("TraceMomentum(β=%g)", beta)
	if nesterov {
		name = fmt.Sprintf("TraceMomentum(β=%g, nesterov)", beta)
	}
	return NewTransform(name,
		func() error { return checkDecay("momentum beta", beta) },
		func(dim int) Update {
			v := make([]float64, dim)
			return func(u []float64, _ *State) {
				for i, g := range u {
					v[i] = beta*v[i] + g
					if nesterov {
						u[i] = g + beta*v[i]
					} else {
						u[i] = v[i]
					}
				}
			}
		})
}

// Momentum is gradient descent with heavy-ball momentum (Polyak, 1964), in
// the form of the course and of PyTorch's SGD with momentum
// (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html,
// dampening 0, nesterov false): with v = 0 at the start,
//
//	v ← βv + ∇f(x)
//	x ← x − lr·v
//
// β is the fraction of the velocity kept from one step to the next; the
// course uses β = 0.9 and lr 0.05. It is Chain(TraceMomentum(beta, false),
// ScaleByLR(Constant(lr))), named like "Momentum(0.05, β=0.9)". For a
// schedule, build that chain with another Schedule.
//
// It is bad input if lr is not a finite number > 0 or beta is outside
// [0, 1) (β = 0 is plain gradient descent).
func Momentum(lr, beta float64) Transform {
	return Named(fmt.Sprintf("Momentum(%g, β=%g)", lr, beta),
		Chain(TraceMomentum(beta, false), ScaleByLR(Constant(lr))))
}

// checkDecay reports a decay rate (a momentum β, Adam's β₁ and β₂,
// RMSProp's ρ) outside [0, 1).
func checkDecay(param string, v float64) error {
	if !(v >= 0 && v < 1) {
		return fmt.Errorf("gdlib: %s = %v: want 0 ≤ %s < 1", param, v, param)
	}
	return nil
}

// checkEps reports an ε (added to a denominator) that is not a finite
// number > 0.
func checkEps(param string, v float64) error {
	if !finite(v) || v <= 0 {
		return fmt.Errorf("gdlib: %s = %v: want a finite number > 0", param, v)
	}
	return nil
}
