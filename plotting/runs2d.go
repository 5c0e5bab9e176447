package plotting

import (
	"fmt"
	"image/color"
	"math"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// With draws each run over the map: its path in the run's colour on a
// white halo (readable on any colour map), arrows on the steps long enough
// to show one, a square at the start and a circle at the end, and a legend
// entry with its optimizer's name. Over contour lines the halo is opaque
// and wider, so lines running beside the path never hide it. A run that diverged is drawn up to its
// last finite iterate and marked there with a red cross and "diverged at
// iterate k" (k its first non-finite iterate). A nil run, or one not in two
// or more variables, sets Err.
func (m *Map) With(runs ...*gdlib.Trace) *Map {
	for i, t := range runs {
		if !m.checkRun("With", i, t) {
			continue
		}
		m.addRun2(t, m.nextColor(), runName(t))
	}
	return m
}

// WithMany draws many runs (a grid of starts) in one colour, thin and
// without arrows, with one key entry, label: the course's basins figure.
// Each path is simplified on the page (to half a point), and all paths,
// all start squares and all end dots are one SVG element each, so 625 runs
// of 100 steps stay under 150 KB. A diverged run ends in a red ×.
func (m *Map) WithMany(label string, runs ...*gdlib.Trace) *Map {
	col := m.nextColor()
	b := &runBundle{color: col}
	for i, t := range runs {
		if !m.checkRun("WithMany", i, t) {
			continue
		}
		n, diverged := goodPrefix(t)
		if n == 0 {
			continue
		}
		xs, ys := make([]float64, n), make([]float64, n)
		for k := 0; k < n; k++ {
			xs[k], ys[k] = t.XY(k)
		}
		b.xs, b.ys, b.diverged = append(b.xs, xs), append(b.ys, ys), append(b.diverged, diverged)
	}
	m.addFixed(b)
	line := draw.LineStyle{Color: col, Width: vg.Points(0.6)}
	m.Key = append(m.Key, LegendEntry{label, lineThumb{LineStyle: line}})
	return m
}

// runBundle is the layer of WithMany.
type runBundle struct {
	color    color.Color
	xs, ys   [][]float64
	diverged []bool
}

func (b *runBundle) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	lc := color.NRGBAModel.Convert(b.color).(color.NRGBA)
	lc.A = 140 // the course's alpha=0.5, a little stronger on a light map
	var lines vg.Path
	var starts, ends []vg.Point
	var crosses []vg.Point
	for i := range b.xs {
		pts := make([]vg.Point, len(b.xs[i]))
		for k := range pts {
			pts[k] = vg.Point{X: trX(b.xs[i][k]), Y: trY(b.ys[i][k])}
		}
		for _, l := range c.ClipLinesXY(pts) {
			l = douglasPeucker(l, 0.5)
			if len(l) < 2 {
				continue
			}
			lines.Move(l[0])
			for _, q := range l[1:] {
				lines.Line(q)
			}
		}
		starts = append(starts, pts[0])
		if b.diverged[i] {
			crosses = append(crosses, pts[len(pts)-1])
		} else {
			ends = append(ends, pts[len(pts)-1])
		}
	}
	if len(lines) > 0 {
		c.SetLineStyle(draw.LineStyle{Color: lc, Width: vg.Points(0.6)})
		c.Stroke(lines)
	}
	var squares vg.Path
	const r = vg.Length(1.2)
	for _, q := range starts {
		if !c.Contains(q) {
			continue
		}
		squares.Move(vg.Point{X: q.X - r, Y: q.Y - r})
		squares.Line(vg.Point{X: q.X + r, Y: q.Y - r})
		squares.Line(vg.Point{X: q.X + r, Y: q.Y + r})
		squares.Line(vg.Point{X: q.X - r, Y: q.Y + r})
		squares.Close()
	}
	if len(squares) > 0 {
		c.SetColor(b.color)
		c.Fill(squares)
	}
	drawDots(c, ends, draw.GlyphStyle{Color: color.Black, Radius: vg.Points(1.5)})
	for _, q := range crosses {
		if c.Contains(q) {
			c.DrawGlyphNoClip(draw.GlyphStyle{Color: divergedColor, Radius: vg.Points(3), Shape: boldCross{}}, q)
		}
	}
}

func (b *runBundle) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for i := range b.xs {
		for k := range b.xs[i] {
			xmin, xmax = math.Min(xmin, b.xs[i][k]), math.Max(xmax, b.xs[i][k])
			ymin, ymax = math.Min(ymin, b.ys[i][k]), math.Max(ymax, b.ys[i][k])
		}
	}
	return
}

func (m *Map) checkRun(method string, i int, t *gdlib.Trace) bool {
	switch {
	case t == nil:
		m.fail(fmt.Errorf("plotting: Map.%s: run %d is nil", method, i))
		return false
	case t.Dim < 2:
		m.fail(fmt.Errorf("plotting: Map.%s: run %d (%s) has %d variable, want 2 or more (the first two are drawn)", method, i, runName(t), t.Dim))
		return false
	}
	return true
}

// halo is the white line drawn under a run's path over a heat map: a
// translucent rim that sets the path off any colour map.
var halo = color.NRGBA{255, 255, 255, 200}

// runOutline is the line drawn under a run's path so that the path stands
// out from what lies beneath it. Over a heat map it is halo, 3.5 pt wide.
// Over contour lines on the white page a white rim has nothing to contrast
// with, and a valley's lines (Rosenbrock's lie about a point apart, in
// Viridis' dark blues) run along the path and hide it: there the outline is
// opaque white and contourOutline wide, so the lines stop short of the path
// on both sides.
type runOutline struct {
	path
	m *Map
}

// contourOutline is the width of a run's outline over contour lines: the
// 1.5 pt path with 2.25 pt of white on each side.
const contourOutline = vg.Length(6)

func (o *runOutline) Plot(c draw.Canvas, p *plot.Plot) {
	pa := o.path
	if o.m.heat == nil && len(o.m.contours) > 0 {
		pa.LineStyle = draw.LineStyle{Color: color.White, Width: contourOutline}
	}
	pa.Plot(c, p)
}

func (m *Map) addRun2(t *gdlib.Trace, col color.Color, name string) {
	n, diverged := goodPrefix(t)
	xs, ys := make([]float64, n), make([]float64, n)
	for i := 0; i < n; i++ {
		xs[i], ys[i] = t.XY(i)
	}
	if n == 0 {
		return
	}
	line := draw.LineStyle{Color: col, Width: vg.Points(1.5)}
	m.addFixed(&runOutline{path: path{xs: xs, ys: ys, LineStyle: draw.LineStyle{Color: halo, Width: vg.Points(3.5)}, MinSeg: vg.Points(0.3)}, m: m})
	m.addFixed(&path{xs: xs, ys: ys, LineStyle: line, Arrows: true, MinArrow: vg.Points(10), MaxArrows: 30, MinSeg: vg.Points(0.3)})
	m.addFixed(haloMarker(xs[0], ys[0], col, draw.BoxGlyph{}, 4))
	if !diverged {
		end := haloMarker(xs[n-1], ys[n-1], col, draw.CircleGlyph{}, 4)
		if x, y := xs[n-1], ys[n-1]; x < m.X.Min || x > m.X.Max || y < m.Y.Min || y > m.Y.Max {
			// GD(0.5) on peaks from (0, 1.4) ends on the flat region outside
			// the square: say where, at the edge it left by.
			end[1].Label = "end " + gdlib.Pt(x, y).String()
		}
		m.addFixed(end)
	}
	m.Key = append(m.Key, LegendEntry{name, lineThumb{LineStyle: line}})
	m.keyStartEnd()
	if diverged {
		m.addFixed(divergedMarker(xs[n-1], ys[n-1], n))
	}
}

// keyStartEnd asks Draw to add the legend entries "start" ■ and "end" ●
// after the runs' entries.
func (m *Map) keyStartEnd() { m.startEndKey = true }

// haloMarker is a glyph of colour col with a white rim.
func haloMarker(x, y float64, col color.Color, shape draw.GlyphDrawer, r float64) multiMarker {
	return multiMarker{
		marker{X: x, Y: y, GlyphStyle: draw.GlyphStyle{Color: color.White, Radius: vg.Points(r + 1.5), Shape: shape}},
		marker{X: x, Y: y, GlyphStyle: draw.GlyphStyle{Color: col, Radius: vg.Points(r), Shape: shape}},
	}
}

// multiMarker draws several markers at once (a glyph on its halo).
type multiMarker []marker

func (mm multiMarker) DataRange() (xmin, xmax, ymin, ymax float64) { return mm[0].DataRange() }

func (mm multiMarker) Plot(c draw.Canvas, p *plot.Plot) {
	for _, m := range mm {
		m.Plot(c, p)
	}
}

func (mm multiMarker) GlyphBoxes(p *plot.Plot) []plot.GlyphBox { return mm[0].GlyphBoxes(p) }

func (mm multiMarker) Thumbnail(c *draw.Canvas) {
	for _, m := range mm {
		m.Thumbnail(c)
	}
}

// startEndEntries returns the legend thumbnails for "start" and "end".
func startEndEntries() (start, end multiMarker) {
	grey := color.Gray{0x50}
	return haloMarker(0, 0, grey, draw.BoxGlyph{}, 4), haloMarker(0, 0, grey, draw.CircleGlyph{}, 4)
}
