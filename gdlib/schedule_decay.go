package gdlib

import (
	"fmt"
	"math"
)

// StepDecay returns a learning rate that is multiplied by factor every
// `every` steps (PyTorch's StepLR with step_size = every and gamma = factor,
// https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.StepLR.html):
//
//	lr·factor^⌊t/every⌋
//
// StepDecay(0.1, 10, 0.5) is 0.1 for steps 0–9, 0.05 for 10–19, 0.025 for
// 20–29, … It is bad input if lr is not a finite number > 0, every < 1, or
// factor is outside (0, 1].
func StepDecay(lr float64, every int, factor float64) Schedule {
	const who = "StepDecay"
	if err := checkRate(who, lr); err != nil {
		return badSchedule("%v", err)
	}
	if err := checkSteps(who, "every", every); err != nil {
		return badSchedule("%v", err)
	}
	if err := checkFactor(who, "factor", factor); err != nil {
		return badSchedule("%v", err)
	}
	return func(t int) float64 { return lr * math.Pow(factor, float64(t/every)) }
}

// Exponential returns a learning rate multiplied by gamma at every step
// (PyTorch's ExponentialLR,
// https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ExponentialLR.html):
//
//	lr·γᵗ
//
// Exponential(0.1, 0.99) halves the rate about every 69 steps
// (ln 2 / −ln 0.99 ≈ 69). It is bad input if lr is not a finite number > 0
// or gamma is outside (0, 1].
func Exponential(lr, gamma float64) Schedule {
	const who = "Exponential"
	if err := checkRate(who, lr); err != nil {
		return badSchedule("%v", err)
	}
	if err := checkFactor(who, "gamma", gamma); err != nil {
		return badSchedule("%v", err)
	}
	return func(t int) float64 { return lr * math.Pow(gamma, float64(t)) }
}

// InverseTime returns a learning rate that falls like 1/t (Keras's
// InverseTimeDecay with decay_steps = 1,
// https://keras.io/api/optimizers/learning_rate_schedules/inverse_time_decay/):
//
//	lr / (1 + k·t)
//
// InverseTime(0.1, 1) is 0.1, 0.05, 0.0333, 0.025, … It is bad input if lr
// is not a finite number > 0 or k is negative, NaN or infinite (k = 0 is a
// constant rate).
func InverseTime(lr, k float64) Schedule {
	const who = "InverseTime"
	if err := checkRate(who, lr); err != nil {
		return badSchedule("%v", err)
	}
	if !finite(k) || k < 0 {
		return badSchedule("gdlib: %s: decay k = %v: want a finite number ≥ 0", who, k)
	}
	return func(t int) float64 { return lr / (1 + k*float64(t)) }
}

// checkFactor reports a decay factor outside (0, 1].
func checkFactor(who, param string, v float64) error {
	if !(v > 0 && v <= 1) {
		return fmt.Errorf("gdlib: %s: %s = %v: want 0 < %s ≤ 1", who, param, v, param)
	}
	return nil
}
