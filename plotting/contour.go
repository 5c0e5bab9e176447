package plotting

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"

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

// Spacing is how contour levels are spread between the lowest and highest
// value: AutoSpacing (the default), EvenSpacing or LogSpacing.
type Spacing int

const (
	// AutoSpacing chooses LogSpacing when the values span orders of
	// magnitude — the median of the sampled values lies in the lowest
	// tenth of their range (Rosenbrock on its domain: median 145, 5.8 % of
	// its range 0 … 2509 — most of the plane is far
	// below its corners' 2500, so even levels leave the valley without a
	// line) — and EvenSpacing otherwise (peaks, the three bumps, bowls).
	AutoSpacing Spacing = iota
	// EvenSpacing puts levels at equal steps: ContourLevels.
	EvenSpacing
	// LogSpacing puts levels at equal ratios above the lowest value:
	// LogContourLevels.
	LogSpacing
)

// LogDecades is the number of decades of f − min that LogContourLevels
// spans: the lowest level is (hi − lo)·10⁻⁴ above lo, or nearly.
const LogDecades = 4.0

// LogContourLevels returns n levels strictly inside [lo, hi] whose heights
// above lo grow by equal ratios: lo + (hi − lo)·10^(−LogDecades·(1 − k/(n + 1)))
// for k = 1 … n. With 18 levels on Rosenbrock's [0, 2509] the lowest is
// 0.4 and each is 1.6 times the one before, so the curved valley gets
// lines.
func LogContourLevels(lo, hi float64, n int) []float64 {
	lv := make([]float64, n)
	for k := range lv {
		lv[k] = lo + (hi-lo)*math.Pow(10, -LogDecades*(1-float64(k+1)/float64(n+1)))
	}
	return lv
}

// wideRange reports whether the finite values of g in [lo, hi] have their
// median in the lowest tenth of the range: AutoSpacing's test.
func wideRange(g plotter.GridXYZ, lo, hi float64) bool {
	var vs []float64
	c, r := g.Dims()
	for i := 0; i < c; i++ {
		for j := 0; j < r; j++ {
			if v := g.Z(i, j); isFinite(v) {
				vs = append(vs, v)
			}
		}
	}
	if len(vs) == 0 || !(hi > lo) {
		return false
	}
	sort.Float64s(vs)
	return vs[len(vs)/2]-lo < (hi-lo)/10
}

// Levels sets how the map's contour levels are spaced (AutoSpacing unless
// called): for lines added before and after.
func (m *Map) Levels(s Spacing) *Map {
	if s < AutoSpacing || s > LogSpacing {
		m.fail(fmt.Errorf("plotting: Levels(%d): want AutoSpacing, EvenSpacing or LogSpacing", s))
		return m
	}
	m.spacing = s
	for _, cl := range m.contours {
		cl.setLevels(s)
	}
	return m
}

// ContourLevels returns n levels evenly spaced strictly inside [lo, hi]:
// lo + (hi − lo)·k/(n + 1) for k = 1 … n.
func ContourLevels(lo, hi float64, n int) []float64 {
	lv := make([]float64, n)
	for k := range lv {
		lv[k] = lo + (hi-lo)*float64(k+1)/float64(n+1)
	}
	return lv
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

// setLevels chooses the layer's levels with spacing s.
func (cl *contourLayer) setLevels(s Spacing) {
	if s == AutoSpacing {
		s = EvenSpacing
		if wideRange(cl.grid, cl.lo, cl.hi) {
			s = LogSpacing
		}
	}
	if s == LogSpacing {
		cl.levels = LogContourLevels(cl.lo, cl.hi, cl.n)
	} else {
		cl.levels = ContourLevels(cl.lo, cl.hi, cl.n)
	}
}

// lineColors returns the colour of each level's line: the layer's one
// colour, or the map's contour colour map (Viridis unless Map.Colors chose
// another) from the lowest level to the highest, evenly by rank, up to 85 % of it (Viridis' last yellows and
// Terrain's snow are too light on white), each darkened to at most
// maxLineLuma.
func (cl *contourLayer) lineColors() []color.Color {
	cols := make([]color.Color, len(cl.levels))
	var scale *ColorScale
	if cl.color == nil {
		cm := cl.m.contourMap
		if cm == nil {
			cm = Viridis()
		}
		scale, _ = NewColorScale(cm, cl.scale.Min, cl.scale.Max)
	}
	for i := range cl.levels {
		if cl.color != nil {
			cols[i] = cl.color
			continue
		}
		// By rank, so log-spaced levels use the whole map too; for even
		// levels (z = lo + (hi − lo)·(i+1)/(n+1)) it is the same colour.
		cols[i] = darkenTo(scale.Color(scale.Min+0.85*(scale.Max-scale.Min)*float64(i+1)/float64(len(cl.levels)+1)), maxLineLuma)
	}
	return cols
}

// maxLineLuma is the greatest luma (Rec. 709 weights of the sRGB values, 0
// black … 1 white) of a contour line coloured by a map: CoolWarm's light
// grey middle (luma 0.87) would vanish on the white page; 0.65 keeps every
// line at least as dark as Viridis' 85 % green-yellow.
const maxLineLuma = 0.65

// darkenTo scales col towards black, keeping its hue, until its luma is at
// most y.
func darkenTo(col color.Color, y float64) color.Color {
	r, g, b, a := col.RGBA()
	l := (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
	if l <= y {
		return col
	}
	k := y / l
	return color.NRGBA64{R: uint16(float64(r) * k), G: uint16(float64(g) * k), B: uint16(float64(b) * k), A: uint16(a)}
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
	rec.replay(simplifyingCanvas{Canvas: c.Canvas, d: vg.Points(0.1)})
	if cl.m.contourLabels {
		cl.label(c, p)
	}
}

// label writes each level once, where the level crosses the grid far from
// the labels already placed (greedy spreading keeps labels apart).
func (cl *contourLayer) label(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := p.Legend.TextStyle
	sty.Font.Size = vg.Points(8)
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	var placed []vg.Point
	for _, z := range cl.levels {
		best, bestD := vg.Point{}, -1.0
		for _, q := range crossings(cl.grid, z) {
			pt := vg.Point{X: trX(q[0]), Y: trY(q[1])}
			inset := vg.Points(12)
			if pt.X < c.Min.X+inset || pt.X > c.Max.X-inset || pt.Y < c.Min.Y+inset || pt.Y > c.Max.Y-inset {
				continue
			}
			d := math.Inf(1)
			for _, o := range placed {
				d = math.Min(d, math.Hypot(float64(pt.X-o.X), float64(pt.Y-o.Y)))
			}
			if d > bestD {
				best, bestD = pt, d
			}
		}
		if bestD < float64(minLabelGap) {
			continue // every crossing is crowded: leave this level unlabelled
		}
		placed = append(placed, best)
		drawHaloText(c, sty, best, levelLabel(z))
	}
}

// minLabelGap is the least distance between two contour labels: about
// four characters of 8 pt text.
const minLabelGap = vg.Length(36)

func levelLabel(z float64) string {
	return strings.Replace(strconv.FormatFloat(z, 'g', 3, 64), "-", "−", 1)
}

// crossings returns the points where the grid's piecewise-linear surface
// crosses level z along the horizontal grid edges, every fourth edge (a
// sample is enough to place a label).
func crossings(g plotter.GridXYZ, z float64) [][2]float64 {
	nc, nr := g.Dims()
	var out [][2]float64
	step := max(1, nr/25)
	for r := 0; r < nr; r += step {
		for c := 0; c+1 < nc; c++ {
			a, b := g.Z(c, r), g.Z(c+1, r)
			if !isFinite(a) || !isFinite(b) || (a-z)*(b-z) > 0 || a == b {
				continue
			}
			t := (z - a) / (b - a)
			out = append(out, [2]float64{g.X(c) + t*(g.X(c+1)-g.X(c)), g.Y(r)})
		}
	}
	return out
}

// strokeRecorder is a vg.Canvas that records stroked paths with their
// colour and width instead of drawing them.
type strokeRecorder struct {
	vg.Canvas
	color   color.Color
	width   vg.Length
	strokes []recorded
}

type recorded struct {
	color color.Color
	width vg.Length
	pts   []vg.Point
	loop  bool
}

func (r *strokeRecorder) SetColor(c color.Color)             { r.color = c }
func (r *strokeRecorder) SetLineWidth(w vg.Length)           { r.width = w }
func (r *strokeRecorder) SetLineDash([]vg.Length, vg.Length) {}

// Stroke records p, which gonum's contour plotter makes of one Move, Lines
// and an optional Close.
func (r *strokeRecorder) Stroke(p vg.Path) {
	var rc recorded
	for _, pc := range p {
		switch pc.Type {
		case vg.MoveComp, vg.LineComp:
			rc.pts = append(rc.pts, pc.Pos)
		case vg.CloseComp:
			rc.loop = true
		}
	}
	if len(rc.pts) == 0 {
		return
	}
	rc.color, rc.width = r.color, r.width
	canonical(&rc)
	r.strokes = append(r.strokes, rc)
}

// canonical starts a closed line at its lowest point (least x, then y) and
// makes an open line run from its lower end, each in a fixed direction.
func canonical(rc *recorded) {
	less := func(a, b vg.Point) bool { return a.X < b.X || (a.X == b.X && a.Y < b.Y) }
	pts := rc.pts
	if rc.loop {
		if len(pts) > 1 && pts[0] == pts[len(pts)-1] {
			pts = pts[:len(pts)-1]
		}
		k := 0
		for i := range pts {
			if less(pts[i], pts[k]) {
				k = i
			}
		}
		pts = append(append([]vg.Point(nil), pts[k:]...), pts[:k]...)
		// direction: the neighbour with the smaller point comes second
		if len(pts) > 2 && less(pts[len(pts)-1], pts[1]) {
			for i, j := 1, len(pts)-1; i < j; i, j = i+1, j-1 {
				pts[i], pts[j] = pts[j], pts[i]
			}
		}
		rc.pts = append(pts, pts[0])
		return
	}
	if less(pts[len(pts)-1], pts[0]) {
		for i, j := 0, len(pts)-1; i < j; i, j = i+1, j-1 {
			pts[i], pts[j] = pts[j], pts[i]
		}
	}
}

// replay draws the recorded lines on c in a fixed order: by colour, then
// by first point.
func (r *strokeRecorder) replay(c vg.Canvas) {
	key := func(rc recorded) [6]float64 {
		cr, cg, cb, ca := rc.color.RGBA()
		return [6]float64{float64(cr), float64(cg), float64(cb), float64(ca), float64(rc.pts[0].X), float64(rc.pts[0].Y)}
	}
	sort.SliceStable(r.strokes, func(i, j int) bool {
		a, b := key(r.strokes[i]), key(r.strokes[j])
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return len(r.strokes[i].pts) < len(r.strokes[j].pts)
	})
	for _, rc := range r.strokes {
		c.SetColor(rc.color)
		c.SetLineWidth(rc.width)
		c.SetLineDash(nil, 0)
		var p vg.Path
		p.Move(rc.pts[0])
		for _, q := range rc.pts[1:] {
			p.Line(q)
		}
		c.Stroke(p)
	}
}
