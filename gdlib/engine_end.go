package gdlib

import (
	"fmt"
	"math"
)

// How an engine's run ends: the result it records when a stopping rule
// fires, and the sentence Trace.Reason gives for it.

// endResult is how a run ended, beyond its final x.
type endResult struct {
	status       Status
	cause        cause
	steps, where int
	f            float64 // f at the final iterate
	err          error   // why the final iterate is outside f's domain, or the rate bad
	target       int     // the target near the last iterate, or -1
	since        int     // first iterate of the last stretch near target
}

// cause is which rule stopped a run: Trace.Reason says it in words.
type cause int

const (
	byStepLimit cause = iota
	byNonFinite
	byBound
	byRegion
	byGradTol
	byStepTol
	byCancel
	byDomain
	byRate
)

// stop records that the run stopped with status, by the rule why, after
// steps steps; where is the iterate where it diverged or left the region
// (or -1). It returns true.
func (r *endResult) stop(status Status, why cause, steps, where int) bool {
	r.status, r.cause, r.steps, r.where = status, why, steps, where
	return true
}

// finish completes lane l's result at its final iterate: f there (NaN
// outside f's domain, where the trace records NaN for f and ∇f too), and,
// without a trace, divergence if f is NaN or ±Inf. With a trace it writes
// the status and the reason into it.
func (e *engine) finish(l *lane) {
	r, t := &l.r, l.trace
	switch {
	case r.cause == byDomain:
		r.f = math.NaN()
		if t != nil {
			t.record(l.x, r.f, nanVec(l.g))
		}
	case t != nil:
		r.f = t.FinalF()
	default:
		r.f = e.f.Func(l.x)
		if !finite(r.f) && r.status != Diverged && r.status != Cancelled {
			r.status, r.where = Diverged, r.steps
		}
	}
	if t != nil {
		t.Status, t.Where, t.Reason = r.status, r.where, e.reason(l)
	}
}

// reason says in a sentence why lane l's run stopped.
func (e *engine) reason(l *lane) string {
	r, i, x := &l.r, l.r.steps, Point(l.x)
	switch r.cause {
	case byNonFinite:
		return fmt.Sprintf("non-finite value at iterate %d: x = %v, f = %v, ∇f = %v", i, x, r.f, Point(l.g))
	case byBound:
		return fmt.Sprintf("iterate %d, %v, is beyond the bound %g", i, x, e.set.Bound)
	case byRegion:
		return fmt.Sprintf("iterate %d, %v, is outside the region %v", i, x, e.set.Region)
	case byGradTol:
		return fmt.Sprintf("every |∂f/∂xᵢ| < %g at iterate %d", e.set.GradTol, i)
	case byStepTol:
		return fmt.Sprintf("step %d was shorter than %g", i, e.set.StepTol)
	case byCancel:
		return fmt.Sprintf("cancelled before step %d: %v", i+1, e.set.Context.Err())
	case byRate:
		return r.err.Error()
	case byDomain:
		return fmt.Sprintf("iterate %d, %v, is outside the domain of %s: %v", i, x, l.trace.Objective, r.err)
	}
	return ""
}
