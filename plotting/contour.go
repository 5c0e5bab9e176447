package plotting

import (
	"fmt"
	"image/color"
	"math"
	"sort"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// ContourResolution is the number of samples per axis from which contour
// lines of a function are traced: 101 gives smooth lines on a 6 in plot
// at a fraction of the cost of the heat map's 201.
const ContourResolution = 101

// Contour draws n contour lines of f(x, y) over f.Domain (the labs'
// contour plot has 18), coloured by Viridis from low to high (Colors
// chooses another map, as the labs' coolwarm and terrain), without a
// heat map. Levels lie strictly inside f.ZRange, or inside the sampled
// range if ZRange is unset: evenly spaced, or log-spaced when f's values
// span orders of magnitude (Rosenbrock; see AutoSpacing, and Levels to
// choose). Use WithLabels to write the levels on the lines.
func Contour(f *gdlib.Function, n int) *Map {
	m := newMap(f)
	if m.err != nil {
		return m
	}
	m.EqualAspect = true
	g, err := sampleGrid(f, f.Domain, ContourResolution, ContourResolution)
	if err != nil {
		m.fail(fmt.Errorf("plotting.Contour: %w", err))
		return m
	}
	m.Grid = g
	m.addContours(n, nil)
	return m
}

// WithContours draws n contour lines over the map: dark and thin over a
// heat map, coloured by Viridis otherwise. The levels lie inside the heat
// map's colour limits (or the data's range), spaced as Contour's.
func (m *Map) WithContours(n int) *Map {
	if m.Grid == nil {
		m.fail(fmt.Errorf("plotting: WithContours(%d): the map has no grid", n))
		return m
	}
	var col color.Color
	if m.Scale != nil {
		col = color.NRGBA{0, 0, 0, 150}
	}
	g := m.Grid
	if m.F != nil && m.heat != nil && m.heat.Smooth {
		var err error
		if g, err = sampleGrid(m.F, m.F.Domain, ContourResolution, ContourResolution); err != nil {
			m.fail(fmt.Errorf("plotting: WithContours: %w", err))
			return m
		}
	}
	m.addContours(n, col, g)
	return m
}

// WithLabels writes each contour line's level on it, on a white box.
func (m *Map) WithLabels() *Map {
	m.contourLabels = true
	return m
}

func (m *Map) addContours(n int, col color.Color, grids ...plotter.GridXYZ) {
	if n < 1 || n > maxLevels {
		m.fail(fmt.Errorf("plotting: contour levels n = %d: want 1 … %d", n, maxLevels))
		return
	}
	g := m.Grid
	if len(grids) > 0 {
		g = grids[0]
	}
	lo, hi, ok := gridRange(g)
	if m.F != nil && m.F.ZRange != (gdlib.Range{}) {
		lo, hi, ok = m.F.ZRange.Min, m.F.ZRange.Max, true
	}
	if m.Scale != nil {
		lo, hi = m.Scale.Min, m.Scale.Max
	}
	if !ok || !(hi > lo) {
		m.fail(fmt.Errorf("plotting: contours: the grid has no finite range of values"))
		return
	}
	cl := &contourLayer{grid: g, color: col, m: m, lo: lo, hi: hi, n: n}
	cl.setLevels(m.spacing)
	if col == nil {
		cl.scale, _ = NewColorScale(Viridis(), lo, hi)
	}
	m.Add(cl)
	m.contours = append(m.contours, cl)
}

// contourLayer draws gonum's contour lines for levels, and labels when
// the map asks for them.
type contourLayer struct {
	grid   plotter.GridXYZ
	levels []float64
	color  color.Color // one colour, or nil to colour by scale
	scale  *ColorScale
	m      *Map
	lo, hi float64 // the range the levels are chosen in
	n      int     // the number of levels
}

func (cl *contourLayer) Plot(c draw.Canvas, p *plot.Plot) {
	styles := make([]draw.LineStyle, len(cl.levels))
	for i, col := range cl.lineColors() {
		styles[i] = draw.LineStyle{Color: col, Width: vg.Points(0.9)}
	}
	if trX, trY := p.Transforms(&c); !distinctOnCanvas(cl.grid, trX, trY) {
		// gonum's tracer would join coincident points into paths that
		// are not linear and never finish (see offGrid).
		drawError(c, fmt.Errorf("plotting: contour lines not drawn: the grid's cells are narrower than the axes %v … %v × %v … %v can resolve", p.X.Min, p.X.Max, p.Y.Min, p.Y.Max))
		return
	}
	g := unitGrid{GridXYZ: cl.grid, lo: cl.lo, span: cl.hi - cl.lo}
	unit := make([]float64, len(cl.levels))
	for i, z := range cl.levels {
		unit[i] = (z - cl.lo) / (cl.hi - cl.lo)
	}
	traced := offGrid(g, unit, 1)
	ct := plotter.NewContour(g, traced, nil)
	ct.LineStyles = styles
	ct.Min, ct.Max = traced[0], traced[len(traced)-1]
	// gonum collects the contour paths in a map, so their order, and where
	// a closed line starts, change from run to run. Record the strokes,
	// put each line and then the set in a canonical order, and replay
	// them simplified: the same figure always gives the same bytes.
	rec := &strokeRecorder{Canvas: c.Canvas}
	ct.Plot(draw.Canvas{Canvas: rec, Rectangle: c.Rectangle}, p)
	rec.replay(simplifyingCanvas{Canvas: c.Canvas, d: vg.Points(0.25)})
	if cl.m.contourLabels {
		cl.label(c, p)
	}
}

// offGrid returns levels, each one within 10⁻⁹ of span of a value of g
// moved up by 10⁻⁷ of span (far below a pixel). gonum's contour tracer
// joins the segments of a level that passes through grid points (x² + y²
// = 4 sampled on [−2, 2]²) into a path that is not linear, and its
// linearPathsIn then appends to that path until memory runs out; off the
// grid's values every segment meets one other at each end.
func offGrid(g plotter.GridXYZ, levels []float64, span float64) []float64 {
	var vals []float64
	c, r := g.Dims()
	for i := 0; i < c; i++ {
		for j := 0; j < r; j++ {
			if v := g.Z(i, j); isFinite(v) {
				vals = append(vals, v)
			}
		}
	}
	sort.Float64s(vals)
	near := func(z float64) bool {
		k := sort.SearchFloat64s(vals, z-span*1e-9)
		return k < len(vals) && vals[k] <= z+span*1e-9
	}
	out := make([]float64, len(levels))
	for i, z := range levels {
		for k := 0; near(z) && k < 10; k++ {
			z += span * 1e-7
		}
		out[i] = z
	}
	return out
}

// unitGrid is a grid for the contour tracer: each value v is (v − lo)/span,
// clamped to [−1, 2] (NaN stays NaN), and the levels are mapped alike, so
// the lines are the same. Where a line crosses between a value of 88 and
// one of 1e308 its point lies 10⁻³⁰⁶ of the way along the cell's side, on
// the corner itself, and gonum's interpolation multiplies values by
// coordinates, which overflows near 1e308: coincident or infinite points
// make its tracer loop forever (both found by FuzzFigureNumbers). On the
// unit scale every crossing lies at least 10⁻⁹/3 of the way along (offGrid)
// and nothing overflows.
type unitGrid struct {
	plotter.GridXYZ
	lo, span float64
}

func (g unitGrid) Z(c, r int) float64 {
	v := g.GridXYZ.Z(c, r)
	if math.IsNaN(v) {
		return v
	}
	return math.Max(-1, math.Min(2, (v-g.lo)/g.span))
}

// distinctOnCanvas reports whether g's columns, and its rows, fall on
// distinct canvas coordinates, strictly monotonic: gonum traces contours
// in canvas coordinates, and coincident points make it loop forever.
func distinctOnCanvas(g plotter.GridXYZ, trX, trY func(float64) vg.Length) bool {
	c, r := g.Dims()
	ok := func(n int, at func(int) float64, tr func(float64) vg.Length) bool {
		for i := 1; i < n; i++ {
			d0, d := tr(at(i-1)), tr(at(i))-tr(at(i-1))
			if !(d > 0 || d < 0) || !isFinite(float64(d0)) {
				return false
			}
			if i > 1 && (d > 0) != (tr(at(1)) > tr(at(0))) {
				return false
			}
		}
		return true
	}
	return ok(c, g.X, trX) && ok(r, g.Y, trY)
}
