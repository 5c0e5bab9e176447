package interactive

import (
	"image/color"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/gdlessons/lessons/plotting"
)

// rendered is a figure drawn to SVG, with the frames of its panels.
type rendered struct {
	SVG    string  // the <svg> element, without the XML prolog
	W, H   float64 // size in points: the SVG's viewBox
	Frames []Frame
}

// render draws fig, with notes written on it (see annotated), into an SVG
// with plotting.SVG, and computes the frames of its panels.
func render(fig plotting.Figure, notes []string) (rendered, error) {
	a := annotate(fig, notes)
	svg, err := plotting.SVG(a)
	if err != nil {
		return rendered{}, err
	}
	w, h := fig.Size()
	// The frames depend only on the canvas's size and the plots' text
	// metrics, not on the backend: a blank canvas of the same size gives
	// the same mapping as the one drawn.
	c := draw.New(vgsvg.New(w, h))
	return rendered{SVG: stripProlog(string(svg)), W: w.Points(), H: h.Points(), Frames: frames(fig, c)}, nil
}

// annotated is a figure with lines of text written in the top-left corner
// of its first panel's data area (of the whole figure if it has no gonum
// panel), on a white box so that they stay readable over a heat map: the
// labs write the iteration, x₀, f(x₀), f′(x₀) and the verdict there.
type annotated struct {
	plotting.Figure
	notes []string
}

// annotate returns fig with notes written on it, or fig itself if there are
// none.
func annotate(fig plotting.Figure, notes []string) plotting.Figure {
	if len(notes) == 0 || fig == nil {
		return fig
	}
	return annotated{Figure: fig, notes: notes}
}

// Draw draws the figure, then the notes.
func (a annotated) Draw(c draw.Canvas) {
	a.Figure.Draw(c)
	corner := vg.Point{X: c.Min.X + 4, Y: c.Max.Y - 4}
	if fs := frames(a.Figure, c); len(fs) > 0 {
		corner = vg.Point{X: vg.Length(fs[0].MinX) + 4, Y: vg.Length(fs[0].MaxY) - 4}
	}
	writeNotes(c, corner, a.notes)
}

// PlotPanels forwards to the figure, so an annotated figure is clickable.
func (a annotated) PlotPanels(c draw.Canvas) ([]*plot.Plot, []draw.Canvas) {
	if pp, ok := a.Figure.(PlotPanels); ok {
		return pp.PlotPanels(c)
	}
	return nil, nil
}

// noteStyle is the text written on a live figure: 11 pt, one point under
// the seeds' matplotlib default of 12, so that four lines fit in the corner
// of a panel 3 inches high without hiding the curve.
var noteStyle = draw.TextStyle{
	Color:   color.Black,
	Font:    font.From(plot.DefaultFont, 11),
	Handler: plot.DefaultTextHandler,
	XAlign:  draw.XLeft,
	YAlign:  draw.YTop,
}

// writeNotes writes lines of text from the top-left corner pt downwards,
// on a white, slightly transparent box.
func writeNotes(c draw.Canvas, pt vg.Point, lines []string) {
	lineH := noteStyle.Height("Ay") * 1.15
	var width vg.Length
	for _, l := range lines {
		width = max(width, noteStyle.Width(l))
	}
	const pad = 3
	box := vg.Rectangle{
		Min: vg.Point{X: pt.X - pad, Y: pt.Y - lineH*vg.Length(len(lines)) - pad},
		Max: vg.Point{X: pt.X + width + pad, Y: pt.Y + pad},
	}
	c.SetColor(color.NRGBA{R: 255, G: 255, B: 255, A: 210})
	c.Fill(box.Path())
	for i, l := range lines {
		c.FillText(noteStyle, vg.Point{X: pt.X, Y: pt.Y - lineH*vg.Length(i)}, l)
	}
}

// stripProlog removes the XML declaration and comment that come before
// <svg>, which do not belong inside HTML.
func stripProlog(s string) string {
	if i := strings.Index(s, "<svg"); i > 0 {
		return s[i:]
	}
	return s
}
