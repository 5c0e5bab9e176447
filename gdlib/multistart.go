package gdlib

import (
	"fmt"
	"math"
)

// MultiStart runs opt on f from every start, on all cores, and returns the
// traces in the order of the starts: the restart remedy for local minima,
// and the course's experiment of one run per start. Starts come from
// GridStarts, RandomStarts or anywhere; Best picks the lowest end.
//
// set applies to every run (nil: Settings' defaults, 100 steps, every
// core); its Workers, Progress and Context say how to spread the runs,
// report progress and cancel. If cancelled, MultiStart returns the traces
// done so far (nil for the others; a run cut short has Status Cancelled)
// and the context's error.
//
// It returns an error, before running anything, for bad input: a start
// that Run would refuse (named by its index), an invalid optimizer or
// settings, or traces that would need more than MaxBytes (use Finals, which
// keeps only the end points).
func MultiStart(f Objective, starts []Point, opt Transform, set *Settings) ([]*Trace, error) {
	const what = "MultiStart"
	s, err := checkStarts(what, f, starts, opt, set)
	if err != nil {
		return nil, err
	}
	dim := len(starts[0])
	perTrace := float64(s.Steps+1)*float64(2*dim+2)*8 + float64(s.Steps)*8
	if err := checkBytes(what, fmt.Sprintf("%d starts × %d iterates", len(starts), s.Steps+1), float64(len(starts))*perTrace); err != nil {
		return nil, err
	}
	traces := make([]*Trace, len(starts))
	err = forEach(what, len(starts), s, func() workerFunc {
		return func(i int) error {
			t, err := Run(f, starts[i], opt, &s)
			if err != nil {
				return fmt.Errorf("gdlib: %s: starts[%d]: %s", what, i, trimPrefix(err))
			}
			traces[i] = t
			return nil
		}
	})
	return traces, err
}

// Finals is MultiStart without the paths: it runs opt on f from every
// start and returns how each run ended, in the order of the starts. It
// takes the same steps as Run, but evaluates f only at each run's last
// iterate (so a run whose f alone becomes NaN or ±Inf is Diverged at its
// last iterate); it allocates nothing per step and needs a few words per
// start, so it suits thousands of starts.
//
// If cancelled, the Ends not done have Status Cancelled and Steps 0, and
// Finals returns the context's error with them.
func Finals(f Objective, starts []Point, opt Transform, set *Settings) ([]End, error) {
	const what = "Finals"
	s, err := checkStarts(what, f, starts, opt, set)
	if err != nil {
		return nil, err
	}
	dim := len(starts[0])
	if err := checkBytes(what, fmt.Sprintf("%d starts", len(starts)), float64(len(starts))*float64(2*dim*8+96)); err != nil {
		return nil, err
	}
	flat := make([]float64, len(starts)*dim)
	ends := make([]End, len(starts))
	for i := range ends {
		ends[i] = End{Start: starts[i], X: flat[i*dim : (i+1)*dim : (i+1)*dim], F: math.NaN(), Status: Cancelled, Where: -1}
		copy(ends[i].X, starts[i])
	}
	err = forChunks(what, len(starts), s, func() chunkFunc {
		e := newEngine(f, opt, dim, s, numLanes)
		startOf := func(i int, dst []float64) *Trace { copy(dst, starts[i]); return nil }
		done := func(i int, x []float64, r endResult) {
			end := &ends[i]
			copy(end.X, x)
			end.F, end.Status, end.Steps, end.Where = r.f, r.status, r.steps, r.where
		}
		return func(lo, hi int) (int, int, error) {
			return e.runRange(lo, hi, startOf, done), -1, nil
		}
	})
	return ends, err
}

// checkStarts validates the inputs shared by MultiStart and Finals and
// returns the settings with their defaults.
func checkStarts(what string, f Objective, starts []Point, opt Transform, set *Settings) (Settings, error) {
	if isNil(f) {
		return Settings{}, nilObjective(what, f)
	}
	if len(starts) == 0 {
		return Settings{}, fmt.Errorf("gdlib: %s: starts is empty: make some with gdlib.GridStarts or gdlib.RandomStarts", what)
	}
	for i, p := range starts {
		if err := checkPoint(f, fmt.Sprintf("starts[%d]", i), p); err != nil {
			return Settings{}, in(what, err)
		}
		if len(p) != len(starts[0]) {
			return Settings{}, fmt.Errorf("gdlib: %s: starts[%d] = %v has %d coordinates, starts[0] has %d", what, i, p, len(p), len(starts[0]))
		}
	}
	if err := validate(opt); err != nil {
		return Settings{}, in(what, err)
	}
	s := set.orDefault()
	if err := s.validate(len(starts[0])); err != nil {
		return Settings{}, in(what, err)
	}
	return s, nil
}

// Best returns the trace that ends lowest: the smallest final f among the
// traces that are not nil and did not diverge or get cancelled. Ties go to
// the earliest. It returns nil if there is none.
func Best(traces []*Trace) *Trace {
	var best *Trace
	for _, t := range traces {
		if t == nil || t.Status == Diverged || t.Status == Cancelled || !finite(t.FinalF()) {
			continue
		}
		if best == nil || t.FinalF() < best.FinalF() {
			best = t
		}
	}
	return best
}

// BestEnd is Best for the results of Finals: the End with the smallest F
// among those that did not diverge or get cancelled, and true; or the zero
// End and false if there is none.
func BestEnd(ends []End) (End, bool) {
	bi := -1
	for i, e := range ends {
		if e.Status == Diverged || e.Status == Cancelled || !finite(e.F) {
			continue
		}
		if bi < 0 || e.F < ends[bi].F {
			bi = i
		}
	}
	if bi < 0 {
		return End{}, false
	}
	return ends[bi], true
}
