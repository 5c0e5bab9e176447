package plotting

import (
	"math"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/plotter"
)

// CurveSamples is the number of points at which a curve is sampled: 600
// points across a 6 in plot is about one per CSS pixel, enough for
// sin(x²) on [−4, 4].
const CurveSamples = 600

// sampleCurve samples g on [lo, hi] at n points and returns the pieces
// between non-finite values, so a curve is never drawn through a NaN.
func sampleCurve(g func(float64) float64, lo, hi float64, n int) []plotter.XYs {
	var parts []plotter.XYs
	var cur plotter.XYs
	for i := 0; i < n; i++ {
		x := lo + (hi-lo)*float64(i)/float64(n-1)
		y := g(x)
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
	return parts
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
// is NaN.
func sampleGrid(f *gdlib.Function, box gdlib.Box, nx, ny int) *sampledGrid {
	g := &sampledGrid{xs: linspace(box[0].Min, box[0].Max, nx), ys: linspace(box[1].Min, box[1].Max, ny)}
	g.z = make([]float64, nx*ny)
	p := make([]float64, 2)
	for c, x := range g.xs {
		for r, y := range g.ys {
			p[0], p[1] = x, y
			if f.Valid != nil && f.Valid(p) != nil {
				g.z[c*ny+r] = math.NaN()
				continue
			}
			g.z[c*ny+r] = f.Func(p)
		}
	}
	return g
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
