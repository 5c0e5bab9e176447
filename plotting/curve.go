package plotting

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// CurvePlot is a function of one variable drawn on its domain: f, its
// derivative f′, a dashed line at zero, and the runs added with With. It
// embeds *Plot: set Title, X.Label, Y.Min… as on any gonum plot.
type CurvePlot struct {
	*Plot
	// F is the function drawn.
	F *gdlib.Function
}

// Curve draws f, a function of one variable, on f.Domain: f and f′ in the
// first two run colours, named in the legend "f(x)" and "f′(x)", and a
// dashed grey line at y = 0 — the course's first figure
// (ax.plot(x, fx(x), x, deriv(x)); ax.axhline(y=0, linestyle='--',
// color='gray')), its axes labelled "x" and "f(x)" (ax.set(xlabel='x',
// ylabel='f(x)')). If f.ZRange is set, it fixes the y axis. The title is
// f's name.
//
// If f is nil, not of one variable, or has no Domain, the figure's Err
// says so and SVG, Save and Show report it.
func Curve(f *gdlib.Function) *CurvePlot {
	name := "<nil>"
	if f != nil {
		name = f.Name
	}
	cp := &CurvePlot{Plot: NewPlot(name), F: f}
	cp.X.Label.Text = "x"
	cp.Y.Label.Text = "f(x)"
	switch {
	case f == nil:
		cp.fail(fmt.Errorf("plotting.Curve: the function is nil"))
		return cp
	case f.Dim != 1 || len(f.Domain) != 1:
		cp.fail(fmt.Errorf("plotting.Curve(%s): want a function of one variable with a Domain; it has Dim = %d and %d domain ranges", f.Name, f.Dim, len(f.Domain)))
		return cp
	}
	r := f.Domain[0]
	if err := checkRange(f.Name+": Domain[0]", r); err != nil {
		cp.fail(fmt.Errorf("plotting.Curve: %w", err))
		return cp
	}
	if f.ZRange != (gdlib.Range{}) {
		if err := checkRange(f.Name+": ZRange", f.ZRange); err != nil {
			cp.fail(fmt.Errorf("plotting.Curve: %w", err))
			return cp
		}
	}
	cp.Add(hLine{Y: 0, LineStyle: dashedGray})
	cp.addCurve("f(x)", "the function "+f.Name, func(x float64) float64 { return f.Func([]float64{x}) }, r.Min, r.Max)
	cp.addCurve("f′(x)", "the derivative of "+f.Name, f.Deriv, r.Min, r.Max)
	cp.X.Min, cp.X.Max = r.Min, r.Max
	if f.ZRange != (gdlib.Range{}) {
		cp.Y.Min, cp.Y.Max = f.ZRange.Min, f.ZRange.Max
	} else {
		addMargin(&cp.Y, 0.05)
	}
	return cp
}

// AddCurve draws g on [lo, hi] in the next run colour, sampled at
// CurveSamples points and broken where g is NaN or ±Inf, with a legend
// entry name (none if name is empty). A nil g, a range that is not finite
// and increasing, a g that panics or is NaN at every sample set Err.
func (p *Plot) AddCurve(name string, g func(x float64) float64, lo, hi float64) {
	p.addCurve(name, fmt.Sprintf("AddCurve(%q): g", name), g, lo, hi)
}

// addCurve is AddCurve, naming g as who in errors.
func (p *Plot) addCurve(name, who string, g func(x float64) float64, lo, hi float64) {
	if g == nil {
		p.fail(fmt.Errorf("plotting: %s is nil", who))
		return
	}
	if err := checkRange(fmt.Sprintf("AddCurve(%q): [lo, hi]", name), gdlib.Range{Min: lo, Max: hi}); err != nil {
		p.fail(fmt.Errorf("plotting: %w", err))
		return
	}
	parts, err := sampleCurve(who, g, lo, hi, CurveSamples)
	if err != nil {
		p.fail(fmt.Errorf("plotting: %w", err))
		return
	}
	sty := draw.LineStyle{Color: p.nextColor(), Width: vg.Points(1.5)}
	for _, part := range parts {
		pa := &path{xs: make([]float64, len(part)), ys: make([]float64, len(part)), LineStyle: sty}
		for i, q := range part {
			pa.xs[i], pa.ys[i] = q.X, q.Y
		}
		p.Add(pa)
	}
	if name != "" {
		p.Key = append(p.Key, LegendEntry{name, lineThumb{LineStyle: sty}})
	}
}

// With draws each run on the curve (the axes stay on f's domain and
// range; a run that leaves them is cut at the frame): its iterates as dots on f (the trace's
// XY is (xᵢ, f(xᵢ))) joined by thin lines, its steps as arrows along the
// x axis (at y = 0), a square at the start and a filled circle at the end,
// in the run's colour, named in the legend by its optimizer. A run that
// diverged is drawn up to its last finite iterate and marked there with a
// red cross and "diverged at iterate k".
//
// A run that is nil or not of one variable sets Err.
func (cp *CurvePlot) With(runs ...*gdlib.Trace) *CurvePlot {
	for i, t := range runs {
		if t == nil {
			cp.fail(fmt.Errorf("plotting: CurvePlot.With: run %d is nil", i))
			continue
		}
		if t.Dim != 1 {
			cp.fail(fmt.Errorf("plotting: CurvePlot.With: run %d (%s) has %d variables, want 1", i, t.Optimizer, t.Dim))
			continue
		}
		cp.addRun1(t)
	}
	return cp
}

func (cp *CurvePlot) addRun1(t *gdlib.Trace) {
	col := cp.nextColor()
	n, diverged := goodPrefix(t)
	xs, fs, zeros := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := 0; i < n; i++ {
		xs[i], fs[i] = t.XY(i)
	}
	thin := draw.LineStyle{Color: col, Width: vg.Points(0.75)}
	dot := draw.GlyphStyle{Color: col, Radius: vg.Points(2), Shape: draw.CircleGlyph{}}
	cp.addFixed(&path{xs: xs, ys: fs, LineStyle: thin, Dots: dot})
	cp.addFixed(&path{xs: xs, ys: zeros, LineStyle: thin, Arrows: true, MinArrow: vg.Points(8), MaxArrows: 40,
		Dots: draw.GlyphStyle{Color: col, Radius: vg.Points(1.2), Shape: draw.CircleGlyph{}}})
	start := marker{GlyphStyle: draw.GlyphStyle{Color: col, Radius: vg.Points(4), Shape: draw.BoxGlyph{}}}
	end := marker{GlyphStyle: draw.GlyphStyle{Color: col, Radius: vg.Points(4), Shape: draw.CircleGlyph{}}}
	if n > 0 {
		start.X, start.Y = xs[0], fs[0]
		cp.addFixed(start)
		end.X, end.Y = xs[n-1], fs[n-1]
		if diverged {
			cp.addFixed(divergedMarker(xs[n-1], fs[n-1], n))
		} else {
			cp.addFixed(end)
		}
	}
	cp.Key = append(cp.Key, LegendEntry{runName(t), lineThumb{LineStyle: thin, Glyph: dot}})
}

// goodPrefix returns how many leading iterates of t to draw: up to its
// first non-finite one, and, for a run that diverged (gdlib's Diverged:
// non-finite, beyond the bound, out of the domain), up to the iterate
// where it did (t.Where), so a point at 1e13 never stretches the axes.
// diverged reports whether the run is cut (and marked) there.
func goodPrefix(t *gdlib.Trace) (n int, diverged bool) {
	n = t.Finite()
	if t.Status == gdlib.Diverged && t.Where >= 0 && t.Where < n {
		n = t.Where
	}
	return n, n < t.Len()
}

// divergedMarker marks the last finite iterate of a run whose iterate
// next (its first non-finite one) is NaN or ±Inf.
func divergedMarker(x, y float64, next int) marker {
	return marker{
		X: x, Y: y,
		GlyphStyle: draw.GlyphStyle{Color: divergedColor, Radius: vg.Points(6), Shape: boldCross{}},
		Label:      fmt.Sprintf("diverged at iterate %d", next),
	}
}

// divergedColor marks divergence: a strong red (#d62728, tab10's red).
var divergedColor = rgb(0xd62728)

// runName is the legend entry of a run: its optimizer, e.g. "GD(0.01)".
func runName(t *gdlib.Trace) string {
	if t.Optimizer != "" {
		return t.Optimizer
	}
	return "run"
}
