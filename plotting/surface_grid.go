package plotting

import (
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// surfaceGrid is f sampled on a regular grid over the surface's domain:
// z[j*len(xs)+i] = f(xs[i], ys[j]). Where f is NaN, ±Inf or outside its
// Valid set, z is NaN and the faces around the point are left out (a hole,
// never a wrong colour).
type surfaceGrid struct {
	xs, ys []float64
	z      []float64
}

// sampleSurface evaluates f at the n × n points of an even grid over dom,
// edges included (as numpy.linspace).
func sampleSurface(f *gdlib.Function, dom gdlib.Box, n int) *surfaceGrid {
	g := &surfaceGrid{xs: make([]float64, n), ys: make([]float64, n), z: make([]float64, n*n)}
	for i := 0; i < n; i++ {
		t := float64(i) / float64(n-1)
		g.xs[i] = dom[0].Min + t*(dom[0].Max-dom[0].Min)
		g.ys[i] = dom[1].Min + t*(dom[1].Max-dom[1].Min)
	}
	g.xs[n-1], g.ys[n-1] = dom[0].Max, dom[1].Max
	p := make([]float64, 2)
	for j, y := range g.ys {
		for i, x := range g.xs {
			p[0], p[1] = x, y
			v := math.NaN()
			if f.Valid == nil || f.Valid(p) == nil {
				v = f.Func(p)
			}
			g.z[j*n+i] = v
		}
	}
	return g
}

// Z returns f(xs[i], ys[j]).
func (g *surfaceGrid) Z(i, j int) float64 { return g.z[j*len(g.xs)+i] }

// dataRange returns the range of the finite values of g, widened to
// [v−1, v+1] if they are all v, and [−1, 1] if there are none.
func (g *surfaceGrid) dataRange() gdlib.Range {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range g.z {
		if isFinite(v) {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	switch {
	case lo > hi:
		return gdlib.Range{Min: -1, Max: 1}
	case lo == hi:
		return gdlib.Range{Min: lo - 1, Max: hi + 1}
	}
	return gdlib.Range{Min: lo, Max: hi}
}

// Dims, X and Y (with Z) make a surfaceGrid a gonum plotter.GridXYZ, so
// gonum's contour plotter can draw it (an Animation of 2-D runs does).
func (g *surfaceGrid) Dims() (c, r int) { return len(g.xs), len(g.ys) }
func (g *surfaceGrid) X(c int) float64  { return g.xs[c] }
func (g *surfaceGrid) Y(r int) float64  { return g.ys[r] }
