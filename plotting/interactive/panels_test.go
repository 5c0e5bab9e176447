package interactive

import (
	"image/color"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

func testPlot() *plot.Plot {
	p := plot.New()
	p.Title.Text = "f(x) = eˣ − ln x"
	p.X.Label.Text, p.Y.Label.Text = "x", "f"
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0.001, 2.5, -0.3, 13 // the course lab's ranges
	fn := plotter.NewFunction(func(x float64) float64 { return math.Exp(x) - math.Log(x) })
	p.Add(fn)
	return p
}

// TestFrameMatchesGonum compares the frame's mapping, built from the data
// area's corners, with gonum's own Transforms at points inside, and checks
// that ToData inverts ToCanvas. Tolerance 1e-9 pt: float rounding only.
func TestFrameMatchesGonum(t *testing.T) {
	p := testPlot()
	c := draw.New(vgsvg.New(6*vg.Inch, 3*vg.Inch))
	f, err := FrameOf(p, c)
	if err != nil {
		t.Fatal(err)
	}
	dc := p.DataCanvas(c)
	tx, ty := p.Transforms(&dc)
	for _, pt := range [][2]float64{{0.1, 0}, {1, 5}, {2.4, 12.5}} {
		cx, cy := f.ToCanvas(pt[0], pt[1])
		if math.Abs(cx-float64(tx(pt[0]))) > 1e-9 || math.Abs(cy-float64(ty(pt[1]))) > 1e-9 {
			t.Errorf("%v: frame gives (%v, %v), gonum (%v, %v)", pt, cx, cy, tx(pt[0]), ty(pt[1]))
		}
		x, y := f.ToData(cx, cy)
		if math.Abs(x-pt[0]) > 1e-9 || math.Abs(y-pt[1]) > 1e-9 {
			t.Errorf("ToData(ToCanvas(%v)) = (%v, %v)", pt, x, y)
		}
		if !f.Contains(cx, cy) {
			t.Errorf("%v is in range but not in the frame", pt)
		}
	}
	if f.Contains(f.MinX-1, f.MinY) {
		t.Error("a point left of the data area is in the frame")
	}
}

// TestFrameMatchesDrawnSVG draws a line between two data points and reads
// where the SVG puts its ends: the frame must map the data points there.
// This checks the mapping against the drawing itself, not against gonum's
// formulas. Tolerance svgTol.
// svgTol is how far from its exact place plotting's SVG may draw a
// point: coordinates are rounded to a 0.1 pt grid (0.05 pt at most),
// and a relative step between two rounded points adds no error.
const svgTol = 0.06

func TestFrameMatchesDrawnSVG(t *testing.T) {
	p := testPlot()
	l, err := plotter.NewLine(plotter.XYs{{X: 0.5, Y: 2}, {X: 2, Y: 10}})
	if err != nil {
		t.Fatal(err)
	}
	l.Color = color.RGBA{R: 1, G: 2, B: 3, A: 255}
	p.Add(l)
	r, err := render(GonumPlot(p, 6*vg.Inch, 3*vg.Inch), annotation{})
	if err != nil {
		t.Fatal(err)
	}
	// plotting writes the line's start and then its step: M x,y l dx,dy.
	m := regexp.MustCompile(`<path d="M([0-9.]+),([0-9.]+)l(-?[0-9.]+),(-?[0-9.]+)" style="fill:none;stroke:#010203"`).FindStringSubmatch(r.SVG)
	if m == nil {
		t.Fatal("the line is not in the SVG")
	}
	num := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
	ends := [][2]float64{{num(m[1]), num(m[2])}, {num(m[1]) + num(m[3]), num(m[2]) + num(m[4])}}
	for i, pt := range [][2]float64{{0.5, 2}, {2, 10}} {
		cx, cy := r.Frames[0].ToCanvas(pt[0], pt[1])
		if math.Abs(cx-ends[i][0]) > svgTol || math.Abs(cy-ends[i][1]) > svgTol {
			t.Errorf("data %v: frame says (%.5g, %.5g), the SVG draws it at (%.5g, %.5g)", pt, cx, cy, ends[i][0], ends[i][1])
		}
	}
}

func TestFrameOfLogAxis(t *testing.T) {
	p := testPlot()
	p.X.Min, p.X.Max = 0.01, 10
	p.X.Scale = plot.LogScale{}
	_, err := FrameOf(p, draw.New(vgsvg.New(6*vg.Inch, 3*vg.Inch)))
	if err == nil || !strings.Contains(err.Error(), "x axis") {
		t.Errorf("error %v, want one naming the x axis", err)
	}
}

// TestRenderFigure renders a gonum plot with notes: the SVG has no XML
// prolog (it goes inside HTML), the notes are in it, and the frame is the
// plot's.
func TestRenderFigure(t *testing.T) {
	r, err := render(GonumPlot(testPlot(), 6*vg.Inch, 3*vg.Inch), annotation{lines: []string{"iteration 3", "Converged"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.SVG, "<svg") {
		t.Errorf("SVG starts with %q", r.SVG[:20])
	}
	for _, s := range []string{">iteration 3<", ">Converged<"} {
		if !strings.Contains(r.SVG, s) {
			t.Errorf("the SVG does not hold %q", s)
		}
	}
	// 6 × 3 inches at 72 points per inch.
	if r.W != 432 || r.H != 216 || len(r.Frames) != 1 || r.Frames[0].XMax != 2.5 {
		t.Errorf("size %v × %v, frames %+v", r.W, r.H, r.Frames)
	}
	if _, err := render(messageFigure("x"), annotation{}); err != nil {
		t.Errorf("a message figure: %v", err)
	}
	if _, err := render(nil, annotation{}); err == nil {
		t.Error("a nil figure rendered")
	}
}
