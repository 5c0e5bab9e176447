package gdlib

// StepGradient is implemented by objectives whose gradient changes from
// step to step: a mini-batch loss (Batches) takes each step's gradient
// over another batch of examples. StepGrad(k, grad, x) writes into grad
// the gradient at x that step k (from 0) uses. Run and every experiment
// call it instead of Grad: before the first step with k = 0, and after
// step k with k + 1 at the new iterate. Func stays the objective's value, the same at every
// step, so a run records the true loss.
type StepGradient interface {
	Objective
	StepGrad(k int, grad, x []float64)
}

// pointChecker is implemented by objectives that say whether x can be
// one of their points (a loss checks its number of parameters and its
// data). Run calls CheckPoint for the start, after the checks every
// objective gets (not empty, finite).
type pointChecker interface {
	CheckPoint(param string, x []float64) error
}
