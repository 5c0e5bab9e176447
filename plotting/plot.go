package plotting

import (
	"image/color"

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
func (p *Plot) Err() error { return p.err }

// fail records err if no error was recorded before.
func (p *Plot) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// NewPlot returns an empty Plot of the default size with the given title.
func NewPlot(title string) *Plot {
	p := plot.New()
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
	if p.err != nil {
		drawError(c, p.err)
		return
	}
	defer fitXTicks(p.Plot, c)()
	if p.keyAbove() {
		title := p.Title.Text
		if title != "" {
			c.FillText(p.Title.TextStyle, vg.Point{X: c.Center().X, Y: c.Max.Y + p.Title.TextStyle.FontExtents().Descent}, title)
			c.Max.Y -= p.Title.TextStyle.Rectangle(title).Size().Y + p.Title.Padding
		}
		c.Max.Y -= drawLegendRows(c, p.Key, c.Max.Y)
		p.Title.Text = ""
		defer func() { p.Title.Text = title }()
		p.Plot.Draw(c)
		return
	}
	leg := p.Legend
	p.Legend = plot.NewLegend()
	p.Plot.Draw(c)
	p.Legend = leg
	leg.ThumbnailWidth += keyTextGap
	for _, e := range p.Key { // leg is a copy: p.Legend is not changed
		leg.Add(e.Text, gapThumb{e.Thumb})
	}
	drawLegendBox(&leg, p.Plot.DataCanvas(c))
}

// MaxBoxKey is the most entries a key drawn in a box on the axes may have:
// a longer key (f, f′ and three or more runs) would hide the data, so it
// is drawn in rows above the axes, as KeyAbove does.
var MaxBoxKey = 4

// keyAbove reports whether the key is drawn above the axes: KeyAbove, or
// more than MaxBoxKey entries.
func (p *Plot) keyAbove() bool {
	return len(p.Key) > 0 && (p.KeyAbove || len(p.Key) > MaxBoxKey)
}

// keyHeight is the height the key takes above the axes of a plot drawn
// in c, 0 unless KeyAbove.
func (p *Plot) keyHeight(c draw.Canvas) vg.Length {
	if !p.keyAbove() {
		return 0
	}
	return legendRowsHeight(c.Max.X-c.Min.X, p.Key)
}

// dataCanvas is the data area of p drawn in c (gonum's DataCanvas, less
// the key drawn above the axes).
func (p *Plot) dataCanvas(c draw.Canvas) draw.Canvas {
	c.Max.Y -= p.keyHeight(c)
	return p.Plot.DataCanvas(c)
}

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
