package plotting

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// hLine is a horizontal line across the whole plot at Y (the dashed zero
// line). It has no data range, so it never widens the axes.
type hLine struct {
	Y float64
	draw.LineStyle
}

func (h hLine) Plot(c draw.Canvas, p *plot.Plot) {
	if h.Y < p.Y.Min || h.Y > p.Y.Max {
		return
	}
	y := c.Y(p.Y.Norm(h.Y))
	c.StrokeLine2(h.LineStyle, c.Min.X, y, c.Max.X, y)
}

// Thumbnail draws the line in a legend.
func (h hLine) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(h.LineStyle, c.Min.X, y, c.Max.X, y)
}

// dashedGray is the style of the zero line: the course's
// axhline(y=0, linestyle='--', color='gray').
var dashedGray = draw.LineStyle{
	Color:  color.Gray{0x80},
	Width:  vg.Points(1),
	Dashes: []vg.Length{vg.Points(5), vg.Points(3)},
}

// path is a polyline in data coordinates, drawn with arrowheads that show
// the direction of travel: the steps of a run.
type path struct {
	xs, ys []float64
	draw.LineStyle
	// Arrows: draw an arrowhead on each step at least MinArrow long on
	// the page, at most MaxArrows of them (evenly chosen).
	Arrows    bool
	MinArrow  vg.Length
	MaxArrows int
	// Dots, if Radius > 0, marks every point with a small filled circle.
	Dots draw.GlyphStyle
	// MinSeg is the tolerance to which the line is simplified on the page
	// (Douglas–Peucker); zero means 0.1 pt. A converging run's thousand
	// tiny steps then cost a few bytes, not kilobytes.
	MinSeg vg.Length
}

func (pa *path) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for i := range pa.xs {
		xmin, xmax = math.Min(xmin, pa.xs[i]), math.Max(xmax, pa.xs[i])
		ymin, ymax = math.Min(ymin, pa.ys[i]), math.Max(ymax, pa.ys[i])
	}
	return
}

func (pa *path) Plot(c draw.Canvas, p *plot.Plot) {
	if len(pa.xs) == 0 {
		return
	}
	trX, trY := p.Transforms(&c)
	pts := make([]vg.Point, len(pa.xs))
	for i := range pa.xs {
		pts[i] = vg.Point{X: trX(pa.xs[i]), Y: trY(pa.ys[i])}
	}
	if len(pts) > 1 && pa.Width > 0 {
		tol := 0.1 // points: invisible, and most of a smooth curve's points go
		if pa.MinSeg > 0 {
			tol = float64(pa.MinSeg)
		}
		lines := c.ClipLinesXY(pts)
		for i := range lines {
			lines[i] = douglasPeucker(lines[i], tol)
		}
		c.StrokeLines(pa.LineStyle, lines...)
	}
	if pa.Dots.Radius > 0 {
		drawDots(c, pts, pa.Dots)
	}
	if !pa.Arrows {
		return
	}
	var long []int
	for i := 1; i < len(pts); i++ {
		d := pts[i].Sub(pts[i-1])
		if vg.Length(math.Hypot(float64(d.X), float64(d.Y))) >= pa.MinArrow && c.Contains(pts[i]) && c.Contains(pts[i-1]) {
			long = append(long, i)
		}
	}
	stride := 1
	if pa.MaxArrows > 0 && len(long) > pa.MaxArrows {
		stride = (len(long) + pa.MaxArrows - 1) / pa.MaxArrows
	}
	var heads vg.Path
	for k := 0; k < len(long); k += stride {
		i := long[k]
		a, b := pts[i-1], pts[i]
		mid := vg.Point{X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2}
		size := 3*pa.Width + 3
		d := b.Sub(a)
		l := math.Hypot(float64(d.X), float64(d.Y))
		tip := vg.Point{X: mid.X + d.X*size/vg.Length(2*l), Y: mid.Y + d.Y*size/vg.Length(2*l)}
		heads = appendTip(heads, a, tip, size)
	}
	if len(heads) > 0 {
		c.SetColor(pa.Color)
		c.Fill(heads)
	}
}

// drawDots fills a circle of sty's radius and colour at each point inside
// c, as one path; a dot that would sit on the previous one is left out.
func drawDots(c draw.Canvas, pts []vg.Point, sty draw.GlyphStyle) {
	var dots vg.Path
	var last vg.Point
	for i, pt := range pts {
		if !c.Contains(pt) {
			continue
		}
		if i > 0 && math.Hypot(float64(pt.X-last.X), float64(pt.Y-last.Y)) < float64(sty.Radius)*0.5 {
			continue
		}
		last = pt
		dots.Move(vg.Point{X: pt.X + sty.Radius, Y: pt.Y})
		dots.Arc(pt, sty.Radius, 0, 2*math.Pi)
		dots.Close()
	}
	if len(dots) > 0 {
		c.SetColor(sty.Color)
		c.Fill(dots)
	}
}

// marker is one glyph at a data point, optionally with a text label beside
// it (used for "diverged at iterate 12"). It is also a legend thumbnail.
type marker struct {
	X, Y float64
	draw.GlyphStyle
	Label string
}

func (m marker) DataRange() (xmin, xmax, ymin, ymax float64) { return m.X, m.X, m.Y, m.Y }

func (m marker) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pt := vg.Point{X: trX(m.X), Y: trY(m.Y)}
	if !c.Contains(pt) {
		if m.Label == "" || !isFinite(float64(pt.X)) || !isFinite(float64(pt.Y)) {
			return
		}
		// A labelled marker off the plot (where a run diverged) is drawn
		// at the edge, in its direction, and says so.
		in := m.Radius + vg.Points(2)
		pt.X = max(c.Min.X+in, min(c.Max.X-in, pt.X))
		pt.Y = max(c.Min.Y+in, min(c.Max.Y-in, pt.Y))
		m.Label += " (off the plot)"
	}
	c.DrawGlyphNoClip(m.GlyphStyle, pt)
	if m.Label == "" {
		return
	}
	sty := p.Legend.TextStyle
	sty.Font.Size = vg.Points(9)
	w := vg.Length(float64(sty.Rectangle(m.Label).Max.X) * fontSlack)
	gap := m.Radius + vg.Points(3)
	// Beside the marker, on the side with room; near the top or bottom
	// edge, above or below it instead, kept inside the plot.
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
	at := vg.Point{X: pt.X + gap, Y: pt.Y}
	if at.X+w > c.Max.X {
		at.X = pt.X - gap - w
	}
	if pt.Y-c.Min.Y < vg.Points(14) {
		at = vg.Point{X: pt.X - w/2, Y: pt.Y + gap + vg.Points(4)}
	} else if c.Max.Y-pt.Y < vg.Points(14) {
		at = vg.Point{X: pt.X - w/2, Y: pt.Y - gap - vg.Points(4)}
	}
	at.X = max(c.Min.X+vg.Points(2), min(c.Max.X-w-vg.Points(2), at.X))
	drawHaloText(c, sty, at, m.Label)
}

func (m marker) Thumbnail(c *draw.Canvas) { c.DrawGlyphNoClip(m.GlyphStyle, c.Center()) }

// GlyphBoxes keeps the marker inside the axes (gonum pads the axes so that
// glyphs near the edge are not cut).
func (m marker) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	return []plot.GlyphBox{{X: p.X.Norm(m.X), Y: p.Y.Norm(m.Y), Rectangle: m.GlyphStyle.Rectangle()}}
}

// drawHaloText writes txt with a white box behind it, readable on any
// background.
func drawHaloText(c draw.Canvas, sty draw.TextStyle, at vg.Point, txt string) {
	r := sty.Rectangle(txt)
	pad := vg.Points(1.5)
	box := vg.Rectangle{
		Min: vg.Point{X: at.X + r.Min.X - pad, Y: at.Y + r.Min.Y - pad},
		Max: vg.Point{X: at.X + r.Max.X + pad, Y: at.Y + r.Max.Y + pad},
	}
	c.SetColor(legendBoxColor)
	c.Fill(box.Path())
	c.FillText(sty, at, txt)
}

// lineThumb is a legend thumbnail: a short line with an optional glyph.
type lineThumb struct {
	draw.LineStyle
	Glyph draw.GlyphStyle
}

func (t lineThumb) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(t.LineStyle, c.Min.X, y, c.Max.X, y)
	if t.Glyph.Radius > 0 {
		c.DrawGlyphNoClip(t.Glyph, c.Center())
	}
}

// appendTip appends to pth the triangle of an arrowhead of length size
// with its tip at b, pointing from a to b; shorter segments get a smaller
// head.
func appendTip(pth vg.Path, a, b vg.Point, size vg.Length) vg.Path {
	d := b.Sub(a)
	l := math.Hypot(float64(d.X), float64(d.Y))
	if l == 0 {
		return pth
	}
	s := math.Min(float64(size), 0.6*l)
	ux, uy := float64(d.X)/l, float64(d.Y)/l
	back := vg.Point{X: b.X - vg.Length(ux*s), Y: b.Y - vg.Length(uy*s)}
	half := s * 0.45
	pth.Move(b)
	pth.Line(vg.Point{X: back.X - vg.Length(uy*half), Y: back.Y + vg.Length(ux*half)})
	pth.Line(vg.Point{X: back.X + vg.Length(uy*half), Y: back.Y - vg.Length(ux*half)})
	pth.Close()
	return pth
}

// simplifyingCanvas passes drawing on to a vg.Canvas, simplifying every
// stroked path first: each run of straight segments keeps only the points
// needed to stay within d of the original line (Douglas–Peucker). Contour
// lines traced on a fine grid lose most of their points and look the same.
type simplifyingCanvas struct {
	vg.Canvas
	d vg.Length
}

func (s simplifyingCanvas) Stroke(p vg.Path) {
	out := make(vg.Path, 0, len(p))
	var run []vg.Point // the current move + lines
	flush := func() {
		if len(run) == 0 {
			return
		}
		for i, pt := range douglasPeucker(run, float64(s.d)) {
			t := vg.LineComp
			if i == 0 {
				t = vg.MoveComp
			}
			out = append(out, vg.PathComp{Type: t, Pos: pt})
		}
		run = run[:0]
	}
	for _, pc := range p {
		switch pc.Type {
		case vg.MoveComp:
			flush()
			run = append(run, pc.Pos)
		case vg.LineComp:
			if len(run) == 0 {
				run = append(run, pc.Pos)
				continue
			}
			run = append(run, pc.Pos)
		default:
			flush()
			out = append(out, pc)
		}
	}
	flush()
	s.Canvas.Stroke(out)
}

// douglasPeucker returns the points of pts needed to stay within tol of
// the polyline (Douglas & Peucker 1973), first and last always kept.
func douglasPeucker(pts []vg.Point, tol float64) []vg.Point {
	if len(pts) < 3 {
		return append([]vg.Point(nil), pts...)
	}
	keep := make([]bool, len(pts))
	keep[0], keep[len(pts)-1] = true, true
	type span struct{ a, b int }
	stack := []span{{0, len(pts) - 1}}
	for len(stack) > 0 {
		sp := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		a, b := pts[sp.a], pts[sp.b]
		dx, dy := float64(b.X-a.X), float64(b.Y-a.Y)
		l := math.Hypot(dx, dy)
		far, at := -1.0, -1
		for i := sp.a + 1; i < sp.b; i++ {
			px, py := float64(pts[i].X-a.X), float64(pts[i].Y-a.Y)
			var d float64
			if l == 0 {
				d = math.Hypot(px, py)
			} else {
				d = math.Abs(px*dy-py*dx) / l
			}
			if d > far {
				far, at = d, i
			}
		}
		if far > tol {
			keep[at] = true
			stack = append(stack, span{sp.a, at}, span{at, sp.b})
		}
	}
	var out []vg.Point
	for i, k := range keep {
		if k {
			out = append(out, pts[i])
		}
	}
	return out
}

// boldCross is a glyph: a thick ×, the mark of a diverged run.
type boldCross struct{}

func (boldCross) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	r := sty.Radius * 0.8
	ls := draw.LineStyle{Color: sty.Color, Width: vg.Points(2.2)}
	c.StrokeLine2(ls, pt.X-r, pt.Y-r, pt.X+r, pt.Y+r)
	c.StrokeLine2(ls, pt.X-r, pt.Y+r, pt.X+r, pt.Y-r)
}
