package gdlib

import (
	"fmt"
	"math"
	"strings"
)

// SweepResult is one run per value of a parameter, in the order of the
// values: what Sweep returns. It has the method set of gonum/plot's XYer
// (Len, XY), drawing each value against where its run ended, as the
// course's sweep of learning rates plots final x against the rate.
type SweepResult struct {
	Values []float64
	// Runs[i] is the run for Values[i]; nil if the sweep was cancelled
	// before it.
	Runs []*Trace
}

// Len returns the number of values.
func (s *SweepResult) Len() int { return len(s.Values) }

// XY returns Values[i] and the first coordinate of run i's last iterate
// (NaN if run i was not done).
func (s *SweepResult) XY(i int) (x, y float64) {
	if s.Runs[i] == nil {
		return s.Values[i], math.NaN()
	}
	return s.Values[i], s.Runs[i].Final()[0]
}

// Final returns coordinate k of every run's last iterate, NaN where a run
// was not done.
func (s *SweepResult) Final(k int) []float64 {
	v := make([]float64, len(s.Runs))
	for i, t := range s.Runs {
		v[i] = math.NaN()
		if t != nil {
			v[i] = t.Final()[k]
		}
	}
	return v
}

// Sweep calls run once for every value, on all cores, and returns the runs
// in the order of the values. run makes the run for one value of whatever
// parameter is swept: a learning rate, a start, a number of steps, β. It is
// called concurrently, so it must not change shared state; each call should
// build its own optimizer (a Transform's Init gives every run its own
// state).
//
// 50 learning rates from x = 0, as in the course's second experiment:
//
//	res, err := gdlib.Sweep(gdlib.Linspace(1e-10, 0.1, 50), func(lr float64) (*gdlib.Trace, error) {
//		return gdlib.Run(f, gdlib.Pt(0), gdlib.GD(lr), &gdlib.Settings{Steps: 1000})
//	}, nil)
//
// set's Workers, Progress and Context say how to spread the calls, report
// progress and cancel (nil: every core); its other fields do not apply, as
// run makes its own runs. Give run set.Context in its Settings to stop long
// runs promptly. Sweep returns an error if values is empty or holds NaN or ±Inf, and the error of
// the first value (in order) whose run failed, naming that value; a panic
// in run becomes such an error. If cancelled, it returns the runs done so
// far and the context's error.
func Sweep(values []float64, run func(v float64) (*Trace, error), set *Settings) (*SweepResult, error) {
	const what = "Sweep"
	if err := checkValues(what, "values", values); err != nil {
		return nil, err
	}
	if run == nil {
		return nil, fmt.Errorf("gdlib: %s: run is nil", what)
	}
	res := &SweepResult{Values: values, Runs: make([]*Trace, len(values))}
	err := forEach(what, len(values), set.orDefault(), func() workerFunc {
		return func(i int) error {
			t, err := call1(run, values[i])
			if err == nil && t == nil {
				err = fmt.Errorf("run returned no trace and no error")
			}
			if err != nil {
				return inRun(fmt.Sprintf("gdlib: %s: values[%d] = %g: ", what, i, values[i]), err)
			}
			res.Runs[i] = t
			return nil
		}
	})
	return res, err
}

// Sweep2 calls measure once for every pair (x, y) of xs × ys, on all cores,
// and returns the values as a Grid (Z(c, r) = measure(xs[c], ys[r])). measure
// runs whatever the pair parameterises and returns the number to show: a
// final x, a final f, a number of steps.
//
// 50 learning rates × 40 epoch counts, as in the course's third experiment
// (SweepSteps does this sweep with one run per rate instead of one per pair):
//
//	g, err := gdlib.Sweep2(gdlib.Linspace(1e-10, 0.1, 50), gdlib.Round(gdlib.Linspace(10, 500, 40)),
//		func(lr, epochs float64) (float64, error) {
//			t, err := gdlib.Run(f, gdlib.Pt(0), gdlib.GD(lr), &gdlib.Settings{Steps: int(epochs)})
//			if err != nil {
//				return 0, err
//			}
//			return t.Final()[0], nil
//		}, nil)
//
// measure is called concurrently, and set is used, as in Sweep. Sweep2 returns an error if xs
// or ys is empty or holds NaN or ±Inf, if the grid would need more than MaxBytes,
// and the error of the first pair (x-major order) whose measure failed,
// naming it. If cancelled, it returns the Grid with NaN in the cells not
// done and the context's error.
func Sweep2(xs, ys []float64, measure func(x, y float64) (float64, error), set *Settings) (*Grid, error) {
	const what = "Sweep2"
	if err := checkValues(what, "xs", xs); err != nil {
		return nil, err
	}
	if err := checkValues(what, "ys", ys); err != nil {
		return nil, err
	}
	if measure == nil {
		return nil, fmt.Errorf("gdlib: %s: measure is nil", what)
	}
	n := float64(len(xs)) * float64(len(ys))
	if err := checkBytes(what, fmt.Sprintf("%d × %d values", len(xs), len(ys)), 8*n); err != nil {
		return nil, err
	}
	g := &Grid{Xs: xs, Ys: ys, Values: make([]float64, len(xs)*len(ys))}
	for i := range g.Values {
		g.Values[i] = math.NaN()
	}
	ny := len(ys)
	err := forEach(what, len(g.Values), set.orDefault(), func() workerFunc {
		return func(i int) error {
			x, y := xs[i/ny], ys[i%ny]
			v, err := call2(measure, x, y)
			if err != nil {
				return inRun(fmt.Sprintf("gdlib: %s: xs[%d] = %g, ys[%d] = %g: ", what, i/ny, x, i%ny, y), err)
			}
			g.Values[i] = v
			return nil
		}
	})
	return g, err
}

// checkValues rejects an empty list of parameter values or one holding NaN
// or ±Inf (a figure has no place for them on its axis).
func checkValues(what, name string, v []float64) error {
	if len(v) == 0 {
		return fmt.Errorf("gdlib: %s: %s is empty: give the values to sweep, e.g. gdlib.Linspace(1e-10, 0.1, 50)", what, name)
	}
	for i, x := range v {
		if !finite(x) {
			return fmt.Errorf("gdlib: %s: %s[%d] = %v: want finite numbers", what, name, i, x)
		}
	}
	return nil
}

// call1 calls run(v), turning a panic into an error.
func call1(run func(float64) (*Trace, error), v float64) (t *Trace, err error) {
	defer func() {
		if p := recover(); p != nil {
			t, err = nil, fmt.Errorf("panic: %v", p)
		}
	}()
	return run(v)
}

// call2 calls measure(x, y), turning a panic into an error.
func call2(measure func(x, y float64) (float64, error), x, y float64) (v float64, err error) {
	defer func() {
		if p := recover(); p != nil {
			v, err = math.NaN(), fmt.Errorf("panic: %v", p)
		}
	}()
	return measure(x, y)
}

// runError is the error of one run of an experiment: where it happened (the
// experiment and the value), then the run's own error, which it wraps.
type runError struct {
	where string
	err   error
}

// inRun returns err as the error of the run that where names. The run's
// message loses its own "gdlib: " prefix, which where already begins with.
func inRun(where string, err error) error { return runError{where, err} }

func (e runError) Error() string { return e.where + strings.TrimPrefix(e.err.Error(), "gdlib: ") }
func (e runError) Unwrap() error { return e.err }
