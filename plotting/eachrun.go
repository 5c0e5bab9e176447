package plotting

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// EachRun draws every run on a contour map of its own (n contour levels,
// f's minima marked with numbered crosses), in a grid of cols columns: a
// race of optimizers, or a lab's list of settings, side by side. Each
// panel's title is the run's name and how it ended ("GD(0.25)" over
// "converged, 18 steps"); a key above the map names the start (square) and
// the end (circle).
// cols < 1 means one row.
func EachRun(f *gdlib.Function, n, cols int, runs ...*gdlib.Trace) *Panels {
	if len(runs) == 0 {
		m := &Map{Plot: NewPlot("")}
		m.fail(fmt.Errorf("plotting.EachRun: no runs: give at least one"))
		return Row(m)
	}
	if cols < 1 {
		cols = max(1, len(runs))
	}
	figs := make([]Figure, len(runs))
	for i, t := range runs {
		m := Contour(f, n).With(t).WithMinima()
		if t != nil {
			m.Title.Text = fmt.Sprintf("%s\n%s, %d steps", t.Optimizer, t.Status, t.Steps())
		}
		m.Key = nil // the title names the run
		figs[i] = m
	}
	return Grid(max(1, (len(runs)+cols-1)/cols), cols, figs...)
}
