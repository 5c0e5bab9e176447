package gdlib

import (
	"fmt"
	"math"
	"slices"
)

// SweepSteps is Sweep2 for a sweep whose second parameter is a number of
// steps: for every x of xs it makes one run, run(x, n) with n the largest
// of steps, and reads off it where a run of each requested number of steps
// would have ended, instead of running again for each number. The course's
// third experiment, 50 learning rates × 40 step counts from 10 to 500, is
// then 50 runs of 500 steps instead of 2000 runs.
//
// It returns a Grid with Xs = xs and Ys = steps: Z(c, r) is the first
// coordinate of iterate steps[r] of run(xs[c], n), the final x of a run of
// steps[r] steps, as the course's sweep records. A run that stopped early
// (converged, diverged, left its region) at iterate k gives its iterate k
// for every count beyond k, as a separate run of that many steps would,
// since it would stop at the same iterate.
//
// run must make the same iterates whatever number of steps it is given,
// only more or fewer of them: it should pass n as Settings.Steps and use
// n for nothing else (a schedule that depends on the length of the run,
// such as a cosine decay to n, would make each count a different run: use
// Sweep2 for those).
//
//	g, err := gdlib.SweepSteps(gdlib.Linspace(1e-10, 0.1, 50), gdlib.Round(gdlib.Linspace(10, 500, 40)),
//		func(lr float64, n int) (*gdlib.Trace, error) {
//			return gdlib.Run(f, gdlib.Pt(0), gdlib.GD(lr), &gdlib.Settings{Steps: n})
//		}, nil)
//
// run is called concurrently, and set is used, as in Sweep. SweepSteps
// returns an error if xs is empty or holds NaN, if steps is empty or holds
// anything but whole numbers from 1 to MaxSteps, if the grid would need more
// than MaxBytes, if a run took fewer steps than it was given with the status
// StepLimit (it ignored n), and the error of the first x whose run failed,
// naming it. If cancelled, it returns the Grid with NaN in the cells not
// done and the context's error.
func SweepSteps(xs, steps []float64, run func(x float64, steps int) (*Trace, error), set *Settings) (*Grid, error) {
	const what = "SweepSteps"
	if err := checkValues(what, "xs", xs); err != nil {
		return nil, err
	}
	if err := checkValues(what, "steps", steps); err != nil {
		return nil, err
	}
	for i, s := range steps {
		if s != math.Trunc(s) || s < 1 || s > MaxSteps {
			return nil, fmt.Errorf("gdlib: %s: steps[%d] = %g: want a whole number of steps from 1 to %d", what, i, s, MaxSteps)
		}
	}
	if run == nil {
		return nil, fmt.Errorf("gdlib: %s: run is nil", what)
	}
	n := float64(len(xs)) * float64(len(steps))
	if err := checkBytes(what, fmt.Sprintf("%d × %d values", len(xs), len(steps)), 8*n); err != nil {
		return nil, err
	}
	longest := int(slices.Max(steps))
	g := &Grid{Xs: xs, Ys: steps, Values: make([]float64, len(xs)*len(steps))}
	for i := range g.Values {
		g.Values[i] = math.NaN()
	}
	ny := len(steps)
	err := forEach(what, len(xs), set.orDefault(), func() workerFunc {
		return func(c int) error {
			t, err := call1(func(x float64) (*Trace, error) { return run(x, longest) }, xs[c])
			if err == nil && t == nil {
				err = fmt.Errorf("run returned no trace and no error")
			}
			if err == nil && t.Steps() < longest && t.Status == StepLimit {
				err = fmt.Errorf("run(%g, %d) took %d steps and stopped at its step limit: it must take the steps it is given", xs[c], longest, t.Steps())
			}
			if err != nil {
				return inRun(fmt.Sprintf("gdlib: %s: xs[%d] = %g: ", what, c, xs[c]), err)
			}
			col := g.Values[c*ny : (c+1)*ny]
			for r, s := range steps {
				k := int(s)
				if k > t.Steps() {
					if t.Status == Cancelled {
						continue // not known: the run was stopped before
					}
					k = t.Steps()
				}
				col[r] = t.X(k)[0]
			}
			return nil
		}
	})
	return g, err
}
