package plotting

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/plotter"
)

// CurveSamples is the number of points at which a curve is sampled: 600
// points across a 6 in plot is about one per CSS pixel, enough for
// sin(x²) on [−4, 4].
const CurveSamples = 600

// checkRange returns an error naming what (a field such as
// "Domain[0]") unless r is a finite range with Min < Max whose width
// Max − Min is finite too: [−1e308, 1e308] has no width a float64 holds,
// and every sample of it would be NaN.
func checkRange(what string, r gdlib.Range) error {
	if !isFinite(r.Min) || !isFinite(r.Max) || !(r.Min < r.Max) || !isFinite(r.Max-r.Min) {
		return fmt.Errorf("%s = [%v, %v]: want finite Min < Max, with a finite width Max − Min", what, r.Min, r.Max)
	}
	return nil
}

// MaxGridCells is the most cells a data grid (HeatmapGrid, BasinMap) may
// have: 2048 × 2048. Its image holds one pixel per cell, 16 MB as RGBA; a
// 500 × 500 basin map, the course's largest, is 6 % of it.
const MaxGridCells = 2048 * 2048

// checkGrid returns an error naming who unless g can be drawn: not nil
// (nor a typed nil), at least 1 × 1 and at most MaxGridCells, a
// *gdlib.Grid's Values as long as its shape says, and finite coordinates
// spanning a finite width, strictly increasing or decreasing.
func checkGrid(who string, g plotter.GridXYZ) error {
	if g == nil {
		return fmt.Errorf("%s: the grid is nil", who)
	}
	if gg, ok := g.(*gdlib.Grid); ok {
		if gg == nil {
			return fmt.Errorf("%s: the grid is a nil *gdlib.Grid", who)
		}
		if n := len(gg.Xs) * len(gg.Ys); len(gg.Values) != n {
			return fmt.Errorf("%s: the grid has len(Values) = %d, want len(Xs) × len(Ys) = %d × %d = %d", who, len(gg.Values), len(gg.Xs), len(gg.Ys), n)
		}
	}
	c, r := g.Dims()
	if c < 1 || r < 1 {
		return fmt.Errorf("%s: the grid is %d × %d, want at least 1 × 1", who, c, r)
	}
	if c > MaxGridCells/r {
		return fmt.Errorf("%s: the grid is %d × %d, more than MaxGridCells = %d cells", who, c, r, MaxGridCells)
	}
	for _, a := range []struct {
		name string
		n    int
		at   func(int) float64
	}{{"X", c, g.X}, {"Y", r, g.Y}} {
		for i := 0; i < a.n; i++ {
			if v := a.at(i); !isFinite(v) {
				return fmt.Errorf("%s: the grid's %s(%d) = %v: want finite coordinates", who, a.name, i, v)
			}
		}
		if w := a.at(a.n-1) - a.at(0); !isFinite(w) {
			return fmt.Errorf("%s: the grid's %s spans [%v, %v], wider than a float64 holds", who, a.name, a.at(0), a.at(a.n-1))
		}
		for i := 1; i < a.n; i++ {
			if !resolvable(a.at(i-1), a.at(i)) {
				return fmt.Errorf("%s: the grid's %s(%d) = %v and %s(%d) = %v: want coordinates apart by at least 10⁻⁶ of their size (and 10⁻²⁹⁰)", who, a.name, i-1, a.at(i-1), a.name, i, a.at(i))
			}
		}
		for i := 2; i < a.n; i++ {
			if (a.at(i) > a.at(i-1)) != (a.at(1) > a.at(0)) {
				return fmt.Errorf("%s: the grid's %s(%d) = %v after %v: want strictly increasing or decreasing coordinates", who, a.name, i, a.at(i), a.at(i-1))
			}
		}
	}
	return nil
}

// distinctSamples returns an error naming what unless n samples evenly
// spaced over r (edges included) are resolvable: [1e17, 1e17 + 64] is a
// finite range, but 101 samples of it repeat, and contour tracing and
// tick placement on repeated coordinates never finish.
func distinctSamples(what string, r gdlib.Range, n int) error {
	s := linspace(r.Min, r.Max, n)
	for i := 1; i < len(s); i++ {
		if !resolvable(s[i-1], s[i]) {
			return fmt.Errorf("%s = [%v, %v] is too narrow for its magnitude: %d samples of it are not distinct float64s", what, r.Min, r.Max, n)
		}
	}
	return nil
}

// resolvable reports whether grid coordinates a and b are far enough apart
// for contour lines: by at least 10⁻⁶ of their size, so that a crossing
// 10⁻⁹ of the way along a cell (see offGrid) is a float64 of its own, and
// by 10⁻²⁹⁰, so that gonum's interpolation, which multiplies coordinates
// by values, never sinks into subnormal numbers.
func resolvable(a, b float64) bool {
	d := math.Abs(b - a)
	return d >= 1e-290 && d >= 1e-6*math.Max(math.Abs(a), math.Abs(b))
}

// callSafely calls g(x), turning a panic in the learner's function into
// an error that names who and the point.
func callSafely(who string, g func([]float64) float64, x []float64) (y float64, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s panicked at %v: %v", who, x, p)
		}
	}()
	return g(x), nil
}

// sampleCurve samples g on [lo, hi] at n points and returns the pieces
// between non-finite values, so a curve is never drawn through a NaN. It
// returns an error naming who if g panics or is finite nowhere.
func sampleCurve(who string, g func(float64) float64, lo, hi float64, n int) ([]plotter.XYs, error) {
	var parts []plotter.XYs
	var cur plotter.XYs
	g1 := func(x []float64) float64 { return g(x[0]) }
	finite := 0
	for i := 0; i < n; i++ {
		x := lo + (hi-lo)*float64(i)/float64(n-1)
		y, err := callSafely(who, g1, []float64{x})
		if err != nil {
			return nil, err
		}
		if isFinite(y) {
			finite++
		}
		if !isFinite(y) {
			if len(cur) > 1 {
				parts = append(parts, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, plotter.XY{X: x, Y: y})
	}
	if len(cur) > 1 {
		parts = append(parts, cur)
	}
	if finite == 0 {
		return nil, fmt.Errorf("%s is NaN or ±Inf at all %d points sampled on [%v, %v]", who, n, lo, hi)
	}
	return parts, nil
}

// sampledGrid is f sampled on an n × n grid over a box: a GridXYZ.
type sampledGrid struct {
	xs, ys []float64
	z      []float64 // z[c*len(ys)+r]
}

func (g *sampledGrid) Dims() (c, r int)   { return len(g.xs), len(g.ys) }
func (g *sampledGrid) Z(c, r int) float64 { return g.z[c*len(g.ys)+r] }
func (g *sampledGrid) X(c int) float64    { return g.xs[c] }
func (g *sampledGrid) Y(r int) float64    { return g.ys[r] }

// sampleGrid evaluates f at the nx × ny points of an even grid over box
// (edges included, as numpy.linspace). A value f cannot take (Valid fails)
// is NaN. It returns an error naming f if f panics or is finite nowhere.
func sampleGrid(f *gdlib.Function, box gdlib.Box, nx, ny int) (*sampledGrid, error) {
	g := &sampledGrid{xs: linspace(box[0].Min, box[0].Max, nx), ys: linspace(box[1].Min, box[1].Max, ny)}
	for k, n := range []int{nx, ny} {
		if err := distinctSamples(fmt.Sprintf("Domain[%d]", k), box[k], n); err != nil {
			return nil, err
		}
	}
	g.z = make([]float64, nx*ny)
	who := "the function " + f.Name
	finite := 0
	for c, x := range g.xs {
		for r, y := range g.ys {
			p := []float64{x, y}
			v, err := callSafely(who, func(p []float64) float64 {
				if f.Valid != nil && f.Valid(p) != nil {
					return math.NaN()
				}
				return f.Func(p)
			}, p)
			if err != nil {
				return nil, err
			}
			if isFinite(v) {
				finite++
			}
			g.z[c*ny+r] = v
		}
	}
	if finite == 0 {
		return nil, fmt.Errorf("%s is NaN or ±Inf at all %d × %d points sampled on its Domain %v", who, nx, ny, box)
	}
	return g, nil
}

func linspace(a, b float64, n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = a + (b-a)*float64(i)/float64(n-1)
	}
	if n > 0 {
		v[n-1] = b
	}
	return v
}

// gridRange returns the smallest and largest finite Z of g, ok = false if
// there is none.
func gridRange(g plotter.GridXYZ) (lo, hi float64, ok bool) {
	lo, hi = math.Inf(1), math.Inf(-1)
	c, r := g.Dims()
	for i := 0; i < c; i++ {
		for j := 0; j < r; j++ {
			if v := g.Z(i, j); isFinite(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	return lo, hi, lo <= hi
}
