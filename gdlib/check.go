package gdlib

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/mat"
)

// DerivCheck is the result of comparing a derivative with finite
// differences at one point: CheckGradient and CheckHessian return it.
type DerivCheck struct {
	Name string // the objective's name
	What string // "gradient" or "Hessian"
	X    Point  // where the check was made

	// Exact is the objective's own derivative (the gradient, or the
	// Hessian row by row); Approx is the finite-difference estimate of it.
	Exact, Approx []float64

	// MaxAbsErr is the largest |Exact[i] − Approx[i]|; Tol is the
	// tolerance it was held to; OK reports MaxAbsErr ≤ Tol.
	MaxAbsErr, Tol float64
	OK             bool
}

// String reports the check in one line, e.g.
//
//	gradient of peaks at (1, 1): max |error| 2.1e-10 ≤ 2.1e-05: ok
func (c DerivCheck) String() string {
	verdict, cmp := "ok", "≤"
	if !c.OK {
		verdict, cmp = "WRONG", ">"
	}
	return fmt.Sprintf("%s of %s at %v: max |error| %.2g %s %.2g: %s", c.What, c.Name, c.X, c.MaxAbsErr, cmp, c.Tol, verdict)
}

// checkRelTol sets the tolerance of CheckGradient and CheckHessian.
// Central differences with step h err by about h²/6·|f‴| (truncation) plus
// ε·|f|/h (rounding, ε = 2.2e-16); with gonum's default step for
// fd.Central, h = 6e-6, that is ~6e-12·|f‴| + 4e-11·|f|. The tolerance is
// more than a thousand times that bound for |f‴| ≲ 100, and still far
// below the error of a wrong derivative (a dropped term or factor is off by
// O(|∇f|)):
//
//	Tol = 1e-6 · (1 + max|f(x)| + max|Approx[i]|).
const checkRelTol = 1e-6

// CheckGradient compares f's gradient at x with gonum's central finite
// differences (fd.Gradient, fd's default step 6e-6) and reports the largest difference
// and whether it is within the tolerance documented at checkRelTol:
// 1e-6·(1 + |f(x)| + max|∂f/∂xᵢ|). Use it on any hand-written gradient:
//
//	c, err := gdlib.CheckGradient(f, gdlib.Pt(1, 1))
//	fmt.Println(c) // gradient of peaks at (1, 1): max |error| 2.1e-10 ≤ 2.1e-05: ok
//
// The error names the parameter when x cannot be a point of f (wrong
// dimension, NaN, outside Valid) or f is nil.
func CheckGradient(f Objective, x Point) (DerivCheck, error) {
	if isNil(f) {
		return DerivCheck{}, nilObjective("CheckGradient", f)
	}
	if err := checkPoint(f, "x", x); err != nil {
		return DerivCheck{}, err
	}
	exact := make([]float64, len(x))
	f.Grad(exact, x)
	approx := fd.Gradient(nil, f.Func, x, &fd.Settings{Formula: fd.Central})
	return compareDeriv(objectiveName(f), "gradient", x, math.Abs(f.Func(x)), exact, approx), nil
}

// CheckHessian compares f's Hessian at x with central finite differences
// of its gradient (fd.Jacobian of Grad, step 6e-6), with the tolerance of
// CheckGradient scaled by the gradient: 1e-6·(1 + max|∂f/∂xᵢ| + max|Hᵢⱼ|).
// It is an error if f has no Hessian.
func CheckHessian(f Objective, x Point) (DerivCheck, error) {
	if isNil(f) {
		return DerivCheck{}, nilObjective("CheckHessian", f)
	}
	h := extrasOf(f).hess
	if h == nil {
		return DerivCheck{}, fmt.Errorf("gdlib.CheckHessian: %s has no Hessian", objectiveName(f))
	}
	if err := checkPoint(f, "x", x); err != nil {
		return DerivCheck{}, err
	}
	n := len(x)
	hs := mat.NewSymDense(n, nil)
	h.Hess(hs, x)
	exact := make([]float64, 0, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			exact = append(exact, hs.At(i, j))
		}
	}
	jac := mat.NewDense(n, n, nil)
	fd.Jacobian(jac, func(y, x []float64) { f.Grad(y, x) }, x, &fd.JacobianSettings{Formula: fd.Central})
	g := make([]float64, n)
	f.Grad(g, x)
	return compareDeriv(objectiveName(f), "Hessian", x, normInf(g), exact, jac.RawMatrix().Data), nil
}

// compareDeriv fills a DerivCheck; scale is the size of the function being
// differentiated (|f| for the gradient, max|∂f| for the Hessian).
func compareDeriv(name, what string, x Point, scale float64, exact, approx []float64) DerivCheck {
	c := DerivCheck{Name: name, What: what, X: x.Clone(), Exact: exact, Approx: approx}
	big := normInf(approx)
	for i := range exact {
		d := math.Abs(exact[i] - approx[i])
		if d > c.MaxAbsErr || math.IsNaN(d) {
			c.MaxAbsErr = d
		}
	}
	c.Tol = checkRelTol * (1 + scale + big)
	c.OK = c.MaxAbsErr <= c.Tol
	return c
}
