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

// ender runs starts without recording their paths: the lean loop behind
// Finals and Basins. For the same inputs it takes the same steps as Run,
// bit for bit (TestFinalsMatchRun), with one difference: it evaluates ∇f
// at every iterate but f only at the last one, as NumPy's reference does.
// So a run whose f becomes NaN or ±Inf while x and ∇f stay finite is
// reported Diverged at its last iterate rather than where f first failed.
// Apart from that, Status, Steps, Where and the final point are Run's.
//
// It advances several runs in lockstep, one step of each in turn (lanes):
// each run's steps still depend on one another, but those of different
// runs do not, so the processor overlaps one run's exponentials with
// another's. Each lane is an independent run with its own optimizer state,
// so the arithmetic, and the result, is that of Run.
//
// One ender serves one goroutine; it allocates nothing per step (the
// optimizer's Init makes each run's state).
type ender struct {
	f      Objective
	valid  func([]float64) error
	opt    Transform
	set    Settings
	ctx    context.Context
	dim    int
	grad   func(g, x []float64) // f.Grad
	lr     float64              // > 0: opt is plain GD with this rate (see plainGD)
	lanes  []lane
	active []*lane

	// Tracking, for Basins: at each iterate, track finds the target the
	// iterate is close to (or -1), and the run remembers the first iterate
	// of the last stretch of iterates close to the same target. With
	// targets (x₀, y₀, x₁, y₁, …), close means within squared distance
	// tol2; with stationary, it means every |∂f/∂xᵢ| < gradTol (target 0).
	targets    []float64
	tol2       float64
	stationary bool
	gradTol    float64
}

// numLanes is the number of runs an ender advances in lockstep. On peaks,
// four lanes take about 0.85 of the CPU time of one (measured on this
// project's 2-core machine; eight gain nothing more): the overlap is
// limited by the bookkeeping between the gradients.
const numLanes = 4

// lane is one run in progress.
type lane struct {
	item    int     // the item being run, or -1 if the lane is idle
	k       int     // the iterate the lane is at, and the next step to take
	step2   float64 // the squared length of the last step
	x, g, u []float64
	update  Update
	state   State
	r       endResult
}

// endResult is how a run ended, beyond its final x.
type endResult struct {
	status       Status
	steps, where int
	f            float64 // f at the final iterate
	outside      bool    // the final iterate is outside f's domain
	target       int     // near() at the last iterate, or -1
	since        int     // first iterate of the last stretch near target
}

func newEnder(f Objective, opt Transform, dim int, set Settings, ctx context.Context) *ender {
	e := &ender{f: f, opt: opt, set: set, ctx: ctx, dim: dim, grad: f.Grad,
		lanes: make([]lane, numLanes), active: make([]*lane, 0, numLanes)}
	if fn, ok := f.(*Function); ok {
		e.valid, e.grad = fn.Valid, fn.g // fn.g: one call fewer than fn.Grad
	}
	e.lr = plainGD(opt, dim)
	buf := make([]float64, 3*dim*numLanes)
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
// start into dst, and done(i, x, r) receives its last iterate and result
// (x is reused afterwards). It stops taking new items when the context is
// cancelled, and returns how many items it finished.
//
// Each round has two passes over the lanes: first the gradients, one after
// another (so that the processor overlaps them), then for each lane the
// stopping rules at its iterate and, if it goes on, its next step. A lane
// whose run ends takes the next item at once.
func (e *ender) runRange(lo, hi int, startOf func(i int, dst []float64), done func(i int, x []float64, r endResult)) int {
	next, finished := lo, 0
	// take gives lane l the next item, if any.
	take := func(l *lane) {
		l.item = -1
		if next >= hi || (e.ctx != nil && e.ctx.Err() != nil) {
			return
		}
		l.item, next = next, next+1
		startOf(l.item, l.x)
		if e.lr == 0 {
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
	fast := e.lr > 0 && e.dim == 2 && e.valid == nil && e.set.Region == nil && e.set.GradTol == 0 && e.set.StepTol == 0
	for {
		busy := false
		for li := range e.lanes {
			if l := &e.lanes[li]; l.item >= 0 {
				e.grad(l.g, l.x)
				busy = true
			}
		}
		if !busy {
			return finished
		}
		for li := range e.lanes {
			l := &e.lanes[li]
			switch {
			case l.item < 0:
			case fast:
				if e.stepGD2(l) {
					end(l)
				}
			case e.check(l) || e.move(l):
				end(l)
			}
		}
	}
}

// stepGD2 is check and move in one, for plain GD in two variables with no
// stopping rule but divergence (the basin maps' case): the same tests and
// arithmetic as Run, written out for the two coordinates.
func (e *ender) stepGD2(l *lane) bool {
	i := l.k
	x0, x1, g0, g1 := l.x[0], l.x[1], l.g[0], l.g[1]
	r := &l.r
	if e.targets != nil { // track, written out
		t := -1
		for j := 0; j+1 < len(e.targets); j += 2 {
			d0, d1 := x0-e.targets[j], x1-e.targets[j+1]
			if d0*d0+d1*d1 < e.tol2 {
				t = j / 2
				break
			}
		}
		if t != r.target || i == 0 {
			r.target, r.since = t, i
		}
	} else if e.stationary {
		e.track(l, i)
	}
	switch bound := e.set.Bound; {
	case x0-x0 != 0 || x1-x1 != 0 || g0-g0 != 0 || g1-g1 != 0 || math.Abs(x0) > bound || math.Abs(x1) > bound:
		r.status, r.where, r.steps = Diverged, i, i
	case i == e.set.Steps:
		r.status, r.steps = StepLimit, i
	case e.ctx != nil && i%256 == 0 && e.ctx.Err() != nil:
		r.status, r.steps = Cancelled, i
	default:
		l.x[0] = x0 - float64(g0*e.lr)
		l.x[1] = x1 - float64(g1*e.lr)
		l.k = i + 1
		return false
	}
	return true
}

// move takes lane l's next step, as Run does, up to the gradient at the
// new iterate, which the next round computes; it reports whether the run
// stopped (cancelled, or out of f's domain).
func (e *ender) move(l *lane) bool {
	k := l.k
	if e.ctx != nil && k%256 == 0 && e.ctx.Err() != nil {
		l.r.status, l.r.steps = Cancelled, k
		return true
	}
	var step2 float64
	if lr := e.lr; lr > 0 {
		// Plain GD: Run copies g into u, GD's update multiplies u by lr,
		// and Run subtracts u. The same arithmetic, without the copy and
		// the call; the conversion keeps Go from fusing it into x.
		for i, g := range l.g {
			d := float64(g * lr)
			l.x[i] -= d
			step2 += d * d
		}
	} else {
		for i, g := range l.g {
			l.u[i] = g
		}
		l.state.Step, l.state.X, l.state.Grad, l.state.LR = k, l.x, l.g, 0
		l.update(l.u, &l.state)
		for i, d := range l.u {
			l.x[i] -= d
			step2 += d * d
		}
	}
	l.step2 = step2
	l.k = k + 1
	if e.valid != nil && allFinite(l.x) {
		if err := e.valid(l.x); err != nil {
			l.r.status, l.r.steps, l.r.where, l.r.outside = Diverged, k+1, k+1, true
			return true
		}
	}
	return false
}

// check applies the stopping rules at lane l's current iterate, once its
// gradient is known, and reports whether the run stopped.
func (e *ender) check(l *lane) bool {
	e.track(l, l.k)
	if e.stop(l, l.k) {
		return true
	}
	if l.k == e.set.Steps {
		l.r.status, l.r.steps = StepLimit, l.k
		return true
	}
	return false
}

// finish evaluates f at lane l's final iterate: NaN or ±Inf there is
// divergence. (An iterate outside f's domain has f = NaN, as in Run.)
func (e *ender) finish(l *lane) {
	r := &l.r
	if r.outside {
		r.f = math.NaN()
		return
	}
	r.f = e.f.Func(l.x)
	if !finite(r.f) && r.status != Diverged && r.status != Cancelled {
		r.status, r.where = Diverged, r.steps
	}
}

// track updates lane l's target and stretch at iterate i.
func (e *ender) track(l *lane, i int) {
	t := -1
	switch {
	case e.targets != nil:
		t = nearest(e.targets, l.x[0], l.x[1], e.tol2)
	case e.stationary:
		if normInf(l.g) < e.gradTol {
			t = 0
		}
	default:
		return
	}
	if t != l.r.target || i == 0 {
		l.r.target, l.r.since = t, i
	}
}

// stop applies Run's stopping rules at iterate i of lane l, except the one
// on f (see ender), and sets its result if one fires. The step rule
// applies from iterate 1 on (Run gives iterate 0 an infinite step).
func (e *ender) stop(l *lane, i int) bool {
	set, r := &e.set, &l.r
	bad := false
	for j, x := range l.x {
		// x − x and g − g are 0 unless NaN or ±Inf: Run's allFinite and
		// normInf tests in one pass.
		g := l.g[j]
		bad = bad || x-x != 0 || g-g != 0 || math.Abs(x) > set.Bound
	}
	switch {
	case bad:
		r.status, r.where = Diverged, i
	case set.Region != nil && !set.Region.Contains(l.x):
		r.status, r.where = LeftRegion, i
	case set.GradTol > 0 && normInf(l.g) < set.GradTol:
		r.status = Converged
	case set.StepTol > 0 && i > 0 && math.Sqrt(l.step2) < set.StepTol:
		r.status = Converged
	default:
		return false
	}
	r.steps = i
	return true
}

// plainGD returns lr if opt is GD(lr) — alone, renamed with Named or as the
// single stage of a Chain — and 0 otherwise: a schedule, a longer chain or
// any other transform runs through its Update.
func plainGD(opt Transform, dim int) float64 {
	for {
		switch t := opt.(type) {
		case gd:
			if t.lr > 0 {
				return t.lr
			}
			return 0
		case named:
			opt = t.Transform
		case chain:
			if len(t.stages) != 1 {
				return 0
			}
			opt = t.stages[0]
		default:
			return 0
		}
	}
}
