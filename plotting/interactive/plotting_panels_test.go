package interactive

import (
	"image/color"
	"math"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// plotting's figures made of gonum plots report their panels, without
// plotting importing this package: the interface is structural.
var (
	_ plotting.PlotPanels = (*plotting.Plot)(nil)
	_ plotting.PlotPanels = (*plotting.CurvePlot)(nil)         // Curve
	_ plotting.PlotPanels = (*plotting.Map)(nil)               // Heatmap, Contour, BasinMap
	_ plotting.PlotPanels = (*plotting.Panels)(nil)            // Row, Grid, ByIteration
	_ plotting.PlotPanels = (*plotting.ContourAndSurface)(nil) // ContourSurface
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

// probeCentre finds the probe square in the SVG (a closed path filled
// with probeFill: a corner, then one horizontal and one vertical side, as
// plotting writes a path compactly) and returns its centre.
func probeCentre(t *testing.T, svg string) (cx, cy float64) {
	t.Helper()
	num := `(-?[0-9.]+)`
	re := regexp.MustCompile(`<path d="M` + num + `,` + num + `h` + num + `v` + num + `h-?[0-9.]+z" style="fill:` + probeFill)
	m := re.FindStringSubmatch(svg)
	if m == nil {
		t.Fatal("the probe square is not in the SVG")
	}
	v := make([]float64, 4)
	for i := range v {
		v[i], _ = strconv.ParseFloat(m[1+i], 64)
	}
	return v[0] + v[2]/2, v[1] + v[3]/2
}

// TestPlottingFramesMatchDrawnSVG renders lessons 8's and 9's live figures
// with notes, as Descent sends them, and checks that the frame the browser
// gets maps a data point to where the SVG draws the probe square there.
// Tolerance 0.06 pt (TestFrameMatchesDrawnSVG).
func TestPlottingFramesMatchDrawnSVG(t *testing.T) {
	notes := annotation{lines: []string{"iteration 3", "x₀ = 1.6", "Converged"}}
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
		if math.Abs(fx-sx) > svgTol || math.Abs(fy-sy) > svgTol {
			t.Errorf("%s: data (%g, %g) drawn at (%.5g, %.5g), the frame maps it to (%.5g, %.5g)", c.name, c.x, c.y, sx, sy, fx, fy)
		}
	}
}

// TestLabFrameIsContourPanel: the lab's one frame is its contour panel,
// the left half of the figure, showing f's whole domain.
func TestLabFrameIsContourPanel(t *testing.T) {
	sauna := gdlib.Sauna()
	r, err := render(plotting.ContourSurface(sauna, 18), annotation{})
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

// TestNotesFitThePanel: the notes of lesson 9's live lab (a square contour
// panel, about 3.8 in wide) and of lesson 8's curve stay inside the first
// panel's data area even in a font noteSlack wider than the one measured
// (DejaVu Sans in a browser without Liberation Sans): in the browser test's
// screenshot of the sauna, "(x, y) = (3.9999, 3.9999)" ran past the axes.
// Lesson 8's notes fit at the full 11 pt and must not shrink.
func TestNotesFitThePanel(t *testing.T) {
	sauna, f1 := gdlib.Sauna(), gdlib.ExpLog()
	for _, c := range []struct {
		name     string
		d        Descent
		wantSize vg.Length // 0: any size from minNoteSize up
	}{
		{"sauna lab", Descent{F: sauna, Start: gdlib.Pt(1.489, 1.757), LR: 0.25, Steps: 20, // the browser test's click
			Draw: func(r *gdlib.Trace) plotting.Figure { return plotting.ContourSurface(sauna, 18, r) }}, 0},
		{"lesson 8 curve", Descent{F: f1, Start: gdlib.Pt(1.6), LR: 0.1, Steps: 25,
			Draw: func(r *gdlib.Trace) plotting.Figure { return plotting.Curve(f1).With(r) }}, noteStyle.Font.Size},
	} {
		a, err := newDescentApp(c.d)
		if err != nil {
			t.Fatal(err)
		}
		a.toEnd()
		fig, ann, _ := a.figure()
		w, h := fig.Size()
		rec := &recorder.Canvas{}
		cv := draw.Canvas{Canvas: rec, Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: h}}}
		annotate(fig, ann).Draw(cv)
		fr := frames(fig, cv)[0]
		found := 0
		for _, act := range rec.Actions {
			fs, ok := act.(*recorder.FillString)
			if !ok || !slices.Contains(ann.lines, fs.String) {
				continue
			}
			found++
			face := font.DefaultCache.Lookup(fs.Font, fs.Size)
			end := float64(fs.Point.X + face.Width(fs.String)*noteSlack)
			if end > fr.MaxX {
				t.Errorf("%s: note %q ends at %.1f pt in a font %.2f× wider, past the panel's right edge %.1f", c.name, fs.String, end, noteSlack, fr.MaxX)
			}
			if fs.Size < minNoteSize || (c.wantSize != 0 && fs.Size != c.wantSize) {
				t.Errorf("%s: note %q at %.1f pt, want %v (0: any ≥ %v)", c.name, fs.String, float64(fs.Size), c.wantSize, minNoteSize)
			}
		}
		if found != len(ann.lines) {
			t.Errorf("%s: %d of %d notes drawn", c.name, found, len(ann.lines))
		}
	}
}

// TestNotesLeaveTheEndVisible: the notes' box never covers where the run
// ended. Lesson 9's sauna run ends at (4, 4), under the top-left corner
// where the notes used to go; they move to the bottom-left there. The
// pixel at the end, mapped with the figure's frame, must be the run's
// colour (the centre of its end dot), not blended with the box's white.
func TestNotesLeaveTheEndVisible(t *testing.T) {
	sauna, bumps, f1 := gdlib.Sauna(), gdlib.ThreeBumps(), gdlib.ExpLog()
	lab := func(f *gdlib.Function) func(*gdlib.Trace) plotting.Figure {
		return func(r *gdlib.Trace) plotting.Figure { return plotting.ContourSurface(f, 18, r) }
	}
	for _, c := range []struct {
		name string
		d    Descent
		col  color.Color // of the end dot: the first run colour on a map, the third on a curve (after f and f′)
	}{
		// The first settings of lessons 8 and 9.
		{"sauna", Descent{F: sauna, Start: gdlib.Pt(0.5, 0.6), LR: 0.25, Steps: 20, Draw: lab(sauna)}, plotting.RunColor(0)},
		{"bumps", Descent{F: bumps, Start: gdlib.Pt(0.5, 3), LR: 0.2, Steps: 30, Draw: lab(bumps)}, plotting.RunColor(0)},
		{"exp − ln", Descent{F: f1, Start: gdlib.Pt(1.6), LR: 0.1, Steps: 25,
			Draw: func(r *gdlib.Trace) plotting.Figure { return plotting.Curve(f1).With(r) }}, plotting.RunColor(2)},
	} {
		a, err := newDescentApp(c.d)
		if err != nil {
			t.Fatal(err)
		}
		a.toEnd()
		fig, ann, _ := a.figure()
		w, h := fig.Size()
		img := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(96)) // vgimg's default resolution
		cv := draw.New(img)
		annotate(fig, ann).Draw(cv)
		end := a.full.Final()
		y := a.full.FinalF() // one variable: the end dot is on the curve
		if len(end) == 2 {
			y = end[1]
		}
		cx, cy := frames(fig, cv)[0].ToCanvas(end[0], y)
		px := img.Image().At(int(cx*96/72), img.Image().Bounds().Dy()-int(cy*96/72))
		pr, pg, pb, _ := px.RGBA()
		wr, wg, wb, _ := c.col.RGBA()
		if pr>>8 != wr>>8 || pg>>8 != wg>>8 || pb>>8 != wb>>8 {
			t.Errorf("%s: the end %v is drawn in %v, want the run's colour %v: the notes hide it", c.name, end, px, c.col)
		}
	}
}
