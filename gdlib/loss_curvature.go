package gdlib

import "gonum.org/v1/gonum/mat"

// Curvatures returns the eigenvalues of l's Hessian at x, smallest first:
// the curvatures of the loss along its principal axes there. For MSE the
// Hessian is XᵀX/n at every x, and gradient descent at a constant rate η
// is stable only when η < 2/λmax, the largest of them; λmax/λmin, the
// condition number, says how long and thin the valley is. It returns nil
// if x is not a point of l (see CheckPoint).
func (l *Loss) Curvatures(x Point) []float64 {
	if l.CheckPoint("x", x) != nil {
		return nil
	}
	h := mat.NewSymDense(l.Dim, nil)
	l.Hess(h, x)
	var e mat.EigenSym
	if !e.Factorize(h, false) {
		return nil
	}
	return e.Values(nil)
}
