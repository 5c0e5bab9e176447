package gdlib

import "fmt"

// This file holds what every schedule shares: how a schedule made with bad
// parameters reports them, and how a schedule is sampled for a plot. The
// schedules themselves are in schedule_*.go; Constant is in lr.go.

// scheduleError is what a schedule made with bad parameters panics with
// when it is called; Schedule.Validate recovers it as an error.
type scheduleError struct{ err error }

func (e scheduleError) Error() string { return e.err.Error() }

// badSchedule returns a schedule that reports err: Validate (and therefore
// Run, through ScaleByLR) returns it, and calling the schedule panics with it.
// A Schedule is a plain function and cannot return an error itself, so this
// is how a constructor such as LinearDecay(0.01, 0) says what is wrong.
func badSchedule(format string, args ...any) Schedule {
	e := scheduleError{fmt.Errorf(format, args...)}
	return func(int) float64 { panic(e) }
}

// Validate returns the error of a schedule made with bad parameters (a
// learning rate ≤ 0 or NaN, a step count < 1, a decay factor outside its
// range), naming the parameter and its value, or nil; a schedule written
// by hand that panics at step 0 is reported too. ScaleByLR calls it, so
// Run returns that error before the first step.
func (s Schedule) Validate() (err error) {
	if s == nil {
		return fmt.Errorf("gdlib: learning-rate schedule is nil: use gdlib.Constant(0.01), for example")
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(scheduleError); ok {
				err = e.err
			} else {
				err = fmt.Errorf("gdlib: the learning-rate schedule panicked at step t = 0: %v", r)
			}
		}
	}()
	s(0)
	return nil
}

// Values returns the schedule's rates at steps 0, 1, …, n−1: the curve a
// lesson plots. It panics, with the message Validate gives, if the
// schedule was made with bad parameters, and with a message naming n if n
// is negative or n rates would need more than MaxBytes.
func (s Schedule) Values(n int) []float64 {
	if n < 0 {
		panic(fmt.Sprintf("gdlib: Schedule.Values: n = %d, want ≥ 0", n))
	}
	if err := checkBytes("Schedule.Values", fmt.Sprintf("n = %d rates", n), 8*float64(n)); err != nil {
		panic(err.Error())
	}
	if s == nil {
		panic("gdlib: Schedule.Values: the schedule is nil")
	}
	v := make([]float64, n)
	for t := range v {
		v[t] = s(t)
	}
	return v
}

// checkSteps reports a step count (a schedule's length, a period) < 1.
func checkSteps(who, param string, n int) error {
	if n < 1 {
		return fmt.Errorf("gdlib: %s: %s = %d: want ≥ 1 step", who, param, n)
	}
	return nil
}

// checkRate reports a schedule's learning rate that is NaN, ±Inf or ≤ 0.
func checkRate(who string, lr float64) error {
	if !finite(lr) || lr <= 0 {
		return fmt.Errorf("gdlib: %s: learning rate lr = %v: want a finite number > 0", who, lr)
	}
	return nil
}
