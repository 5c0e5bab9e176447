package gdlib

import (
	"context"
	"math"
)

// End is how one run ended, without the path it took: Finals returns one
// per start. It costs a few words where a Trace keeps every iterate.
type End struct {
	Start Point
	// X is the last iterate, as Trace.Final; F is f there.
	X Point
	F float64
	// Status, Steps and Where are as in the Trace Run would return:
	// why the run stopped, the number of steps taken, and the iterate
	// where it diverged or left the region (or -1).
	Status Status
	Steps  int
	Where  int
}

// ender runs one start after another without recording the path: the lean
// loop behind Finals and Basins. For the same inputs it takes the same
// steps as Run, bit for bit (TestEnderMatchesRun), with one difference: it
// evaluates ∇f at every iterate but f only at the last one, as NumPy's
// reference does. So a run whose f becomes NaN or ±Inf while x and ∇f stay
// finite is reported Diverged at its last iterate rather than where f
// first failed. Apart from that, Status, Steps, Where and the final point
// are Run's.
//
// One ender serves one goroutine; it allocates nothing per step (the
// optimizer's Init makes each run's state).
type ender struct {
	f     Objective
	valid func([]float64) error
	opt   Transform
	set   Settings
	ctx   context.Context
	x, g  []float64
	u     []float64
	state State

	// Tracking, for Basins: at each iterate, near(x, g) says which target
	// the iterate is close to (or -1); the run remembers the first iterate
	// of the last stretch of iterates close to the same target.
	near func(x, g []float64) int
}

// endResult is what ender.run reports beyond the final x (in ender.x).
type endResult struct {
	status       Status
	steps, where int
	f            float64 // f at the final iterate
	target       int     // near() at the last iterate, or -1
	since        int     // first iterate of the last stretch near target
}

func newEnder(f Objective, opt Transform, dim int, set Settings, ctx context.Context) *ender {
	e := &ender{
		f:   f,
		opt: opt,
		set: set,
		ctx: ctx,
		x:   make([]float64, dim),
		g:   make([]float64, dim),
		u:   make([]float64, dim),
	}
	if fn, ok := f.(*Function); ok {
		e.valid = fn.Valid
	}
	e.state.F = f
	return e
}

// run runs from start; the final iterate is left in e.x and ∇f there in e.g.
func (e *ender) run(start []float64) endResult {
	update := e.opt.Init(len(start))
	copy(e.x, start)
	e.f.Grad(e.g, e.x)
	r := endResult{target: -1, where: -1}
	e.track(&r, 0)
	if e.stop(&r, 0, math.Inf(1)) {
		return e.finish(r)
	}
	set := &e.set
	for k := 0; k < set.Steps; k++ {
		if e.ctx != nil && k%256 == 0 && e.ctx.Err() != nil {
			r.status, r.steps = Cancelled, k
			return e.finish(r)
		}
		copy(e.u, e.g)
		e.state.Step, e.state.X, e.state.Grad, e.state.LR = k, e.x, e.g, 0
		update(e.u, &e.state)
		var step2 float64
		for i, d := range e.u {
			e.x[i] -= d
			step2 += d * d
		}
		if e.valid != nil && allFinite(e.x) {
			if err := e.valid(e.x); err != nil {
				r.status, r.steps, r.where, r.f = Diverged, k+1, k+1, math.NaN()
				return r
			}
		}
		e.f.Grad(e.g, e.x)
		e.track(&r, k+1)
		if e.stop(&r, k+1, math.Sqrt(step2)) {
			return e.finish(r)
		}
	}
	r.status, r.steps = StepLimit, set.Steps
	return e.finish(r)
}

// finish evaluates f at the final iterate: NaN or ±Inf there is
// divergence.
func (e *ender) finish(r endResult) endResult {
	r.f = e.f.Func(e.x)
	if !finite(r.f) && r.status != Diverged && r.status != Cancelled {
		r.status, r.where = Diverged, r.steps
	}
	return r
}

// track updates r's target and stretch at iterate i.
func (e *ender) track(r *endResult, i int) {
	if e.near == nil {
		return
	}
	t := e.near(e.x, e.g)
	if t != r.target || i == 0 {
		r.target, r.since = t, i
	}
}

// stop applies Run's stopping rules at iterate i, except the one on f (see
// ender), and sets r if one fires.
func (e *ender) stop(r *endResult, i int, step float64) bool {
	set := &e.set
	switch {
	case !allFinite(e.x) || !allFinite(e.g) || normInf(e.x) > set.Bound:
		r.status, r.where = Diverged, i
	case set.Region != nil && !set.Region.Contains(e.x):
		r.status, r.where = LeftRegion, i
	case set.GradTol > 0 && normInf(e.g) < set.GradTol:
		r.status = Converged
	case set.StepTol > 0 && step < set.StepTol:
		r.status = Converged
	default:
		return false
	}
	r.steps = i
	return true
}
