package plotting

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

// The boundary's two points lie on w·x + b = 0 and span the box.
func TestBoundaryLine(t *testing.T) {
	box := [4]float64{-3, 3, -2, 2}
	for _, w := range []gdlib.Point{gdlib.Pt(1, 1, 0.5), gdlib.Pt(5, 0.1, -1), gdlib.Pt(0, 2, 1), gdlib.Pt(-1, 0, 0)} {
		xs, ys := boundaryLine(w, box)
		for i := range xs {
			if v := w[0]*xs[i] + w[1]*ys[i] + w[2]; math.Abs(v) > 1e-12 {
				t.Errorf("w = %v: point (%v, %v) is off the line by %v", w, xs[i], ys[i], v)
			}
		}
		if xs[0] != box[0] && ys[0] != box[2] {
			t.Errorf("w = %v: the line starts at (%v, %v), not on the box's left or bottom side", w, xs[0], ys[0])
		}
	}
	if xs, _ := boundaryLine(gdlib.Pt(0, 0, 1), box); xs != nil {
		t.Errorf("w = 0: got a line %v", xs)
	}
}

func TestFitAndBoundaryBadInput(t *testing.T) {
	line := gdlib.NoisyLine(20, gdlib.Range{Min: 0, Max: 1}, 1, 0, 0.1, 1)
	clouds := gdlib.TwoClouds(20, 2, 1, 1)
	run := gdlib.MustRun(gdlib.MSE(line), gdlib.Pt(0, 0), gdlib.GD(0.5), &gdlib.Settings{Steps: 10})
	for _, c := range []struct {
		p    *Plot
		want string
	}{
		{Fit(nil, nil), "data set is nil"},
		{Fit(clouds, nil), "2 features, want 1"},
		{Boundary(clouds, run), "has 2 parameters, want 3"},
		{Fit(line, run, 0, 11), "iterate 11: the run has finite iterates 0 to 10"},
	} {
		if err := c.p.Err(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one containing %q", err, c.want)
		}
	}
}
