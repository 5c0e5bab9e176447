package plotting

import (
	"fmt"
	"image/color"

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
	m.Grid = sampleGrid(f, f.Domain, ContourResolution, ContourResolution)
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
		g = sampleGrid(m.F, m.F.Domain, ContourResolution, ContourResolution)
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
	if n < 1 || n > 200 {
		m.fail(fmt.Errorf("plotting: contour levels n = %d: want 1 … 200", n))
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
	ct := plotter.NewContour(cl.grid, cl.levels, nil)
	ct.LineStyles = styles
	ct.Min, ct.Max = cl.levels[0], cl.levels[len(cl.levels)-1]
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
