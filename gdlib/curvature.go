package gdlib

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Curvature returns the eigenvalues of f's Hessian ∇²f(x), smallest first:
// the curvatures of f at x along its principal directions. In one variable
// it is the single value f″(x). The Hessian is the one Newton uses: exact
// when f knows it (every built-in, through the same automatic
// differentiation that gives the gradient), else central differences of
// the gradient. The eigenvalues come from gonum's mat.EigenSym.
//
// It returns an error naming the value if f is nil, x is not a valid point
// of f, its Hessians (dim² numbers each, a few of them) would need more
// than MaxBytes, or the Hessian has a NaN or ±Inf entry.
func Curvature(f Objective, x Point) ([]float64, error) {
	if isNil(f) {
		return nil, nilObjective("Curvature", f)
	}
	if err := checkPoint(f, "x", x); err != nil {
		return nil, err
	}
	if err := checkHessianBytes("Curvature", len(x)); err != nil {
		return nil, err
	}
	n := newNewton(len(x))
	n.hessian(f, x)
	for i := range len(x) {
		for j := range len(x) {
			if v := n.h.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("gdlib: the Hessian of %s at x = %v has the entry %v at (%d, %d)", objectiveName(f), x, v, i, j)
			}
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(n.h, false) {
		return nil, fmt.Errorf("gdlib: the Hessian of %s at x = %v has no eigen-decomposition", objectiveName(f), x)
	}
	return eig.Values(nil), nil
}

// StableRate returns 2/λmax, the largest learning rate η for which plain
// gradient descent settles near x, with λmax the largest eigenvalue of f's
// Hessian there (f″(x) in one variable; see Curvature).
//
// Near a minimum x*, f is close to its quadratic model, and a step
// x ← x − η∇f(x) multiplies the distance to x* along each principal
// direction by (1 − ηλᵢ). The run converges when every |1 − ηλᵢ| < 1, that
// is η < 2/λmax; it converges without oscillating when η ≤ 1/λmax, and it
// diverges from x* when η > 2/λmax (Nocedal & Wright, Numerical
// Optimization, 2nd ed., §3.3; Goodfellow, Bengio & Courville, Deep
// Learning, §4.3.1).
//
// It returns +Inf where λmax ≤ 0 (f curves down or is flat there: no rate is
// too large for the quadratic model, but x is then no minimum), and the
// error of Curvature.
func StableRate(f Objective, x Point) (float64, error) {
	eig, err := Curvature(f, x)
	if err != nil {
		return 0, err
	}
	if lmax := eig[len(eig)-1]; lmax > 0 {
		return 2 / lmax, nil
	}
	return math.Inf(1), nil
}
