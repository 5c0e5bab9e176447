package exercise

import "fmt"

// ScheduleFunc is a learner's learning-rate schedule: the rate of step t
// (t = 0, 1, …, n − 1) of a run of n steps with base rate lr.
type ScheduleFunc func(t, n int, lr float64) float64

// LinearDecay is the exercise of writing the time-based (linear-decay)
// schedule of gdlib.LinearDecay,
//
//	rate(t) = η·(1 − (t+1)/N),   t = 0, 1, …, N − 1,
//
// which falls in a straight line from η(1 − 1/N) at the first step to 0 at
// the last. The check compares the rates of every step of a run of 100
// steps with η = 0.01 and one of 7 steps with η = 0.5. The typical
// off-by-one (1 − t/N) and Go's integer division ((t+1)/n with ints is 0
// until the last step) are recognised.
var LinearDecay = Exercise[ScheduleFunc]{
	Name: "the linear-decay schedule",
	Value: func(k int) string {
		if k < 100 {
			return fmt.Sprintf("the rate of step t = %d (N = 100, η = 0.01)", k)
		}
		return fmt.Sprintf("the rate of step t = %d (N = 7, η = 0.5)", k-100)
	},
	Run: func(rate ScheduleFunc) ([]float64, error) {
		if rate == nil {
			return nil, fmt.Errorf("the function is nil: write one")
		}
		var vals []float64
		for _, c := range []struct {
			n  int
			lr float64
		}{{100, 0.01}, {7, 0.5}} {
			for t := range c.n {
				vals = append(vals, rate(t, c.n, c.lr))
			}
		}
		return vals, nil
	},
	Answer: func(t, n int, lr float64) float64 { return lr * (1 - float64(t+1)/float64(n)) },
	Mistakes: []Mistake[ScheduleFunc]{
		{func(t, n int, lr float64) float64 { return lr },
			"the rate does not decay: multiply η by 1 − (t+1)/N"},
		{func(t, n int, lr float64) float64 { return lr * (1 - float64(t)/float64(n)) },
			"off by one: step t = 0 already uses η(1 − 1/N), and the last step, t = N − 1, uses 0; write 1 − (t+1)/N, not 1 − t/N"},
		{func(t, n int, lr float64) float64 { return lr * (1 - float64((t+1)/n)) },
			"(t+1)/n with ints is integer division, 0 until the last step: convert first, float64(t+1)/float64(n)"},
		{func(t, n int, lr float64) float64 { return lr * float64(t+1) / float64(n) },
			"the rate grows: it should fall from η to 0, η·(1 − (t+1)/N)"},
	},
	Hint: "rate(t) = η·(1 − (t+1)/N), with the division in float64: lr * (1 - float64(t+1)/float64(n))",
}
