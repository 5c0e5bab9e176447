package gdlib

import (
	"fmt"

	"gonum.org/v1/gonum/floats"
)

// ClipByNorm is the gradient-clipping stage, after optax's
// clip_by_global_norm: when the update's length ‖u‖₂ exceeds maxNorm, it
// rescales u to that length, keeping its direction; a shorter update passes
// unchanged:
//
//	u ← u · min(1, maxNorm/‖u‖₂)
//
// Put it before the learning rate, so that no step is longer than
// lr·maxNorm however steep the slope:
//
//	gdlib.Chain(gdlib.ClipByNorm(1), gdlib.GD(0.02))
//
// Its name is "clip(maxNorm)". Run rejects a maxNorm that is NaN, ±Inf or
// ≤ 0. An update that is not finite (a NaN or ±Inf gradient) is left as it
// is: the run reports it as Diverged.
func ClipByNorm(maxNorm float64) Transform {
	return NewTransform(fmt.Sprintf("clip(%g)", maxNorm), func() error {
		if !finite(maxNorm) || maxNorm <= 0 {
			return fmt.Errorf("gdlib: ClipByNorm maxNorm = %v: want a finite number > 0", maxNorm)
		}
		return nil
	}, func(int) Update {
		return func(u []float64, _ *State) {
			// floats.Norm scales as it sums, so a finite gradient as large
			// as 1e300 has a finite norm.
			n := floats.Norm(u, 2)
			if n > maxNorm && finite(n) {
				floats.Scale(maxNorm/n, u)
			}
		}
	})
}
