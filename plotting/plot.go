package plotting

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot/font"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Plot is one set of axes: a gonum *plot.Plot (embedded, so every field and
// method of gonum's Plot — Title, X, Y, Legend, Add — is there to
// customise) with the size it is drawn at. It is a Figure.
//
// The builders name what they draw in Key. Key and any entries added to
// gonum's Legend are drawn together: in a box in a corner of the axes
// (gonum's Legend.Left and Legend.Top choose which; top right by default),
// or, if KeyAbove or the key has more than MaxBoxKey entries, in rows
// between the title and the axes, where they hide no data.
type Plot struct {
	*plot.Plot
	// Width and Height are the figure's size; DefaultWidth × DefaultHeight
	// (6 × 4 in) unless a builder says otherwise.
	Width, Height vg.Length
	// Key lists what the builders drew, in order; edit it freely.
	Key []LegendEntry
	// KeyAbove draws the key above the axes instead of in a box on them.
	// Map builders set it.
	KeyAbove bool

	// runs counts the runs drawn so far, to give each the next RunColor.
	runs int
	// err is the first error met while building: SVG, PNG, PDF, Save and
	// Show report it instead of drawing (see Err).
	err error
}

// Err returns the first error met while building the plot (bad input to a
// builder or to With), or nil. Builders chain, so they cannot return an
// error themselves: instead the figure draws this message (so Show puts it
// in the cell) and Save returns it. It names the parameter and its value.
func (p *Plot) Err() error {
	if p.err != nil {
		return p.err
	}
	for _, a := range []struct {
		name string
		ax   *plot.Axis
	}{{"X", &p.X}, {"Y", &p.Y}} {
		// An axis no data has widened yet is [+Inf, −Inf] (gonum's
		// empty range); NaN, or a width that overflows, cannot be drawn.
		lo, hi := a.ax.Min, a.ax.Max
		if math.IsNaN(lo) || math.IsNaN(hi) || (isFinite(lo) && isFinite(hi) && !isFinite(hi-lo)) {
			return fmt.Errorf("plotting: %s.Min = %v, %s.Max = %v: want finite limits with a finite width", a.name, lo, a.name, hi)
		}
	}
	return nil
}

// fail records err if no error was recorded before.
func (p *Plot) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// NewPlot returns an empty Plot of the default size with the given title.
func NewPlot(title string) *Plot {
	p := plot.New()
	theme(p)
	p.Title.Text = title
	p.Title.Padding = vg.Points(8)
	p.Legend.Top = true
	p.Legend.Padding = vg.Points(2)
	p.Legend.TextStyle.Font.Size = vg.Points(10)
	p.X.Padding, p.Y.Padding = 0, 0
	niceAxes(p)
	return &Plot{Plot: p, Width: DefaultWidth, Height: DefaultHeight}
}

// Size returns Width and Height.
func (p *Plot) Size() (w, h vg.Length) { return p.Width, p.Height }

// Draw draws the plot so that it fills c, with its key.
func (p *Plot) Draw(c draw.Canvas) {
	if err := p.Err(); err != nil {
		drawError(c, err)
		return
	}
	p.drawLaidOut(p.layout(c))
}

// PlotPanels returns the gonum plot as Draw draws it on c and the canvas
// it is drawn in: with gonum's DataCanvas and Transforms, a point of c
// maps to data (plotting/interactive turns a click into a start so). The
// plot is a shallow copy of p.Plot with Draw's adjustments (x ticks fitted
// to the width, the title moved above the key); a plot with an error
// returns none.
func (p *Plot) PlotPanels(c draw.Canvas) ([]*plot.Plot, []draw.Canvas) {
	if p.Err() != nil {
		return nil, nil
	}
	l := p.layout(c)
	return []*plot.Plot{l.gp}, []draw.Canvas{l.c}
}

// plotLayout is where a Plot drawn in a canvas puts its parts. layout
// computes it once; Draw draws from it and PlotPanels reports it, so a
// click is read on exactly the axes drawn.
type plotLayout struct {
	// outer is the canvas the whole Plot fills.
	outer draw.Canvas
	// gp is the gonum plot as drawn: a shallow copy of the Plot's, with
	// the x ticks fitted to the width (fitXTicks) and, when the key goes
	// above the axes, without its title, which is drawn above the key.
	gp *plot.Plot
	// c is the canvas gp is drawn in.
	c draw.Canvas
	// keyAbove: the title, then the key in rows from keyTop down, are
	// drawn above c.
	keyAbove bool
	keyTop   vg.Length
}

// layout lays p out in c.
func (p *Plot) layout(c draw.Canvas) plotLayout {
	gp := *p.Plot
	l := plotLayout{outer: c, gp: &gp, c: c, keyAbove: p.keyAbove()}
	fitXTicks(l.gp, c) // on the copy: nothing to restore
	l.c.Max.X -= tickOverhang(l.gp, c)
	if l.keyAbove {
		if title := p.Title.Text; title != "" {
			l.c.Max.Y -= p.Title.TextStyle.Rectangle(title).Size().Y + p.Title.Padding
		}
		l.keyTop = l.c.Max.Y
		l.c.Max.Y -= legendRowsHeight(c.Max.X-c.Min.X, p.Key)
		l.gp.Title.Text = ""
	}
	return l
}

// tickOverhang is how far an x tick label of gp drawn in c would run past
// c's right edge in a viewer whose font is wider than the Liberation Sans
// gonum measures with. gonum keeps the measured label inside c; the SVG
// anchors the text at its left end, so a font up to fontSlack times wider
// (DejaVu Sans, rsvg-convert's and many Linux browsers' fallback) runs
// over by (fontSlack − 1) × its width: the "5" of a last label "2.5" was
// cut off.
func tickOverhang(gp *plot.Plot, c draw.Canvas) vg.Length {
	if !(gp.X.Max > gp.X.Min) {
		return 0
	}
	dc := gp.DataCanvas(c)
	sty := gp.X.Tick.Label
	var over vg.Length
	for _, tk := range gp.X.Tick.Marker.Ticks(gp.X.Min, gp.X.Max) {
		if tk.Label == "" || tk.Value < gp.X.Min || tk.Value > gp.X.Max {
			continue
		}
		r := sty.Rectangle(tk.Label) // placed as gonum places it at x
		x := dc.X(gp.X.Norm(tk.Value))
		end := x + r.Min.X + vg.Length(float64(r.Size().X)*fontSlack)
		over = max(over, end-c.Max.X)
	}
	return over
}

// dataCanvas is the data area of the laid-out plot.
func (l plotLayout) dataCanvas() draw.Canvas { return l.gp.DataCanvas(l.c) }

// drawLaidOut draws p as l lays it out: title and key above the axes, or
// the axes with the key in a box on them.
func (p *Plot) drawLaidOut(l plotLayout) {
	if l.keyAbove {
		if title := p.Title.Text; title != "" {
			sty := p.Title.TextStyle
			l.outer.FillText(sty, vg.Point{X: l.outer.Center().X, Y: l.outer.Max.Y + sty.FontExtents().Descent}, title)
		}
		drawLegendRows(l.outer, p.Key, l.keyTop)
		l.gp.Draw(l.c)
		return
	}
	leg := l.gp.Legend
	l.gp.Legend = plot.NewLegend() // on the copy: p.Legend is not changed
	l.gp.Legend.TextStyle.Font = font.From(textFont, l.gp.Legend.TextStyle.Font.Size)
	l.gp.Draw(l.c)
	leg.ThumbnailWidth += keyTextGap
	for _, e := range p.Key {
		leg.Add(e.Text, gapThumb{e.Thumb})
	}
	drawLegendBox(&leg, l.dataCanvas())
}

// MaxBoxKey is the most entries a key drawn in a box on the axes may have:
// a longer key (f, f′ and three or more runs) would hide the data, so it
// is drawn in rows above the axes, as KeyAbove does.
const MaxBoxKey = 4

// keyAbove reports whether the key is drawn above the axes: KeyAbove, or
// more than MaxBoxKey entries.
func (p *Plot) keyAbove() bool {
	return len(p.Key) > 0 && (p.KeyAbove || len(p.Key) > MaxBoxKey)
}

// dataCanvas is the data area of p drawn in c, as Draw lays it out.
func (p *Plot) dataCanvas(c draw.Canvas) draw.Canvas { return p.layout(c).dataCanvas() }

// String returns the plot's title, for the text/plain entry of a bundle.
func (p *Plot) String() string {
	if p.Title.Text == "" {
		return "plot"
	}
	return p.Title.Text
}

// nextColor returns the colour of the next run drawn on p.
func (p *Plot) nextColor() color.Color {
	c := RunColor(p.runs)
	p.runs++
	return c
}

// legendBoxColor is the legend's background: white at 85 % opacity, so the
// data under it stays faintly visible.
var legendBoxColor = color.NRGBA{255, 255, 255, 217}

// drawLegendBox draws l in the corner of c its Left and Top fields choose,
// on a box.
func drawLegendBox(l *plot.Legend, c draw.Canvas) {
	r := l.Rectangle(c) // gonum computes the size; we place it
	em := l.TextStyle.Rectangle(" ").Max.X
	w := vg.Length(float64(r.Max.X-r.Min.X+em) * fontSlack)
	h := r.Max.Y - r.Min.Y
	if w <= 0 || h <= 0 {
		return
	}
	pad := vg.Points(4)
	inset := vg.Points(4)
	descent := l.TextStyle.FontExtents().Descent
	box := vg.Rectangle{}
	if l.Left {
		box.Min.X = c.Min.X + inset
	} else {
		box.Min.X = c.Max.X - inset - w - 2*pad
	}
	if l.Top {
		box.Min.Y = c.Max.Y - inset - h - 2*pad - descent
	} else {
		box.Min.Y = c.Min.Y + inset
	}
	box.Max = vg.Point{X: box.Min.X + w + 2*pad, Y: box.Min.Y + h + 2*pad + descent}
	c.SetColor(legendBoxColor)
	c.Fill(box.Path())
	c.SetLineStyle(draw.LineStyle{Color: color.Gray{0xbb}, Width: vg.Points(0.5)})
	c.Stroke(box.Path())
	inner := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
		Min: vg.Point{X: box.Min.X + pad, Y: box.Min.Y + pad},
		Max: vg.Point{X: box.Max.X - pad, Y: box.Max.Y - pad},
	}}
	// Thumbnail first, then left-aligned text (as matplotlib): a viewer
	// whose fallback font is wider lets the text run into the box's
	// slack, never over the thumbnail.
	left, top := l.Left, l.Top
	l.Left, l.Top = true, true
	l.Draw(inner)
	l.Left, l.Top = left, top
}

// addMargin widens the axis range by frac of its width on both sides (as
// matplotlib's default 5 % margins), so data does not touch the frame. It
// is applied once, when a builder has added its data.
func addMargin(a *plot.Axis, frac float64) {
	if !(a.Max > a.Min) || !isFinite(a.Min) || !isFinite(a.Max) {
		return
	}
	d := (a.Max - a.Min) * frac
	a.Min -= d
	a.Max += d
}

// addFixed adds plotters without widening the axes: a figure shows its
// function's domain (or its grid), and a run that leaves it is cut at the
// frame, so one diverging run cannot squash everything else into a dot.
func (p *Plot) addFixed(ps ...plot.Plotter) {
	x0, x1, y0, y1 := p.X.Min, p.X.Max, p.Y.Min, p.Y.Max
	p.Add(ps...)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = x0, x1, y0, y1
}

// keyTextGap is the space kept between a key's sample (line, dot, swatch)
// and its text, besides gonum's one space: with gonum's gap alone (2.8 pt
// at 10 pt) the dot at a line's end touched a long name's first letter.
const keyTextGap = vg.Length(4)

// gapThumb draws a thumbnail keyTextGap short of its canvas's right edge.
type gapThumb struct{ plot.Thumbnailer }

func (g gapThumb) Thumbnail(c *draw.Canvas) {
	if g.Thumbnailer == nil {
		return
	}
	in := *c
	in.Max.X -= keyTextGap
	g.Thumbnailer.Thumbnail(&in)
}
