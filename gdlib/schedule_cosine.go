package gdlib

import "math"

// Cosine returns optax's cosine_decay_schedule(init_value = lr,
// decay_steps = n, alpha)
// (https://optax.readthedocs.io/en/latest/api/optimizer_schedules.html#optax.cosine_decay_schedule;
// Loshchilov & Hutter, SGDR, ICLR 2017): the rate follows half a cosine wave
// from lr down to alpha·lr over n steps and stays there,
//
//	lr·((1 − α)·½(1 + cos(π·min(t, n)/n)) + α)
//
// so step 0 uses lr, step n/2 uses lr·(1+α)/2 and steps ≥ n use α·lr. With
// α = 0 the rate reaches 0 at step n: over a run of n steps the last step
// (t = n−1) still moves a little.
//
// It is bad input if lr is not a finite number > 0, n < 1, or alpha is
// outside [0, 1].
func Cosine(lr float64, n int, alpha float64) Schedule {
	const who = "Cosine"
	if err := checkRate(who, lr); err != nil {
		return badSchedule("%v", err)
	}
	if err := checkSteps(who, "steps n", n); err != nil {
		return badSchedule("%v", err)
	}
	if !(alpha >= 0 && alpha <= 1) {
		return badSchedule("gdlib: %s: alpha = %v: want 0 ≤ alpha ≤ 1 (the final fraction of lr)", who, alpha)
	}
	return func(t int) float64 {
		c := float64(min(t, n)) / float64(n)
		return lr * ((1-alpha)*0.5*(1+math.Cos(math.Pi*c)) + alpha)
	}
}
