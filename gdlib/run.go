package gdlib

import (
	"context"
	"fmt"
	"math"
)

// Settings configures a run, and an experiment's runs. The zero value, and
// a nil *Settings, mean the defaults documented on each field: 100 steps,
// no stopping rule, so a run takes exactly the steps it is given, as the
// course's loops do; an experiment uses every core.
type Settings struct {
	// Steps is the number of steps to take. Zero means 100; negative is an
	// error.
	Steps int

	// GradTol, if > 0, stops the run with Converged at the first iterate
	// where every partial derivative has |∂f/∂xᵢ| < GradTol. The labs use
	// 1e-5 in one variable and 1e-3 in two. NaN, ±Inf or < 0 is an error.
	GradTol float64
	// StepTol, if > 0, stops the run with Converged after a step of
	// length ‖xₖ₊₁ − xₖ‖₂ < StepTol. NaN, ±Inf or < 0 is an error.
	StepTol float64
	// Region, if not nil, stops the run with LeftRegion at the first
	// iterate outside it (the labs' plotted range).
	Region Box
	// Bound: an iterate with a coordinate |xᵢ| > Bound has diverged.
	// Zero means 1e12; +Inf leaves only the test for NaN and ±Inf; NaN or
	// < 0 is an error.
	Bound float64

	// Context, if not nil, cancels the run: it then stops with Cancelled.
	// An experiment then returns promptly, with the runs done so far and
	// Context.Err().
	Context context.Context

	// Workers is the number of goroutines an experiment (MultiStart,
	// Finals, Basins, Compare, Sweep, Sweep2) spreads its runs over. Zero
	// means runtime.GOMAXPROCS(0), every core; negative is an error.
	// Results never depend on it: every run writes only its own slot of
	// the result, which is in the order of the inputs. Run ignores it.
	Workers int
	// Progress, if not nil, is called by an experiment with the number of
	// runs done and their total: first with (0, total), then at most once
	// every ProgressInterval while the experiment runs, and last with the
	// final count (total, unless cancelled). It is always called from the
	// goroutine that called the experiment, never concurrently, so it can
	// draw a progress bar in a notebook. Run ignores it.
	Progress func(done, total int)
}

// DefaultSteps is the number of steps of a run whose Settings.Steps is 0.
const DefaultSteps = 100

// defaultBound is Settings.Bound's default.
const defaultBound = 1e12

// MaxSteps is the largest Settings.Steps a run accepts: a trace of 10⁸
// iterates in two variables already needs 4.8 GB.
const MaxSteps = 100_000_000

// MaxTraceCoords is the most coordinates a run may be asked to record,
// Settings.Steps × the dimension: 2·10⁸, MaxSteps in two variables. Run
// checks it before it allocates, so that 10⁸ steps in 1000 variables (10¹¹
// numbers) is an error naming both rather than a run that exhausts memory
// as its trace grows. A trace needs about 16 bytes per coordinate (x and
// ∇f) and 24 per iterate (f, |∇f|, the rate); most runs stop far earlier.
const MaxTraceCoords = 2 * MaxSteps

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
	case !finite(s.GradTol) || s.GradTol < 0:
		return fmt.Errorf("gdlib: Settings.GradTol = %v: want a finite number ≥ 0 (0: no gradient rule)", s.GradTol)
	case !finite(s.StepTol) || s.StepTol < 0:
		return fmt.Errorf("gdlib: Settings.StepTol = %v: want a finite number ≥ 0 (0: no step rule)", s.StepTol)
	case math.IsNaN(s.Bound) || s.Bound <= 0:
		return fmt.Errorf("gdlib: Settings.Bound = %v: want > 0", s.Bound)
	}
	if err := s.checkWorkers(); err != nil {
		return err
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
//
// A panic in f, its gradient, the optimizer or its schedule — code a
// learner wrote, say — is returned as an error naming the objective, the
// optimizer, the iterate and the panic's value, rather than ending the
// notebook's program.
func Run(f Objective, start Point, opt Transform, s *Settings) (t *Trace, err error) {
	if isNil(f) {
		return nil, nilObjective("Run", f)
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
	if c := float64(set.Steps) * float64(len(start)); c > MaxTraceCoords {
		return nil, fmt.Errorf("gdlib: Settings.Steps = %d in %d dimensions: a run records at most gdlib.MaxTraceCoords = %d coordinates (Steps × dimensions), this one could need %.3g: give fewer steps, or use Finals, which keeps only the end point", set.Steps, len(start), MaxTraceCoords, c)
	}
	t = newTrace(objectiveName(f), opt.Name(), len(start), set.Steps)
	e := newEngine(f, opt, len(start), set, 1)
	defer func() {
		if v := recover(); v != nil {
			t, err = nil, fmt.Errorf("gdlib: Run: %s on %s panicked at iterate %d: %v", opt.Name(), objectiveName(f), e.lanes[0].k, v)
		}
	}()
	e.runRange(0, 1, func(_ int, x []float64) *Trace { copy(x, start); return t }, func(int, []float64, endResult) {})
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
