package gdlib

// LinearDecay returns the course's "time-based" learning rate: over
// a run of n steps, step t = 0, 1, …, n−1 uses
//
//	lr·(1 − (t+1)/n)
//
// so the rate falls in a straight line from lr·(1 − 1/n) at the first step to
// exactly 0 at the last one: the last step does not move. That is the
// course's formula `learning_rate * (1 - (i+1)/training_epochs)`, kept as it
// is so that its printed 0.55242185 is reproduced. After step n−1 the rate
// stays 0 (it never turns negative, which would climb uphill).
//
// It is bad input (reported by Validate, and by Run) if lr is not a finite
// number > 0 or n < 2 (with n = 1 the only step would have rate 0).
func LinearDecay(lr float64, n int) Schedule {
	const who = "LinearDecay"
	if err := checkRate(who, lr); err != nil {
		return badSchedule("%v", err)
	}
	if n < 2 {
		return badSchedule("gdlib: %s: steps n = %d: want ≥ 2 (the last step's rate is 0)", who, n)
	}
	return func(t int) float64 {
		if t >= n-1 {
			return 0
		}
		return lr * (1 - float64(t+1)/float64(n))
	}
}

// Warmup returns a linear warm-up to lr over n steps: step t uses
//
//	lr·(t+1)/n   for t < n,   then lr.
//
// It is LinearDecay mirrored (it starts at lr/n, not at 0, so that the
// first step moves). Warm-up is usually joined to a decay, e.g.
// Join(100, Warmup(0.01, 100), Cosine(0.01, 900, 0)), as in optax's
// warmup_cosine_decay_schedule
// (https://optax.readthedocs.io/en/latest/api/optimizer_schedules.html).
//
// It is bad input if lr is not a finite number > 0 or n < 1.
func Warmup(lr float64, n int) Schedule {
	const who = "Warmup"
	if err := checkRate(who, lr); err != nil {
		return badSchedule("%v", err)
	}
	if err := checkSteps(who, "steps n", n); err != nil {
		return badSchedule("%v", err)
	}
	return func(t int) float64 {
		if t >= n-1 {
			return lr
		}
		return lr * float64(t+1) / float64(n)
	}
}
