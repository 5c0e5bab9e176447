package interactive

import (
	"math"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// expLog is the course's one-variable lab function f(x) = eˣ − ln x (x > 0) with f′(x) = eˣ − 1/x,
// plotted on [0.001, 2.5] (the lab's plot_f call).
func expLog() *gdlib.Function {
	f := gdlib.NewFunction("exp-log", 1,
		func(x []float64) float64 { return math.Exp(x[0]) - math.Log(x[0]) },
		func(g, x []float64) { g[0] = math.Exp(x[0]) - 1/x[0] }, nil)
	f.Domain = gdlib.Box{{Min: 0.001, Max: 2.5}}
	return f
}

func noFigure(*gdlib.Trace) plotting.Figure { return messageFigure("unused") }

// TestDescentLabVerdicts runs every parameter set of the first exercise of
// the course's one-variable lab and checks the verdict the lab's comments
// give for it ("Comments related to the choice of the parameters in the
// animation").
func TestDescentLabVerdicts(t *testing.T) {
	for _, c := range []struct {
		steps int
		lr    float64
		x0    float64
		want  string
		say   string // the lab's words
	}{
		{25, 0.1, 1.6, VerdictConverged, "you get to the minimum point successfully"},
		{25, 0.3, 1.6, VerdictConverged, "the method converges even faster"},
		{25, 0.5, 1.6, VerdictNotConverged, "the method doesn't converge anymore"},
		{25, 0.04, 1.6, VerdictNotConverged, "will not run enough number of iterations to converge"},
		{75, 0.04, 1.6, VerdictConverged, "the model will converge but slowly"},
		{25, 0.1, 0.05, VerdictConverged, "it will work"},
		{25, 0.1, 0.02, VerdictNotConverged, "the method doesn't converge anymore"},
	} {
		d := Descent{F: expLog(), Start: gdlib.Pt(c.x0), LR: c.lr, Steps: c.steps, Draw: noFigure}
		run, got, err := d.Run()
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		if got != c.want {
			t.Errorf("steps %d, lr %g, x₀ %g: verdict %q (%s), want %q: the lab says %q", c.steps, c.lr, c.x0, got, why(run), c.want, c.say)
		}
	}
}

// TestDescentConvergesAtIteration21 checks the iteration the lab names:
// "Even a little bit earlier - on the iteration 21", and that the point is
// the lab's minimum 0.5671434156768685 to within what
// |f′| < 1e-5 allows: |x − x*| ≤ 1e-5 / min f″ on [0.5, 0.6], and
// f″(x) = eˣ + 1/x² ≥ 4.5 there, so 2.3e-6.
func TestDescentConvergesAtIteration21(t *testing.T) {
	run, v, err := Descent{F: expLog(), Start: gdlib.Pt(1.6), LR: 0.1, Steps: 25, Draw: noFigure}.Run()
	if err != nil {
		t.Fatal(err)
	}
	if v != VerdictConverged || run.Steps() != 21 {
		t.Errorf("verdict %q after %d iterations, want %q after 21", v, run.Steps(), VerdictConverged)
	}
	if x := run.Final()[0]; math.Abs(x-0.5671434156768685) > 2.3e-6 {
		t.Errorf("converged at %.10g, want 0.5671434157 ± 2.3e-6", x)
	}
}

// TestDescentLeavesRange: a run that leaves the plotted range has not
// converged, even if it would settle outside (the labs' rule).
func TestDescentLeavesRange(t *testing.T) {
	// From x₀ = 0.02: f′ = e^0.02 − 50 ≈ −48.98, so x₁ ≈ 4.92 > 2.5.
	run, v, err := Descent{F: expLog(), Start: gdlib.Pt(0.02), LR: 0.1, Steps: 25, Draw: noFigure}.Run()
	if err != nil {
		t.Fatal(err)
	}
	if v != VerdictNotConverged || run.Status != gdlib.LeftRegion || run.Where != 1 {
		t.Errorf("got %q, status %v at iterate %d; want %q, left the region at iterate 1", v, run.Status, run.Where, VerdictNotConverged)
	}
}

// TestDescentSauna: the course lab's two-variable run from (0.5, 0.6),
// lr 0.25, reaches the lab's (4.0, 4.0) with both partials under 1e-3.
func TestDescentSauna(t *testing.T) {
	run, v, err := Descent{F: gdlib.Sauna(), Start: gdlib.Pt(0.5, 0.6), LR: 0.25, Steps: 30, Draw: noFigure}.Run()
	if err != nil {
		t.Fatal(err)
	}
	x := run.Final()
	// Tolerance 0.01: the lab prints (4.0, 4.0) after 30 iterations; the
	// verdict stops the run earlier, at |∂f| < 1e-3, where the Hessian of
	// the sauna function at (4, 4) (entries ≈ 0.4–1.1) bounds the distance
	// to about 1e-3/0.4.
	if v != VerdictConverged || math.Abs(x[0]-4) > 0.01 || math.Abs(x[1]-4) > 0.01 {
		t.Errorf("%q at %v after %d iterations, want %q near (4, 4)", v, x, run.Steps(), VerdictConverged)
	}
}

func TestDescentBadInput(t *testing.T) {
	for _, c := range []struct {
		d    Descent
		want string
	}{
		{Descent{Start: gdlib.Pt(1), LR: 0.1, Draw: noFigure}, "Descent.F"},
		{Descent{F: expLog(), Start: gdlib.Pt(1), LR: 0.1}, "Descent.Draw"},
		{Descent{F: expLog(), Start: gdlib.Pt(3), LR: 0.1, Draw: noFigure}, "Descent.Start = 3"},
		{Descent{F: expLog(), Start: gdlib.Pt(1, 2), LR: 0.1, Draw: noFigure}, "Descent.Start"},
		{Descent{F: expLog(), Start: gdlib.Pt(1), LR: -0.1, Draw: noFigure}, "-0.1"},
	} {
		_, _, err := c.d.Run()
		if err == nil || !contains(err.Error(), c.want) {
			t.Errorf("error %v, want one naming %q", err, c.want)
		}
	}
}

// TestDescentClickRestarts feeds the app the event a click sends and checks
// that the run restarts from the clicked point, and that a click outside
// the plotted range is ignored with a notice on the figure.
func TestDescentClickRestarts(t *testing.T) {
	a, err := newDescentApp(Descent{F: expLog(), Start: gdlib.Pt(1.6), LR: 0.1, Steps: 25, Draw: noFigure})
	if err != nil {
		t.Fatal(err)
	}
	if !a.handle(event{Type: "click", X: 0.3, Y: 7}) {
		t.Fatal("a click did not ask for a redraw")
	}
	if s := a.full.Start()[0]; s != 0.3 || a.k != 1 || !a.playing {
		t.Errorf("after a click at x = 0.3: start %v, frame %d, playing %v; want 0.3, 1, true", s, a.k, a.playing)
	}
	a.handle(event{Type: "click", X: 2.7})
	if s := a.full.Start()[0]; s != 0.3 || a.notice == "" {
		t.Errorf("a click at 2.7, outside [0.001, 2.5], moved the start to %v (notice %q)", s, a.notice)
	}
	for a.tick() {
	}
	if a.k != a.full.Steps() {
		t.Errorf("the animation stopped at frame %d of %d", a.k, a.full.Steps())
	}
	_, ann, _ := a.figure()
	if last := ann.lines[len(ann.lines)-2]; !contains(last, VerdictConverged) {
		t.Errorf("the last frame's notes %q hold no verdict", ann.lines)
	}
}
