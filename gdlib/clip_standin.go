package gdlib

import "fmt"

// ClipByNorm returns the stage that rescales the update u so that its L2
// norm is at most maxNorm: u ← u·min(1, maxNorm/‖u‖₂), as optax's
// clip_by_global_norm. Chained before GD(lr), it caps every step at
// lr·maxNorm. It is bad input if maxNorm is not a finite number > 0.
//
// (A minimal stand-in, so the lessons can use the stage before its real
// file lands.)
func ClipByNorm(maxNorm float64) Transform {
	return NewTransform(fmt.Sprintf("ClipByNorm(%g)", maxNorm), func() error {
		if !finite(maxNorm) || maxNorm <= 0 {
			return fmt.Errorf("gdlib: ClipByNorm maxNorm = %v: want a finite number > 0", maxNorm)
		}
		return nil
	}, func(int) Update {
		return func(u []float64, _ *State) {
			if n := norm2(u); n > maxNorm {
				for i := range u {
					u[i] *= maxNorm / n
				}
			}
		}
	})
}
