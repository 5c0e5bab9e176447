package interactive

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/plotting"
)

// Frame is where one panel's data area lies on the figure and which data
// range it shows: the data-to-canvas mapping of a gonum plot with linear
// axes. Canvas coordinates are points (1/72 in) from the bottom-left corner
// of the figure, as in gonum's vg.
type Frame struct {
	// MinX, MinY, MaxX, MaxY bound the data area on the canvas.
	MinX, MinY, MaxX, MaxY float64
	// XMin, XMax, YMin, YMax are the data values at those edges.
	XMin, XMax, YMin, YMax float64
}

// ToCanvas returns the canvas point of the data point (x, y).
func (f Frame) ToCanvas(x, y float64) (cx, cy float64) {
	cx = f.MinX + (x-f.XMin)/(f.XMax-f.XMin)*(f.MaxX-f.MinX)
	cy = f.MinY + (y-f.YMin)/(f.YMax-f.YMin)*(f.MaxY-f.MinY)
	return cx, cy
}

// ToData returns the data point at canvas point (cx, cy); it is the inverse
// of ToCanvas, and what the browser computes for a click. On a frame of
// zero area or range (the zero Frame) it is NaN: FrameOf never returns
// one.
func (f Frame) ToData(cx, cy float64) (x, y float64) {
	x = f.XMin + (cx-f.MinX)/(f.MaxX-f.MinX)*(f.XMax-f.XMin)
	y = f.YMin + (cy-f.MinY)/(f.MaxY-f.MinY)*(f.YMax-f.YMin)
	return x, y
}

// Contains reports whether canvas point (cx, cy) is inside the data area.
func (f Frame) Contains(cx, cy float64) bool {
	return cx >= f.MinX && cx <= f.MaxX && cy >= f.MinY && cy <= f.MaxY
}

// FrameOf returns the frame of plot p drawn on canvas c. It returns an
// error if p is nil, or if an axis is not linear (a log scale cannot be
// inverted from its ends alone) or its range not finite and increasing,
// naming the axis.
func FrameOf(p *plot.Plot, c draw.Canvas) (Frame, error) {
	if p == nil {
		return Frame{}, fmt.Errorf("interactive: FrameOf: the plot is nil")
	}
	for _, a := range []struct {
		name string
		ax   *plot.Axis
	}{{"x", &p.X}, {"y", &p.Y}} {
		if lo, hi := a.ax.Min, a.ax.Max; !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) || math.IsInf(hi-lo, 0) {
			return Frame{}, fmt.Errorf("interactive: the %s axis of %q spans [%v, %v]: a click cannot be mapped to data on a range that is not finite and increasing", a.name, p.Title.Text, lo, hi)
		}
	}
	dc := p.DataCanvas(c)
	tx, ty := p.Transforms(&dc)
	f := Frame{
		MinX: float64(dc.Min.X), MinY: float64(dc.Min.Y),
		MaxX: float64(dc.Max.X), MaxY: float64(dc.Max.Y),
		XMin: p.X.Min, XMax: p.X.Max, YMin: p.Y.Min, YMax: p.Y.Max,
	}
	// A linear axis maps the middle of the range to the middle of the area.
	// Tolerance: 1e-6 pt, far below a pixel (0.75 pt at 96 dpi).
	if mid := float64(tx((f.XMin + f.XMax) / 2)); math.Abs(mid-(f.MinX+f.MaxX)/2) > 1e-6 {
		return Frame{}, fmt.Errorf("interactive: the x axis of %q is not linear: a click cannot be mapped back to data", p.Title.Text)
	}
	if mid := float64(ty((f.YMin + f.YMax) / 2)); math.Abs(mid-(f.MinY+f.MaxY)/2) > 1e-6 {
		return Frame{}, fmt.Errorf("interactive: the y axis of %q is not linear: a click cannot be mapped back to data", p.Title.Text)
	}
	return f, nil
}

// frames returns the frames of fig drawn on c: one per gonum plot for a
// figure that implements PlotPanels, none otherwise. Panels whose axes are
// not linear are skipped (a click there does nothing).
func frames(fig plotting.Figure, c draw.Canvas) []Frame {
	pp, ok := fig.(plotting.PlotPanels)
	if !ok {
		return nil
	}
	plots, canvases := pp.PlotPanels(c)
	var fs []Frame
	for i, p := range plots {
		if i >= len(canvases) {
			break
		}
		if f, err := FrameOf(p, canvases[i]); err == nil {
			fs = append(fs, f)
		}
	}
	return fs
}

// GonumPlot makes a figure of a gonum plot of size w × h, for a learner who
// builds a plot with gonum/plot directly. A click on it maps to its data
// coordinates. A nil p gives a figure that says so; a size that is not
// positive, finite and at most plotting.MaxFigureSize is reported when the
// figure is drawn.
func GonumPlot(p *plot.Plot, w, h vg.Length) plotting.Figure {
	if p == nil {
		return messageFigure("interactive.GonumPlot: the plot is nil")
	}
	return gonumFigure{p: p, w: w, h: h}
}

type gonumFigure struct {
	p    *plot.Plot
	w, h vg.Length
}

func (g gonumFigure) Draw(c draw.Canvas)     { g.p.Draw(c) }
func (g gonumFigure) Size() (w, h vg.Length) { return g.w, g.h }
func (g gonumFigure) PlotPanels(c draw.Canvas) ([]*plot.Plot, []draw.Canvas) {
	return []*plot.Plot{g.p}, []draw.Canvas{c}
}
