package gdlib

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize"
)

// The losses' exact gradients and Hessians agree with gonum's finite
// differences (CheckGradient, CheckHessian) at points on and off the fit.
func TestLossDerivatives(t *testing.T) {
	line := NoisyLine(30, Range{-2, 3}, 0.5, 2, 0.5, 1)
	clouds := TwoClouds(40, 2, 1, 3)
	for _, c := range []struct {
		l  *Loss
		xs []Point
	}{
		{MSE(line), []Point{Pt(0, 0), Pt(1.5, -2), Pt(0.5, 2)}},
		{CrossEntropy(clouds), []Point{Pt(0, 0, 0), Pt(3, -1, 0.5), Pt(-40, 30, 10)}},
	} {
		for _, x := range c.xs {
			g, err := CheckGradient(c.l, x)
			if err != nil || !g.OK {
				t.Errorf("%v, %v", g, err)
			}
			h, err := CheckHessian(c.l, x)
			if err != nil || !h.OK {
				t.Errorf("%v, %v", h, err)
			}
		}
	}
}

// augmented returns the data of d with a column of ones, and the targets.
func augmented(d *Dataset) (*mat.Dense, *mat.VecDense) {
	n, k := d.Len(), d.Features
	X := mat.NewDense(n, k+1, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			X.Set(i, j, d.X[i*k+j])
		}
		X.Set(i, k, 1)
	}
	return X, mat.NewVecDense(n, append([]float64(nil), d.Y...))
}

// MSE's Hessian is XᵀX/n, and gradient descent at a rate below 2/λmax of
// it reaches the least-squares fit, the normal equations' solution
// (solved with gonum's mat), to 1e-6; above 2/λmax it diverges.
func TestMSEIsLeastSquares(t *testing.T) {
	d := NoisyLine(50, Range{0, 10}, 0.5, 2, 0.5, 1)
	l := MSE(d)
	X, y := augmented(d)
	var xtx mat.SymDense
	xtx.SymOuterK(1/float64(d.Len()), X.T())
	h := mat.NewSymDense(2, nil)
	l.Hess(h, []float64{3, -1})
	if !mat.EqualApprox(h, &xtx, 1e-12) {
		t.Errorf("Hessian %v, want XᵀX/n = %v", mat.Formatted(h), mat.Formatted(&xtx))
	}
	// The normal equations (XᵀX/n) x = Xᵀy/n.
	var want, xty mat.VecDense
	xty.MulVec(X.T(), y)
	xty.ScaleVec(1/float64(d.Len()), &xty)
	if err := want.SolveVec(&xtx, &xty); err != nil {
		t.Fatal(err)
	}
	var eig mat.EigenSym
	eig.Factorize(&xtx, false)
	lmax := eig.Values(nil)[1]
	run := MustRun(l, Pt(0, 0), GD(0.9*2/lmax), &Settings{Steps: 5000})
	for i, v := range run.Final() {
		if math.Abs(v-want.AtVec(i)) > 1e-6 {
			t.Errorf("GD ends at %v, normal equations give (%v, %v)", run.Final(), want.AtVec(0), want.AtVec(1))
		}
	}
	if r := MustRun(l, Pt(0, 0), GD(1.05*2/lmax), &Settings{Steps: 5000}); r.Status != Diverged {
		t.Errorf("GD at 1.05·2/λmax: %v, want diverged", r)
	}
}

// Logistic regression by gradient descent reaches the minimum that gonum's
// BFGS finds on the same loss, to 1e-4 in loss.
func TestCrossEntropyMatchesBFGS(t *testing.T) {
	d := TwoClouds(200, 2, 1, 3)
	l := CrossEntropy(d)
	run := MustRun(l, Pt(0, 0, 0), GD(1), &Settings{Steps: 2000})
	res, err := optimize.Minimize(optimize.Problem{Func: l.Func, Grad: l.Grad}, []float64{0, 0, 0}, &optimize.Settings{GradientThreshold: 1e-10}, &optimize.BFGS{})
	if err != nil && res == nil {
		t.Fatal(err)
	}
	if diff := math.Abs(run.FinalF() - res.F); diff > 1e-4 {
		t.Errorf("GD loss %v, BFGS %v: differ by %v", run.FinalF(), res.F, diff)
	}
}

func TestLossBadInput(t *testing.T) {
	bad := &Dataset{Name: "bad", Features: 1, X: []float64{1, 2}, Y: []float64{0, 2}}
	for _, c := range []struct {
		f     Objective
		start Point
		want  string
	}{
		{MSE(nil), Pt(0, 0), "dataset is nil"},
		{MSE(&Dataset{Name: "empty", Features: 1}), Pt(0, 0), "empty"},
		{NewLoss("mine", "", bad, nil), Pt(0, 0), "example is nil"},
		{CrossEntropy(bad), Pt(0, 0), "target 1 is 2"},
		{MSE(bad), Pt(0, 0, 0), "has 3 coordinates, but the MSE on bad has 2 parameters"},
		{MSE(bad).Minibatch(0, 1), Pt(0, 0), "batch size 0: want 1 ≤ size ≤ 2"},
		{MSE(bad).Minibatch(3, 1), Pt(0, 0), "batch size 3"},
	} {
		_, err := Run(c.f, c.start, GD(0.1), nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Run(%v): error %v, want one containing %q", c.f, err, c.want)
		}
	}
}

func TestLossOn(t *testing.T) {
	box := Box{{Min: -2, Max: 3}, {Min: -1, Max: 5}}
	l := MSE(NoisyLine(5, Range{Min: 0, Max: 1}, 1, 0, 0.1, 1)).On(box)
	if len(l.Domain) != 2 || l.Domain[1] != box[1] {
		t.Errorf("Domain = %v, want %v", l.Domain, box)
	}
}

// Curvatures are the eigenvalues of XᵀX/n for MSE: for one feature,
// [[mean x², mean x], [mean x, 1]], whose eigenvalues are
// (m² + 1)/2 ± √(((m² − 1)/2)² + m₁²) with m² = mean x², m₁ = mean x.
func TestLossCurvatures(t *testing.T) {
	d := NoisyLine(50, Range{0, 10}, 0.5, 2, 0.5, 1)
	var m1, m2 float64
	for _, x := range d.X {
		m1, m2 = m1+x/50, m2+x*x/50
	}
	c, r := (m2+1)/2, math.Hypot((m2-1)/2, m1)
	got := MSE(d).Curvatures(Pt(3, -1))
	if len(got) != 2 || math.Abs(got[0]-(c-r)) > 1e-12 || math.Abs(got[1]-(c+r)) > 1e-12 {
		t.Errorf("Curvatures = %v, want [%v %v]", got, c-r, c+r)
	}
	if MSE(d).Curvatures(Pt(1)) != nil {
		t.Error("Curvatures of a point with the wrong number of coordinates is not nil")
	}
}
