package plotting

import (
	"fmt"
	"image/color"
	"math"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Fit draws a data set of one feature as dots and, over them, the line
// y = w·x + b of a run of linear regression (gdlib.MSE) at each of the
// given iterates — the fit as it improves — from light to dark, each named
// "step k" in the key (the final iterate alone if none is given). The
// axes are the data's, with 5 % margins; the lines are cut at the frame.
// run may be nil: then only the data is drawn.
//
// A nil data set, one without exactly one feature, a run that is not in
// (w, b), or an iterate the run does not have sets Err.
func Fit(d *gdlib.Dataset, run *gdlib.Trace, iterates ...int) *Plot {
	p, ok := dataPlot("Fit", d, 1, run, iterates)
	if !ok {
		return p
	}
	p.X.Label.Text, p.Y.Label.Text = "x", "y"
	p.addData(d)
	x0, x1 := p.X.Min, p.X.Max
	line := func(w gdlib.Point) (xs, ys []float64) {
		return []float64{x0, x1}, []float64{w[0]*x0 + w[1], w[0]*x1 + w[1]}
	}
	// Widen the y axis to show the lines, by at most the data's height on
	// each side: a first guess far off (w = b = 0) stays in view.
	lo, hi := p.Y.Min, p.Y.Max
	for _, k := range stepsOf(run, iterates) {
		_, ys := line(run.X(k))
		for _, y := range ys {
			p.Y.Min = max(min(p.Y.Min, y), lo-(hi-lo))
			p.Y.Max = min(max(p.Y.Max, y), hi+(hi-lo))
		}
	}
	if p.Y.Min < lo || p.Y.Max > hi {
		addMargin(&p.Y, 0.03)
	}
	p.addSteps(run, iterates, line)
	p.Legend.Left = emptierLeft(d, p)
	return p
}

// emptierLeft reports whether the top left quarter of p's axes holds
// fewer of d's points than the top right one: the key (Fit's, Boundary's)
// goes there.
func emptierLeft(d *gdlib.Dataset, p *Plot) bool {
	midX, midY := (p.X.Min+p.X.Max)/2, (p.Y.Min+p.Y.Max)/2
	left, right := 0, 0
	for i := 0; i < d.Len(); i++ {
		x, y := d.XY(i)
		switch {
		case y < midY:
		case x < midX:
			left++
		default:
			right++
		}
	}
	return left < right
}

// stepsOf returns the iterates of run to draw: those given, or the last
// finite one; none if run is nil.
func stepsOf(run *gdlib.Trace, iterates []int) []int {
	if run == nil {
		return nil
	}
	if len(iterates) == 0 {
		return []int{run.Finite() - 1}
	}
	return iterates
}

// Boundary draws a data set of two features in two classes (targets 0
// and 1, gdlib.TwoClouds) as dots of two colours and, over them, the
// decision boundary w₁x₁ + w₂x₂ + b = 0 of a run of logistic regression
// (gdlib.CrossEntropy) at each of the given iterates, from light to dark,
// each named "step k" in the key (the final iterate alone if none is
// given). On the boundary the model gives both classes probability ½;
// class 1 is on the side w points to. An iterate with w = 0 has no
// boundary: its key entry says so. run may be nil.
//
// A nil data set, one without exactly two features, a run that is not in
// (w₁, w₂, b), or an iterate the run does not have sets Err.
func Boundary(d *gdlib.Dataset, run *gdlib.Trace, iterates ...int) *Plot {
	p, ok := dataPlot("Boundary", d, 2, run, iterates)
	if !ok {
		return p
	}
	p.X.Label.Text, p.Y.Label.Text = "x₁", "x₂"
	p.addData(d)
	box := [4]float64{p.X.Min, p.X.Max, p.Y.Min, p.Y.Max}
	p.addSteps(run, iterates, func(w gdlib.Point) (xs, ys []float64) {
		return boundaryLine(w, box)
	})
	p.Legend.Left = emptierLeft(d, p)
	return p
}

// dataPlot checks Fit's and Boundary's input and returns the plot to
// draw on, titled with the data's name; ok is false if it holds an error.
func dataPlot(who string, d *gdlib.Dataset, features int, run *gdlib.Trace, iterates []int) (p *Plot, ok bool) {
	p = NewPlot("")
	switch {
	case d == nil:
		p.fail(fmt.Errorf("plotting.%s: the data set is nil", who))
	case d.Features != features || d.Len() == 0:
		p.fail(fmt.Errorf("plotting.%s(%s): the data has %d examples of %d features, want %d features", who, d.Name, d.Len(), d.Features, features))
	case len(d.X) != d.Len()*d.Features:
		p.fail(fmt.Errorf("plotting.%s(%s): len(X) = %d, want Len() × Features = %d × %d", who, d.Name, len(d.X), d.Len(), d.Features))
	case !allFinite(d.X) || !allFinite(d.Y):
		p.fail(fmt.Errorf("plotting.%s(%s): the data holds NaN or ±Inf (X[%d], Y[%d]): want finite examples", who, d.Name, firstBad(d.X), firstBad(d.Y)))
	case run != nil && run.Dim != features+1:
		p.fail(fmt.Errorf("plotting.%s(%s): run %s has %d parameters, want %d (the weights and the bias)", who, d.Name, run.Optimizer, run.Dim, features+1))
	}
	if p.Err() == nil && run != nil {
		for _, k := range iterates {
			if k < 0 || k >= run.Finite() {
				p.fail(fmt.Errorf("plotting.%s(%s): iterate %d: the run has finite iterates 0 to %d", who, d.Name, k, run.Finite()-1))
				break
			}
		}
	}
	if p.Err() != nil {
		return p, false
	}
	p.Title.Text = d.Name
	return p, true
}

// allFinite reports whether every value of v is finite.
func allFinite(v []float64) bool { return firstBad(v) < 0 }

// firstBad returns the index of the first value of v that is not finite,
// or −1.
func firstBad(v []float64) int {
	for i, x := range v {
		if !isFinite(x) {
			return i
		}
	}
	return -1
}

// dataColors are the colours of a data set's dots: grey for regression
// targets, tab10's blue and orange (RunColor 0 and 1) for classes 0, 1.
var dataColors = [3]color.Color{rgb(0x7f7f7f), RunColor(0), RunColor(1)}

// addData draws d's examples as dots and sets the axes to them with 5 %
// margins: one feature, (x, y) in grey; two, (x₁, x₂) coloured by class
// with a key entry per class.
func (p *Plot) addData(d *gdlib.Dataset) {
	if d.Features == 1 {
		p.Add(dots(d, nil, dataColors[0], draw.CircleGlyph{}))
	} else {
		for class, shape := range []draw.GlyphDrawer{draw.CircleGlyph{}, draw.TriangleGlyph{}} {
			s := dots(d, func(y float64) bool { return y == float64(class) }, dataColors[class+1], shape)
			p.Add(s)
			p.Key = append(p.Key, LegendEntry{fmt.Sprintf("class %d", class), s})
		}
	}
	xmin, xmax, ymin, ymax := plotter.XYRange(d)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = xmin, xmax, ymin, ymax
	addMargin(&p.X, 0.05)
	addMargin(&p.Y, 0.05)
}

// dots returns the examples of d whose target passes keep (all if keep is
// nil) as a scatter of half-transparent glyphs.
func dots(d *gdlib.Dataset, keep func(y float64) bool, col color.Color, shape draw.GlyphDrawer) *plotter.Scatter {
	var xys plotter.XYs
	for i := 0; i < d.Len(); i++ {
		if keep == nil || keep(d.Y[i]) {
			x, y := d.XY(i)
			xys = append(xys, plotter.XY{X: x, Y: y})
		}
	}
	s, _ := plotter.NewScatter(xys) // only fails on NaN, which a Dataset has not
	r, g, b, _ := col.RGBA()
	s.GlyphStyle = draw.GlyphStyle{Color: color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0xb0}, Radius: vg.Points(2.5), Shape: shape}
	return s
}

// addSteps draws, for each iterate k of run (the last if none), the line
// line(x_k) returns, keeping the axes; colours go from light to dark.
func (p *Plot) addSteps(run *gdlib.Trace, iterates []int, line func(w gdlib.Point) (xs, ys []float64)) {
	iterates = stepsOf(run, iterates)
	x0, x1, y0, y1 := p.X.Min, p.X.Max, p.Y.Min, p.Y.Max
	for j, k := range iterates {
		col := stepColor(j, len(iterates))
		sty := draw.LineStyle{Color: col, Width: vg.Points(2)}
		text := fmt.Sprintf("step %d", k)
		xs, ys := line(run.X(k))
		if xs == nil {
			text += " (w = 0: no boundary)"
		} else {
			l := &plotter.Line{XYs: plotter.XYs{{X: xs[0], Y: ys[0]}, {X: xs[1], Y: ys[1]}}, LineStyle: sty}
			p.Add(l)
		}
		p.Key = append(p.Key, LegendEntry{text, &plotter.Line{LineStyle: sty}})
	}
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = x0, x1, y0, y1
}

// stepColor is the colour of line j of n: viridis from its light yellow
// green (0.85) to its dark purple (0), so later steps are darker; a line
// alone is dark.
func stepColor(j, n int) color.Color {
	cm := Viridis()
	cm.SetMin(0)
	cm.SetMax(1)
	t := 0.0
	if n > 1 {
		t = 0.85 * (1 - float64(j)/float64(n-1))
	}
	c, _ := cm.At(t)
	return c
}

// boundaryLine returns two points of the line w₀x + w₁y + w₂ = 0 that
// span box (xmin, xmax, ymin, ymax), or nil if w₀ = w₁ = 0. It runs along
// the axis the line is closer to, so a steep line is drawn from bottom
// to top.
func boundaryLine(w gdlib.Point, box [4]float64) (xs, ys []float64) {
	a, b, c := w[0], w[1], w[2]
	switch {
	case a == 0 && b == 0:
		return nil, nil
	case math.Abs(b) >= math.Abs(a):
		xs = []float64{box[0], box[1]}
		return xs, []float64{-(a*xs[0] + c) / b, -(a*xs[1] + c) / b}
	default:
		ys = []float64{box[2], box[3]}
		return []float64{-(b*ys[0] + c) / a, -(b*ys[1] + c) / a}, ys
	}
}

var _ plot.Thumbnailer = (*plotter.Scatter)(nil)
