package gdlib

import (
	"fmt"
	"math"
)

// GradScaled is the gradient-scaled learning rate, done as the course's
// text describes it: each step's rate is lr times the size of the gradient
// at the current iterate,
//
//	rate = lr·‖∇f(x)‖     (lr·|f′(x)| in one variable)
//	x ← x − rate·∇f(x)
//
// so the rate is large far from a minimum and small near it. The rate is
// recorded in Trace.LR. On 3x² − 3x + 4 from −1.678 with lr 0.01 it ends at
// 0.4742568743501484 after 100 steps.
//
// The course's code uses the previous step's gradient instead: see
// GradScaledLagged. It is bad input if lr is not a finite number > 0.
func GradScaled(lr float64) Transform {
	return NewTransform(fmt.Sprintf("GradScaled(%g)", lr),
		func() error { return checkLR("lr", lr) },
		func(int) Update {
			return func(u []float64, st *State) {
				rate := lr * norm2(u)
				st.LR = rate
				for i := range u {
					u[i] *= rate
				}
			}
		})
}

// GradScaledLagged is the gradient-scaled learning rate computed, as the
// course's code does, from the previous step's gradient. In its loop
//
//	lr = learning_rate * np.abs(grad)
//	grad = deriv(local_min)
//	local_min = local_min - lr * grad
//
// the rate is computed before the new derivative, so step k uses the
// derivative of the step before (of iterate k−1), and the first step uses
// whatever derivative was left over from before the loop: g0. That is
//
//	rate₀ = lr·|g0|,   rateₖ = lr·‖∇f(xₖ₋₁)‖
//	xₖ₊₁ = xₖ − rateₖ·∇f(xₖ)
//
// On 3x² − 3x + 4 with lr 0.01 and g0 = 0.0102306531128189 (the last
// derivative of 100 fixed-rate steps of GD(0.01) from −1.678), 100 steps
// from −1.678 end at 0.47894097661522317, the 0.47894098 the course
// prints; GradScaled, which uses the current derivative, ends at
// 0.4742568743501484. The first step barely moves (rate 1.02e−4), so this
// run is one step behind.
//
// It is bad input if lr is not a finite number > 0 or g0 is NaN or ±Inf.
func GradScaledLagged(lr, g0 float64) Transform {
	return NewTransform(fmt.Sprintf("GradScaledLagged(%g, g₀=%.4g)", lr, g0),
		func() error {
			if err := checkLR("lr", lr); err != nil {
				return err
			}
			if !finite(g0) {
				return fmt.Errorf("gdlib: GradScaledLagged: g0 = %v: want a finite derivative", g0)
			}
			return nil
		},
		func(int) Update {
			prev := math.Abs(g0) // size of the previous step's gradient
			return func(u []float64, st *State) {
				rate := lr * prev
				prev = norm2(u)
				st.LR = rate
				for i := range u {
					u[i] *= rate
				}
			}
		})
}
