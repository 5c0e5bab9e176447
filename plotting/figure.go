package plotting

import (
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Figure is anything this package draws: a single plot, a grid of panels,
// a 3-D surface. Builders return concrete types (with exported fields to
// customise); Show, SVG and Save take any Figure.
type Figure interface {
	// Draw draws the figure so that it fills c.
	Draw(c draw.Canvas)
	// Size returns the figure's width and height.
	Size() (w, h vg.Length)
}
