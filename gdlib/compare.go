package gdlib

import "fmt"

// Compare runs several optimizers on f from the same start, in parallel,
// and returns their traces in the order of opts: GD, momentum, Nesterov,
// AdaGrad, RMSProp and Adam side by side, for example. set applies to
// every run (nil: 100 steps, every core); its Workers, Progress and
// Context say how to spread the runs, report progress and cancel.
//
// It returns an error, before running anything, if opts is empty or one of
// them, the start or the settings would make Run fail; the message names
// the optimizer by its index and name.
func Compare(f Objective, start Point, opts []Transform, set *Settings) ([]*Trace, error) {
	const what = "Compare"
	if len(opts) == 0 {
		return nil, fmt.Errorf("gdlib: %s: opts is empty: give the optimizers to compare, e.g. []gdlib.Transform{gdlib.GD(0.01), gdlib.Momentum(0.01, 0.9)}", what)
	}
	if isNil(f) {
		return nil, nilObjective(what, f)
	}
	if err := checkPoint(f, "start", start); err != nil {
		return nil, in(what, err)
	}
	for i, o := range opts {
		if err := validate(o); err != nil {
			return nil, fmt.Errorf("gdlib: %s: opts[%d] (%s): %s", what, i, nameOf(o), trimPrefix(err))
		}
	}
	s := set.orDefault()
	if err := s.validate(len(start)); err != nil {
		return nil, in(what, err)
	}
	traces := make([]*Trace, len(opts))
	err := forEach(what, len(opts), s, func() workerFunc {
		return func(i int) error {
			t, err := Run(f, start, opts[i], &s)
			if err != nil {
				return fmt.Errorf("gdlib: %s: opts[%d] (%s): %s", what, i, opts[i].Name(), trimPrefix(err))
			}
			traces[i] = t
			return nil
		}
	})
	return traces, err
}

// nameOf returns t's name, or "nil".
func nameOf(t Transform) string {
	if t == nil {
		return "nil"
	}
	return t.Name()
}
