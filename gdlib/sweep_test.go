package gdlib

import (
	"math"
	"strings"
	"testing"
)

// TestSweepLearningRates: the course's learning-rate experiment, 50 rates linspace(1e−10, 0.1, 50),
// GD from x = 0 for 1000 epochs on sin(x)·e^(−0.05x²). The runs come back
// in the order of the rates, each equal to its own Run. The course observes
// that a tiny rate barely moves (f′(0) = 1, so 1000 steps of 1e−10 move
// x by 1e−7) and that larger rates reach the global minimum (−1.4289,
// within 0.01 for every rate ≥ 0.02: at 0.02 × 1000 steps the error has
// shrunk by e^(−20·f″) with f″ ≈ 1.1 there).
func TestSweepLearningRates(t *testing.T) {
	f := DampedSine()
	lrs := Linspace(1e-10, 0.1, 50)
	res, err := Sweep(lrs, func(lr float64) (*Trace, error) {
		return Run(f, Pt(0), GD(lr), &Settings{Steps: 1000})
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Len() != 50 {
		t.Fatalf("Len = %d, want 50", res.Len())
	}
	for i, lr := range lrs {
		want := MustRun(f, Pt(0), GD(lr), &Settings{Steps: 1000})
		x, y := res.XY(i)
		if x != lr || !sameFloat(y, want.Final()[0]) || res.Runs[i].Optimizer != want.Optimizer {
			t.Errorf("XY(%d) = (%g, %g) by %s, want (%g, %g) by %s", i, x, y, res.Runs[i].Optimizer, lr, want.Final()[0], want.Optimizer)
		}
		if lr >= 0.02 && math.Abs(y-f.Minima[0].X[0]) > 0.01 {
			t.Errorf("lr %g ends at %g, want the global minimum %g", lr, y, f.Minima[0].X[0])
		}
	}
	if y := res.Final(0)[0]; math.Abs(y+1e-7) > 1e-9 {
		t.Errorf("lr 1e-10 ends at %g, want about −1e−7", y)
	}
}

// TestSweep2RatesByEpochs: the course's experiment of 50 learning rates ×
// 40 epoch counts
// round(linspace(10, 500, 40)). The grid's axes match the data: 50 columns
// of learning rates across, 40 rows of epochs up (the course's figure
// labels them the other way round), and Z(c, r) is the run with
// Xs[c], Ys[r]. The course's colour limits are −1.45..−1.2: the largest
// rate with the most epochs lies there (at the minimum, −1.4289), the
// smallest rate with the fewest epochs far outside (it has barely left 0).
func TestSweep2RatesByEpochs(t *testing.T) {
	f := DampedSine()
	lrs, epochs := Linspace(1e-10, 0.1, 50), Round(Linspace(10, 500, 40))
	g, err := Sweep2(lrs, epochs, func(lr, ep float64) (float64, error) {
		tr, err := Run(f, Pt(0), GD(lr), &Settings{Steps: int(ep)})
		if err != nil {
			return 0, err
		}
		return tr.Final()[0], nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c, r := g.Dims(); c != 50 || r != 40 {
		t.Fatalf("Dims = %d, %d; want 50 learning rates, 40 epoch counts", c, r)
	}
	for _, cr := range [][2]int{{0, 0}, {49, 0}, {0, 39}, {17, 23}, {49, 39}} {
		c, r := cr[0], cr[1]
		want := MustRun(f, Pt(0), GD(lrs[c]), &Settings{Steps: int(epochs[r])}).Final()[0]
		if g.X(c) != lrs[c] || g.Y(r) != epochs[r] || !sameFloat(g.Z(c, r), want) {
			t.Errorf("cell (%d, %d): X %g, Y %g, Z %g; want %g, %g, %g", c, r, g.X(c), g.Y(r), g.Z(c, r), lrs[c], epochs[r], want)
		}
	}
	if z := g.Z(49, 39); z < -1.45 || z > -1.2 {
		t.Errorf("largest rate, most epochs: %g, want within the course's colour limits −1.45..−1.2", z)
	}
	if z := g.Z(0, 0); z < -1e-3 {
		t.Errorf("smallest rate, fewest epochs: %g, want about 0", z)
	}
	if rg := g.Range(); rg.Min < -1.45 || rg.Max > 0 {
		t.Errorf("Range = %v: GD from 0 with these rates stays in [−1.45, 0]", rg)
	}
}

func TestSweepRejectsBadInput(t *testing.T) {
	run := func(v float64) (*Trace, error) { return Run(quadratic, Pt(1), GD(0.1), nil) }
	measure := func(x, y float64) (float64, error) { return x + y, nil }
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"empty values", second(Sweep(nil, run, nil)), "Sweep: values is empty"},
		{"NaN value", second(Sweep([]float64{1, math.NaN()}, run, nil)), "values[1] = NaN"},
		{"nil run", second(Sweep([]float64{1}, nil, nil)), "run is nil"},
		{"no trace", second(Sweep([]float64{1}, func(float64) (*Trace, error) { return nil, nil }, nil)), "values[0] = 1: run returned no trace"},
		{"failing run", second(Sweep([]float64{0.1, -0.1}, func(lr float64) (*Trace, error) { return Run(quadratic, Pt(1), GD(lr), nil) }, nil)), "gdlib: Sweep: values[1] = -0.1: learning rate lr = -0.1"},
		{"empty xs", second(Sweep2(nil, []float64{1}, measure, nil)), "Sweep2: xs is empty"},
		{"NaN ys", second(Sweep2([]float64{1}, []float64{math.NaN()}, measure, nil)), "ys[0] = NaN"},
		{"nil measure", second(Sweep2([]float64{1}, []float64{1}, nil, nil)), "measure is nil"},
		{"too large", second(Sweep2(make([]float64, 100000), make([]float64, 100000), measure, nil)), "100000 × 100000 values need about 80 GB, more than gdlib.MaxBytes"},
	} {
		if c.err == nil || !strings.Contains(c.err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, c.err, c.want)
		} else if n := strings.Count(c.err.Error(), "gdlib:"); n != 1 {
			t.Errorf("%s: error %q says gdlib: %d times, want once", c.name, c.err, n)
		}
	}
}
