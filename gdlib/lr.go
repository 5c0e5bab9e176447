package gdlib

import "fmt"

// Schedule gives the learning rate of each step t = 0, 1, 2, …. A schedule is
// a plain function, so it can be plotted and composed.
type Schedule func(t int) float64

// Constant returns the schedule that is lr at every step.
func Constant(lr float64) Schedule { return func(int) float64 { return lr } }

// ScaleByLR multiplies the update by the schedule's learning rate at each
// step, and records that rate in State.LR. It is the last stage of every
// first-order optimizer.
//
// Run rejects a rate that is NaN, ±Inf or ≤ 0 at step 0, and stops with
// Diverged (naming the step) if the schedule produces one later.
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
// It is the update rule of every seed. GDWith takes a schedule instead.
func GD(lr float64) Transform { return gd{lr: lr} }

// gd is GD's transform. It is a type of its own so that the experiments'
// lean loop can recognise plain gradient descent by a type assertion and run
// it without calling an Update per step (with the same arithmetic).
type gd struct{ lr float64 }

func (g gd) Name() string    { return fmt.Sprintf("GD(%g)", g.lr) }
func (g gd) Validate() error { return checkLR("lr", g.lr) }
func (g gd) Init(int) Update {
	lr := g.lr
	return func(u []float64, st *State) {
		st.LR = lr
		for i := range u {
			u[i] *= lr
		}
	}
}

// GDWith is gradient descent with a learning-rate schedule:
//
//	x ← x − s(t)·∇f(x)
func GDWith(name string, s Schedule) Transform {
	return Named("GD("+name+")", ScaleByLR(s))
}
