package gdlib

import (
	"fmt"
	"math"
	"strings"
)

// Basin says where one start of a basin map ended: at a minimum — 0, 1, 2,
// …, an index into BasinMap.Minima — or, if it reached none, why, in the
// words of Status: a negative Basin is minus the Status its run stopped
// with (StepLimit and Converged both count as BasinNotConverged).
type Basin int

const (
	// BasinNotConverged: the run stopped (it took every step, or a
	// stopping rule of Settings fired: Status StepLimit or Converged)
	// farther than Tol from every minimum: still on its way, or resting on
	// a flat region or a saddle.
	BasinNotConverged = -Basin(Converged)
	// BasinLeftRegion: the run left Settings.Region (Status LeftRegion).
	BasinLeftRegion = -Basin(LeftRegion)
	// BasinDiverged: the run diverged (Status Diverged: NaN, ±Inf, beyond
	// Settings.Bound, or out of f's domain).
	BasinDiverged = -Basin(Diverged)
	// BasinNotRun: the map was cancelled before this start was done
	// (Status Cancelled).
	BasinNotRun = -Basin(Cancelled)
)

// String returns "minimum 0", "minimum 1", …, "not converged", "left the
// region", "diverged" or "not run".
func (b Basin) String() string {
	switch {
	case b >= 0:
		return fmt.Sprintf("minimum %d", int(b))
	case b == BasinNotConverged:
		return "not converged"
	case b == BasinNotRun:
		return "not run"
	case b == BasinLeftRegion || b == BasinDiverged:
		return Status(-b).String()
	}
	return fmt.Sprintf("Basin(%d)", int(b))
}

// BasinOptions configures Basins. The zero value, and nil, mean the
// defaults documented on each field.
type BasinOptions struct {
	// Minima are the points a run may reach. Nil means f's known minima
	// (MinimaKnower, global first). If f has none, Basins clusters the
	// end points instead (see Basins).
	Minima []Point
	// Tol: a run whose last iterate lies within Tol of a minimum
	// (Euclidean distance < Tol) has reached it. Zero means 0.01, the
	// course's "near" (and that of its NumPy reference).
	Tol float64
	// GradTol is used only when clustering: an end point where every
	// |∂f/∂xᵢ| < GradTol is a stationary point, to be clustered; the others
	// have not converged. Zero means 1e-3, the labs' rule in two variables.
	GradTol float64
}

// BasinMap is a basin-of-attraction map: for every start of a grid, where
// gradient descent took it. It has the method set of gonum/plot's GridXYZ,
// Z(c, r) being the Basin of the start (X(c), Y(r)) as a number, so a heat
// map with a discrete palette draws it.
type BasinMap struct {
	Objective, Optimizer string
	// Xs and Ys are the grid's coordinates: Linspace over each range of
	// the box, both ends included.
	Xs, Ys []float64
	// Steps is the number of steps each run was given.
	Steps int
	// Minima are the points a run can reach: the known minima, or, if
	// Clustered, the clusters' leaders (see Basins).
	Minima    []Point
	Clustered bool
	// Tol is the distance within which a run has reached a minimum (or,
	// when clustering, joins a cluster); GradTol the clustering's
	// stationarity test.
	Tol, GradTol float64

	// Basin[c*len(Ys)+r] is where the start (Xs[c], Ys[r]) ended: starts
	// are numbered x-major, y-minor, as in the NumPy reference.
	Basin []Basin
	// Iters[i] is the number of iterations start i took to converge: the
	// first iterate from which its run stayed within Tol of the minimum
	// it reached (when clustering: from which every |∂f/∂xᵢ| stayed below
	// GradTol). It is -1 for a start that did not reach a minimum.
	Iters []int
	// Ends[2i], Ends[2i+1] is the last iterate of start i.
	Ends []float64
}

// Dims returns the number of columns (len(Xs)) and rows (len(Ys)).
func (m *BasinMap) Dims() (c, r int) { return len(m.Xs), len(m.Ys) }

// Z returns At(c, r) as a number: a minimum's index, or a negative Basin.
func (m *BasinMap) Z(c, r int) float64 { return float64(m.At(c, r)) }

// X returns the x coordinate of column c.
func (m *BasinMap) X(c int) float64 { return m.Xs[c] }

// Y returns the y coordinate of row r.
func (m *BasinMap) Y(r int) float64 { return m.Ys[r] }

// At returns where the start (Xs[c], Ys[r]) ended.
func (m *BasinMap) At(c, r int) Basin { return m.Basin[c*len(m.Ys)+r] }

// End returns the last iterate of the start (Xs[c], Ys[r]).
func (m *BasinMap) End(c, r int) Point {
	i := c*len(m.Ys) + r
	return Pt(m.Ends[2*i], m.Ends[2*i+1])
}

// Count returns the number of starts that ended in b.
func (m *BasinMap) Count(b Basin) int {
	n := 0
	for _, v := range m.Basin {
		if v == b {
			n++
		}
	}
	return n
}

// IterGrid returns Iters as a Grid over the same axes, with NaN where a
// start reached no minimum: a heat map of how long convergence takes.
func (m *BasinMap) IterGrid() *Grid {
	g := &Grid{XName: "x", YName: "y", ZName: "iterations to converge", Xs: m.Xs, Ys: m.Ys, Values: make([]float64, len(m.Iters))}
	for i, k := range m.Iters {
		g.Values[i] = math.NaN()
		if k >= 0 {
			g.Values[i] = float64(k)
		}
	}
	return g
}

// String summarises the map in one line: how many starts reached each
// minimum, and how many did not converge, left the region or diverged.
func (m *BasinMap) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s on %s, %d×%d starts, %d steps:", m.Optimizer, m.Objective, len(m.Xs), len(m.Ys), m.Steps)
	for i, p := range m.Minima {
		fmt.Fprintf(&b, " %v %d,", p, m.Count(Basin(i)))
	}
	fmt.Fprintf(&b, " not converged %d, left the region %d, diverged %d", m.Count(BasinNotConverged), m.Count(BasinLeftRegion), m.Count(BasinDiverged))
	if n := m.Count(BasinNotRun); n > 0 {
		fmt.Fprintf(&b, ", not run %d", n)
	}
	return b.String()
}

// Basins maps the basins of attraction of f under opt: it runs opt from
// every start of an nx × ny grid over box (Linspace along each range, both
// ends included; the course uses 25 × 25 over [−2.5, 2.5]²) and records
// where each run ended, how many iterations it took to converge, and its
// last iterate. The runs use the lean loop of Finals (no Trace per start,
// no allocation per step); set applies to each (nil: 100 steps, no
// stopping rule, as the course's loops; every core), and its Workers,
// Progress (per start) and Context say how to spread them, report progress
// and cancel.
//
// A run that diverged is BasinDiverged; one that left Settings.Region is
// BasinLeftRegion (give the Region, e.g. f's Domain, to see which starts
// leave for a flat region). A run that stopped otherwise — it took every
// step, or a stopping rule fired — is in the basin of the minimum its last
// iterate lies within o.Tol of (the first listed, if several are that
// close), and BasinNotConverged if there is none.
//
// Without known minima (o.Minima nil and f not a MinimaKnower with
// minima), the end points are clustered: the runs whose last iterate is
// stationary (every |∂f/∂xᵢ| < o.GradTol) are visited in start order, and
// each joins the first cluster whose leader (its first member) lies within
// o.Tol, or else leads a new one. The clusters, ordered by f at their
// leader (lowest first), become the minima; the non-stationary ends are
// BasinNotConverged. (A cluster is usually a minimum, but a start exactly
// on a saddle point or a maximum stays there and makes a cluster too.) The
// result is the same whatever the number of cores.
//
// Basins returns an error naming the value for a function not of two
// variables, a bad box, nx or ny < 1, a map that would need more than
// MaxBytes, or a bad optimizer, Settings or BasinOptions. If cancelled, it
// returns the map so far, with BasinNotRun for the starts not done, and the
// context's error.
func Basins(f Objective, box Box, nx, ny int, opt Transform, set *Settings, o *BasinOptions) (*BasinMap, error) {
	const what = "Basins"
	var opts BasinOptions
	if o != nil {
		opts = *o
	}
	if isNil(f) {
		return nil, nilObjective(what, f)
	}
	fx := extrasOf(f)
	if fx.dim > 0 && fx.dim != 2 {
		return nil, fmt.Errorf("gdlib: %s: %s is a function of %d variables; a basin map needs 2 (use Finals with GridStarts in other dimensions)", what, fx.name, fx.dim)
	}
	if len(box) != 2 {
		return nil, fmt.Errorf("gdlib: %s: box has %d ranges, want 2, e.g. gdlib.Box{{-2.5, 2.5}, {-2.5, 2.5}}", what, len(box))
	}
	axes, err := gridAxes(what, box, []int{nx, ny})
	if err != nil {
		return nil, err
	}
	if err := checkBytes(what, fmt.Sprintf("%d × %d starts", nx, ny), float64(nx)*float64(ny)*32); err != nil {
		return nil, err
	}
	if err := validate(opt); err != nil {
		return nil, in(what, err)
	}
	s := set.orDefault()
	if err := s.validate(2); err != nil {
		return nil, in(what, err)
	}
	m := &BasinMap{
		Objective: fx.name, Optimizer: opt.Name(),
		Xs: axes[0], Ys: axes[1], Steps: s.Steps,
		Tol: opts.Tol, GradTol: opts.GradTol,
	}
	if m.Tol == 0 {
		m.Tol = 0.01
	}
	if m.GradTol == 0 {
		m.GradTol = 1e-3
	}
	if !finite(m.Tol) || m.Tol < 0 {
		return nil, fmt.Errorf("gdlib: %s: BasinOptions.Tol = %v: want a finite number > 0 (0 means 0.01)", what, opts.Tol)
	}
	if !finite(m.GradTol) || m.GradTol < 0 {
		return nil, fmt.Errorf("gdlib: %s: BasinOptions.GradTol = %v: want a finite number > 0 (0 means 1e-3)", what, opts.GradTol)
	}
	m.Minima = opts.Minima
	if m.Minima == nil {
		for _, mm := range fx.minima {
			m.Minima = append(m.Minima, mm.X)
		}
	}
	for i, p := range m.Minima {
		if len(p) != 2 || !allFinite(p) {
			return nil, fmt.Errorf("gdlib: %s: BasinOptions.Minima[%d] = %v: want a finite point in two variables", what, i, p)
		}
	}
	m.Clustered = len(m.Minima) == 0
	// A start outside f's domain is reported before any work, as Run would.
	if fx.validate != nil {
		p := make([]float64, 2)
		for _, p[0] = range m.Xs {
			for _, p[1] = range m.Ys {
				if err := fx.check("start", p); err != nil {
					return nil, in(what, err)
				}
			}
		}
	}

	n := nx * ny
	m.Basin = make([]Basin, n)
	m.Iters = make([]int, n)
	m.Ends = make([]float64, 2*n)
	for i := range m.Basin {
		m.Basin[i], m.Iters[i] = BasinNotRun, -1
		m.Ends[2*i], m.Ends[2*i+1] = m.Xs[i/ny], m.Ys[i%ny]
	}
	targets := flatten(m.Minima)
	tol2 := m.Tol * m.Tol
	err = forChunks(what, n, s, func() chunkFunc {
		e := newEngine(f, opt, 2, s, numLanes)
		if m.Clustered {
			e.stationary, e.gradTol = true, m.GradTol
		} else {
			e.targets, e.tol2 = targets, tol2
		}
		startOf := func(i int, dst []float64) *Trace { dst[0], dst[1] = m.Xs[i/ny], m.Ys[i%ny]; return nil }
		done := func(i int, x []float64, r endResult) {
			m.Ends[2*i], m.Ends[2*i+1] = x[0], x[1]
			m.Basin[i] = basinOf(r)
			if m.Basin[i] >= 0 {
				m.Iters[i] = r.since
			}
		}
		return func(lo, hi int) (int, int, error) {
			return e.runRange(lo, hi, startOf, done), -1, nil
		}
	})
	if m.Clustered {
		m.cluster(f)
	}
	return m, err
}

// MustBasins is Basins for inputs known to be good, as in a lesson: it
// panics with Basins' error instead of returning it.
func MustBasins(f Objective, box Box, nx, ny int, opt Transform, set *Settings, o *BasinOptions) *BasinMap {
	m, err := Basins(f, box, nx, ny, opt, set, o)
	if err != nil {
		panic(err)
	}
	return m
}

// basinOf classifies one run by its status and the target it ended near.
func basinOf(r endResult) Basin {
	switch r.status {
	case Cancelled, Diverged, LeftRegion:
		return -Basin(r.status)
	}
	if r.target >= 0 {
		return Basin(r.target)
	}
	return BasinNotConverged
}

// flatten returns the coordinates of pts one after the other.
func flatten(pts []Point) []float64 {
	var v []float64
	for _, p := range pts {
		v = append(v, p...)
	}
	return v
}
