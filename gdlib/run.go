package gdlib

import (
	"context"
	"fmt"
	"math"
)

// Settings configures a run. The zero value, and a nil *Settings, mean the
// defaults documented on each field: 100 steps, no stopping rule, so a run
// takes exactly the steps it is given, as the seeds' loops do.
type Settings struct {
	// Steps is the number of steps to take. Zero means 100; negative is an
	// error.
	Steps int

	// GradTol, if > 0, stops the run with Converged at the first iterate
	// where every partial derivative has |∂f/∂xᵢ| < GradTol. The labs use
	// 1e-5 in one variable and 1e-3 in two.
	GradTol float64
	// StepTol, if > 0, stops the run with Converged after a step of
	// length ‖xₖ₊₁ − xₖ‖₂ < StepTol.
	StepTol float64
	// Region, if not nil, stops the run with LeftRegion at the first
	// iterate outside it (the labs' plotted range).
	Region Box
	// Bound: an iterate with a coordinate |xᵢ| > Bound has diverged.
	// Zero means 1e12.
	Bound float64

	// Context, if not nil, cancels the run: it then stops with Cancelled.
	Context context.Context
}

// DefaultSteps is the number of steps of a run whose Settings.Steps is 0.
const DefaultSteps = 100

// defaultBound is Settings.Bound's default.
const defaultBound = 1e12

// MaxSteps is the largest Settings.Steps a run accepts: a trace of 10⁸
// iterates in two variables already needs 4.8 GB.
const MaxSteps = 100_000_000

func (s *Settings) orDefault() Settings {
	var v Settings
	if s != nil {
		v = *s
	}
	if v.Steps == 0 {
		v.Steps = DefaultSteps
	}
	if v.Bound == 0 {
		v.Bound = defaultBound
	}
	return v
}

func (s Settings) validate(dim int) error {
	switch {
	case s.Steps < 0:
		return fmt.Errorf("gdlib: Settings.Steps = %d: want ≥ 0 (0 means %d)", s.Steps, DefaultSteps)
	case s.Steps > MaxSteps:
		return fmt.Errorf("gdlib: Settings.Steps = %d: at most %d steps are recorded in one run", s.Steps, MaxSteps)
	case math.IsNaN(s.GradTol) || s.GradTol < 0:
		return fmt.Errorf("gdlib: Settings.GradTol = %v: want ≥ 0", s.GradTol)
	case math.IsNaN(s.StepTol) || s.StepTol < 0:
		return fmt.Errorf("gdlib: Settings.StepTol = %v: want ≥ 0", s.StepTol)
	case math.IsNaN(s.Bound) || s.Bound <= 0:
		return fmt.Errorf("gdlib: Settings.Bound = %v: want > 0", s.Bound)
	}
	if s.Region != nil {
		return s.Region.validate("Settings.Region", dim)
	}
	return nil
}

// Run minimises f from start with the optimizer opt and returns the record
// of every step. A run that diverges is not an error: its Trace says where
// and why (Status Diverged). The error is for input that cannot be run, and
// names the parameter and its value: a learning rate ≤ 0 or NaN, a negative
// number of steps, a start that is NaN, of the wrong dimension or outside
// f's domain.
func Run(f Objective, start Point, opt Transform, s *Settings) (*Trace, error) {
	if f == nil {
		return nil, fmt.Errorf("gdlib: objective is nil")
	}
	if err := checkPoint(f, "start", start); err != nil {
		return nil, err
	}
	if err := validate(opt); err != nil {
		return nil, err
	}
	set := s.orDefault()
	if err := set.validate(len(start)); err != nil {
		return nil, err
	}
	r := newRunner(f, opt, len(start), set)
	t := newTrace(objectiveName(f), opt.Name(), len(start), set.Steps)
	r.run(t, start)
	return t, nil
}

// MustRun is Run for inputs known to be good, as in a lesson: it panics with
// Run's error message instead of returning it.
func MustRun(f Objective, start Point, opt Transform, s *Settings) *Trace {
	t, err := Run(f, start, opt, s)
	if err != nil {
		panic(err)
	}
	return t
}

// objectiveName returns f's name: Function.Name, String(), or its type.
func objectiveName(f Objective) string {
	switch v := f.(type) {
	case *Function:
		return v.Name
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprintf("%T", f)
}

// runner holds the buffers of one run so that its loop allocates nothing.
type runner struct {
	f      Objective
	valid  func([]float64) error
	update Update
	set    Settings
	x, g   []float64
	u      []float64
	state  State
	grad   func(k int, g, x []float64) // the gradient step k uses (stepGradient)
}

func newRunner(f Objective, opt Transform, dim int, set Settings) *runner {
	r := &runner{
		f:      f,
		update: opt.Init(dim),
		set:    set,
		x:      make([]float64, dim),
		g:      make([]float64, dim),
		u:      make([]float64, dim),
		grad:   stepGradient(f),
	}
	if fn, ok := f.(*Function); ok {
		r.valid = fn.Valid
	}
	r.state.F = f
	return r
}

// run fills t from start.
func (r *runner) run(t *Trace, start Point) {
	copy(r.x, start)
	fx := r.f.Func(r.x)
	r.grad(0, r.g, r.x)
	t.record(r.x, fx, r.g)
	if r.stop(t, 0, fx, math.Inf(1)) {
		return
	}
	ctx := r.set.Context
	for k := 0; k < r.set.Steps; k++ {
		if ctx != nil && k%256 == 0 && ctx.Err() != nil {
			t.Status, t.Reason = Cancelled, fmt.Sprintf("cancelled before step %d: %v", k+1, ctx.Err())
			return
		}
		copy(r.u, r.g)
		r.state.Step, r.state.X, r.state.Grad, r.state.LR = k, r.x, r.g, 0
		r.update(r.u, &r.state)
		t.LR = append(t.LR, r.state.LR)
		var step2 float64
		for i, d := range r.u {
			r.x[i] -= d
			step2 += d * d
		}
		if r.valid != nil && allFinite(r.x) {
			if err := r.valid(r.x); err != nil {
				// Record the point with NaN value so the trace shows where it went.
				t.record(r.x, math.NaN(), nanVec(r.g))
				t.Status, t.Where = Diverged, k+1
				t.Reason = fmt.Sprintf("iterate %d, %v, is outside the domain of %s: %v", k+1, Point(r.x), t.Objective, err)
				return
			}
		}
		fx = r.f.Func(r.x)
		r.grad(k+1, r.g, r.x)
		t.record(r.x, fx, r.g)
		if r.stop(t, k+1, fx, math.Sqrt(step2)) {
			return
		}
	}
	t.Status = StepLimit
}

// stop applies the stopping rules at iterate i and sets t's status if one
// fires.
func (r *runner) stop(t *Trace, i int, fx, step float64) bool {
	if !finite(fx) || !allFinite(r.x) || !allFinite(r.g) {
		t.Status, t.Where = Diverged, i
		t.Reason = fmt.Sprintf("non-finite value at iterate %d: x = %v, f = %v, ∇f = %v", i, Point(r.x), fx, Point(r.g))
		return true
	}
	if normInf(r.x) > r.set.Bound {
		t.Status, t.Where = Diverged, i
		t.Reason = fmt.Sprintf("iterate %d, %v, is beyond the bound %g", i, Point(r.x), r.set.Bound)
		return true
	}
	if r.set.Region != nil && !r.set.Region.Contains(r.x) {
		t.Status, t.Where = LeftRegion, i
		t.Reason = fmt.Sprintf("iterate %d, %v, is outside the region %v", i, Point(r.x), r.set.Region)
		return true
	}
	if r.set.GradTol > 0 && normInf(r.g) < r.set.GradTol {
		t.Status = Converged
		t.Reason = fmt.Sprintf("every |∂f/∂xᵢ| < %g at iterate %d", r.set.GradTol, i)
		return true
	}
	if r.set.StepTol > 0 && step < r.set.StepTol {
		t.Status = Converged
		t.Reason = fmt.Sprintf("step %d was shorter than %g", i, r.set.StepTol)
		return true
	}
	return false
}

func allFinite(v []float64) bool {
	for _, x := range v {
		if !finite(x) {
			return false
		}
	}
	return true
}

func nanVec(v []float64) []float64 {
	for i := range v {
		v[i] = math.NaN()
	}
	return v
}
