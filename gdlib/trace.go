package gdlib

import (
	"fmt"
	"math"
	"strings"
)

// Trace is the record of one run: every iterate, the value and gradient
// there, the learning rate each step used, and why the run stopped.
//
// Iterate 0 is the start; iterate i (1 ≤ i ≤ Steps) is the point after step
// i. Values are stored flat, so recording allocates nothing per step; the
// methods X, Grad and the slices F, GradNorm, LR index them by iterate.
//
// A Trace has the method set of gonum/plot's XYer: in one variable XY(i) is
// (xᵢ, f(xᵢ)), a point on the curve; in two or more it is the first two
// coordinates of iterate i. So a run can be drawn directly.
type Trace struct {
	Objective string // the objective's name
	Optimizer string // the optimizer's name, e.g. "GD(0.01)"
	Dim       int    // number of variables

	// F[i] is f at iterate i; GradNorm[i] is ‖∇f‖₂ there.
	F, GradNorm []float64
	// LR[i] is the learning rate used by step i+1 (from iterate i to i+1);
	// it has Steps elements.
	LR []float64

	Status Status
	// Reason explains Status in a sentence, e.g. "f is NaN at iterate 12".
	Reason string
	// Where is the iterate at which the run diverged or left the region,
	// or -1.
	Where int

	xs, gs []float64 // iterates and gradients, Dim per iterate
}

// Steps returns the number of steps taken (iterates − 1); 0 for a nil
// Trace.
func (t *Trace) Steps() int { return max(t.Len()-1, 0) }

// Len returns the number of iterates, Steps()+1; 0 for a nil Trace (the
// one Run returns with an error), so a figure given one draws nothing.
func (t *Trace) Len() int {
	if t == nil {
		return 0
	}
	return len(t.F)
}

// The methods that index iterates (X, Grad, Start, Final, FinalF, XY)
// panic, with a message naming the iterate and the method, if t is nil or
// has no iterate i: a programming error, like an index out of range.

// X returns iterate i (0 is the start). The slice aliases the trace: copy it
// before changing it.
func (t *Trace) X(i int) Point {
	t.mustHave("X", i)
	return Point(t.xs[i*t.Dim : (i+1)*t.Dim : (i+1)*t.Dim])
}

// Grad returns ∇f at iterate i, aliasing the trace like X.
func (t *Trace) Grad(i int) Point {
	t.mustHave("Grad", i)
	return Point(t.gs[i*t.Dim : (i+1)*t.Dim : (i+1)*t.Dim])
}

// Start returns iterate 0.
func (t *Trace) Start() Point { t.mustHave("Start", 0); return t.X(0) }

// Final returns the last iterate.
func (t *Trace) Final() Point { t.mustHave("Final", 0); return t.X(t.Len() - 1) }

// FinalF returns f at the last iterate.
func (t *Trace) FinalF() float64 { t.mustHave("FinalF", 0); return t.F[len(t.F)-1] }

// mustHave panics, naming method, if t is nil or has no iterate i.
func (t *Trace) mustHave(method string, i int) {
	if t == nil {
		panic(fmt.Sprintf("gdlib: Trace.%s: the trace is nil (did Run return an error?)", method))
	}
	if i < 0 || i >= len(t.F) {
		panic(fmt.Sprintf("gdlib: Trace.%s: iterate i = %d, want 0 ≤ i < %d (Len)", method, i, len(t.F)))
	}
}

// mustHaveCoord panics, naming method, if t is nil or k is not one of its
// coordinates.
func (t *Trace) mustHaveCoord(method string, k int) {
	if t == nil {
		panic(fmt.Sprintf("gdlib: Trace.%s: the trace is nil (did Run return an error?)", method))
	}
	if k < 0 || k >= t.Dim {
		panic(fmt.Sprintf("gdlib: Trace.%s: coordinate k = %d, want 0 ≤ k < %d (Dim)", method, k, t.Dim))
	}
}

// XY returns (xᵢ, f(xᵢ)) in one variable and (xᵢ, yᵢ) otherwise, so a Trace
// is a gonum/plot XYer.
func (t *Trace) XY(i int) (x, y float64) {
	t.mustHave("XY", i)
	if t.Dim == 1 {
		return t.xs[i], t.F[i]
	}
	return t.xs[i*t.Dim], t.xs[i*t.Dim+1]
}

// Coord returns coordinate k of every iterate: Coord(0) is x by iteration.
// It panics, naming k, if k is not in 0 … Dim−1.
func (t *Trace) Coord(k int) []float64 {
	t.mustHaveCoord("Coord", k)
	c := make([]float64, t.Len())
	for i := range c {
		c[i] = t.xs[i*t.Dim+k]
	}
	return c
}

// GradCoord returns component k of the gradient at every iterate:
// GradCoord(0) in one variable is f′ by iteration.
func (t *Trace) GradCoord(k int) []float64 {
	t.mustHaveCoord("GradCoord", k)
	c := make([]float64, t.Len())
	for i := range c {
		c[i] = t.gs[i*t.Dim+k]
	}
	return c
}

// Finite returns the number of leading iterates whose coordinates and value
// are all finite: a figure draws t up to there and marks the rest.
func (t *Trace) Finite() int {
	for i := 0; i < t.Len(); i++ {
		if !finite(t.F[i]) {
			return i
		}
		for _, v := range t.X(i) {
			if !finite(v) {
				return i
			}
		}
	}
	return t.Len()
}

// String describes the run in one line, e.g.
//
//	GD(0.01) on peaks: 1000 steps, step limit, at (0.2964, 0.3202), f = -0.06472, |∇f| = 1.2e-07
func (t *Trace) String() string {
	if t == nil {
		return "no run (a nil *gdlib.Trace: did Run return an error?)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s on %s: %d steps, %s", t.Optimizer, t.Objective, t.Steps(), t.Status)
	if t.Status == Diverged || t.Status == LeftRegion {
		fmt.Fprintf(&b, " (%s)", t.Reason)
		last := t.Finite() - 1
		if t.Where > 0 && t.Where-1 < last {
			last = t.Where - 1
		}
		if last >= 0 {
			fmt.Fprintf(&b, ", last good point %v at iterate %d", t.X(last), last)
		}
		return b.String()
	}
	fmt.Fprintf(&b, ", at %v, f = %.4g, |∇f| = %.2g", t.Final(), t.FinalF(), t.GradNorm[len(t.GradNorm)-1])
	return b.String()
}

// newTrace allocates a trace for up to steps steps in dim dimensions. It
// reserves room for at most traceReserve iterates and 2·traceReserve
// coordinates, and grows past that by appending, so a run allowed MaxSteps
// (or many steps in many dimensions) that stops early does not hold
// gigabytes it never fills.
func newTrace(objective, optimizer string, dim, steps int) *Trace {
	steps = min(steps, traceReserve-1, max(2*traceReserve/max(dim, 1)-1, 0))
	n := steps + 1
	return &Trace{
		Objective: objective,
		Optimizer: optimizer,
		Dim:       dim,
		F:         make([]float64, 0, n),
		GradNorm:  make([]float64, 0, n),
		LR:        make([]float64, 0, steps),
		Where:     -1,
		xs:        make([]float64, 0, n*dim),
		gs:        make([]float64, 0, n*dim),
	}
}

// record appends iterate x with value f and gradient g.
func (t *Trace) record(x []float64, f float64, g []float64) {
	t.xs = append(t.xs, x...)
	t.gs = append(t.gs, g...)
	t.F = append(t.F, f)
	t.GradNorm = append(t.GradNorm, norm2(g))
}

// traceReserve is the most iterates a new trace reserves room for: 16384,
// under a megabyte in two dimensions (in more, fewer: 2·traceReserve
// coordinates at most).
const traceReserve = 1 << 14

func norm2(v []float64) float64 {
	if len(v) == 1 {
		return math.Abs(v[0])
	}
	var s float64
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

func normInf(v []float64) float64 {
	var m float64
	for _, x := range v {
		if a := math.Abs(x); a > m || math.IsNaN(a) {
			m = a
		}
	}
	return m
}
