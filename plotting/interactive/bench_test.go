package interactive

import (
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// saunaGrid samples the sauna function of the course's lab on its domain.
type saunaGrid struct {
	f *gdlib.Function
	n int
}

func (g saunaGrid) Dims() (int, int)   { return g.n, g.n }
func (g saunaGrid) X(c int) float64    { return 5 * float64(c) / float64(g.n-1) }
func (g saunaGrid) Y(r int) float64    { return 5 * float64(r) / float64(g.n-1) }
func (g saunaGrid) Z(c, r int) float64 { return g.f.At(g.X(c), g.Y(r)) }

// contourWithRun is the browser fixture's slider figure: 18 contour levels
// (the lab's count) of the sauna function on a 60 × 60 grid, and a run.
func contourWithRun(lr float64) plotting.Figure {
	f := gdlib.Sauna()
	run := gdlib.MustRun(f, gdlib.Pt(0.5, 0.6), gdlib.GD(lr), &gdlib.Settings{Steps: 20})
	p := plot.New()
	levels := make([]float64, 18)
	for i := range levels {
		levels[i] = 74 + 11*float64(i+1)/19
	}
	p.Add(plotter.NewContour(saunaGrid{f, 60}, levels, moreland.SmoothBlueRed().Palette(18)))
	pts := make(plotter.XYs, run.Len())
	for i := range pts {
		pts[i].X, pts[i].Y = run.XY(i)
	}
	l, s, _ := plotter.NewLinePoints(pts)
	p.Add(l, s)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 5, 0, 5
	return GonumPlot(p, 5*vg.Inch, 5*vg.Inch)
}

// BenchmarkSliderFrame is the kernel's share of a slider move on the 2-D
// contour with a run: build the figure, draw it, wrap it for the page.
// BenchmarkSliderFrameSVGOnly, the reference, is plotting.SVG of the same
// figure: the difference is this package's overhead (frames, escaping).
func BenchmarkSliderFrame(b *testing.B) {
	s := newSession(Config{})
	a := newSliderApp(func(v Values) plotting.Figure { return contourWithRun(v["lr"]) },
		[]Slider{{Name: "lr", Min: 0.01, Max: 1, Value: 0.25, Log: true}})
	var n int
	for b.Loop() {
		fig, notes, state := a.figure()
		n = len(s.figureHTML(fig, notes, state))
	}
	b.ReportMetric(float64(n), "bytes")
}

func BenchmarkSliderFrameSVGOnly(b *testing.B) {
	var n int
	for b.Loop() {
		svg, err := plotting.SVG(contourWithRun(0.25))
		if err != nil {
			b.Fatal(err)
		}
		n = len(svg)
	}
	b.ReportMetric(float64(n), "bytes")
}

// labFrame is a frame of lesson 9's live lab: the sauna's ContourSurface
// (18 levels, the lab's) with the run from (0.5, 0.6), α 0.25, 20 steps.
func labFrame() plotting.Figure {
	f := gdlib.Sauna()
	return plotting.ContourSurface(f, 18, gdlib.MustRun(f, gdlib.Pt(0.5, 0.6), gdlib.GD(0.25), &gdlib.Settings{Steps: 20}))
}

// BenchmarkLabFrame is one frame of lesson 9's animation as the kernel
// sends it: the lab figure with its notes, its frames (PlotPanels, twice:
// for the page and to place the notes) and the SVG.
// BenchmarkLabFrameSVGOnly, the reference, is plotting.SVG of the same
// figure: the difference is what clicking and notes cost.
func BenchmarkLabFrame(b *testing.B) {
	ann := annotation{lines: []string{"iteration 18 of at most 20", "(x₀, y₀) = (0.5, 0.6) → (x, y) = (4.0001, 4.0001)", "f = 73.6222, ∂f/∂x = 0.000246, ∂f/∂y = 0.000227", "Converged (at iteration 18)"}}
	var n int
	for b.Loop() {
		r, err := render(labFrame(), ann)
		if err != nil {
			b.Fatal(err)
		}
		n = len(r.SVG)
	}
	b.ReportMetric(float64(n), "bytes")
}

func BenchmarkLabFrameSVGOnly(b *testing.B) {
	var n int
	for b.Loop() {
		svg, err := plotting.SVG(labFrame())
		if err != nil {
			b.Fatal(err)
		}
		n = len(svg)
	}
	b.ReportMetric(float64(n), "bytes")
}
