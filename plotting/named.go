package plotting

import "github.com/gdlessons/lessons/gdlib"

// Named returns run under another name: every figure (Curve, Heatmap and
// Contour's With, ByIteration, Surface, Animate) labels it name in its key
// instead of its optimizer's name, e.g. "Newton (undamped)" or "lr too
// large".
//
//	plotting.Curve(f).With(plotting.Named("small steps", a), plotting.Named("large steps", b))
//
// The result is a copy of the run's header that shares its iterates, so
// run itself keeps its name; a nil run stays nil (and the figure reports
// it).
func Named(name string, run *gdlib.Trace) *gdlib.Trace {
	if run == nil {
		return nil
	}
	c := *run
	c.Optimizer = name
	return &c
}
