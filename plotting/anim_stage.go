package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/gdlib"
)

// stage is an Animation laid out on one canvas: the static plot (curve,
// axes, title, legend) already drawn, and where every iterate of every run
// goes. Every output (the animated SVG, a static frame, the GIF) draws
// the moving parts from it, so they agree to the point.
type stage struct {
	a    *Animation
	axis bool         // mark each iterate's x on the x axis (one variable)
	da   draw.Canvas  // the plot's data area
	pts  [][]vg.Point // pts[r][i]: iterate i of run r on the curve, for its finite iterates
	cols []color.Color
	n    int // frames
}

// Sizes of the moving parts, in points.
const (
	markerRadius = 5
	axisMarker   = 5 // half-width of the triangle on the x axis
	trailWidth   = 1.25
	counterSize  = 11
)

// curveColor is the colour of f's curve: dark grey, so the runs' colours
// stand out on it.
var curveColor = color.NRGBA{0x44, 0x44, 0x44, 0xff}

// stage draws the static plot on c and returns where the moving parts go.
func (a *Animation) stage(c draw.Canvas) *stage {
	p := plot.New()
	theme(p)
	p.Title.Text = a.Title
	p.X.Label.Text = a.XLabel
	p.Y.Label.Text = a.YLabel
	st := &stage{a: a, n: a.Frames(), axis: a.F.Dim == 1}
	if a.F.Dim == 2 {
		a.contours(p)
	} else {
		a.curve(p)
	}
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.TextStyle.Font.Size = 10
	p.Legend.ThumbnailWidth += keyTextGap
	for r, t := range a.Runs {
		col := RunColor(r)
		st.cols = append(st.cols, col)
		p.Legend.Add(runLabel(t), gapThumb{runThumb{col}})
	}

	p.Draw(c)
	st.da = p.DataCanvas(c)
	trX, trY := p.Transforms(&st.da)
	for _, t := range a.Runs {
		n := t.Finite()
		pts := make([]vg.Point, n)
		for i := 0; i < n; i++ {
			x, y := t.XY(i) // (x, f(x)) in one variable, (x, y) in two
			pts[i] = vg.Point{X: trX(x), Y: trY(y)}
		}
		st.pts = append(st.pts, pts)
	}
	return st
}

// animContourResolution is the number of samples per axis of the contour
// lines behind 2-D runs: 61 keeps the lines smooth at 5 inches and the
// animation under 100 KB.
const animContourResolution = 61

// contours draws the background of runs in two variables: Levels contour
// lines of f over the domain, coloured by Viridis from low to high, with a
// band on top for the legend.
func (a *Animation) contours(p *plot.Plot) {
	dom := a.domain()
	g := sampleSurface(a.F, dom, animContourResolution)
	n := a.Levels
	if n == 0 {
		n = 18
	}
	// Traced on the unit scale and off the grid's values, as a Map's
	// contour lines (see unitGrid and offGrid): the same lines, and
	// gonum's tracer always finishes.
	if r := g.dataRange(); isFinite(r.Max - r.Min) {
		ug := unitGrid{GridXYZ: g, lo: r.Min, span: r.Max - r.Min}
		cl := plotter.NewContour(ug, offGrid(ug, ContourLevels(0, 1, n), 1), Viridis().Palette(n))
		cl.LineStyles = []draw.LineStyle{{Width: 1}}
		p.Add(cl)
	}
	p.X.Min, p.X.Max = dom[0].Min, dom[0].Max
	p.Y.Min, p.Y.Max = dom[1].Min, dom[1].Max+a.topBand()*(dom[1].Max-dom[1].Min)
	p.X.Tick.Marker = domainTicks{dom[0].Min, dom[0].Max}
	p.Y.Tick.Marker = domainTicks{dom[1].Min, dom[1].Max}
}

// curve draws the background of runs in one variable: f over the domain.
func (a *Animation) curve(p *plot.Plot) {
	dom := a.domain()[0]
	p.X.Min, p.X.Max = dom.Min, dom.Max

	// The curve, sampled at one point per 0.5 pt of width and cut where f
	// is not finite (never drawn through a NaN).
	w, _ := a.Size()
	ns := max(200, int(w.Points()*2))
	lo, hi := math.Inf(1), math.Inf(-1)
	var piece plotter.XYs
	flush := func() {
		if len(piece) > 1 {
			l, err := plotter.NewLine(piece)
			if err == nil {
				l.LineStyle = draw.LineStyle{Color: curveColor, Width: 1.5}
				p.Add(l)
			}
		}
		piece = nil
	}
	for i := 0; i < ns; i++ {
		x := dom.Min + (dom.Max-dom.Min)*float64(i)/float64(ns-1)
		y := math.NaN()
		if a.F.Valid == nil || a.F.Valid([]float64{x}) == nil {
			y = a.F.At(x)
		}
		if !isFinite(y) {
			flush()
			continue
		}
		piece = append(piece, plotter.XY{X: x, Y: y})
		lo, hi = math.Min(lo, y), math.Max(hi, y)
	}
	flush()
	if !(lo < hi) { // flat or nowhere finite: a unit range around it
		if lo > hi {
			lo, hi = 0, 0
		}
		lo, hi = lo-1, hi+1
	}
	// Room below for the markers at the minima, and a band above for the
	// legend and the step counter, clear of the curve.
	p.Y.Min, p.Y.Max = lo-0.08*(hi-lo), hi+0.08*(hi-lo)+a.topBand()*(hi-lo)*1.16
	p.X.Tick.Marker = domainTicks{dom.Min, dom.Max}
	p.Y.Tick.Marker = domainTicks{lo, hi}

}

// topBand is the height of the band above the data kept free for the
// legend (one 13 pt line per run) and the counter, as a fraction of the
// data's height, which is about the figure's height less 70 pt of title,
// axis and labels.
func (a *Animation) topBand() float64 {
	_, h := a.Size()
	return (8 + 13*float64(max(1, len(a.Runs)))) / math.Max(h.Points()-70-13*float64(len(a.Runs)), 50)
}

// domainTicks are majorTicks limited to [lo, hi]: the axis goes on into
// the legend's band, but its ticks stop at the domain.
type domainTicks struct{ lo, hi float64 }

// Ticks implements plot.Ticker.
func (d domainTicks) Ticks(min, max float64) []plot.Tick {
	return majorTicks(math.Max(min, d.lo), math.Min(max, d.hi))
}

// runLabel is a run's legend entry: its optimizer, and where it diverged
// (gdlib's Trace.Where: the first non-finite iterate, or the first beyond
// Settings.Bound or outside f's domain).
func runLabel(t *gdlib.Trace) string {
	name := t.Optimizer
	if name == "" {
		name = "run"
	}
	if t.Status == gdlib.Diverged && t.Where >= 0 {
		name += fmt.Sprintf(" (diverged at iterate %d)", t.Where)
	} else if t.Finite() < t.Len() {
		name += fmt.Sprintf(" (diverged at iterate %d)", t.Finite())
	}
	return name
}

// at returns the index of run r's iterate shown in frame k: k, or its last
// finite iterate if it has fewer. It is −1 if the run has none.
func (st *stage) at(r, k int) int { return min(k, len(st.pts[r])-1) }

// drawFrame draws the moving parts of frame k on c: each run's trail of
// chords up to its current iterate, the iterate on the curve and on the x
// axis, and the step counter.
func (st *stage) drawFrame(c draw.Canvas, k int) {
	for r, pts := range st.pts {
		i := st.at(r, k)
		if i < 0 {
			continue
		}
		col := st.cols[r]
		trail := draw.LineStyle{Color: fade(col, 0.7), Width: trailWidth}
		if i > 0 {
			c.StrokeLines(trail, st.da.ClipLinesXY(pts[:i+1])...)
		}
		p := pts[i]
		if st.da.Contains(p) {
			c.DrawGlyph(draw.GlyphStyle{Color: color.White, Radius: markerRadius + 1.5, Shape: draw.CircleGlyph{}}, p)
			c.DrawGlyph(draw.GlyphStyle{Color: col, Radius: markerRadius, Shape: draw.CircleGlyph{}}, p)
		}
		if st.axis && st.da.ContainsX(p.X) {
			c.FillPolygon(col, st.axisTriangle(p.X))
		}
	}
	st.drawCounter(c, k)
}

// axisTriangle is the marker of an iterate's x on the x axis: a triangle
// pointing up from the bottom of the data area.
func (st *stage) axisTriangle(x vg.Length) []vg.Point {
	y := st.da.Min.Y
	return []vg.Point{{X: x - axisMarker, Y: y}, {X: x + axisMarker, Y: y}, {X: x, Y: y + 1.6*axisMarker}}
}

// counterStyle is the step counter's text: right-aligned at the top right
// of the data area.
func counterStyle() draw.TextStyle {
	sty := surfaceTextStyle(counterSize)
	sty.XAlign, sty.YAlign = draw.XRight, draw.YTop
	return sty
}

// counterText is the counter of frame k.
func (st *stage) counterText(k int) string { return fmt.Sprintf("step %d / %d", k, st.n-1) }

// counterAt is the top right corner of the counter.
func (st *stage) counterAt() vg.Point { return vg.Point{X: st.da.Max.X - 6, Y: st.da.Max.Y - 6} }

func (st *stage) drawCounter(c draw.Canvas, k int) {
	c.FillText(counterStyle(), st.counterAt(), st.counterText(k))
}

// fade returns col with its alpha multiplied by a.
func fade(col color.Color, a float64) color.Color {
	r, g, b, al := col.RGBA()
	return color.RGBA64{R: uint16(float64(r) * a), G: uint16(float64(g) * a), B: uint16(float64(b) * a), A: uint16(float64(al) * a)}
}

// runThumb is a run's legend icon: a short line with the marker on it.
type runThumb struct{ col color.Color }

// Thumbnail implements plot.Thumbnailer.
func (t runThumb) Thumbnail(c *draw.Canvas) {
	y := (c.Min.Y + c.Max.Y) / 2
	c.StrokeLine2(draw.LineStyle{Color: t.col, Width: 1.5}, c.Min.X, y, c.Max.X, y)
	c.DrawGlyph(draw.GlyphStyle{Color: t.col, Radius: 3, Shape: draw.CircleGlyph{}}, vg.Point{X: (c.Min.X + c.Max.X) / 2, Y: y})
}
