package plotting

import (
	"sort"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// recordTexts draws fig on a recording canvas and returns every string
// drawn, with its page position.
func recordTexts(fig Figure) []*recorder.FillString {
	rec := &recorder.Canvas{}
	w, h := fig.Size()
	fig.Draw(draw.Canvas{Canvas: rec, Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: h}}})
	var out []*recorder.FillString
	for _, a := range rec.Actions {
		if fs, ok := a.(*recorder.FillString); ok {
			out = append(out, fs)
		}
	}
	return out
}

func TestByIterationNarrowTicksApart(t *testing.T) {
	// Lesson 6's three quantities squeezed into 6 in: each panel is 2 in
	// wide (6 / 3) instead of DefaultPanelWidth's 3.5. The x tick labels of
	// every panel share the lowest baseline; no two neighbours may overlap
	// (with the default 7 ticks, 0, 25, … 150 ran together).
	bw := bowl()
	run := mustRun(bw, gdlib.Pt(-2.5, 0.5), gdlib.GD(0.05), 150) // lesson 6's converging run (golden fixture)
	p := ByIteration([]*gdlib.Trace{run}, Coord(0), Loss, GradNorm)
	p.Width = 6 * vg.Inch
	texts := recordTexts(p)
	var bottom vg.Length = 1e9
	for _, fs := range texts {
		if fs.String != "iteration" && fs.Point.Y < bottom && fs.Point.Y > 0 {
			bottom = fs.Point.Y
		}
	}
	var row []*recorder.FillString
	for _, fs := range texts {
		if fs.Point.Y == bottom {
			row = append(row, fs)
		}
	}
	sort.Slice(row, func(i, j int) bool { return row[i].Point.X < row[j].Point.X })
	if len(row) < 6 { // at least 2 labels in each of 3 panels
		t.Fatalf("found %d x tick labels on the bottom row, want ≥ 6", len(row))
	}
	for i := 1; i < len(row); i++ {
		a, b := row[i-1], row[i]
		face := font.DefaultCache.Lookup(a.Font, a.Size)
		end := a.Point.X + face.Width(a.String)
		if end > b.Point.X {
			t.Errorf("x tick labels %q and %q overlap: %q ends at %.1f pt, %q starts at %.1f", a.String, b.String, a.String, end, b.String, b.Point.X)
		}
	}
}

func TestFitXTicksKeepsWidePanels(t *testing.T) {
	// A 3.5 in panel (DefaultPanelWidth) of 0 … 100 keeps the default
	// choice: step 20 (raw 100/7 ≈ 14 rounds up to 20), six labels.
	p := NewPlot("")
	p.X.Min, p.X.Max = 0, 100
	c := draw.Canvas{Canvas: &recorder.Canvas{}, Rectangle: vg.Rectangle{Max: vg.Point{X: DefaultPanelWidth, Y: DefaultPanelHeight}}}
	restore := fitXTicks(p.Plot, c)
	var got []string
	for _, tk := range p.X.Tick.Marker.Ticks(0, 100) {
		if tk.Label != "" {
			got = append(got, tk.Label)
		}
	}
	restore()
	if len(got) != 6 {
		t.Errorf("3.5 in panel of 0 … 100: labels %q, want the 6 of step 20", got)
	}
	if _, ok := p.X.Tick.Marker.(NiceTicks); !ok || p.X.Tick.Marker.(NiceTicks).Target != 0 {
		t.Errorf("restore left marker %#v, want NiceTicks{}", p.X.Tick.Marker)
	}
}

func TestLastXTickLabelFitsWiderFont(t *testing.T) {
	// Lesson 8's curve of eˣ − ln x on [0.001, 2.5] ends its x axis with
	// the label "2.5" at the right edge. gonum keeps it inside the figure
	// as measured in Liberation Sans; a viewer that draws it in DejaVu
	// Sans (up to fontSlack wider, theme.go) ran 2 pt past the edge and
	// cut the "5" off. Every x tick label must fit at fontSlack × its width.
	cp := Curve(gdlib.ExpLog())
	w, _ := cp.Size()
	found := false
	for _, fs := range recordTexts(cp) {
		if fs.String != "2.5" {
			continue
		}
		found = true
		face := font.DefaultCache.Lookup(fs.Font, fs.Size)
		if end := fs.Point.X + vg.Length(float64(face.Width(fs.String))*fontSlack); end > w {
			t.Errorf("the label %q ends at %.2f pt in a font %.2f× wider, past the figure's right edge at %.0f", fs.String, float64(end), fontSlack, float64(w))
		}
	}
	if !found {
		t.Error("no x tick label 2.5")
	}
}
