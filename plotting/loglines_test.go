package plotting

import (
	"testing"

	"gonum.org/v1/plot/plotter"
)

// A value ≤ 0 is left out (a log axis cannot draw it), and the axis spans
// half the least positive value to twice the largest.
func TestLogLines(t *testing.T) {
	p := LogLines("", []plotter.XYer{plotter.XYs{{X: 0, Y: 10}, {X: 1, Y: 0}, {X: 2, Y: 0.01}, {X: 3, Y: -1}}})
	if p.Err() != nil || p.Y.Min != 0.005 || p.Y.Max != 20 {
		t.Errorf("y axis [%v, %v], error %v; want [0.005, 20]", p.Y.Min, p.Y.Max, p.Err())
	}
	if _, err := SVG(p); err != nil {
		t.Errorf("drawing: %v", err)
	}
	if LogLines("", []plotter.XYer{nil}).Err() == nil {
		t.Error("a nil data set is not an error")
	}
}
