package interactive

import (
	"image/color"
	"strings"

	"gonum.org/v1/plot"
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

// render draws fig, with the notes of ann written on it (see annotated),
// into an SVG with plotting.SVG, and computes the frames of its panels.
func render(fig plotting.Figure, ann annotation) (rendered, error) {
	a := annotate(fig, ann)
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

// annotation is what a live figure writes on its first panel: lines of
// text, and the data points they should not hide.
type annotation struct {
	lines []string
	keep  []keepPoint
}

// keepPoint is a data point of the first panel that the notes should not
// hide, and how much hiding it costs (a run's end costs more than one of
// its iterates).
type keepPoint struct{ x, y, weight float64 }

// annotated is a figure with lines of text written in a corner of its
// first panel's data area (of the whole figure if it has no gonum panel),
// on a white box so that they stay readable over a heat map: the labs
// write the iteration, x₀, f(x₀), f′(x₀) and the verdict there.
type annotated struct {
	plotting.Figure
	annotation
}

// annotate returns fig with the notes of ann written on it, or fig itself
// if there are none.
func annotate(fig plotting.Figure, ann annotation) plotting.Figure {
	if len(ann.lines) == 0 || fig == nil {
		return fig
	}
	return annotated{Figure: fig, annotation: ann}
}

// Draw draws the figure, then the notes inside the first panel's data
// area, in its top-left corner or, if they hide less of the keep points
// there, its bottom-left one (the top-right holds a curve's key). The
// font shrinks to fit the panel's width (see noteLayout).
func (a annotated) Draw(c draw.Canvas) {
	a.Figure.Draw(c)
	area := vg.Rectangle{Min: vg.Point{X: c.Min.X + 4, Y: c.Min.Y + 4}, Max: vg.Point{X: c.Max.X - 4, Y: c.Max.Y - 4}}
	fs := frames(a.Figure, c)
	if len(fs) > 0 {
		f := fs[0]
		area = vg.Rectangle{Min: vg.Point{X: vg.Length(f.MinX) + 4, Y: vg.Length(f.MinY) + 4}, Max: vg.Point{X: vg.Length(f.MaxX) - 4, Y: vg.Length(f.MaxY) - 4}}
	}
	l := noteLayout(a.lines, area.Max.X-area.Min.X)
	top := vg.Point{X: area.Min.X, Y: area.Max.Y}
	bottom := vg.Point{X: area.Min.X, Y: area.Min.Y + l.height}
	at := top
	if len(fs) > 0 && a.hidden(fs[0], l.box(bottom)) < a.hidden(fs[0], l.box(top)) {
		at = bottom
	}
	l.draw(c, at, a.lines)
}

// hidden returns the weight of the keep points that box (with a margin of
// a marker's radius, 4 pt) covers on frame f.
func (a annotated) hidden(f Frame, box vg.Rectangle) float64 {
	const margin = 4 // the radius of a run's start and end marks
	var w float64
	for _, k := range a.keep {
		cx, cy := f.ToCanvas(k.x, k.y)
		if cx >= float64(box.Min.X)-margin && cx <= float64(box.Max.X)+margin &&
			cy >= float64(box.Min.Y)-margin && cy <= float64(box.Max.Y)+margin {
			w += k.weight
		}
	}
	return w
}

// PlotPanels forwards to the figure, so an annotated figure is clickable.
func (a annotated) PlotPanels(c draw.Canvas) ([]*plot.Plot, []draw.Canvas) {
	if pp, ok := a.Figure.(plotting.PlotPanels); ok {
		return pp.PlotPanels(c)
	}
	return nil, nil
}

// noteStyle is the text written on a live figure: 11 pt, one point under
// the course's matplotlib default of 12, so that four lines fit in the corner
// of a panel 3 inches high without hiding the curve.
var noteStyle = draw.TextStyle{
	Color:   color.Black,
	Font:    plotting.Font(11),
	Handler: plot.DefaultTextHandler,
	XAlign:  draw.XLeft,
	YAlign:  draw.YTop,
}

// noteSlack widens the notes as a viewer may draw them: widths are
// measured in Liberation Sans, and a browser without it falls back to
// Arial (the same widths) or DejaVu Sans, up to about 12 % wider (as
// plotting's fontSlack).
const noteSlack = 1.15

// minNoteSize is the smallest font the notes shrink to, 8 pt: below it a
// 96 dpi screen draws the digits about 8 pixels high.
const minNoteSize = vg.Length(8)

// notesLayout is the size of a block of notes: their style, line height
// and the box around them.
type notesLayout struct {
	sty           draw.TextStyle
	lineH         vg.Length
	width, height vg.Length // of the box, padding included
}

// notePad is the box's padding around the text.
const notePad = vg.Length(3)

// noteLayout sizes lines of notes for a panel width wide: noteStyle, or a
// smaller font if a line, in a font noteSlack wider than measured, would
// not fit (the two-variable lab's "(x₀, y₀) = … → (x, y) = …" in a square
// contour panel), down to minNoteSize. The box is as wide as the text in
// that wider font.
func noteLayout(lines []string, width vg.Length) notesLayout {
	sty := noteStyle
	widest := func() (w vg.Length) {
		for _, l := range lines {
			w = max(w, sty.Width(l))
		}
		return w
	}
	w := widest()
	if need := w * noteSlack; need > width && need > 0 {
		sty.Font.Size = max(minNoteSize, sty.Font.Size*width/need)
		w = widest()
	}
	lineH := sty.Height("Ay") * 1.15
	return notesLayout{sty: sty, lineH: lineH, width: w*noteSlack + 2*notePad, height: lineH*vg.Length(len(lines)) + 2*notePad}
}

// box is the notes' box when their first line's top-left corner is at pt.
func (l notesLayout) box(pt vg.Point) vg.Rectangle {
	return vg.Rectangle{
		Min: vg.Point{X: pt.X - notePad, Y: pt.Y + notePad - l.height},
		Max: vg.Point{X: pt.X - notePad + l.width, Y: pt.Y + notePad},
	}
}

// draw writes lines from the top-left corner pt downwards, on a white,
// slightly transparent box.
func (l notesLayout) draw(c draw.Canvas, pt vg.Point, lines []string) {
	c.SetColor(color.NRGBA{R: 255, G: 255, B: 255, A: 210})
	c.Fill(l.box(pt).Path())
	for i, line := range lines {
		c.FillText(l.sty, vg.Point{X: pt.X, Y: pt.Y - l.lineH*vg.Length(i)}, line)
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
