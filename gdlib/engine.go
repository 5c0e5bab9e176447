package gdlib

import "math"

// engine is the one step loop behind Run, Finals and Basins. It advances
// up to numLanes runs in lockstep, one step of each in turn: each run's
// steps depend on one another, but those of different runs do not, so the
// processor overlaps one run's gradient with another's. Each lane is an
// independent run with its own optimizer state, so the arithmetic, and the
// result, is that of the run alone.
//
// A lane with a Trace records every iterate (Run): f is evaluated at each
// and the stopping rules test it. A lane without one (Finals, Basins)
// evaluates f only at its last iterate, as NumPy's reference does, so a run
// whose f becomes NaN or ±Inf while x and ∇f stay finite is reported
// Diverged at its last iterate rather than where f first failed. Apart from
// that, the two take the same steps, bit for bit.
//
// One engine serves one goroutine; it allocates nothing per step (the
// optimizer's Init makes each run's state).
type engine struct {
	f     Objective
	valid func([]float64) error // nil: every finite x
	grad  func(g, x []float64)
	// stepGrad, if not nil, is the gradient that changes with the step
	// (see StepGradient); it replaces grad.
	stepGrad func(k int, g, x []float64)
	opt      Transform
	set      Settings
	dim      int
	// rate > 0: opt's update is u ← rate·u (see constantRater), taken
	// inline without calling an Update.
	rate float64
	// moreRules: a stopping rule beyond divergence and the step limit is
	// on (Region, GradTol or StepTol).
	moreRules bool
	// ruleMask: at an iterate k that is finite and within the bound,
	// advance applies the rules only if k is the step limit or
	// k&ruleMask == 0: ruleMask is 0 (every iterate) with moreRules, else
	// 255 with a context (every 256th iterate, for the cancellation test),
	// else MaxInt (iterate 0 only, where no rule fires; the call is
	// merely not needed).
	ruleMask int
	lanes    []lane

	// Tracking, for Basins: at each iterate the lane finds the target it
	// is close to (or -1), and remembers the first iterate of the last
	// stretch of iterates close to the same target. With targets (x₀, y₀,
	// x₁, y₁, …), close means within squared distance tol2; with
	// stationary, it means every |∂f/∂xᵢ| < gradTol (target 0).
	targets    []float64
	tol2       float64
	stationary bool
	gradTol    float64
}

// numLanes is the number of runs an engine advances in lockstep. On peaks,
// four lanes take about 0.85 of the CPU time of one (eight gain nothing
// more): the overlap is limited by the bookkeeping between the gradients.
const numLanes = 4

// lane is one run in progress.
type lane struct {
	item int // the item being run, or -1 if the lane is idle
	k    int // the iterate the lane is at, and the next step to take
	// step2 is the squared length of the last step, for StepTol (with a
	// constant rate, the engine sums it only if moreRules).
	step2   float64
	x, g, u []float64
	update  Update
	state   State
	trace   *Trace // if not nil, every iterate is recorded here
	r       endResult
}

// constantRater is implemented by a Transform whose update is u ← rate·u
// with a constant rate > 0 (plain gradient descent): the engine then takes
// the step itself, with the same arithmetic, without calling an Update per
// step. GD offers it; Chain and Named pass on their single stage's.
type constantRater interface {
	constantRate() float64
}

// directGrader is implemented by an objective that can hand the engine
// the function behind its Grad method, saving a call per step (a
// *Function does).
type directGrader interface {
	directGrad() func(grad, x []float64)
}

// rateOf returns opt's constant rate, or 0 if it has none.
func rateOf(opt Transform) float64 {
	if c, ok := opt.(constantRater); ok {
		return c.constantRate()
	}
	return 0
}

func newEngine(f Objective, opt Transform, dim int, set Settings, lanes int) *engine {
	e := &engine{f: f, opt: opt, set: set, dim: dim, grad: f.Grad, rate: rateOf(opt),
		lanes: make([]lane, lanes)}
	e.valid = extrasOf(f).validate
	if d, ok := f.(directGrader); ok {
		e.grad = d.directGrad()
	}
	if s, ok := f.(StepGradient); ok {
		e.stepGrad = s.StepGrad
	}
	e.moreRules = set.Region != nil || set.GradTol > 0 || set.StepTol > 0
	switch {
	case e.moreRules:
		e.ruleMask = 0
	case set.Context != nil:
		e.ruleMask = 255
	default:
		e.ruleMask = math.MaxInt
	}
	buf := make([]float64, 3*dim*lanes)
	for i := range e.lanes {
		l := &e.lanes[i]
		l.item = -1
		l.x, buf = buf[:dim:dim], buf[dim:]
		l.g, buf = buf[:dim:dim], buf[dim:]
		l.u, buf = buf[:dim:dim], buf[dim:]
		l.state.F = f
	}
	return e
}

// runRange runs the items lo ≤ i < hi: startOf(i, dst) writes item i's
// start into dst and returns the Trace to record it in, or nil; done(i, x,
// r) receives its last iterate and result (x is reused afterwards). It
// stops taking new items when the context is cancelled, and returns how
// many items it finished.
//
// Each round has two passes over the lanes: first the gradients, one after
// another (so that the processor overlaps them), then for each lane the
// stopping rules at its iterate and, if it goes on, its next step. A lane
// whose run ends takes the next item at once.
func (e *engine) runRange(lo, hi int, startOf func(i int, dst []float64) *Trace, done func(i int, x []float64, r endResult)) int {
	next, finished := lo, 0
	ctx := e.set.Context
	// take gives lane l the next item, if any. Once the context is
	// cancelled no new item starts, except the first: it stops at its
	// start with Cancelled (see advance), so that a single run (Run)
	// always has its start recorded.
	take := func(l *lane) {
		l.item = -1
		if next >= hi || (next > lo && ctx != nil && ctx.Err() != nil) {
			return
		}
		l.item, next = next, next+1
		l.trace = startOf(l.item, l.x)
		if e.rate == 0 {
			l.update = e.opt.Init(e.dim)
		}
		l.k = 0
		l.r = endResult{target: -1, where: -1}
	}
	end := func(l *lane) {
		e.finish(l)
		done(l.item, l.x, l.r)
		finished++
		take(l)
	}
	for li := range e.lanes {
		take(&e.lanes[li])
	}
	for {
		busy := false
		for li := range e.lanes {
			if l := &e.lanes[li]; l.item >= 0 {
				if e.stepGrad != nil {
					e.stepGrad(l.k, l.g, l.x) // the gradient of iterate k's batch
				} else {
					e.grad(l.g, l.x)
				}
				busy = true
			}
		}
		if !busy {
			return finished
		}
		for li := range e.lanes {
			if l := &e.lanes[li]; l.item >= 0 && e.advance(l) {
				end(l)
			}
		}
	}
}

// advance applies the stopping rules at lane l's current iterate, once its
// gradient is known, and, if none fires, takes the next step, up to the
// gradient at the new iterate, which the next round computes. It reports
// whether the run stopped, with its result set.
//
// It is the loop's hot path: what most steps do not need (recording,
// the rules other than the finiteness and bound test, an optimizer's
// Update, the domain test) is in functions of its own, so that the common
// step keeps its values in registers.
func (e *engine) advance(l *lane) bool {
	fx := 0.0
	if l.trace != nil {
		fx = e.record(l)
	}
	k, r := l.k, &l.r
	x, g := l.x, l.g[:len(l.x)]
	if e.targets != nil {
		if t := nearest(e.targets, x[0], x[1], e.tol2); t != r.target || k == 0 {
			r.target, r.since = t, k
		}
	} else if e.stationary {
		e.trackStationary(l, k)
	}

	// x − x and g − g are 0 unless NaN or ±Inf, so their sum is the
	// finiteness test of every coordinate, without a branch per
	// coordinate; out is whether some |xᵢ| is beyond the bound.
	nan, out, bound := fx-fx, false, e.set.Bound
	for j, v := range x {
		w := g[j]
		nan += (v - v) + (w - w)
		if math.Abs(v) > bound {
			out = true
		}
	}
	// A rule can fire only under one of these conditions (see stopRule
	// and ruleMask).
	bad := nan != 0 || out
	if bad || k == e.set.Steps || k&e.ruleMask == 0 {
		if e.stopRule(l, k, fx, bad) {
			return true
		}
	}

	// No rule fired: the step, u = update(∇f), x ← x − u. With a constant
	// rate, u = lr·g without the copy and the call; the conversion keeps Go
	// from fusing the product into x.
	if lr := e.rate; lr > 0 {
		if e.moreRules { // the step's length, for StepTol
			l.step2 = 0
			for _, v := range g {
				d := float64(v * lr)
				l.step2 += d * d
			}
		}
		for i := range x {
			x[i] -= float64(g[i] * lr)
		}
		if l.trace != nil {
			l.trace.LR = append(l.trace.LR, lr)
		}
	} else {
		var stopped bool
		if l.step2, stopped = e.update(l, k); stopped {
			return true
		}
	}
	l.k = k + 1
	if e.valid != nil {
		return e.outsideDomain(l)
	}
	return false
}

// record evaluates f at lane l's current iterate and records the iterate
// in its trace; it returns f there.
func (e *engine) record(l *lane) float64 {
	fx := e.f.Func(l.x)
	l.trace.record(l.x, fx, l.g)
	return fx
}

// stopRule applies the stopping rules at iterate k of lane l, where f is
// fx (0 without a trace) and bad says that x or ∇f is not finite, or some
// |xᵢ| is beyond the bound. It is the only place the rules are written;
// the step rule applies from iterate 1 on. It reports whether a rule
// fired, with l's result set. A rule fires only if bad, e.moreRules, k is
// the step limit, or k is a multiple of 256 with a context: advance calls
// it whenever one of these may hold (see ruleMask).
func (e *engine) stopRule(l *lane, k int, fx float64, bad bool) bool {
	set, r, x, g := &e.set, &l.r, l.x, l.g
	switch {
	case bad && (fx-fx != 0 || !allFinite(x) || !allFinite(g)):
		return r.stop(Diverged, byNonFinite, k, k)
	case bad:
		return r.stop(Diverged, byBound, k, k)
	case e.moreRules && set.Region != nil && !set.Region.Contains(x):
		return r.stop(LeftRegion, byRegion, k, k)
	case e.moreRules && set.GradTol > 0 && normInf(g) < set.GradTol:
		return r.stop(Converged, byGradTol, k, -1)
	case e.moreRules && set.StepTol > 0 && k > 0 && math.Sqrt(l.step2) < set.StepTol:
		return r.stop(Converged, byStepTol, k, -1)
	case k == set.Steps:
		return r.stop(StepLimit, byStepLimit, k, -1)
	case set.Context != nil && k%256 == 0 && set.Context.Err() != nil:
		return r.stop(Cancelled, byCancel, k, -1)
	}
	return false
}

// update takes lane l's step from iterate k through its optimizer's
// Update: u = update(∇f), x ← x − u. It returns the squared length of
// the step, or stopped = true, with the run's result set and x unmoved,
// when a schedule gave a negative, NaN or infinite rate (see ScaleByLR).
func (e *engine) update(l *lane, k int) (step2 float64, stopped bool) {
	x, g := l.x, l.g[:len(l.x)]
	u := l.u[:len(x)]
	copy(u, g)
	l.state.Step, l.state.X, l.state.Grad, l.state.LR, l.state.badRate = k, x, g, 0, nil
	l.update(u, &l.state)
	if l.state.badRate != nil {
		// Stop before moving, after k steps; the iterate that failed is
		// k+1, the one this step would have made.
		l.r.err = l.state.badRate
		return 0, l.r.stop(Diverged, byRate, k, k+1)
	}
	if l.trace != nil {
		l.trace.LR = append(l.trace.LR, l.state.LR)
	}
	for i, d := range u {
		x[i] -= d
		step2 += d * d
	}
	return step2, false
}

// outsideDomain reports whether lane l's new iterate, if finite, is
// outside f's domain; the run then stops there, Diverged. (A non-finite
// iterate is left to the rules at the next round.)
func (e *engine) outsideDomain(l *lane) bool {
	if !allFinite(l.x) {
		return false
	}
	if err := e.valid(l.x); err != nil {
		l.r.err = err
		return l.r.stop(Diverged, byDomain, l.k, l.k)
	}
	return false
}

// trackStationary updates lane l's target and stretch at iterate i when
// clustering: target 0 while every |∂f/∂xᵢ| < gradTol.
func (e *engine) trackStationary(l *lane, i int) {
	t := -1
	if normInf(l.g) < e.gradTol {
		t = 0
	}
	if t != l.r.target || i == 0 {
		l.r.target, l.r.since = t, i
	}
}

// nearest returns the index of the first target (x₀, y₀, x₁, y₁, …) whose
// squared distance from (x, y) is below tol2, or -1. The test is the NumPy
// reference's: (x − a)² + (y − b)² < tol².
func nearest(targets []float64, x, y, tol2 float64) int {
	for k := 1; k < len(targets); k += 2 { // k indexes b: no bounds check
		dx, dy := x-targets[k-1], y-targets[k]
		if dx*dx+dy*dy < tol2 {
			return k / 2
		}
	}
	return -1
}
