package gdlib

import (
	"math"
	"testing"
)

// This file reproduces every number of notebooks/testdata/seed-numbers.md
// that comes from a function value, a derivative or gradient descent with a
// constant learning rate. (The rows with a time-based or gradient-scaled
// rate are pinned by schedule_test.go and gradscaled_test.go.)
//
// Where our arithmetic is the course's, operation for operation, the test
// demands equality. Where it is not (the course used sympy or its lab's
// helper module, whose expressions differ in the order of operations), the
// tolerance is derived in the comment.

// ulp is the spacing of float64 numbers in [1, 2): 2⁻⁵².
const ulp = 0x1p-52

// final runs GD(lr) from start for steps steps and returns the last iterate.
func final(t *testing.T, f Objective, start Point, lr float64, steps int) Point {
	t.Helper()
	tr, err := Run(f, start, GD(lr), &Settings{Steps: steps})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Status != StepLimit || tr.Steps() != steps {
		t.Fatalf("%v: want %d steps and the step limit", tr, steps)
	}
	return tr.Final()
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// The course's first run, GD on 3x² − 3x + 4 from linspace(−2, 2, 2001)[1513]
// = 1.026 with lr 0.01 for 100 epochs → 0.5010808641292953; and its
// fixed-rate run from 1.28 → 0.5016028023210083. The course's derivative is
// 6x − 3, the same operations as Quadratic's: exact. The same through New1
// and Formula, whose derivative 3·(2x) − 3 rounds identically (2x and the
// product by 3 are exact for these x up to one rounding, the one of 6x).
func TestCourseQuadratic(t *testing.T) {
	fs := []*Function{
		Quadratic(),
		New1("q", ``, quadraticNum),
		MustFormula("q", "3x^2 - 3x + 4"),
	}
	for _, f := range fs {
		if got := final(t, f, Pt(1.026), 0.01, 100)[0]; got != 0.5010808641292953 {
			t.Errorf("%s from 1.026: %.17g, want 0.5010808641292953", f.TeX, got)
		}
		if got := final(t, f, Pt(1.28), 0.01, 100)[0]; got != 0.5016028023210083 {
			t.Errorf("%s from 1.28: %.17g, want 0.5016028023210083", f.TeX, got)
		}
	}
}

// The course's sympy ∂peaks/∂x at (1, 1), printed
// −1.07369833656079, is −1.0736983365607875 in full precision. Our three
// ways of computing it — the hand-written gradient, automatic
// differentiation of the Num form, and Formula — evaluate different (but
// exact) expressions of the derivative, each with ~20 roundings of terms of
// size ≤ 10 that largely cancel; they agree with the reference to 4 ulps.
func TestCoursePeaksDerivative(t *testing.T) {
	const want = -1.0736983365607875
	for name, f := range map[string]*Function{
		"hand-written": Peaks(),
		"New2":         New2("peaks", ``, peaksNum),
		"Formula":      MustFormula("peaks", peaksFormula),
	} {
		if got := f.Gradient(1, 1)[0]; !near(got, want, 4*ulp) {
			t.Errorf("%s: ∂peaks/∂x(1, 1) = %.17g, want %.17g", name, got, want)
		}
	}
}

// The course's peaks run and its peaks exercise: GD on peaks with lr 0.01.
// The runs end at minima of peaks (the global one from (1.74178471,
// −1.96541217), the local one near (0.296, 0.320) from (0, 1.4)), where GD
// contracts: there the last digits are set by the rounding of ∇f near
// zero, not by the path. Our gradient differs from sympy's expression by
// a few ulps of its terms (≤ 10·4·ulp ≈ 1e-14 absolute); divided by the
// smallest curvature at those minima (≈ 1.2 for the local one, from the
// Hessian eigenvalues) it moves the fixed point by ≈ 1e-14. Tolerance
// 1e-13. The 10 000-epoch run ends at the same point (as the course's
// exercise finds).
func TestCoursePeaksGD(t *testing.T) {
	f := Peaks()
	cases := []struct {
		start  Point
		epochs int
		want   Point
	}{
		{Pt(1.74178471, -1.96541217), 1000, Pt(0.22827892055636925, -1.625534957499996)},
		{Pt(0, 1.4), 1000, Pt(0.2964455538468319, 0.32019624766683474)},
		{Pt(0, 1.4), 10000, Pt(0.2964455538468319, 0.32019624766683474)},
	}
	for _, c := range cases {
		got := final(t, f, c.start, 0.01, c.epochs)
		if !near(got[0], c.want[0], 1e-13) || !near(got[1], c.want[1], 1e-13) {
			t.Errorf("from %v, %d epochs: (%.17g, %.17g), want (%.17g, %.17g)", c.start, c.epochs, got[0], got[1], c.want[0], c.want[1])
		}
	}
}

// The course's run on sin(x)·e^(−0.05x²): GD from linspace(−2π, 2π,
// 401)[305] = 3.2986722862692837, lr 0.01, 1000 epochs → 4.29860753406689.
// DampedSine's derivative is the course's expression term for term and the
// start is the course's linspace point, so the run is the course's: exact.
func TestCourseDampedSine(t *testing.T) {
	x0 := Linspace(-2*math.Pi, 2*math.Pi, 401)[305]
	if x0 != 3.2986722862692837 {
		t.Fatalf("linspace point = %.17g, want 3.2986722862692837", x0)
	}
	if got := final(t, DampedSine(), Pt(x0), 0.01, 1000)[0]; got != 4.29860753406689 {
		t.Errorf("final x = %.17g, want 4.29860753406689", got)
	}
}

// The course's local-minimum example: GD on sin x + ½ sin 3x with lr 0.1 for 100 epochs, from 1.0 →
// 1.5707963267948966 (π/2, a local minimum) and from 0.5 →
// −0.7016741237876035 (the global minimum). The course's derivative
// cos x + 1.5 cos 3x is TwoSines' operation for operation: exact.
func TestCourseTwoSines(t *testing.T) {
	f := TwoSines()
	if got := final(t, f, Pt(1.0), 0.1, 100)[0]; got != 1.5707963267948966 {
		t.Errorf("from 1.0: %.17g, want 1.5707963267948966", got)
	}
	if got := final(t, f, Pt(0.5), 0.1, 100)[0]; got != -0.7016741237876035 {
		t.Errorf("from 0.5: %.17g, want -0.7016741237876035", got)
	}
}

// The course's lab: ∇(x² + y²) at (2, 3) is (4, 6), and the sauna's minimum (4, 4)
// has temperature 73.6 (73.62222222222222 in full precision). Both exact:
// 2·2, 2·3 are exact, and Sauna evaluates the lab's formula as written.
func TestLabGradientAndSauna(t *testing.T) {
	if g := Bowl().Gradient(2, 3); g[0] != 4 || g[1] != 6 {
		t.Errorf("∇(x² + y²)(2, 3) = %v, want (4, 6)", g)
	}
	if g := MustFormula("", "x^2 + y^2").Gradient(2, 3); g[0] != 4 || g[1] != 6 {
		t.Errorf("Formula: ∇(x² + y²)(2, 3) = %v, want (4, 6)", g)
	}
	if v := Sauna().At(4, 4); v != 73.62222222222222 {
		t.Errorf("sauna(4, 4) = %.17g, want 73.62222222222222", v)
	}
}

// The course's one-variable lab: GD on eˣ − ln x from 1.6, lr 0.1, 25 iterations →
// 0.5671434156768685; on (eˣ − ln x)·sin 2πx with lr 0.005, 35 iterations,
// from 1.3 → 1.7751686214270586 and from 0.25 → 0.7585728671820583. The
// lab's derivatives are ExpLog's and ExpLogSine's expressions term for
// term: exact.
func TestLabOneVariable(t *testing.T) {
	if got := final(t, ExpLog(), Pt(1.6), 0.1, 25)[0]; got != 0.5671434156768685 {
		t.Errorf("eˣ − ln x from 1.6: %.17g, want 0.5671434156768685", got)
	}
	f := ExpLogSine()
	if got := final(t, f, Pt(1.3), 0.005, 35)[0]; got != 1.7751686214270586 {
		t.Errorf("f₂ from 1.3: %.17g, want 1.7751686214270586", got)
	}
	if got := final(t, f, Pt(0.25), 0.005, 35)[0]; got != 0.7585728671820583 {
		t.Errorf("f₂ from 0.25: %.17g, want 0.7585728671820583", got)
	}
}

// The course's two-variable lab: GD on the sauna function from (0.5, 0.6), lr
// 0.25, 30 iterations → (4.0, 4.0), printed by Python's repr, so exactly 4;
// on the three-bump function from (0.5, 3), lr 0.2, 100 iterations →
// (0.5230322579358745, 0.5169891562802605). The lab's helper module's
// derivative expressions are not in the course; both runs end at a minimum where GD
// contracts (factor |1 − 0.25·4.27| ≈ 0.07 per step for the sauna, whose
// Hessian at (4, 4) is diag(4.27, 4.27)), so the last digits are those of
// the fixed point. For the sauna ∇f(4, 4) is exactly 0 in our arithmetic,
// so the run lands on (4, 4) exactly. For the three bumps the fixed point
// is set by the rounding of ∇f (≈ 1e-16 with terms ≤ 1) over the smallest
// curvature (≈ 1.3): tolerance 1e-14.
func TestLabTwoVariables(t *testing.T) {
	if got := final(t, Sauna(), Pt(0.5, 0.6), 0.25, 30); got[0] != 4 || got[1] != 4 {
		t.Errorf("sauna: %v, want (4, 4)", got)
	}
	got := final(t, ThreeBumps(), Pt(0.5, 3), 0.2, 100)
	if !near(got[0], 0.5230322579358745, 1e-14) || !near(got[1], 0.5169891562802605, 1e-14) {
		t.Errorf("three bumps: (%.17g, %.17g), want (0.5230322579358745, 0.5169891562802605)", got[0], got[1])
	}
}

// The one-variable lab's verdicts on the other parameter sets for eˣ − ln x (its
// comments on the animation): converged means |f′| < 1e−5 within the
// iterations and without leaving the plotted range [0.001, 2.5]. lr 0.1
// converges "on the iteration 21"; lr 0.3 "even faster"; lr 0.5 "doesn't
// converge anymore"; lr 0.04 "will not run enough iterations", but 75 are
// enough; x₀ 0.05 "will work"; 0.02 "doesn't converge anymore". Of 0.03 it
// says only that the first step is "significantly larger", "risking
// missing" the minimum: that step is −0.1·(e^0.03 − 1/0.03) ≈ +3.23, to
// x ≈ 3.26, outside the plotted range, so by the labs' rule it has not
// converged, although without the range it comes back and
// converges within the 25 iterations.
func TestLabVerdicts(t *testing.T) {
	f := ExpLog()
	cases := []struct {
		x0, lr    float64
		its       int
		converges bool
	}{
		{1.6, 0.1, 25, true}, {1.6, 0.3, 25, true}, {1.6, 0.5, 25, false}, {1.6, 0.04, 25, false},
		{1.6, 0.04, 75, true}, {0.05, 0.1, 25, true}, {0.03, 0.1, 25, false}, {0.02, 0.1, 25, false},
	}
	steps := map[float64]int{}
	for _, c := range cases {
		tr := MustRun(f, Pt(c.x0), GD(c.lr), &Settings{Steps: c.its, GradTol: 1e-5, Region: f.Domain})
		if got := tr.Status == Converged; got != c.converges {
			t.Errorf("x₀ %g, lr %g, %d iterations: %v; lab says converges = %v", c.x0, c.lr, c.its, tr, c.converges)
		}
		if c.x0 == 1.6 && c.its == 25 {
			steps[c.lr] = tr.Steps()
		}
	}
	if tr := MustRun(f, Pt(0.03), GD(0.1), &Settings{Steps: 25, GradTol: 1e-5, Region: f.Domain}); tr.Status != LeftRegion || tr.Where != 1 {
		t.Errorf("x₀ 0.03: %v, want it to leave [0.001, 2.5] at iterate 1", tr)
	}
	if tr := MustRun(f, Pt(0.03), GD(0.1), &Settings{Steps: 25, GradTol: 1e-5}); tr.Status != Converged {
		t.Errorf("x₀ 0.03 without the range: %v, want converged", tr)
	}
	if steps[0.1] != 21 || steps[0.3] >= steps[0.1] {
		t.Errorf("iterations to converge: lr 0.1 → %d (lab: 21), lr 0.3 → %d (lab: fewer)", steps[0.1], steps[0.3])
	}
}
