package plotting

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/vg"
)

// fuzzSize maps a fuzzed length to a figure's: lengths no figure can have
// (not finite, ≤ 0, above MaxFigureSize) pass through, so the checks are
// fuzzed too; the others are folded into [72, 720] pt, so that one input
// draws in milliseconds (a 40 in surface rasterises 33 million pixels).
func fuzzSize(v float64) vg.Length {
	if !isFinite(v) || v <= 0 || v > float64(MaxFigureSize) {
		return vg.Length(v)
	}
	return vg.Length(72 + math.Mod(v, 648))
}

// fuzzFigure builds one of the package's figures, chosen by kind, from
// fuzzed numbers: a domain [lo, hi] × [lo2, hi2], colour limits, a count
// (levels, arrows, cells, resolution, tick target), a size, and a value
// that the function or the data takes (NaN and ±Inf included).
func fuzzFigure(kind uint8, lo, hi, lo2, hi2, vmin, vmax float64, n int, w, h, value float64) Figure {
	dom := box(lo, hi, lo2, hi2)
	// f is x² + y², except value on the right half of the plane: data
	// with a jump, and NaN or ±Inf where value is.
	g := func(x, y float64) float64 {
		if x > (lo+hi)/2 {
			return value
		}
		return x*x + y*y
	}
	limits := func(m *Map) *Map {
		if vmin != 0 || vmax != 0 {
			return m.Limits(vmin, vmax)
		}
		return m
	}
	switch kind % 9 {
	case 0:
		m := limits(Heatmap(plane(dom, g))).WithContours(n)
		m.Width, m.Height = fuzzSize(w), fuzzSize(h)
		return m
	case 1:
		m := Contour(plane(dom, g), n).WithField(n % 40).WithLabels()
		m.Width, m.Height = fuzzSize(w), fuzzSize(h)
		return m
	case 2:
		// A data grid of (n mod 64) × 3 cells over [lo, hi] × [lo2, hi2],
		// one of them value.
		nx := n % 64
		if nx < 0 {
			nx = -nx
		}
		xs, ys := linspace(lo, hi, nx), linspace(lo2, hi2, 3)
		z := make([]float64, len(xs)*len(ys))
		for i := range z {
			z[i] = float64(i)
		}
		if len(z) > 0 {
			z[len(z)/2] = value
		}
		return limits(HeatmapGrid(&gdlib.Grid{Xs: xs, Ys: ys, Values: z})).WithContours(3)
	case 3:
		cp := Curve(line(box(lo, hi), func(x float64) float64 {
			if x > (lo+hi)/2 {
				return value
			}
			return x * x
		}))
		cp.AddCurve("g", math.Sin, lo2, hi2)
		cp.Width, cp.Height = fuzzSize(w), fuzzSize(h)
		return cp
	case 4:
		s := Surface(plane(dom, g))
		s.Resolution = n % 30
		s.ZLim = gdlib.Range{Min: vmin, Max: vmax}
		s.View = View{Elev: value, Azim: lo2}
		s.Width, s.Height = fuzzSize(w), fuzzSize(h)
		return s
	case 5:
		p := NewPlot("ticks")
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = lo, hi, lo2, hi2
		p.X.Tick.Marker = NiceTicks{Target: n}
		p.Width, p.Height = fuzzSize(w), fuzzSize(h)
		return p
	case 6:
		return Stability(value, vmin, vmax)
	case 7:
		// A run of three steps that start at value: the animation of a
		// run in one variable over the domain [lo, hi].
		f := line(box(-2, 2), nil)
		t, err := gdlib.Run(f, gdlib.Pt(math.Mod(value, 2)), gdlib.GD(0.1), &gdlib.Settings{Steps: 3})
		if err != nil {
			return ErrorFigure(err)
		}
		a := Animate(f, t)
		a.Domain = box(lo, hi)
		a.FPS, a.Hold = vmin, vmax
		a.Width, a.Height = fuzzSize(w), fuzzSize(h)
		return a
	default:
		p := Grid(n%5, 2, Contour(plane(dom, g), 5), limits(Heatmap(plane(dom, nil))))
		p.Width, p.Height = fuzzSize(w), fuzzSize(h)
		p.Gap = vg.Length(value)
		return p
	}
}

// FuzzFigureNumbers feeds fuzzed numbers to the figure builders — domains,
// colour limits, contour levels, arrows, grid sizes, resolutions, tick
// targets, figure sizes and data values, NaN and ±Inf included — and
// checks that nothing panics (not even inside gonum/plot, which render
// would report as "drawing … failed"), nothing hangs, and every SVG drawn
// parses as XML from start to end. A figure may refuse its input only
// with an error, which it then draws.
//
//	go test ./plotting -run '^$' -fuzz FuzzFigureNumbers -fuzztime 5m -parallel 1
func FuzzFigureNumbers(f *testing.F) {
	nan, inf := math.NaN(), math.Inf(1)
	for kind := uint8(0); kind < 9; kind++ {
		f.Add(kind, -2.0, 2.0, -2.0, 2.0, 0.0, 0.0, 10, 400.0, 300.0, 1.0)
		f.Add(kind, -2.0, 2.0, -2.0, 2.0, 0.0, 8.0, 18, 400.0, 300.0, nan)
		f.Add(kind, -1e308, 1e308, -2.0, 2.0, nan, 1.0, 1_000_000_000, 1e6, 300.0, inf)
		f.Add(kind, 1.0, 1.0, -inf, inf, 2.0, 1.0, -1, -5.0, 0.0, -inf)
		f.Add(kind, 1e17, 1e17+64, 0.0, 5e-324, -1e308, 1e308, 1<<62, 3000.0, 2880.0, 1e308)
	}
	f.Fuzz(func(t *testing.T, kind uint8, lo, hi, lo2, hi2, vmin, vmax float64, n int, w, h, value float64) {
		in := fmt.Sprintf("kind %d, [%v, %v] × [%v, %v], limits %v, %v, n %d, size %v × %v, value %v", kind%9, lo, hi, lo2, hi2, vmin, vmax, n, w, h, value)
		done := make(chan string, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					done <- fmt.Sprintf("panicked: %v", p)
				}
			}()
			done <- drawFuzzed(fuzzFigure(kind, lo, hi, lo2, hi2, vmin, vmax, n, w, h, value))
		}()
		select {
		case msg := <-done:
			if msg != "" {
				t.Fatalf("%s: %s", in, msg)
			}
		case <-time.After(badCaseTimeout):
			t.Fatalf("%s: no answer within %v (a hang)", in, badCaseTimeout)
		}
	})
}

// drawFuzzed draws fig to SVG and returns what is wrong, or "": a panic
// inside gonum/plot, an error other than the documented ones for a figure
// of a bad size, or a document that does not parse.
func drawFuzzed(fig Figure) string {
	svg, err := SVG(fig)
	if err != nil {
		if strings.Contains(err.Error(), "failed:") || !strings.Contains(err.Error(), "size") {
			return "SVG: " + err.Error()
		}
		return ""
	}
	if err := wellFormed(svg); err != nil {
		return "the SVG does not parse: " + err.Error()
	}
	if a, ok := fig.(*Animation); ok && a.Err() == nil {
		if svg, err = a.SVG(); err != nil {
			return "Animation.SVG: " + err.Error()
		}
		if err := wellFormed(svg); err != nil {
			return "the animated SVG does not parse: " + err.Error()
		}
	}
	return ""
}
