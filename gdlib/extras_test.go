package gdlib

import (
	"fmt"
	"strings"
	"testing"

	"gonum.org/v1/gonum/optimize/functions"
)

// halfBeale is gonum's Beale function told, through the optional
// interfaces, that it has two variables, is defined only for x > 0 and has
// its minimum at (3, 0.5) (gonum's documentation of Beale).
type halfBeale struct{ functions.Beale }

func (halfBeale) Dimension() int { return 2 }
func (halfBeale) Validate(x []float64) error {
	if !(x[0] > 0) {
		return fmt.Errorf("x = %v, want x > 0", x[0])
	}
	return nil
}
func (halfBeale) KnownMinima() []Minimum { return []Minimum{{X: Pt(3, 0.5), F: 0, Global: true}} }

// TestGonumObjectiveGetsTheChecks: an objective that is not a *Function
// gets the same checks of its starts as one, from the optional interfaces.
func TestGonumObjectiveGetsTheChecks(t *testing.T) {
	f := halfBeale{}
	for _, c := range []struct {
		start Point
		want  string
	}{
		{Pt(1, 1, 1), "has 3 coordinates, but gdlib.halfBeale is a function of 2 variables"},
		{Pt(-1, 1), "is outside the domain of gdlib.halfBeale: x = -1, want x > 0"},
	} {
		_, err := Run(f, c.start, GD(0.001), nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Run from %v: error %v, want one containing %q", c.start, err, c.want)
		}
		_, err = Finals(f, []Point{Pt(1, 1), c.start}, GD(0.001), nil)
		if err == nil || !strings.Contains(err.Error(), "starts[1]") {
			t.Errorf("Finals from %v: error %v, want one naming starts[1]", c.start, err)
		}
	}
	// An iterate out of the domain ends the run: lr 10 from (4, 1) is far
	// too large for Beale, and the run is thrown to x < 0.
	tr := MustRun(f, Pt(4, 1), GD(10), nil)
	if tr.Status != Diverged || !strings.Contains(tr.Reason, "outside the domain of gdlib.halfBeale") {
		t.Errorf("a run thrown out of the domain: %v (%s), want Diverged outside the domain", tr.Status, tr.Reason)
	}
	// Basins reads the known minima: the start at the minimum, (Xs[1],
	// Ys[1]) = (3, 0.5), is in basin 0.
	m := MustBasins(f, Box{{2, 4}, {-0.5, 1.5}}, 3, 3, GD(1e-3), &Settings{Steps: 1}, nil)
	if len(m.Minima) != 1 || m.Clustered || m.At(1, 1) != 0 {
		t.Errorf("basins on a MinimaKnower: minima %v, clustered %v, start (3, 0.5) in %v; want its one minimum, basin 0", m.Minima, m.Clustered, m.At(1, 1))
	}
}
