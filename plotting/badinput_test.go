package plotting

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/internal/badinput"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

type badCase = badinput.Case

// badCaseTimeout bounds each case (and each fuzzed input). The slowest
// case draws a default 201 × 201 heat map or a 50 × 50 surface to SVG,
// well under a second on one core (BenchmarkBundle… measures whole
// bundles); 20 s leaves room for two shared cores and the race detector,
// while a loop that spins on a NaN, or an allocation of gigabytes, fails
// the case instead of hanging the test binary until go test's 10 minutes.
const badCaseTimeout = 20 * time.Second

// badLimits are the limits of plotting's and interactive's tables. Drawing
// legitimately allocates megabytes, so there is no allocation bound here:
// the sizes are refused by the caps DESIGN.md lists, which the cases hit.
var badLimits = badinput.Limits{Timeout: badCaseTimeout}

// figErr is the error a learner sees for fig: its Err if it has one (then
// fig must still draw, as that message, into a well-formed SVG), else the
// error of SVG.
func figErr(fig Figure) error {
	if e, ok := fig.(interface{ Err() error }); ok {
		if err := e.Err(); err != nil {
			svg, serr := SVG(fig)
			if serr != nil {
				return fmt.Errorf("the figure with error %q cannot draw it: %v", err, serr)
			}
			if xerr := wellFormed(svg); xerr != nil {
				return fmt.Errorf("the figure with error %q draws bad SVG: %v", err, xerr)
			}
			return err
		}
	}
	svg, err := SVG(fig)
	if err != nil {
		return err
	}
	if xerr := wellFormed(svg); xerr != nil {
		return fmt.Errorf("no error, and bad SVG: %v", xerr)
	}
	return nil
}

// plane is a function of two variables on dom: f = x² + y², or g if not
// nil.
func plane(dom gdlib.Box, g func(x, y float64) float64) *gdlib.Function {
	if g == nil {
		g = func(x, y float64) float64 { return x*x + y*y }
	}
	f := gdlib.NewFunction("bowl", 2,
		func(x []float64) float64 { return g(x[0], x[1]) },
		func(d, x []float64) { d[0], d[1] = 2*x[0], 2*x[1] }, nil)
	f.Domain = dom
	return f
}

// line is a function of one variable on dom: f = x², or g if not nil.
func line(dom gdlib.Box, g func(x float64) float64) *gdlib.Function {
	if g == nil {
		g = func(x float64) float64 { return x * x }
	}
	f := gdlib.NewFunction("parabola", 1,
		func(x []float64) float64 { return g(x[0]) },
		func(d, x []float64) { d[0] = 2 * x[0] }, nil)
	f.Domain = dom
	return f
}

func box(r ...float64) gdlib.Box {
	var b gdlib.Box
	for i := 0; i+1 < len(r); i += 2 {
		b = append(b, gdlib.Range{Min: r[i], Max: r[i+1]})
	}
	return b
}

var (
	nan  = math.NaN()
	inf  = math.Inf(1)
	ninf = math.Inf(-1)
)

// hugeGrid claims a grid of 10⁹ × 10⁹ cells, which no loop can visit.
type hugeGrid struct{}

func (hugeGrid) Dims() (c, r int)   { return 1e9, 1e9 }
func (hugeGrid) Z(c, r int) float64 { return 0 }
func (hugeGrid) X(c int) float64    { return float64(c) }
func (hugeGrid) Y(r int) float64    { return float64(r) }

// panicky is a user's function that panics.
func panicky(x, y float64) float64 { panic("the learner's bug") }

func plottingBadCases() []badCase {
	ok2 := box(-2, 2, -2, 2)
	ok1 := box(-2, 2)
	run2 := func() *gdlib.Trace { return mustRun(plane(ok2, nil), gdlib.Pt(1, 1), gdlib.GD(0.1), 5) }
	run1 := func() *gdlib.Trace { return mustRun(line(ok1, nil), gdlib.Pt(1), gdlib.GD(0.1), 5) }
	nilTrace := (*gdlib.Trace)(nil)
	nilGrid := (*gdlib.Grid)(nil)
	nilPlot := (*Plot)(nil)
	grid := func(xs, ys, z []float64) *gdlib.Grid { return &gdlib.Grid{Xs: xs, Ys: ys, Values: z} }
	fe := func(f func() Figure) func() error { return func() error { return figErr(f()) } }

	var cases []badCase
	add := func(name string, f func() Figure, want ...string) {
		cases = append(cases, badCase{Name: name, Run: fe(f), Want: want})
	}
	addErr := func(name string, f func() error, want ...string) {
		cases = append(cases, badCase{Name: name, Run: f, Want: want})
	}
	addPanic := func(name string, f func(), want ...string) {
		cases = append(cases, badCase{Name: name, Run: func() error { f(); return nil }, Want: want, Panics: true})
	}

	// Heat maps and contours of a function: its domain, values, levels.
	for _, d := range []struct {
		name string
		dom  gdlib.Box
		want string
	}{
		{"NaN x", box(nan, 1, -1, 1), "NaN"},
		{"+Inf x", box(-1, inf, -1, 1), "+Inf"},
		{"-Inf y", box(-1, 1, ninf, 1), "-Inf"},
		{"reversed", box(1, -1, -1, 1), "[1, -1]"},
		{"empty", box(1, 1, -1, 1), "[1, 1]"},
		{"overflowing width", box(-1e308, 1e308, -1, 1), "1e+308"},
	} {
		add("Heatmap domain "+d.name, func() Figure { return Heatmap(plane(d.dom, nil)) }, "Domain", d.want)
		add("Contour domain "+d.name, func() Figure { return Contour(plane(d.dom, nil), 10) }, "Domain", d.want)
		add("Surface domain "+d.name, func() Figure { return Surface(plane(d.dom, nil)) }, "Domain", d.want)
		add("Animate domain "+d.name, func() Figure {
			return Animate(plane(d.dom, nil), mustRun(plane(ok2, nil), gdlib.Pt(0.5, 0.5), gdlib.GD(0.1), 3))
		}, "Domain", d.want)
		if strings.HasSuffix(d.name, " y") {
			continue // a curve has no y domain
		}
		cd := gdlib.Box{d.dom[0]}
		add("Curve domain "+d.name, func() Figure { return Curve(line(cd, nil)) }, "Domain", d.want)
	}
	add("Heatmap nil", func() Figure { return Heatmap(nil) }, "nil")
	add("Heatmap of one variable", func() Figure { return Heatmap(line(ok1, nil)) }, "Dim = 1")
	add("Heatmap ZRange NaN", func() Figure {
		f := plane(ok2, nil)
		f.ZRange = gdlib.Range{Min: nan, Max: 1}
		return Heatmap(f)
	}, "NaN")
	add("Heatmap ZRange +Inf", func() Figure {
		f := plane(ok2, nil)
		f.ZRange = gdlib.Range{Min: 0, Max: inf}
		return Heatmap(f)
	}, "+Inf")
	add("Heatmap f panics", func() Figure { return Heatmap(plane(ok2, panicky)) }, "the learner's bug")
	add("Contour f panics", func() Figure { return Contour(plane(ok2, panicky), 10) }, "the learner's bug")
	add("Surface f panics", func() Figure { return Surface(plane(ok2, panicky)) }, "the learner's bug")
	add("Curve f panics", func() Figure {
		return Curve(line(ok1, func(float64) float64 { panic("the learner's bug") }))
	}, "the learner's bug")
	add("Heatmap f NaN everywhere", func() Figure {
		return Heatmap(plane(ok2, func(x, y float64) float64 { return nan }))
	}, "bowl", "NaN")
	add("Contour f +Inf everywhere", func() Figure {
		return Contour(plane(ok2, func(x, y float64) float64 { return inf }), 10)
	}, "bowl", "±Inf")
	add("Curve f NaN everywhere", func() Figure {
		return Curve(line(ok1, func(float64) float64 { return nan }))
	}, "parabola", "NaN")
	for _, l := range []struct {
		lo, hi float64
		want   string
	}{{nan, 1, "vmin = NaN"}, {0, inf, "vmax = +Inf"}, {1, 0, "vmin = 1, vmax = 0"}, {2, 2, "vmin = 2, vmax = 2"}, {-1e308, 1e308, "vmax = 1e+308"}} {
		add(fmt.Sprintf("Limits(%v, %v)", l.lo, l.hi), func() Figure { return Heatmap(plane(ok2, nil)).Limits(l.lo, l.hi) }, l.want)
	}
	add("Limits on a contour map", func() Figure { return Contour(plane(ok2, nil), 5).Limits(0, 1) }, "Limits(0, 1)")
	for _, n := range []int{0, -1, 1e9, math.MaxInt} {
		add(fmt.Sprintf("Contour n = %d", n), func() Figure { return Contour(plane(ok2, nil), n) }, "n = "+fmt.Sprint(n))
		add(fmt.Sprintf("WithContours(%d)", n), func() Figure { return Heatmap(plane(ok2, nil)).WithContours(n) }, "n = "+fmt.Sprint(n))
		add(fmt.Sprintf("WithField(%d)", n), func() Figure { return Heatmap(plane(ok2, nil)).WithField(n) }, "WithField", fmt.Sprint(n))
	}
	add("Colors(nil)", func() Figure { return Heatmap(plane(ok2, nil)).Colors(nil) }, "Colors", "nil")
	add("Levels(Spacing(99))", func() Figure { return Contour(plane(ok2, nil), 5).Levels(Spacing(99)) }, "Levels", "99")
	add("Map.With(nil run)", func() Figure { return Contour(plane(ok2, nil), 5).With(nilTrace) }, "nil")
	add("Map.With(run of one variable)", func() Figure { return Contour(plane(ok2, nil), 5).With(run1()) }, "1 variable")
	add("Map.WithMany(nil run)", func() Figure { return Contour(plane(ok2, nil), 5).WithMany("starts", run2(), nilTrace) }, "nil")
	add("ContourSurface nil", func() Figure { return ContourSurface(nil, 10) }, "nil")
	add("ContourSurface levels -1", func() Figure { return ContourSurface(plane(ok2, nil), -1) }, "-1")
	add("EachRun cols 10⁹", func() Figure { return EachRun(plane(ok2, nil), 5, 1e9, run2()) }, "1 × 1000000000")
	add("EachRun no runs", func() Figure { return EachRun(plane(ok2, nil), 5, 2) }, "no runs")
	add("EachRun nil run", func() Figure { return EachRun(plane(ok2, nil), 5, 2, nilTrace) }, "nil")
	add("EachRun n = -3", func() Figure { return EachRun(plane(ok2, nil), -3, 2, run2()) }, "-3")

	// Data grids.
	add("HeatmapGrid(nil)", func() Figure { return HeatmapGrid(nil) }, "nil")
	add("HeatmapGrid(typed nil *gdlib.Grid)", func() Figure { return HeatmapGrid(nilGrid) }, "nil")
	add("HeatmapGrid short Values", func() Figure { return HeatmapGrid(grid([]float64{1, 2, 3}, []float64{1, 2}, []float64{1, 2, 3})) }, "Values", "3", "6")
	add("HeatmapGrid long Values", func() Figure { return HeatmapGrid(grid([]float64{1, 2}, []float64{1, 2}, make([]float64, 9))) }, "Values", "9", "4")
	add("HeatmapGrid empty", func() Figure { return HeatmapGrid(grid(nil, []float64{1}, nil)) }, "0 × 1")
	add("HeatmapGrid NaN X", func() Figure { return HeatmapGrid(grid([]float64{1, nan}, []float64{1, 2}, make([]float64, 4))) }, "X", "NaN")
	add("HeatmapGrid +Inf Y", func() Figure { return HeatmapGrid(grid([]float64{1, 2}, []float64{1, inf}, make([]float64, 4))) }, "Y", "+Inf")
	add("HeatmapGrid overflowing X", func() Figure {
		return HeatmapGrid(grid([]float64{-1e308, 1e308}, []float64{1, 2}, make([]float64, 4)))
	}, "X", "1e+308")
	add("HeatmapGrid 10⁹ × 10⁹", func() Figure { return HeatmapGrid(hugeGrid{}) }, "1000000000 × 1000000000")
	add("HeatmapGrid all NaN", func() Figure {
		return HeatmapGrid(grid([]float64{1, 2}, []float64{1, 2}, []float64{nan, nan, nan, nan}))
	}, "NaN")
	add("HeatmapGrid Limits(-Inf, 0)", func() Figure {
		return HeatmapGrid(grid([]float64{1, 2}, []float64{1, 2}, []float64{1, 2, 3, 4})).Limits(ninf, 0)
	}, "-Inf")
	add("HeatmapGrid duplicate Y", func() Figure { return HeatmapGrid(grid([]float64{1, 2}, []float64{0, 0, 5e-324}, make([]float64, 6))) }, "Y(0) = 0 and Y(1) = 0")
	add("HeatmapGrid subnormal Y", func() Figure {
		return HeatmapGrid(grid([]float64{1, 2}, []float64{0, 1.5e-323, 3e-323}, make([]float64, 6)))
	}, "Y(0) = 0 and Y(1) = 1.5e-323")
	add("HeatmapGrid X not monotonic", func() Figure { return HeatmapGrid(grid([]float64{1, 3, 2}, []float64{1, 2}, make([]float64, 6))) }, "X(2) = 2 after 3")
	add("Surface on [1e17, 1e17 + 64]: samples not distinct", func() Figure { return Surface(plane(box(1e17, 1e17+64, -1, 1), nil)) }, "Domain[0]", "too narrow")
	add("Animate on [1e17, 1e17 + 64]: samples not distinct", func() Figure {
		a := Animate(plane(ok2, nil), run2())
		a.Domain = box(1e17, 1e17+64, -2, 2)
		return a
	}, "Domain[0]", "too narrow")
	cases = append(cases, badCase{Name: "Animate of x² + y²: levels through grid points are drawn", Quiet: true, Run: func() error {
		svg, err := Animate(plane(ok2, nil), run2()).SVG()
		if err != nil {
			return err
		}
		return wellFormed(svg)
	}})
	add("Contour on [1e17, 1e17 + 64]: samples not distinct", func() Figure { return Contour(plane(box(1e17, 1e17+64, -1, 1), nil), 5) }, "Domain[0]", "too narrow")
	cases = append(cases, badCase{Name: "Contour on axes ±1e300: lines not drawn, says so", Quiet: true, Run: func() error {
		m := Contour(plane(ok2, nil), 5)
		m.X.Min, m.X.Max = -1e300, 1e300
		svg, err := SVG(m)
		if err != nil {
			return err
		}
		if !strings.Contains(string(svg), "contour lines not drawn") {
			return errors.New("the figure does not say why it has no contour lines")
		}
		return wellFormed(svg)
	}})
	add("BasinMap(nil)", func() Figure { return BasinMap(nil) }, "nil")
	add("BasinMap(typed nil)", func() Figure { return BasinMap(nilGrid) }, "nil")
	add("BasinMap short Values", func() Figure { return BasinMap(grid([]float64{1, 2}, []float64{1, 2}, []float64{0})) }, "Values", "1", "4")
	add("BasinMap 10⁹ × 10⁹", func() Figure { return BasinMap(hugeGrid{}) }, "1000000000 × 1000000000")
	add("BasinMap of values, not basins", func() Figure {
		return BasinMap(grid([]float64{1, 2}, []float64{1, 2}, []float64{0, 0.37, 1, 1}))
	}, "Z(0, 1) = 0.37")
	add("BasinMap of +Inf", func() Figure {
		return BasinMap(grid([]float64{1, 2}, []float64{1, 2}, []float64{0, inf, 1, 1}))
	}, "Z(0, 1) = +Inf")
	add("BasinMap of a minimum index 10⁹", func() Figure {
		return BasinMap(grid([]float64{1, 2}, []float64{1, 2}, []float64{0, 1e9, 1, 1}))
	}, "Z(0, 1) = 1e+09")
	add("BasinMap minimum NaN", func() Figure {
		return BasinMap(grid([]float64{1, 2}, []float64{1, 2}, []float64{0, 0, 1, 1}), gdlib.Pt(nan, 0))
	}, "minima", "NaN")

	// Curves, lines, plots.
	add("Curve(nil)", func() Figure { return Curve(nil) }, "nil")
	add("Curve of two variables", func() Figure { return Curve(plane(ok2, nil)) }, "2")
	add("Curve ZRange -Inf", func() Figure {
		f := line(ok1, nil)
		f.ZRange = gdlib.Range{Min: ninf, Max: 1}
		return Curve(f)
	}, "ZRange", "-Inf")
	add("Curve.With(nil)", func() Figure { return Curve(line(ok1, nil)).With(nilTrace) }, "nil")
	add("Curve.With(run of two variables)", func() Figure { return Curve(line(ok1, nil)).With(run2()) }, "2")
	addCurve := func(name string, g func(float64) float64, lo, hi float64, want ...string) {
		add("AddCurve "+name, func() Figure {
			p := NewPlot("t")
			p.AddCurve("g", g, lo, hi)
			return p
		}, want...)
	}
	sq := func(x float64) float64 { return x * x }
	addCurve("nil g", nil, 0, 1, "nil")
	addCurve("lo NaN", sq, nan, 1, "NaN")
	addCurve("hi +Inf", sq, 0, inf, "+Inf")
	addCurve("lo > hi", sq, 1, 0, "[1, 0]")
	addCurve("overflowing width", sq, -1e308, 1e308, "1e+308")
	addCurve("g panics", func(float64) float64 { panic("the learner's bug") }, 0, 1, "the learner's bug")
	addCurve("g NaN everywhere", func(float64) float64 { return nan }, 0, 1, "NaN")
	add("AddXY(nil)", func() Figure { p := NewPlot("t"); p.AddXY("a", nil); return p }, "nil")
	add("AddXY(typed nil trace)", func() Figure { p := NewPlot("t"); p.AddXY("a", nilTrace); return p }, "nil")
	add("Lines with a nil data set", func() Figure { return Lines("t", []plotter.XYer{nil}) }, "nil")
	add("Lines with a typed nil data set", func() Figure { return Lines("t", []plotter.XYer{nilTrace}) }, "nil")
	add("Lines more names than data", func() Figure { return Lines("t", []plotter.XYer{plotter.XYs{{X: 0, Y: 1}, {X: 1, Y: 2}}}, "a", "b") }, "names")
	add("LogLines nothing positive", func() Figure {
		return LogLines("t", []plotter.XYer{plotter.XYs{{X: 0, Y: -1}, {X: 1, Y: 0}}})
	}, "positive")
	for _, s := range []struct {
		name string
		w, h vg.Length
		want string
	}{
		{"width NaN", vg.Length(nan), 100, "NaN"},
		{"width +Inf", vg.Length(inf), 100, "+Inf"},
		{"width negative", -5, 100, "-5"},
		{"height -1", 100, -1, "× -1"},
		{"width 10⁶ pt", 1e6, 100, "1e+06"},
		{"both 10⁵ pt", 1e5, 1e5, "100000"},
	} {
		add("Plot "+s.name, func() Figure { p := NewPlot("t"); p.Width, p.Height = s.w, s.h; return p }, "size", s.want)
		add("Panels "+s.name, func() Figure { p := Row(NewPlot("a")); p.Width, p.Height = s.w, s.h; return p }, "size", s.want)
		add("Surface "+s.name, func() Figure { sf := Surface(plane(ok2, nil)); sf.Width, sf.Height = s.w, s.h; return sf }, "size", s.want)
		add("Animation "+s.name, func() Figure {
			a := Animate(line(ok1, nil), run1())
			a.Width, a.Height = s.w, s.h
			return a
		}, "size", s.want)
		addErr("PNG of a Plot "+s.name, func() error {
			p := NewPlot("t")
			p.Width, p.Height = s.w, s.h
			_, err := PNG(p)
			return err
		}, "size", s.want)
	}
	add("Plot X.Min NaN", func() Figure { p := NewPlot("t"); p.X.Min, p.X.Max = nan, 1; return p }, "X", "NaN")
	add("Plot Y range overflowing", func() Figure { p := NewPlot("t"); p.Y.Min, p.Y.Max = -1e308, 1e308; return p }, "Y", "1e+308")

	// Panels.
	add("Grid(0, 3)", func() Figure { return Grid(0, 3) }, "0 × 3")
	add("Grid(-1, -1)", func() Figure { return Grid(-1, -1) }, "-1 × -1")
	add("Grid(10¹⁰, 10¹⁰) overflows rows × cols", func() Figure { return Grid(1e10, 1e10, NewPlot("a")) }, "10000000000 × 10000000000")
	add("Grid(1, 3) of three 30 in figures", func() Figure {
		big := func() Figure { p := NewPlot("a"); p.Width = 30 * vg.Inch; return p }
		p := Grid(1, 3, big(), big(), big())
		p.Width = 90 * vg.Inch
		return p
	}, "6480")
	add("Grid(1, 1) with two figures", func() Figure { return Grid(1, 1, NewPlot("a"), NewPlot("b")) }, "2 figures", "1 × 1")
	add("Row() of nothing", func() Figure { return Row() }, "1 × 0")
	add("Row(typed nil *Plot)", func() Figure { return Row(NewPlot("a"), nilPlot) }, "panel 2", "nil")
	add("Row(typed nil *Map)", func() Figure { return Row((*Map)(nil)) }, "panel 1", "nil")
	add("Row holding itself", func() Figure { p := Row(NewPlot("a"), nil); p.Cells[1] = p; return p }, "panel 2", "contain itself")
	add("Row holding itself through another", func() Figure {
		outer := Row(NewPlot("a"), nil)
		inner := Row(outer)
		outer.Cells[1] = inner
		return outer
	}, "contain itself")
	add("Panels Gap NaN", func() Figure { p := Row(NewPlot("a"), NewPlot("b")); p.Gap = vg.Length(nan); return p }, "Gap", "NaN")
	add("Panels Gap wider than the figure", func() Figure { p := Row(NewPlot("a"), NewPlot("b")); p.Gap = 1e6; return p }, "Gap", "1e+06")
	add("Panels 1000 × 1000 default size", func() Figure { return Grid(1000, 1000, NewPlot("a")) }, "size")

	// Top-level drawing.
	addErr("SVG(nil)", func() error { _, err := SVG(nil); return err }, "nil")
	addErr("SVG(typed nil *Plot)", func() error { _, err := SVG(nilPlot); return err }, "nil", "*plotting.Plot")
	addErr("PNG(typed nil *Surface3D)", func() error { _, err := PNG((*Surface3D)(nil)); return err }, "nil", "*plotting.Surface3D")
	addErr("PDF(typed nil *Panels)", func() error { _, err := PDF((*Panels)(nil)); return err }, "nil")
	addErr("Bundle(typed nil *Animation)", func() error { _, err := Bundle((*Animation)(nil)); return err }, "nil")
	addErr("Save(nil)", func() error { return Save(nil, filepath.Join(os.TempDir(), "badinput.svg")) }, "nil")
	addErr("Save(typed nil *Map)", func() error { return Save((*Map)(nil), filepath.Join(os.TempDir(), "badinput.svg")) }, "nil")
	addErr("Save .gif", func() error { return Save(NewPlot("a"), "x.gif") }, `".gif"`)
	addErr("ErrorFigure of a 10⁶-character message", func() error {
		_, err := SVG(ErrorFigure(errors.New(strings.Repeat("word ", 200_000))))
		if err != nil {
			return err
		}
		return errors.New("drew: " + strings.Repeat("word ", 200_000)[:20])
	}, "drew")
	addErr("a Plot whose error is 10⁶ characters", func() error {
		p := NewPlot("t")
		p.fail(errors.New(strings.Repeat("word ", 200_000)))
		svg, err := SVG(p)
		if err != nil {
			return err
		}
		return fmt.Errorf("drew %d bytes", len(svg))
	}, "drew")

	// Ticks and levels.
	// A Ticker has no error result: the ticks of a range that is not
	// finite and increasing are none, and never more than maxTicks.
	addTicks := func(name string, f func() []plot.Tick, none bool) {
		cases = append(cases, badCase{Name: name, Quiet: true, Run: func() error {
			ts := f()
			switch {
			case none && len(ts) > 0:
				return fmt.Errorf("%d ticks, want none", len(ts))
			case len(ts) > maxTicks:
				return fmt.Errorf("%d ticks, more than maxTicks = %d", len(ts), maxTicks)
			}
			for _, tk := range ts {
				if !isFinite(tk.Value) {
					return fmt.Errorf("a tick at %v", tk.Value)
				}
			}
			return nil
		}})
	}
	addTicks("NiceTicks{Target: -3}", func() []plot.Tick { return NiceTicks{Target: -3}.Ticks(0, 1) }, false)
	addTicks("NiceTicks{Target: 10⁹}", func() []plot.Tick { return NiceTicks{Target: 1e9}.Ticks(0, 1) }, false)
	addTicks("NiceTicks.Ticks(NaN, 1)", func() []plot.Tick { return NiceTicks{}.Ticks(nan, 1) }, true)
	addTicks("NiceTicks.Ticks(1, 0)", func() []plot.Tick { return NiceTicks{}.Ticks(1, 0) }, true)
	addTicks("NiceTicks.Ticks(-1e308, 1e308)", func() []plot.Tick { return NiceTicks{}.Ticks(-1e308, 1e308) }, false)
	addTicks("NiceTicks.Ticks(0, 5e-324)", func() []plot.Tick { return NiceTicks{}.Ticks(0, 5e-324) }, false)
	addTicks("NiceTicks{Target: 500}.Ticks(1e17, 1e17 + 64): half steps below an ulp", func() []plot.Tick { return NiceTicks{Target: 500}.Ticks(1e17, 1e17+64) }, true)
	addTicks("NiceTicks.Ticks(1e308, +Inf)", func() []plot.Tick { return NiceTicks{}.Ticks(1e308, inf) }, true)
	addTicks("LogTicks.Ticks(0, 1)", func() []plot.Tick { return LogTicks{}.Ticks(0, 1) }, true)
	addTicks("LogTicks.Ticks(5e-324, 1e308)", func() []plot.Tick { return LogTicks{}.Ticks(5e-324, 1e308) }, false)
	addTicks("LogTicks.Ticks(1, +Inf)", func() []plot.Tick { return LogTicks{}.Ticks(1, inf) }, true)
	for _, l := range []struct {
		lo, hi float64
		n      int
		want   []string
	}{
		{nan, 1, 5, []string{"lo", "NaN"}},
		{0, inf, 5, []string{"hi", "+Inf"}},
		{1, 0, 5, []string{"lo", "hi", "1", "0"}},
		{0, 1, -1, []string{"n = -1"}},
		{0, 1, 1e9, []string{"n = 1000000000"}},
		{-1e308, 1e308, 5, []string{"1e+308"}},
	} {
		addPanic(fmt.Sprintf("ContourLevels(%v, %v, %d)", l.lo, l.hi, l.n), func() { ContourLevels(l.lo, l.hi, l.n) }, append([]string{"ContourLevels"}, l.want...)...)
		addPanic(fmt.Sprintf("LogContourLevels(%v, %v, %d)", l.lo, l.hi, l.n), func() { LogContourLevels(l.lo, l.hi, l.n) }, append([]string{"LogContourLevels"}, l.want...)...)
	}

	// Colour scales.
	for _, l := range []struct{ lo, hi float64 }{{nan, 1}, {0, inf}, {1, 0}, {-1e308, 1e308}} {
		addErr(fmt.Sprintf("NewColorScale(%v, %v)", l.lo, l.hi), func() error { _, err := NewColorScale(Viridis(), l.lo, l.hi); return err }, fmt.Sprint(l.lo), fmt.Sprint(l.hi))
	}
	addErr("ColorMapByName(\"rainbow\")", func() error { _, err := ColorMapByName("rainbow"); return err }, `"rainbow"`)
	addPanic("zero ColorScale.Color", func() { (&ColorScale{}).Color(1) }, "ColorScale", "NewColorScale")

	// 3-D surfaces and slices.
	surf := func(edit func(s *Surface3D)) func() Figure {
		return func() Figure { s := Surface(plane(ok2, nil)); edit(s); return s }
	}
	add("Surface(nil)", surf(func(s *Surface3D) { s.F = nil }), "F", "nil")
	add("Surface ZLim NaN", surf(func(s *Surface3D) { s.ZLim = gdlib.Range{Min: nan, Max: 1} }), "ZLim", "NaN")
	add("Surface CLim overflowing", surf(func(s *Surface3D) { s.CLim = gdlib.Range{Min: -1e308, Max: 1e308} }), "CLim", "1e+308")
	add("Surface Resolution -1", surf(func(s *Surface3D) { s.Resolution = -1 }), "Resolution", "-1")
	add("Surface Resolution 10⁶", surf(func(s *Surface3D) { s.Resolution = 1e6 }), "Resolution", "1000000")
	add("Surface View.Elev NaN", surf(func(s *Surface3D) { s.View.Elev = nan }), "View", "NaN")
	add("Surface View.Dist +Inf", surf(func(s *Surface3D) { s.View.Dist = inf }), "View", "+Inf")
	add("Surface View.Aspect NaN", surf(func(s *Surface3D) { s.View.Aspect = [3]float64{1, nan, 1} }), "Aspect", "NaN")
	add("Surface PixelsPerPoint +Inf", surf(func(s *Surface3D) { s.PixelsPerPoint = inf }), "PixelsPerPoint", "+Inf")
	add("Surface raster too large", surf(func(s *Surface3D) { s.Width, s.Height, s.PixelsPerPoint = 2000, 2000, 8 }), "PixelsPerPoint", "8")
	add("Surface nil run", surf(func(s *Surface3D) { s.Runs = []*gdlib.Trace{nilTrace} }), "Runs[0]", "nil")
	add("Slice nil", func() Figure { return Slice(nil, gdlib.Pt(0, 0), 0) }, "nil")
	add("Slice at NaN", func() Figure { return Slice(plane(ok2, nil), gdlib.Pt(nan, 0), 0) }, "At", "NaN")
	add("Slice along 5", func() Figure { return Slice(plane(ok2, nil), gdlib.Pt(0, 0), 5) }, "Along", "5")
	add("Slice at (0, 9) outside the domain", func() Figure {
		s := Slice(plane(ok2, nil), gdlib.Pt(0, 0), 0)
		s.At = gdlib.Pt(0, 9)
		return s
	}, "At", "(0, 9)")
	add("Slice along -1", func() Figure { return Slice(plane(ok2, nil), gdlib.Pt(0, 0), -1) }, "Along", "-1")

	// Animations.
	anim := func(edit func(a *Animation)) func() Figure {
		return func() Figure { a := Animate(line(ok1, nil), run1()); edit(a); return a }
	}
	add("Animate(nil)", func() Figure { return Animate(nil, run1()) }, "F", "nil")
	add("Animate no runs", func() Figure { return Animate(line(ok1, nil)) }, "Runs")
	add("Animate nil run", func() Figure { return Animate(line(ok1, nil), nilTrace) }, "Runs[0]", "nil")
	add("Animation FPS NaN", anim(func(a *Animation) { a.FPS = nan }), "FPS", "NaN")
	add("Animation FPS +Inf", anim(func(a *Animation) { a.FPS = inf }), "FPS", "+Inf")
	add("Animation Hold -Inf", anim(func(a *Animation) { a.Hold = ninf }), "Hold", "-Inf")
	add("Animation Levels 10⁶", func() Figure {
		a := Animate(plane(ok2, nil), run2())
		a.Levels = 1e6
		return a
	}, "Levels", "1000000")
	addErr("FrameSVG(-1)", func() error { _, err := Animate(line(ok1, nil), run1()).FrameSVG(-1); return err }, "-1")
	addErr("FrameSVG(MaxInt)", func() error { _, err := Animate(line(ok1, nil), run1()).FrameSVG(math.MaxInt); return err }, fmt.Sprint(math.MaxInt))
	addErr("GIF of an animation with an error", func() error { return Animate(nil).GIF(io.Discard) }, "F", "nil")
	addErr("GIF 10⁵ pt wide", func() error {
		a := Animate(line(ok1, nil), run1())
		a.Width = 1e5
		return a.GIF(io.Discard)
	}, "size", "100000")

	// Iterations, data, stability.
	add("ByIteration no runs", func() Figure { return ByIteration(nil, Coord(0)) }, "runs")
	add("ByIteration nil run", func() Figure { return ByIteration([]*gdlib.Trace{nilTrace}, Coord(0)) }, "nil")
	add("ByIteration no quantity", func() Figure { return ByIteration([]*gdlib.Trace{run1()}) }, "0 quantities")
	add("ByIteration Coord(-1)", func() Figure { return ByIteration([]*gdlib.Trace{run1()}, Coord(-1)) }, "Coord(-1)")
	add("ByIteration Coord(5) of a 2-D run", func() Figure { return ByIteration([]*gdlib.Trace{run2()}, Coord(5)) }, "Coord(5)")
	add("ByIteration Partial(7)", func() Figure { return ByIteration([]*gdlib.Trace{run2()}, Partial(7)) }, "Partial(7)")
	add("ByIteration Quantity without Values", func() Figure { return ByIteration([]*gdlib.Trace{run1()}, Quantity{Name: "q"}) }, `"q"`, "Values", "nil")
	add("ByIteration Quantity that panics", func() Figure {
		return ByIteration([]*gdlib.Trace{run1()}, Quantity{Name: "q", Values: func(*gdlib.Trace) (int, []float64) { panic("the learner's bug") }})
	}, "the learner's bug")
	add("ByIteration Quantity first = -5", func() Figure {
		return ByIteration([]*gdlib.Trace{run1()}, Quantity{Name: "q", Values: func(*gdlib.Trace) (int, []float64) { return -5, []float64{1, 2} }})
	}, `"q"`, "-5")
	for _, l := range []float64{nan, inf, 0, -1} {
		add(fmt.Sprintf("Stability(λ = %v)", l), func() Figure { return Stability(l, 0.1) }, "lambda = "+fmt.Sprint(l))
	}
	add("Stability(λ = 5e-324)", func() Figure { return Stability(5e-324, 0.1) }, "lambda = 5e-324")
	for _, r := range []float64{nan, inf, ninf, 1e308} {
		add(fmt.Sprintf("Stability rate %v", r), func() Figure { return Stability(2, r) }, "rates[0] = "+fmt.Sprint(r))
	}
	line1 := gdlib.NoisyLine(20, gdlib.Range{Min: 0, Max: 1}, 2, 1, 0.1, 1)
	fitRun := func() *gdlib.Trace {
		t, err := gdlib.Run(gdlib.Quadratic(), gdlib.Pt(0), gdlib.GD(0.1), &gdlib.Settings{Steps: 3})
		if err != nil {
			panic(err)
		}
		return t
	}
	add("Fit(nil, nil)", func() Figure { return Fit(nil, nil) }, "nil")
	add("Fit iterate -1", func() Figure { return Fit(line1, run2(), -1) }, "-1")
	add("Fit iterate 10⁹", func() Figure { return Fit(line1, run2(), 1e9) }, "1000000000")
	add("Fit run of one variable", func() Figure { return Fit(line1, fitRun()) }, "1")
	add("Fit data set with NaN", func() Figure {
		d := &gdlib.Dataset{Name: "d", Features: 1, X: []float64{0, nan, 1}, Y: []float64{1, 2, 3}}
		return Fit(d, run2())
	}, "NaN", "X[1]")
	add("Fit data set shorter than its shape", func() Figure {
		d := &gdlib.Dataset{Name: "d", Features: 2, X: []float64{0, 1, 2}, Y: []float64{1, 0}}
		return Boundary(d, nil)
	}, "len(X) = 3", "2 × 2")
	add("Boundary(nil, nil)", func() Figure { return Boundary(nil, nil) }, "nil")
	add("Boundary one feature", func() Figure { return Boundary(line1, run2()) }, "1")

	// Named runs and colours.
	cases = append(cases, badCase{Name: "Named(\"x\", nil) is nil", Quiet: true, Run: func() error {
		if t := Named("x", nil); t != nil {
			return errors.New("not nil")
		}
		return nil
	}})
	cases = append(cases, badCase{Name: "RunColor(MinInt) is a run colour", Quiet: true, Run: func() error {
		if RunColor(math.MinInt) == nil {
			return errors.New("no colour")
		}
		return nil
	}})
	return cases
}

// TestBadInput feeds every exported builder of the package what a learner
// can type into it: NaN and ±Inf, ranges whose width overflows, sizes that
// cannot fit in memory, nil and typed nil values, short data, callbacks that
// panic or return NaN, and figures nested in themselves. Each must end
// quickly with an error naming the parameter and its value (or, for a
// documented programmer's error, a panic saying so).
func TestBadInput(t *testing.T) {
	cases := plottingBadCases()
	n := badinput.Run(t, badLimits, cases)
	t.Logf("%d cases: %v", len(cases), n)
}
