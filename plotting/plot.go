package plotting

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Plot is one set of axes: a gonum *plot.Plot (embedded, so every field and
// method of gonum's Plot — Title, X, Y, Legend, Add — is there to
// customise) with the size it is drawn at. It is a Figure.
//
// Every builder of this package returns a Plot, or a type that embeds one.
type Plot struct {
	*plot.Plot
	// Width and Height are the figure's size; DefaultWidth × DefaultHeight
	// (6 × 4 in) unless a builder says otherwise.
	Width, Height vg.Length
}

// NewPlot returns an empty Plot of the default size with the given title,
// and a grid drawn under the data.
func NewPlot(title string) *Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.Padding = vg.Points(6)
	p.Legend.Top = true
	return &Plot{Plot: p, Width: DefaultWidth, Height: DefaultHeight}
}

// Size returns Width and Height.
func (p *Plot) Size() (w, h vg.Length) { return p.Width, p.Height }

// Draw draws the plot so that it fills c.
func (p *Plot) Draw(c draw.Canvas) { p.Plot.Draw(c) }

// String returns the plot's title, for the text/plain entry of a bundle.
func (p *Plot) String() string {
	if p.Title.Text == "" {
		return "plot"
	}
	return p.Title.Text
}
