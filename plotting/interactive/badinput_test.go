package interactive

import (
	"errors"
	"fmt"
	"html"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/internal/badinput"
	"github.com/gdlessons/lessons/plotting"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// shown returns what a live figure shows for fig, as an error holding the
// text a learner reads: the error line when the figure cannot be drawn at
// all, else the text of the SVG (where a figure that failed writes why).
// It must never panic: a live figure that panics takes the cell with it.
func shown(fig plotting.Figure, notes annotation) error {
	h := newSession(Config{}).figureHTML(fig, notes, nil)
	return errors.New(svgText(h))
}

// svgText returns the text of h's elements joined by spaces: a message
// wrapped over several <text> lines reads as one.
func svgText(h string) string {
	var b strings.Builder
	in := false
	for _, r := range h {
		switch {
		case r == '<':
			in = true
			b.WriteByte(' ')
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

// sliderShows is what Sliders shows for render at the sliders' initial
// values.
func sliderShows(render func(Values) plotting.Figure, sliders ...Slider) func() error {
	return func() error {
		if err := checkSliders(sliders); err != nil {
			return err
		}
		fig, notes, state := newSliderApp(render, sliders).figure()
		return errors.New(svgText(newSession(Config{}).figureHTML(fig, notes, state)))
	}
}

func lineOn(lo, hi float64) *gdlib.Function {
	f := gdlib.NewFunction("parabola", 1,
		func(x []float64) float64 { return x[0] * x[0] },
		func(g, x []float64) { g[0] = 2 * x[0] }, nil)
	f.Domain = gdlib.Box{{Min: lo, Max: hi}}
	return f
}

func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	lr := func(edit func(s *Slider)) Slider {
		s := Slider{Name: "lr", Min: 0.001, Max: 0.1, Value: 0.01}
		edit(&s)
		return s
	}
	plot0 := func(Values) plotting.Figure { return plotting.NewPlot("ok") }
	var cases []badinput.Case
	add := func(name string, run func() error, want ...string) {
		cases = append(cases, badinput.Case{Name: name, Run: run, Want: want})
	}
	addPanic := func(name string, run func(), want ...string) {
		cases = append(cases, badinput.Case{Name: name, Run: func() error { run(); return nil }, Want: want, Panics: true})
	}
	addQuiet := func(name string, run func() error) {
		cases = append(cases, badinput.Case{Name: name, Run: run, Quiet: true})
	}
	sliders := func(name string, s []Slider, want ...string) {
		add("Sliders: "+name, func() error { _, err := Sliders(plot0, s...); return err }, want...)
	}

	// Sliders: every field of a Slider, and Config.
	add("Sliders: render nil", func() error { _, err := Sliders(nil, lr(func(*Slider) {})); return err }, "render is nil")
	sliders("none", nil, "at least one")
	sliders("no Name", []Slider{lr(func(s *Slider) { s.Name = "" })}, "no Name")
	sliders("Name with a quote", []Slider{lr(func(s *Slider) { s.Name = `l"r` })}, "Slider.Name", `l\"r`)
	sliders("Min NaN", []Slider{lr(func(s *Slider) { s.Min = nan })}, "Min = NaN")
	sliders("Max +Inf", []Slider{lr(func(s *Slider) { s.Max = inf })}, "Max = +Inf")
	sliders("Min -Inf", []Slider{lr(func(s *Slider) { s.Min = -inf })}, "Min = -Inf")
	sliders("Min > Max", []Slider{lr(func(s *Slider) { s.Min, s.Max = 1, 0 })}, "Min = 1", "Max = 0")
	sliders("Min = Max", []Slider{lr(func(s *Slider) { s.Min, s.Max, s.Value = 1, 1, 1 })}, "Min = 1", "Max = 1")
	sliders("width overflows", []Slider{lr(func(s *Slider) { s.Min, s.Max, s.Value = -1e308, 1e308, 0 })}, "Min = -1e+308", "Max = 1e+308", "overflows")
	sliders("Value NaN", []Slider{lr(func(s *Slider) { s.Value = nan })}, "Value = NaN")
	sliders("Value outside", []Slider{lr(func(s *Slider) { s.Value = 5 })}, "Value = 5")
	sliders("Step NaN", []Slider{lr(func(s *Slider) { s.Step = nan })}, "Step = NaN")
	sliders("Step -1", []Slider{lr(func(s *Slider) { s.Step = -1 })}, "Step = -1")
	sliders("Step +Inf", []Slider{lr(func(s *Slider) { s.Step = inf })}, "Step = +Inf")
	sliders("Log with Min 0", []Slider{lr(func(s *Slider) { s.Min, s.Log = 0, true })}, "Log", "Min = 0")
	sliders("Log with Min -1", []Slider{lr(func(s *Slider) { s.Min, s.Log = -1, true })}, "Log", "Min = -1")
	sliders("Format %d", []Slider{lr(func(s *Slider) { s.Format = "%d" })}, "Format", `"%d"`)
	sliders("Format with no verb", []Slider{lr(func(s *Slider) { s.Format = "lr" })}, "Format", `"lr"`)
	sliders("two named lr", []Slider{lr(func(*Slider) {}), lr(func(*Slider) {})}, `"lr"`, "unique")
	add("Config.Timeout -1 s", func() error {
		_, err := Config{Timeout: -time.Second}.Sliders(plot0, lr(func(*Slider) {}))
		return err
	}, "Config.Timeout = -1s")
	add("Config.Handshake -1 ns", func() error {
		_, err := Config{Handshake: -1}.Sliders(plot0, lr(func(*Slider) {}))
		return err
	}, "Config.Handshake = -1ns")

	// What the render function returns, or does.
	one := lr(func(*Slider) {})
	add("render panics", sliderShows(func(Values) plotting.Figure { panic("the learner's bug") }, one), "the learner's bug")
	add("render returns nil", sliderShows(func(Values) plotting.Figure { return nil }, one), "render function returned no figure")
	add("render returns a typed nil *plotting.Plot", sliderShows(func(Values) plotting.Figure { return (*plotting.Plot)(nil) }, one), "nil *plotting.Plot")
	add("render returns a typed nil *plotting.Map", sliderShows(func(Values) plotting.Figure { return (*plotting.Map)(nil) }, one), "nil *plotting.Map")
	add("render returns a figure with an error", sliderShows(func(Values) plotting.Figure { return plotting.Heatmap(nil) }, one), "function is nil")
	add("render returns a figure 10⁶ pt wide", sliderShows(func(Values) plotting.Figure {
		p := plotting.NewPlot("wide")
		p.Width = 1e6
		return p
	}, one), "size", "1e+06")
	add("render returns a figure of NaN height", sliderShows(func(Values) plotting.Figure {
		return GonumPlot(plot.New(), 100, vg.Length(nan))
	}, one), "size", "NaN")
	add("render returns panels holding themselves", sliderShows(func(Values) plotting.Figure {
		p := plotting.Row(plotting.NewPlot("a"), nil)
		p.Cells[1] = p
		return p
	}, one), "cannot contain itself")
	add("render reads a misspelt value", sliderShows(func(v Values) plotting.Figure {
		return plotting.NewPlot(fmt.Sprint(v.Int("steps")))
	}, one), "Values.Int", "steps", "no value of that name")
	add("render runs gdlib with lr NaN", sliderShows(func(v Values) plotting.Figure {
		run := gdlib.MustRun(lineOn(-2, 2), gdlib.Pt(1), gdlib.GD(math.NaN()), nil)
		return plotting.Curve(lineOn(-2, 2)).With(run)
	}, one), "NaN")

	// Values and positions.
	addPanic("Values.Int of a missing name", func() { Values{"lr": 0.1}.Int("step") }, `"step"`, "no value")
	addPanic("Values.Int of NaN", func() { Values{"steps": nan}.Int("steps") }, `"steps"`, "NaN")
	addPanic("Values.Int of 1e300", func() { Values{"steps": 1e300}.Int("steps") }, `"steps"`, "1e+300")
	addQuiet("ValueAt(NaN) is Min", func() error {
		if v := one.ValueAt(nan); v != one.Min {
			return fmt.Errorf("ValueAt(NaN) = %v, want Min = %v", v, one.Min)
		}
		return nil
	})
	addQuiet("ValueAt(+Inf) of a Log slider is Max", func() error {
		s := lr(func(s *Slider) { s.Log = true })
		if v := s.ValueAt(inf); v != s.Max {
			return fmt.Errorf("ValueAt(+Inf) = %v, want Max = %v", v, s.Max)
		}
		return nil
	})
	addQuiet("a slider event for no slider is ignored", func() error {
		if newSliderApp(plot0, []Slider{one}).handle(event{Type: "slider", Name: "nope", Value: 3}) {
			return errors.New("asked for a redraw")
		}
		return nil
	})

	// Descent: every field, and what Draw returns.
	dsc := func(edit func(d *Descent)) func() error {
		return func() error {
			f := lineOn(-2, 2)
			d := Descent{F: f, Start: gdlib.Pt(1), LR: 0.1, Steps: 10, Draw: func(t *gdlib.Trace) plotting.Figure { return plotting.Curve(f).With(t) }}
			edit(&d)
			_, _, err := d.Run()
			return err
		}
	}
	add("Descent F nil", dsc(func(d *Descent) { d.F = nil }), "Descent.F is nil")
	add("Descent Draw nil", dsc(func(d *Descent) { d.Draw = nil }), "Descent.Draw is nil")
	add("Descent F of 3 variables", dsc(func(d *Descent) { d.F = gdlib.RosenbrockN(3) }), "3 variables")
	add("Descent Start NaN", dsc(func(d *Descent) { d.Start = gdlib.Pt(nan) }), "Descent.Start", "NaN")
	add("Descent Start +Inf", dsc(func(d *Descent) { d.Start = gdlib.Pt(inf) }), "Descent.Start", "+Inf")
	add("Descent Start of 2 coordinates", dsc(func(d *Descent) { d.Start = gdlib.Pt(1, 1) }), "Descent.Start", "2 coordinates")
	add("Descent Start outside Region", dsc(func(d *Descent) { d.Start = gdlib.Pt(5) }), "Descent.Start = 5")
	add("Descent Region NaN", dsc(func(d *Descent) { d.Region = gdlib.Box{{Min: nan, Max: 1}} }), "Descent.Region[0]", "NaN")
	add("Descent Region overflowing", dsc(func(d *Descent) { d.Region = gdlib.Box{{Min: -1e308, Max: 1e308}} }), "Descent.Region[0]", "1e+308")
	add("Descent Region of 2 ranges", dsc(func(d *Descent) { d.Region = gdlib.Box{{Min: -1, Max: 1}, {Min: -1, Max: 1}} }), "Descent.Region", "2 ranges")
	add("Descent LR NaN", dsc(func(d *Descent) { d.LR = nan }), "NaN")
	add("Descent LR +Inf", dsc(func(d *Descent) { d.LR = inf }), "+Inf")
	add("Descent LR -0.1", dsc(func(d *Descent) { d.LR = -0.1 }), "-0.1")
	add("Descent Tol NaN", dsc(func(d *Descent) { d.Tol = nan }), "Descent.Tol = NaN")
	add("Descent Tol +Inf", dsc(func(d *Descent) { d.Tol = inf }), "Descent.Tol = +Inf")
	add("Descent Tol -1", dsc(func(d *Descent) { d.Tol = -1 }), "Descent.Tol = -1")
	add("Descent Steps -5", dsc(func(d *Descent) { d.Steps = -5 }), "Descent.Steps = -5")
	add("Descent Steps 10⁸", dsc(func(d *Descent) { d.Steps = 1e8 }), "Descent.Steps = 100000000")
	add("Descent Delay 1 h", dsc(func(d *Descent) { d.Delay = time.Hour }), "Descent.Delay = 1h0m0s")
	descentShows := func(draw func(*gdlib.Trace) plotting.Figure) func() error {
		return func() error {
			a, err := newDescentApp(Descent{F: lineOn(-2, 2), Start: gdlib.Pt(1), LR: 0.1, Steps: 10, Draw: draw})
			if err != nil {
				return err
			}
			fig, notes, state := a.figure()
			return errors.New(svgText(newSession(Config{}).figureHTML(fig, notes, state)))
		}
	}
	add("Descent Draw panics", descentShows(func(*gdlib.Trace) plotting.Figure { panic("the learner's bug") }), "the learner's bug")
	add("Descent Draw returns nil", descentShows(func(*gdlib.Trace) plotting.Figure { return nil }), "Descent.Draw returned no figure")
	add("Descent Draw returns a typed nil", descentShows(func(*gdlib.Trace) plotting.Figure { return (*plotting.CurvePlot)(nil) }), "Descent.Draw returned a nil *plotting.CurvePlot")
	add("Descent Draw returns a 2-D figure for a 1-D run", descentShows(func(t *gdlib.Trace) plotting.Figure {
		return plotting.Contour(gdlib.Peaks(), 10).With(t)
	}), "1 variable")
	clickAt := func(x float64) func() error {
		return func() error {
			a, err := newDescentApp(Descent{F: lineOn(-2, 2), Start: gdlib.Pt(1), LR: 0.1, Steps: 10, Draw: func(*gdlib.Trace) plotting.Figure { return plotting.NewPlot("") }})
			if err != nil {
				return err
			}
			a.handle(event{Type: "click", X: x})
			if s := a.full.Start()[0]; s != 1 {
				return fmt.Errorf("the click at %v moved the start to %v", x, s)
			}
			return errors.New(a.notice)
		}
	}
	add("Descent click at NaN", clickAt(nan), "ignored a click at", "NaN")
	add("Descent click at -Inf", clickAt(math.Inf(-1)), "ignored a click at", "-Inf")
	add("Descent click at 1e308", clickAt(1e308), "ignored a click at", "1e+308")

	// Gonum plots and frames.
	c := draw.New(vgsvg.New(300, 200))
	add("GonumPlot(nil)", func() error { return shown(GonumPlot(nil, 300, 200), annotation{}) }, "GonumPlot", "nil")
	add("GonumPlot 10⁶ pt", func() error { return shown(GonumPlot(plot.New(), 1e6, 1e6), annotation{}) }, "size", "1e+06")
	add("GonumPlot width -Inf", func() error { return shown(GonumPlot(plot.New(), vg.Length(math.Inf(-1)), 100), annotation{}) }, "size", "-Inf")
	add("FrameOf(nil)", func() error { _, err := FrameOf(nil, c); return err }, "FrameOf", "nil")
	add("FrameOf x axis NaN", func() error {
		p := plot.New()
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = nan, 1, 0, 1
		_, err := FrameOf(p, c)
		return err
	}, "x axis", "NaN")
	add("FrameOf y axis overflowing", func() error {
		p := plot.New()
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, -1e308, 1e308
		_, err := FrameOf(p, c)
		return err
	}, "y axis", "1e+308")
	add("FrameOf y axis reversed", func() error {
		p := plot.New()
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 1, 0
		_, err := FrameOf(p, c)
		return err
	}, "y axis", "[1, 0]")
	addQuiet("the zero Frame maps to NaN", func() error {
		if x, y := (Frame{}).ToData(1, 1); !math.IsNaN(x) || !math.IsNaN(y) {
			return fmt.Errorf("ToData on the zero Frame = (%v, %v), want NaN as documented", x, y)
		}
		return nil
	})

	// Progress.
	addQuiet("Progress: Report(-5, 0), Report(10, 5), Close twice", func() error {
		p := NewProgress("runs")
		p.Report(-5, 0)
		p.Report(10, 5)
		p.Close()
		if s := p.Close(); !strings.Contains(s, "runs") {
			return fmt.Errorf("Close = %q", s)
		}
		return nil
	})

	// 20 s, as plotting's table: the slowest case draws a small figure.
	n := badinput.Run(t, badinput.Limits{Timeout: 20 * time.Second}, cases)
	t.Logf("%d cases: %v", len(cases), n)
}
