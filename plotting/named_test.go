package plotting

import (
	"fmt"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

func TestNamedRunsLabelEveryFigure(t *testing.T) {
	// The course's first run (GD(0.01) from 1.026, 100 steps) named "small steps":
	// the key of Curve and of ByIteration says so, the run keeps its own
	// name, and the copy shares its iterates.
	q := quadratic()
	run := mustRun(q, gdlib.Pt(1.026), gdlib.GD(0.01), 100)
	nr := Named("small steps", run)
	if run.Optimizer != "GD(0.01)" {
		t.Errorf("Named changed the run's own name to %q", run.Optimizer)
	}
	if nr.Final()[0] != run.Final()[0] || nr.Len() != run.Len() {
		t.Errorf("named copy ends at %v after %d iterates, want %v after %d", nr.Final(), nr.Len(), run.Final(), run.Len())
	}
	has := func(key []LegendEntry, text string) bool {
		for _, e := range key {
			if e.Text == text {
				return true
			}
		}
		return false
	}
	if k := Curve(q).With(nr).Key; !has(k, "small steps") {
		t.Errorf("Curve key %v lacks \"small steps\"", k)
	}
	other := mustRun(q, gdlib.Pt(-1.5), gdlib.GD(0.3), 30) // the golden "curve"'s second run
	if k := ByIteration([]*gdlib.Trace{nr, other}, Coord(0)).Legend; !has(k, "small steps") {
		t.Errorf("ByIteration legend %v lacks \"small steps\"", k)
	}
	bw := bowl()
	r2 := Named("bowl run", mustRun(bw, gdlib.Pt(-2.5, 0.5), gdlib.GD(0.05), 150)) // lesson 6's run (golden "runs_diverged")
	if k := Heatmap(bw).With(r2).Key; !has(k, "bowl run") {
		t.Errorf("Heatmap key %v lacks \"bowl run\"", k)
	}
	if Named("x", nil) != nil {
		t.Error("Named of nil is not nil")
	}
}

func TestLongKeyGoesAboveAxes(t *testing.T) {
	// f, f′ and five runs: seven entries, more than MaxBoxKey (4), so the
	// key is drawn in rows above the axes and no entry's text lies inside
	// the data area.
	q := quadratic()
	var runs []*gdlib.Trace
	for i, lr := range []float64{0.01, 0.05, 0.1, 0.2, 0.3} { // rates below 2/6 = 0.33, where GD on 3x² − 3x + 4 diverges
		runs = append(runs, Named(fmt.Sprintf("run %d", i+1), mustRun(q, gdlib.Pt(1.026), gdlib.GD(lr), 30)))
	}
	cp := Curve(q).With(runs...)
	w, h := cp.Size()
	c := draw.Canvas{Canvas: &recorder.Canvas{}, Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: h}}}
	dc := cp.dataCanvas(c)
	found := 0
	for _, fs := range recordTexts(cp) {
		if len(fs.String) == 5 && fs.String[:4] == "run " {
			found++
			if fs.Point.Y < dc.Max.Y {
				t.Errorf("key entry %q at y = %.1f, inside the data area (top %.1f)", fs.String, fs.Point.Y, dc.Max.Y)
			}
		}
	}
	if found != 5 {
		t.Errorf("found %d run entries in the key, want 5", found)
	}
}
