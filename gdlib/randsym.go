package gdlib

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// AllCurveUp returns the fraction of trials random symmetric n×n matrices
// whose eigenvalues are all positive: stand-ins for the Hessian at a random
// flat point, which is a minimum only if f curves up in every one of its n
// directions. Each matrix has independent standard Gaussian entries on and
// above the diagonal (mirrored below); its eigenvalues come from gonum's
// mat.EigenSym. The draws come from a PCG generator seeded with (seed, n),
// so a call gives the same fraction every time.
//
// If the n signs were independent coin tosses the fraction would be 2⁻ⁿ;
// the eigenvalues of a random symmetric matrix repel each other, and the
// fraction falls much faster (for n = 1 it is ½).
//
// It returns an error naming the parameter if n < 1 or trials < 1, if one
// n×n matrix would need more than MaxBytes, or if the work, about n³
// operations per trial, would exceed maxCurveWork.
func AllCurveUp(n, trials int, seed uint64) (float64, error) {
	if n < 1 {
		return 0, fmt.Errorf("gdlib: AllCurveUp n = %d: want a dimension ≥ 1", n)
	}
	if trials < 1 {
		return 0, fmt.Errorf("gdlib: AllCurveUp trials = %d: want ≥ 1", trials)
	}
	if err := checkBytes("AllCurveUp", fmt.Sprintf("a %d × %d matrix", n, n), 16*float64(n)*float64(n)); err != nil {
		return 0, err
	}
	if w := float64(trials) * float64(n) * float64(n) * float64(n); w > maxCurveWork {
		return 0, fmt.Errorf("gdlib: AllCurveUp n = %d, trials = %d: trials·n³ = %.3g operations, more than %.0g: use fewer trials or a smaller n", n, trials, w, maxCurveWork)
	}
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	h := mat.NewSymDense(n, nil)
	var eig mat.EigenSym
	up := 0
	for range trials {
		for i := range n {
			for j := i; j < n; j++ {
				h.SetSym(i, j, rng.NormFloat64())
			}
		}
		if eig.Factorize(h, false) && eig.Values(nil)[0] > 0 { // ascending: the smallest first
			up++
		}
	}
	return float64(up) / float64(trials), nil
}

// maxCurveWork caps AllCurveUp's work, trials·n³: an eigen-decomposition
// of an n×n symmetric matrix takes about (4/3)n³ operations for the
// reduction to tridiagonal form (Golub & Van Loan, Matrix Computations,
// 4th ed., §8.3.1), so the cap bounds a call at about 10¹⁰ operations,
// seconds at 10⁹–10¹⁰ operations a second, where a call past it could run
// for hours.
const maxCurveWork = 1e10
