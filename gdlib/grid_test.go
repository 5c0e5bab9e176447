package gdlib

import (
	"math"
	"testing"

	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/plotter"
)

// The experiments' results are gonum/plot data, so a figure draws them
// directly.
var (
	_ plotter.GridXYZ = (*Grid)(nil)
	_ plotter.GridXYZ = (*BasinMap)(nil)
	_ plotter.XYer    = (*SweepResult)(nil)
)

// TestGridAxesMatchData: a Grid from Sweep2 is drawn with the first
// parameter across (columns, X) and the second up (rows, Y), and
// gonum/plot's heat map reads it that way: its data range is the range of
// the values, over the grid's axes.
func TestGridAxesMatchData(t *testing.T) {
	xs, ys := []float64{1, 2, 3}, []float64{10, 20}
	g, err := Sweep2(xs, ys, func(x, y float64) (float64, error) { return x + y/100, nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	for c, x := range xs {
		for r, y := range ys {
			if g.Z(c, r) != x+y/100 || g.X(c) != x || g.Y(r) != y {
				t.Errorf("Z(%d, %d) = %g at (%g, %g), want %g at (%g, %g)", c, r, g.Z(c, r), g.X(c), g.Y(r), x+y/100, x, y)
			}
		}
	}
	h := plotter.NewHeatMap(g, palette.Heat(8, 1))
	if h.Min != 1.1 || h.Max != 3.2 {
		t.Errorf("heat map range %g..%g, want 1.1..3.2", h.Min, h.Max)
	}
	xmin, xmax, ymin, ymax := h.DataRange()
	// A heat map's cells are centred on the grid's points: the range
	// extends half a cell beyond them (gonum/plot's HeatMap.DataRange).
	if xmin != 0.5 || xmax != 3.5 || ymin != 5 || ymax != 25 {
		t.Errorf("data range x %g..%g, y %g..%g; want 0.5..3.5, 5..25", xmin, xmax, ymin, ymax)
	}
	if r := g.Range(); r.Min != 1.1 || r.Max != 3.2 {
		t.Errorf("Range = %v, want [1.1, 3.2]", r)
	}
	g.Values[0] = math.NaN()
	if r := g.Range(); r.Min != 1.2 {
		t.Errorf("Range with a NaN cell = %v, want the finite cells' [1.2, 3.2]", r)
	}
}

// TestBasinMapGrid: the basin map's Z is its Basin, indexed like the starts
// (x-major), and its IterGrid has NaN where no minimum was reached.
func TestBasinMapGrid(t *testing.T) {
	m := MustBasins(Peaks(), Box{{-2.5, 2.5}, {-2.5, 2.5}}, 25, 25, GD(0.01), nil, nil)
	it := m.IterGrid()
	for c := range m.Xs {
		for r := range m.Ys {
			i := c*len(m.Ys) + r
			if m.Z(c, r) != float64(m.Basin[i]) || m.At(c, r) != m.Basin[i] {
				t.Fatalf("Z(%d, %d) = %g, Basin[%d] = %v", c, r, m.Z(c, r), i, m.Basin[i])
			}
			if (m.Basin[i] < 0) != math.IsNaN(it.Z(c, r)) {
				t.Fatalf("cell (%d, %d): basin %v, iterations %g", c, r, m.Basin[i], it.Z(c, r))
			}
		}
	}
	if m.X(0) != -2.5 || m.Y(24) != 2.5 {
		t.Errorf("axes %g…, …%g; want the box's ends", m.X(0), m.Y(24))
	}
}
