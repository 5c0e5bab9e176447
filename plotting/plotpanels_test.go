package plotting

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/gdlessons/lessons/gdlib"
)

// The tests below draw each kind of figure to an image and check that
// PlotPanels reports where the data really is: a data point mapped to the
// canvas with the returned plot's own Transforms (on its DataCanvas of the
// returned canvas, as plotting/interactive does for a click) must land on
// the mark drawn there.

// probeDPI is the resolution the figures are drawn at: vgimg's default
// (vgimg.DefaultDPI, 96), a browser's CSS pixel.
const probeDPI = 96

// probeRadius is the glyph radius of a probe's square, 4 pt: the size of
// a run's start square (runs2d.go, curve.go).
const probeRadius = vg.Length(4)

// probeTol is how far, in pixels, the centre of the fully covered pixels
// of a square may lie from the square's true centre: the covered pixels
// are those inside [c−h, c+h] on each axis (h the half side), whose
// centroid is off by at most half a pixel.
const probeTol = 0.5

// probe is a data point marked on one panel with a square of a colour no
// figure uses (near-magenta: not in Viridis, CoolWarm, Terrain or the run
// colours), so that its drawn position can be found in the image.
type probe struct {
	panel int // index into PlotPanels' slices
	x, y  float64
	col   color.NRGBA
}

// probeColor is the colour of probe i: magenta, one blue step less per i.
func probeColor(i int) color.NRGBA { return color.NRGBA{R: 255, G: 0, B: uint8(255 - i), A: 255} }

// addProbe marks (x, y) on p with a square of colour col, drawn after
// everything the builders added.
func addProbe(p *Plot, x, y float64, col color.NRGBA) {
	p.addFixed(marker{X: x, Y: y, GlyphStyle: draw.GlyphStyle{Color: col, Radius: probeRadius, Shape: draw.BoxGlyph{}}})
}

// rasterize draws fig at probeDPI and returns the image and the canvas
// it was drawn on.
func rasterize(fig Figure) (*image.RGBA, draw.Canvas) {
	w, h := fig.Size()
	img := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(probeDPI))
	c := draw.New(img)
	fig.Draw(c)
	return img.Image().(*image.RGBA), c
}

// toPixel converts a canvas point (points from the bottom left) to image
// pixel coordinates (from the top left) at probeDPI.
func toPixel(img *image.RGBA, p vg.Point) (px, py float64) {
	s := probeDPI / 72.0
	return float64(p.X) * s, float64(img.Bounds().Dy()) - float64(p.Y)*s
}

// centroid returns the mean position (pixel centres) of the pixels of
// exactly colour col, and how many there are.
func centroid(img *image.RGBA, col color.NRGBA) (px, py float64, n int) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if c := img.RGBAAt(x, y); c.R == col.R && c.G == col.G && c.B == col.B && c.A == 255 {
				px += float64(x) + 0.5
				py += float64(y) + 0.5
				n++
			}
		}
	}
	if n > 0 {
		px, py = px/float64(n), py/float64(n)
	}
	return px, py, n
}

// mapped returns where panel k of PlotPanels puts the data point (x, y):
// the plot's Transforms on its DataCanvas of the returned canvas.
func mapped(plots []*plot.Plot, canvases []draw.Canvas, k int, x, y float64) vg.Point {
	dc := plots[k].DataCanvas(canvases[k])
	tx, ty := plots[k].Transforms(&dc)
	return vg.Point{X: tx(x), Y: ty(y)}
}

// minProbePixels is the least number of pixels of a probe's colour.
// gonum's BoxGlyph (vg/draw/canvas.go) has half side r(1 + cos 45°)/2 =
// 0.854 r = 3.41 pt for r = 4: a side of 6.83 pt, 9.1 px at 96 dpi, so at
// least 8 × 8 pixels are fully covered (fewer would mean it is hidden).
const minProbePixels = 64

// checkProbes draws fig and checks that each probe is drawn where
// PlotPanels maps its data point, within probeTol. It returns the largest
// error in pixels.
func checkProbes(t *testing.T, fig Figure, wantPanels int, probes []probe) float64 {
	t.Helper()
	img, c := rasterize(fig)
	plots, canvases := fig.(PlotPanels).PlotPanels(c)
	if len(plots) != wantPanels || len(canvases) != wantPanels {
		t.Fatalf("PlotPanels returned %d plots and %d canvases, want %d", len(plots), len(canvases), wantPanels)
	}
	var worst float64
	for _, pr := range probes {
		gx, gy, n := centroid(img, pr.col)
		if n < minProbePixels {
			t.Errorf("probe (%g, %g) on panel %d: %d pixels of its colour, want ≥ %d", pr.x, pr.y, pr.panel, n, minProbePixels)
			continue
		}
		wx, wy := toPixel(img, mapped(plots, canvases, pr.panel, pr.x, pr.y))
		e := math.Hypot(gx-wx, gy-wy)
		worst = max(worst, e)
		if math.Abs(gx-wx) > probeTol || math.Abs(gy-wy) > probeTol {
			t.Errorf("probe (%g, %g) on panel %d: drawn at pixel (%.2f, %.2f), PlotPanels maps it to (%.2f, %.2f)", pr.x, pr.y, pr.panel, gx, gy, wx, wy)
		}
	}
	return worst
}

// pixelAt returns the colour of the pixel under canvas point p.
func pixelAt(img *image.RGBA, p vg.Point) color.RGBA {
	px, py := toPixel(img, p)
	return img.RGBAAt(int(px), int(py))
}

// sameRGB reports whether a pixel has exactly colour c (opaque).
func sameRGB(px color.RGBA, c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return px.R == uint8(r>>8) && px.G == uint8(g>>8) && px.B == uint8(b>>8)
}

// checkStart checks that the pixel where PlotPanels maps the start of a
// run has the run's colour: the centre of its 8 pt start square.
func checkStart(t *testing.T, fig Figure, panel int, start [2]float64, col color.Color) {
	t.Helper()
	img, c := rasterize(fig)
	plots, canvases := fig.(PlotPanels).PlotPanels(c)
	got := pixelAt(img, mapped(plots, canvases, panel, start[0], start[1]))
	if !sameRGB(got, col) {
		t.Errorf("the start %v maps to a pixel of colour %v, want the run's colour %v", start, got, col)
	}
}

// TestPlotPanelsCurve: lesson 8's figure, ExpLog with the lab's first run
// (25 iterations, α 0.1, from 1.6, as in lesson 8). The probe at
// (2, 10) lies in the empty top-left of f's U (f(2) = e² − ln 2 ≈ 6.7).
func TestPlotPanelsCurve(t *testing.T) {
	f := gdlib.ExpLog()
	run := mustRun(f, gdlib.Pt(1.6), gdlib.GD(0.1), 25)
	cp := Curve(f).With(run)
	addProbe(cp.Plot, 2, 10, probeColor(0))
	e := checkProbes(t, cp, 1, []probe{{0, 2, 10, probeColor(0)}})
	t.Logf("largest error %.2f px", e)
	// The run is the third colour: f and f′ take the first two (Curve).
	checkStart(t, cp, 0, [2]float64{1.6, f.Func([]float64{1.6})}, RunColor(2))
}

// TestPlotPanelsCurveKeyAbove: five runs make a key of 7 entries, more
// than MaxBoxKey, drawn above the axes: the axes move down by its rows.
func TestPlotPanelsCurveKeyAbove(t *testing.T) {
	q := quadratic()
	cp := Curve(q)
	for i, lr := range []float64{0.01, 0.05, 0.1, 0.2, 0.3} { // below 2/6, where GD on 3x² − 3x + 4 diverges
		cp.With(Named(fmt.Sprintf("run %d", i+1), mustRun(q, gdlib.Pt(-1.5), gdlib.GD(lr), 30)))
	}
	if !cp.keyAbove() {
		t.Fatal("the key of 7 entries is not above the axes")
	}
	// (1.5, 20): right of the vertex at x = ½, above f(1.5) = 6.25.
	addProbe(cp.Plot, 1.5, 20, probeColor(0))
	checkProbes(t, cp, 1, []probe{{0, 1.5, 20, probeColor(0)}})
}

// TestPlotPanelsHeatmap: key above, equal aspect and a colour bar at the
// right all shrink the data area; the probe and the run's start must still
// land where PlotPanels says. The course's run on peaks from (0, 1.4), lr
// 0.01.
func TestPlotPanelsHeatmap(t *testing.T) {
	pk := gdlib.Peaks()
	m := Heatmap(pk).With(mustRun(pk, gdlib.Pt(0, 1.4), gdlib.GD(0.01), 1000))
	addProbe(m.Plot, -2.5, -2.5, probeColor(0)) // the bottom-left corner of [−3, 3]²
	addProbe(m.Plot, 2.5, 2.5, probeColor(1))   // the top-right corner
	checkProbes(t, m, 1, []probe{{0, -2.5, -2.5, probeColor(0)}, {0, 2.5, 2.5, probeColor(1)}})
	checkStart(t, m, 0, [2]float64{0, 1.4}, RunColor(0))
}

// TestPlotPanelsBasinMap: a basin map's key at the right of the map.
func TestPlotPanelsBasinMap(t *testing.T) {
	g, mins := basinGrid(21, 60, 0.01) // the coarse basin grid of basins_panel_test.go
	m := BasinMap(g, mins...)
	addProbe(m.Plot, -2, 2, probeColor(0)) // inside the grid's [−3, 3]² (fixtures_test.go)
	checkProbes(t, m, 1, []probe{{0, -2, 2, probeColor(0)}})
}

// TestPlotPanelsLab: lesson 9's figure, ContourSurface of the three pits
// with the lab's run (from (0.5, 3), α 0.2, 30 iterations, as in lesson 9).
// Only the contour panel is reported; the surface is not a
// gonum plot.
func TestPlotPanelsLab(t *testing.T) {
	tb := gdlib.ThreeBumps()
	lab := ContourSurface(tb, 18, mustRun(tb, gdlib.Pt(0.5, 3), gdlib.GD(0.2), 30))
	addProbe(lab.Contour.Plot, 4.5, 4.5, probeColor(0)) // the top-right of [0, 5]²
	addProbe(lab.Contour.Plot, 4.5, 0.5, probeColor(1)) // the bottom-right
	e := checkProbes(t, lab, 1, []probe{{0, 4.5, 4.5, probeColor(0)}, {0, 4.5, 0.5, probeColor(1)}})
	t.Logf("largest error %.2f px", e)
	checkStart(t, lab, 0, [2]float64{0.5, 3}, RunColor(0))

	// The check can fail: the plain gonum plot on the left half of the
	// figure (what a hand-written adapter reports if it forgets the key
	// above and the equal aspect) puts the probe far from where it is.
	img, c := rasterize(lab)
	half := c
	half.Max.X = (c.Min.X + c.Max.X) / 2
	gx, gy, _ := centroid(img, probeColor(0))
	wx, wy := toPixel(img, mapped([]*plot.Plot{lab.Contour.Plot.Plot}, []draw.Canvas{half}, 0, 4.5, 4.5))
	if d := math.Hypot(gx-wx, gy-wy); d < 10 {
		t.Errorf("the naive layout is only %.1f px off; the test would not see a wrong one", d)
	} else {
		t.Logf("a naive layout is %.1f px off", d)
	}
}

// TestPlotPanelsGrid: panels in panels. A 2 × 2 grid with a title and a
// shared legend holds a curve, a heat map, a lab (itself a row of two
// panels) and a contour plot: PlotPanels returns their four gonum plots
// in order, each on its own tile.
func TestPlotPanelsGrid(t *testing.T) {
	q, pk, tb := quadratic(), gdlib.Peaks(), gdlib.ThreeBumps()
	cp := Curve(q)
	hm := Heatmap(pk)
	lab := ContourSurface(tb, 10)
	ct := Contour(pk, 10)
	g := Grid(2, 2, cp, hm, lab, ct)
	g.Title = "Four panels"
	g.Legend = []LegendEntry{{"probe", marker{GlyphStyle: draw.GlyphStyle{Color: color.Black, Radius: 3, Shape: draw.BoxGlyph{}}}}}
	g.Width, g.Height = 10*vg.Inch, 8*vg.Inch
	probes := []probe{
		{0, 1, 15, probeColor(0)}, // above the quadratic's f(1) = 4, below its top f(−2) = 22
		{1, 2, -2, probeColor(1)},
		{2, 1, 4, probeColor(2)},
		{3, -2, 2, probeColor(3)},
	}
	for i, p := range []*Plot{cp.Plot, hm.Plot, lab.Contour.Plot, ct.Plot} {
		addProbe(p, probes[i].x, probes[i].y, probes[i].col)
	}
	checkProbes(t, g, 4, probes)
}

// TestPlotPanelsByIteration: ByIteration's panels are Plots in a Grid.
func TestPlotPanelsByIteration(t *testing.T) {
	q := quadratic()
	p := ByIteration([]*gdlib.Trace{mustRun(q, gdlib.Pt(1.026), gdlib.GD(0.01), 100)}, Coord(0), Deriv) // the course's first run (golden "iterations2")
	plots, _ := p.PlotPanels(draw.New(vgimg.New(p.Size())))
	if len(plots) != 2 {
		t.Errorf("ByIteration of two quantities: %d plots, want 2", len(plots))
	}
}

// TestPlotPanelsNone: figures that cannot be drawn, and the 3-D surface,
// report no plot.
func TestPlotPanelsNone(t *testing.T) {
	c := draw.New(vgimg.New(DefaultWidth, DefaultHeight))
	if ps, _ := Curve(nil).PlotPanels(c); len(ps) != 0 {
		t.Errorf("a curve of nil: %d plots", len(ps))
	}
	if ps, _ := Heatmap(gdlib.ExpLog()).PlotPanels(c); len(ps) != 0 { // a function of one variable: Err
		t.Errorf("a heat map of a function of one variable: %d plots", len(ps))
	}
	if ps, _ := Grid(1, 1, Curve(quadratic()), Curve(quadratic())).PlotPanels(c); len(ps) != 0 {
		t.Errorf("two figures in 1 × 1 panels: %d plots", len(ps))
	}
	if ps, _ := Row(Surface(gdlib.Peaks())).PlotPanels(c); len(ps) != 0 {
		t.Errorf("a row of one surface: %d plots", len(ps))
	}
}
