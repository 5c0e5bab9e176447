package plotting

import (
	"fmt"
	"image/color"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Quantity is something a run records at each iteration, drawn by
// ByIteration in a panel of its own.
type Quantity struct {
	// Name labels the panel's y axis, e.g. "x" or "learning rate".
	Name string
	// Values returns the quantity's values and the iteration number of
	// the first one: 0 for a value at every iterate (iterate 0 is the
	// start), 1 for a value per step (step i leads to iterate i).
	Values func(t *gdlib.Trace) (first int, v []float64)
	// Log draws the y axis on a log scale (values ≤ 0 are left out).
	Log bool
}

// Coord is coordinate k of the iterates: Coord(0) is x by iteration. A k
// outside the run's variables sets ByIteration's Err, naming Coord(k).
func Coord(k int) Quantity {
	return Quantity{Name: coordName(k), Values: func(t *gdlib.Trace) (int, []float64) {
		checkCoord("Coord", k, t)
		return 0, t.Coord(k)
	}}
}

// Partial is ∂f/∂x_k at the iterates; in one variable, f′(x).
func Partial(k int) Quantity {
	return Quantity{Name: "∂f/∂" + coordName(k), Values: func(t *gdlib.Trace) (int, []float64) {
		checkCoord("Partial", k, t)
		return 0, t.GradCoord(k)
	}}
}

// checkCoord panics, naming who(k), unless k is a variable of t;
// ByIteration turns the panic into its Err.
func checkCoord(who string, k int, t *gdlib.Trace) {
	if k < 0 || k >= t.Dim {
		panic(fmt.Sprintf("%s(%d): want 0 … %d, one of the run's %d variables", who, k, t.Dim-1, t.Dim))
	}
}

// The quantities every run records, ready to pass to ByIteration. They are
// values, as image/color's Black is, not settings: build a Quantity of
// your own (or with Coord and Partial) for anything else.
var (
	// Deriv is f′ at the iterates of a run in one variable: the course's
	// "Derivative" panel.
	Deriv = Quantity{Name: "f′(x)", Values: func(t *gdlib.Trace) (int, []float64) { return 0, t.GradCoord(0) }}
	// LR is the learning rate of each step, drawn at the iterate the
	// step leads to (1 … Steps): the course's "Learning rate" panel.
	LR = Quantity{Name: "learning rate", Values: func(t *gdlib.Trace) (int, []float64) { return 1, t.LR }}
	// Loss is f at the iterates.
	Loss = Quantity{Name: "f(x)", Values: func(t *gdlib.Trace) (int, []float64) { return 0, t.F }}
	// GradNorm is the gradient's length ‖∇f‖₂ at the iterates, on a log
	// scale: vanishing and exploding gradients show as straight lines.
	// (The label avoids ∇, which the plot's font lacks.)
	GradNorm = Quantity{Name: "gradient norm", Values: func(t *gdlib.Trace) (int, []float64) { return 0, t.GradNorm }, Log: true}
)

func coordName(k int) string {
	switch k {
	case 0:
		return "x"
	case 1:
		return "y"
	}
	return fmt.Sprintf("x%d", k+1)
}

// MaxDots is the largest number of iterates drawn with a dot each (the
// course's 'o-' style); longer runs are drawn as lines only.
const MaxDots = 150

// ByIteration draws each quantity by iteration in a panel of its own, side
// by side, every run in its colour with one legend shared by the panels
// (when there is more than one run): the course's 2-panel figure is
// ByIteration(runs, Coord(0), Deriv), its 3-panel one
// ByIteration(runs, Coord(0), Deriv, LR). Iterations are numbered from 0,
// the start. NaN and ±Inf values are left out, so a diverging run stops
// where it diverged.
//
// Each panel is a *Plot in the returned Panels' Cells, to customise.
func ByIteration(runs []*gdlib.Trace, qs ...Quantity) *Panels {
	if len(qs) == 0 || len(runs) == 0 {
		p := NewPlot("")
		p.fail(fmt.Errorf("plotting.ByIteration: %d runs and %d quantities: give at least one run and one quantity, e.g. ByIteration(runs, Coord(0))", len(runs), len(qs)))
		return Row(p)
	}
	ps := &Panels{Rows: 1, Cols: len(qs)}
	var errs []error
	for i, t := range runs {
		if t == nil {
			errs = append(errs, fmt.Errorf("plotting.ByIteration: run %d is nil", i))
		}
	}
	for _, q := range qs {
		p := NewPlot("")
		p.X.Label.Text = "iteration"
		p.Y.Label.Text = q.Name
		if q.Log {
			p.Y.Scale = plot.LogScale{}
			p.Y.Tick.Marker = LogTicks{}
		}
		for _, err := range errs {
			p.fail(err)
		}
		for _, t := range runs {
			if t == nil {
				continue
			}
			col := p.nextColor()
			if q.Values == nil {
				p.fail(fmt.Errorf("plotting.ByIteration: quantity %q has no Values (it is nil)", q.Name))
				break
			}
			first, vs, err := quantityValues(q, t)
			if err != nil {
				p.fail(err)
				break
			}
			addSeries(p, first, vs, col, q.Log, t.Len() <= MaxDots)
		}
		p.X.Min = 0
		if !q.Log {
			addMargin(&p.Y, 0.05)
		}
		ps.Cells = append(ps.Cells, p)
	}
	if len(runs) > 1 {
		for i, t := range runs {
			if t == nil {
				continue
			}
			ps.Legend = append(ps.Legend, LegendEntry{Text: runName(t), Thumb: seriesThumb(RunColor(i), true)})
		}
	}
	return ps
}

// quantityValues calls q.Values(t), turning a panic (Coord(5) of a run in
// two variables) into an error naming the quantity and the run, and
// checks that the first iteration is not negative.
func quantityValues(q Quantity, t *gdlib.Trace) (first int, vs []float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("plotting.ByIteration: quantity %q of run %s (%d variables) failed: %v", q.Name, runName(t), t.Dim, r)
		}
	}()
	first, vs = q.Values(t)
	if first < 0 {
		return 0, nil, fmt.Errorf("plotting.ByIteration: quantity %q returned first = %d: want the iteration of its first value, 0 or more", q.Name, first)
	}
	return first, vs, nil
}

func seriesThumb(col color.Color, dots bool) lineThumb {
	t := lineThumb{LineStyle: draw.LineStyle{Color: col, Width: vg.Points(1.25)}}
	if dots {
		t.Glyph = draw.GlyphStyle{Color: col, Radius: vg.Points(2), Shape: draw.CircleGlyph{}}
	}
	return t
}

// addSeries draws vs at iterations first, first+1, … as a line (with dots
// if dots), broken at values that are not finite (or ≤ 0 on a log axis).
func addSeries(p *Plot, first int, vs []float64, col color.Color, log, dots bool) {
	th := seriesThumb(col, dots)
	if dots && len(vs) > 40 {
		th.Glyph.Radius = vg.Points(1.4) // 40+ dots of 2 pt would merge
	}
	var xs, ys []float64
	flush := func() {
		if len(xs) > 0 {
			p.Add(&path{xs: xs, ys: ys, LineStyle: th.LineStyle, Dots: th.Glyph})
		}
		xs, ys = nil, nil
	}
	for i, v := range vs {
		if !isFinite(v) || (log && v <= 0) {
			flush()
			continue
		}
		xs = append(xs, float64(first+i))
		ys = append(ys, v)
	}
	flush()
}
