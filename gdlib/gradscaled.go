package gdlib

import (
	"fmt"
	"math"
)

// GradScaled is seed 000's gradient-scaled learning rate (video 37) done as
// the seed's text describes it: each step's rate is lr times the size of
// the gradient at the current iterate,
//
//	rate = lr·‖∇f(x)‖     (lr·|f′(x)| in one variable)
//	x ← x − rate·∇f(x)
//
// so the rate is large far from a minimum and small near it. The rate is
// recorded in Trace.LR. On 3x² − 3x + 4 from −1.678 with lr 0.01 it ends at
// 0.4742568743501484 after 100 steps.
//
// The seed's code differs: see GradScaledSeed. It is bad input if lr is not
// a finite number > 0.
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

// GradScaledSeed reproduces seed 000's gradient-scaled learning rate
// exactly as its code runs. In the seed's loop
//
//	lr = learning_rate * np.abs(grad)
//	grad = deriv(local_min)
//	local_min = local_min - lr * grad
//
// the rate is computed before the new derivative, so step k uses the
// derivative of the step before (of iterate k−1), and the first step uses
// whatever derivative the notebook had left over: g0, which was
// 0.0102306531128189 in the seed (the fixed-rate run's last derivative).
// That is
//
//	rate₀ = lr·|g0|,   rateₖ = lr·‖∇f(xₖ₋₁)‖
//	xₖ₊₁ = xₖ − rateₖ·∇f(xₖ)
//
// With lr 0.01 and that g0, 100 steps from −1.678 end at
// 0.47894097661522317, the seed's printed 0.47894098; GradScaled, which uses
// the current derivative as intended, ends at 0.4742568743501484. The first
// step barely moves (rate 1.02e−4), so this run is one step behind.
// LESSONS.md ("Quirks") asks the lessons to teach the difference.
//
// It is bad input if lr is not a finite number > 0 or g0 is NaN or ±Inf.
func GradScaledSeed(lr, g0 float64) Transform {
	return NewTransform(fmt.Sprintf("GradScaledSeed(%g, g₀=%.4g)", lr, g0),
		func() error {
			if err := checkLR("lr", lr); err != nil {
				return err
			}
			if !finite(g0) {
				return fmt.Errorf("gdlib: GradScaledSeed: g0 = %v: want a finite derivative", g0)
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
