package gdlib

import (
	"fmt"
	"math"
)

// Schedule gives the learning rate of each step t = 0, 1, 2, …. A schedule is
// a plain function, so it can be plotted and composed.
type Schedule func(t int) float64

// Constant returns the schedule that is lr at every step.
func Constant(lr float64) Schedule { return func(int) float64 { return lr } }

// ScaleByLR multiplies the update by the schedule's learning rate at each
// step, and records that rate in State.LR. It is the last stage of every
// first-order optimizer.
//
// Run rejects a rate that is NaN, ±Inf or ≤ 0 at step 0 with an error. A
// later rate of 0 is allowed (LinearDecay and Cosine end there); a later
// rate that is negative, NaN or +Inf stops the run before that step with
// Diverged: the trace ends at the last good iterate, k, Trace.Where is k+1
// (the iterate the step would have made) and Trace.Reason names the step
// and the rate. Finals and Basins stop such runs in the same way.
func ScaleByLR(s Schedule) Transform {
	return NewTransform("lr", func() error {
		if err := s.Validate(); err != nil {
			return err
		}
		return checkLR("lr", s(0))
	}, func(int) Update {
		return func(u []float64, st *State) {
			lr := s(st.Step)
			st.LR = lr
			if !(lr >= 0) || math.IsInf(lr, 1) {
				st.badRate = fmt.Errorf("the learning rate at step t = %d is %v: want a finite number ≥ 0", st.Step, lr)
				return
			}
			for i := range u {
				u[i] *= lr
			}
		}
	})
}

// checkLR reports a learning rate that cannot be used.
func checkLR(param string, lr float64) error {
	if !finite(lr) || lr <= 0 {
		return fmt.Errorf("gdlib: learning rate %s = %v: want a finite number > 0", param, lr)
	}
	return nil
}

// GD is plain gradient descent with a constant learning rate lr:
//
//	x ← x − lr·∇f(x)
//
// It is the update rule of every lesson's first loops. It is the chain of
// one stage, ScaleByLR(Constant(lr)), named "GD(lr)"; GDWith takes a
// schedule instead.
func GD(lr float64) Transform {
	return Named(fmt.Sprintf("GD(%g)", lr), Chain(scaleByConstant(lr)))
}

// scaleByConstant is ScaleByLR(Constant(lr)) as a type of its own, so that
// it can offer its rate to the run (constantRater), which then takes the
// step without calling an Update (with the same arithmetic).
func scaleByConstant(lr float64) Transform { return constantLR{lr: lr} }

type constantLR struct{ lr float64 }

func (c constantLR) Name() string    { return "lr" }
func (c constantLR) Validate() error { return checkLR("lr", c.lr) }
func (c constantLR) Init(int) Update {
	lr := c.lr
	return func(u []float64, st *State) {
		st.LR = lr
		for i := range u {
			u[i] *= lr
		}
	}
}

// constantRate returns lr if it can be used, and 0 otherwise (Run then
// reports the bad rate before any step).
func (c constantLR) constantRate() float64 {
	if checkLR("lr", c.lr) != nil {
		return 0
	}
	return c.lr
}

// GDWith is gradient descent with a learning-rate schedule:
//
//	x ← x − s(t)·∇f(x)
func GDWith(name string, s Schedule) Transform {
	return Named("GD("+name+")", ScaleByLR(s))
}
