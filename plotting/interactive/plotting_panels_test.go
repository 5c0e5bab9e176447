package interactive

import (
	"image/color"
	"math"
	"regexp"
	"strconv"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// plotting's figures made of gonum plots report their panels, without
// plotting importing this package: the interface is structural.
var (
	_ PlotPanels = (*plotting.Plot)(nil)
	_ PlotPanels = (*plotting.CurvePlot)(nil) // Curve
	_ PlotPanels = (*plotting.Map)(nil)       // Heatmap, Contour, BasinMap
	_ PlotPanels = (*plotting.Panels)(nil)    // Row, Grid, ByIteration
	_ PlotPanels = (*plotting.Lab)(nil)       // ContourSurface
)

// probeFill is the fill of the probe square, a colour no figure uses.
const probeFill = "#010203"

// addSVGProbe marks the data point (x, y) on p with a square of colour
// probeFill (gonum's scatter, BoxGlyph of radius 4 pt).
func addSVGProbe(t *testing.T, p interface{ Add(...plot.Plotter) }, x, y float64) {
	t.Helper()
	s, err := plotter.NewScatter(plotter.XYs{{X: x, Y: y}})
	if err != nil {
		t.Fatal(err)
	}
	s.GlyphStyle = draw.GlyphStyle{Color: color.RGBA{R: 1, G: 2, B: 3, A: 255}, Radius: vg.Points(4), Shape: draw.BoxGlyph{}}
	p.Add(s)
}

// probeCentre finds the probe square in the SVG (a closed path of four
// corners filled with probeFill) and returns its centre.
func probeCentre(t *testing.T, svg string) (cx, cy float64) {
	t.Helper()
	num := `(-?[0-9.]+)`
	re := regexp.MustCompile(`<path d="M` + num + `,` + num + `L` + num + `,` + num + `L` + num + `,` + num + `L` + num + `,` + num + `Z" style="fill:` + probeFill)
	m := re.FindStringSubmatch(svg)
	if m == nil {
		t.Fatal("the probe square is not in the SVG")
	}
	for i := 0; i < 4; i++ {
		x, _ := strconv.ParseFloat(m[1+2*i], 64)
		y, _ := strconv.ParseFloat(m[2+2*i], 64)
		cx, cy = cx+x/4, cy+y/4
	}
	return cx, cy
}

// TestPlottingFramesMatchDrawnSVG renders lessons 8's and 9's live figures
// with notes, as Descent sends them, and checks that the frame the browser
// gets maps a data point to where the SVG draws the probe square there.
// Tolerance 0.01 pt: vgsvg writes coordinates with 5 significant digits
// (TestFrameMatchesDrawnSVG).
func TestPlottingFramesMatchDrawnSVG(t *testing.T) {
	notes := []string{"iteration 3", "x₀ = 1.6", "Converged"}
	f1 := gdlib.ExpLog()
	curve := plotting.Curve(f1).With(gdlib.MustRun(f1, gdlib.Pt(1.6), gdlib.GD(0.1), &gdlib.Settings{Steps: 25})) // lesson 8's first setting
	addSVGProbe(t, curve, 2, 10)                                                                                  // in the empty top left of f's U on [0.001, 2.5] × [−0.3, 13]

	tb := gdlib.ThreeBumps()
	lab := plotting.ContourSurface(tb, 18, gdlib.MustRun(tb, gdlib.Pt(0.5, 3), gdlib.GD(0.2), &gdlib.Settings{Steps: 30})) // lesson 9's run
	addSVGProbe(t, lab.Contour, 4.5, 4.5)                                                                                  // top right of [0, 5]²

	for _, c := range []struct {
		name string
		fig  plotting.Figure
		x, y float64
	}{{"curve", curve, 2, 10}, {"lab", lab, 4.5, 4.5}} {
		r, err := render(c.fig, notes)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Frames) != 1 {
			t.Fatalf("%s: %d frames, want 1", c.name, len(r.Frames))
		}
		sx, sy := probeCentre(t, r.SVG)
		fx, fy := r.Frames[0].ToCanvas(c.x, c.y)
		if math.Abs(fx-sx) > 0.01 || math.Abs(fy-sy) > 0.01 {
			t.Errorf("%s: data (%g, %g) drawn at (%.5g, %.5g), the frame maps it to (%.5g, %.5g)", c.name, c.x, c.y, sx, sy, fx, fy)
		}
	}
}

// TestLabFrameIsContourPanel: the lab's one frame is its contour panel,
// the left half of the figure, showing f's whole domain.
func TestLabFrameIsContourPanel(t *testing.T) {
	sauna := gdlib.Sauna()
	r, err := render(plotting.ContourSurface(sauna, 18), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Frames) != 1 {
		t.Fatalf("%d frames, want 1 (the surface is not clickable)", len(r.Frames))
	}
	f := r.Frames[0]
	d := sauna.Domain
	if f.XMin != d[0].Min || f.XMax != d[0].Max || f.YMin != d[1].Min || f.YMax != d[1].Max {
		t.Errorf("frame shows [%g, %g] × [%g, %g], want the domain %v", f.XMin, f.XMax, f.YMin, f.YMax, d)
	}
	if f.MaxX > r.W/2 || f.MinX < 0 {
		t.Errorf("frame spans x %.1f … %.1f pt, want inside the left half of %.0f pt", f.MinX, f.MaxX, r.W)
	}
}
