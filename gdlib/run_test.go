package gdlib

import (
	"math"
	"runtime"
	"strings"
	"testing"
)

// quadratic is the course's f(x) = 3x² − 3x + 4 written by hand, so that the
// run loop is tested independently of the catalogue and of automatic
// differentiation.
var quadratic = NewFunction("3x²−3x+4", 1,
	func(x []float64) float64 { return 3*x[0]*x[0] - 3*x[0] + 4 },
	func(g, x []float64) { g[0] = 6*x[0] - 3 }, nil)

// TestRunQuadraticFixedRate reproduces the course's first run: x₀ = 1.026,
// lr 0.01, 100 epochs → 0.5010808641292953
// (notebooks/testdata/seed-numbers.md).
func TestRunQuadraticFixedRate(t *testing.T) {
	tr, err := Run(quadratic, Pt(1.026), GD(0.01), &Settings{Steps: 100})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tr.Final()[0], 0.5010808641292953; got != want {
		t.Errorf("final x = %.17g, want %.17g", got, want)
	}
	if tr.Steps() != 100 || tr.Len() != 101 || len(tr.LR) != 100 || tr.Status != StepLimit {
		t.Errorf("steps %d, len %d, LR %d, status %v; want 100, 101, 100, step limit", tr.Steps(), tr.Len(), len(tr.LR), tr.Status)
	}
	if tr.X(0)[0] != 1.026 || tr.Grad(0)[0] != quadratic.Deriv(1.026) {
		t.Errorf("iterate 0 = %v, gradient %v; want the start 1.026 and f′(1.026)", tr.X(0), tr.Grad(0))
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	cases := []struct {
		name  string
		start Point
		opt   Transform
		set   *Settings
		want  string // a fragment the message must contain: the parameter and the value
	}{
		{"negative lr", Pt(1), GD(-1), nil, "lr = -1"},
		{"zero lr", Pt(1), GD(0), nil, "lr = 0"},
		{"NaN lr", Pt(1), GD(math.NaN()), nil, "lr = NaN"},
		{"negative steps", Pt(1), GD(0.1), &Settings{Steps: -3}, "Steps = -3"},
		{"NaN start", Pt(math.NaN()), GD(0.1), nil, "start = NaN"},
		{"wrong dimension", Pt(1, 2), GD(0.1), nil, "2 coordinates"},
		{"empty start", Pt(), GD(0.1), nil, "start is empty"},
		{"nil optimizer", Pt(1), nil, nil, "optimizer is nil"},
		{"inverted region", Pt(1), GD(0.1), &Settings{Region: Box{{2, -2}}}, "Region[0] = [2, -2]"},
	}
	for _, c := range cases {
		_, err := Run(quadratic, c.start, c.opt, c.set)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

// TestRunDivergesAsResult: with lr 0.5 on 3x²−3x+4 each step multiplies
// x − ½ by 1 − 0.5·6 = −2, so |x − ½| doubles and passes Bound (1e12) after
// about log₂(1e12) ≈ 40 steps: a Diverged trace, not an error or a panic.
func TestRunDivergesAsResult(t *testing.T) {
	tr, err := Run(quadratic, Pt(1), GD(0.5), &Settings{Steps: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Status != Diverged || tr.Where < 30 || tr.Where > 50 {
		t.Errorf("status %v at %d, want diverged near iterate 41: %v", tr.Status, tr.Where, tr)
	}
	if !strings.Contains(tr.String(), "diverged") {
		t.Errorf("String() = %q, want it to say diverged", tr)
	}
}

// TestRunGradTol: the labs' rule |f′| < 1e−5. On 3x²−3x+4 with lr 0.1 the
// error x − ½ shrinks by |1 − 0.6| = 0.4 per step; from x₀ = 1, |f′| =
// 6·0.5·0.4ᵏ < 1e−5 first at k = 14.
func TestRunGradTol(t *testing.T) {
	tr := MustRun(quadratic, Pt(1), GD(0.1), &Settings{Steps: 100, GradTol: 1e-5})
	if tr.Status != Converged || tr.Steps() != 14 {
		t.Errorf("status %v after %d steps, want converged after 14", tr.Status, tr.Steps())
	}
}

func TestRunAllocatesNothingPerStep(t *testing.T) {
	short := testing.AllocsPerRun(20, func() { MustRun(quadratic, Pt(1), GD(0.01), &Settings{Steps: 10}) })
	long := testing.AllocsPerRun(20, func() { MustRun(quadratic, Pt(1), GD(0.01), &Settings{Steps: 10000}) })
	if long != short {
		t.Errorf("allocations: %v for 10 steps, %v for 10000: the loop allocates per step", short, long)
	}
}

// A run allowed MaxSteps (10⁸) that converges early allocates for the steps
// it took, not for the 10⁸ it might have taken (5.6 GB in two dimensions).
func TestRunReservesForStepsTaken(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	run := MustRun(Rosenbrock(), Pt(0.5, 0.5), GD(1e-3), &Settings{Steps: MaxSteps, GradTol: 1e-3})
	runtime.ReadMemStats(&after)
	// 10 MB: the 16384 reserved iterates take 1.1 MB and the doublings
	// past them at most three times the final size.
	if got := after.TotalAlloc - before.TotalAlloc; got > 10<<20 || run.Status != Converged {
		t.Errorf("%v: allocated %d bytes", run, got)
	}
}

// TestPointStringNegativeZero: Sauna's gradient at its minimum (4, 4) has
// components that round to −0; a learner should read "(0, 0)".
func TestPointStringNegativeZero(t *testing.T) {
	if got := Pt(math.Copysign(0, -1), 0).String(); got != "(0, 0)" {
		t.Errorf("Pt(-0, 0).String() = %q, want (0, 0)", got)
	}
	if got := Pt(math.Copysign(0, -1)).String(); got != "0" {
		t.Errorf("Pt(-0).String() = %q, want 0", got)
	}
}
