package gdlib

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/optimize/functions"
)

func TestCurvature(t *testing.T) {
	// 3x² − 3x + 4: f″ = 6 everywhere, so the stable rate is 2/6 = ⅓.
	if eig, err := Curvature(Quadratic(), Pt(0.5)); err != nil || len(eig) != 1 || math.Abs(eig[0]-6) > 1e-12 {
		t.Errorf("Curvature(Quadratic, 0.5) = %v, %v; want [6]", eig, err)
	}
	if r, err := StableRate(Quadratic(), Pt(-3)); err != nil || math.Abs(r-1.0/3) > 1e-12 {
		t.Errorf("StableRate(Quadratic) = %v, %v; want 1/3", r, err)
	}
	// Ellipse(κ) is ½(x² + κy²) (its doc): eigenvalues 1 and κ.
	eig, err := Curvature(Ellipse(100), Pt(0.3, -0.2))
	if err != nil || math.Abs(eig[0]-1) > 1e-9 || math.Abs(eig[1]-100) > 1e-9 {
		t.Errorf("Curvature(Ellipse(100)) = %v, %v; want [1 100]", eig, err)
	}
	// Rosenbrock at its minimum (1, 1): H = [[802, −400], [−400, 200]],
	// whose eigenvalues are 501 ± √(301² + 400²) = 501 ± √250601. gdlib's
	// Rosenbrock knows its Hessian (exact up to the eigen-solver's
	// rounding); gonum's ExtendedRosenbrock has no Hess, so its Hessian
	// comes from central differences of the gradient, good to about 1e-8
	// relative (fd.Central's step 6e-6 squared, times the third derivative).
	want := 501 + math.Sqrt(250601)
	for _, c := range []struct {
		f   Objective
		tol float64
	}{{Rosenbrock(), 1e-12}, {functions.ExtendedRosenbrock{}, 1e-8}} {
		eig, err = Curvature(c.f, Pt(1, 1))
		if err != nil || math.Abs(eig[1]-want) > c.tol*want {
			t.Errorf("Curvature(%T) = %v, %v; want λmax %v", c.f, eig, err, want)
		}
	}
}

func TestCurvatureBadInput(t *testing.T) {
	if _, err := Curvature(Quadratic(), Pt(math.NaN())); err == nil {
		t.Error("NaN point: no error")
	}
	if _, err := StableRate(Peaks(), Pt(1)); err == nil {
		t.Error("1-D point for peaks: no error")
	}
	// −x² curves down: no rate is unstable for the model, StableRate is +Inf.
	if r, err := StableRate(MustFormula("cap", "-x^2"), Pt(0)); err != nil || !math.IsInf(r, 1) {
		t.Errorf("StableRate(−x²) = %v, %v; want +Inf", r, err)
	}
}
