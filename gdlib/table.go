package gdlib

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Table returns a text table of runs, one line each, for a lesson to print:
// the run's optimizer name, its status, the steps it took, the last finite
// iterate it reached, f there and the gradient there (each partial
// derivative; the labs' rule for converged asks each to be small):
//
//	run       status          steps  ends at            f          ∇f there
//	GD(0.25)  converged          18  (4, 4)             73.62      (2.5e-04, 2.3e-04)
//
// A run that diverged or left the region ends at its last finite iterate,
// which for a run that left the region is the first point outside it. A
// nil run (the one Run returns with its error) is a line saying so.
func Table(runs ...*Trace) string {
	w := utf8.RuneCountInString("run")
	for _, t := range runs {
		if t != nil {
			w = max(w, utf8.RuneCountInString(t.Optimizer))
		}
	}
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(0, n-utf8.RuneCountInString(s))) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %-15s %5s  %-18s %-10s %s\n", pad("run", w), "status", "steps", "ends at", "f", "∇f there")
	for i, t := range runs {
		if t == nil {
			fmt.Fprintf(&b, "%s  no run: runs[%d] is nil (did Run return an error?)\n", pad("—", w), i)
			continue
		}
		last := t.Finite() - 1
		end, f := "—", "—"
		var grad []string
		if last >= 0 {
			end, f = t.X(last).String(), fmt.Sprintf("%.4g", t.F[last])
			for _, g := range t.Grad(last) {
				grad = append(grad, fmt.Sprintf("%.1e", g))
			}
		}
		fmt.Fprintf(&b, "%s  %-15s %5d  %s %-10s (%s)\n", pad(t.Optimizer, w), t.Status, t.Steps(), pad(end, 18), f, strings.Join(grad, ", "))
	}
	return b.String()
}
