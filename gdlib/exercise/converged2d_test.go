package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

// TestConverged2DIsTheLabsRule checks the reference against gdlib's
// verdict along real runs on the sauna: a run with GradTol 1e−3 and the
// square as Region stops, converged, exactly at the first iterate the rule
// accepts.
func TestConverged2DIsTheLabsRule(t *testing.T) {
	f := gdlib.Sauna()
	for _, s := range []struct{ lr, x0, y0 float64 }{{0.25, 0.5, 0.6}, {0.15, 3.5, 3.6}} {
		free := gdlib.MustRun(f, gdlib.Pt(s.x0, s.y0), gdlib.GD(s.lr), &gdlib.Settings{Steps: 40})
		first := -1
		for i := range free.Len() {
			p, g := free.X(i), free.Grad(i)
			if exercise.Converged2D.Answer(p[0], p[1], g[0], g[1]) {
				first = i
				break
			}
		}
		lab := gdlib.MustRun(f, gdlib.Pt(s.x0, s.y0), gdlib.GD(s.lr), &gdlib.Settings{Steps: 40, GradTol: 1e-3, Region: f.Domain})
		if lab.Status != gdlib.Converged || first != lab.Steps() {
			t.Errorf("%+v: the rule first accepts iterate %d; gdlib stops %s at %d", s, first, lab.Status, lab.Steps())
		}
	}
}

func TestConverged2D(t *testing.T) {
	right := func(x, y, dx, dy float64) bool {
		small := -0.001 < dx && dx < 0.001 && -0.001 < dy && dy < 0.001
		return small && 0 <= x && x <= 5 && 0 <= y && y <= 5
	}
	if r := exercise.Converged2D.Check(right); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	cases := []struct {
		name string
		conv exercise.ConvergedFunc
		hint string
	}{
		{"the starting point", func(x, y, dx, dy float64) bool { return false }, "never says converged"},
		{"range forgotten", func(x, y, dx, dy float64) bool { return math.Abs(dx) < 0.001 && math.Abs(dy) < 0.001 }, "outside the plotted square"},
		{"no absolute values", func(x, y, dx, dy float64) bool {
			return dx < 0.001 && dy < 0.001 && x >= 0 && y >= 0 && x <= 5 && y <= 5
		}, "negative slope"},
		{"or for and", func(x, y, dx, dy float64) bool {
			return (math.Abs(dx) < 0.001 || math.Abs(dy) < 0.001) && x >= 0 && y >= 0 && x <= 5 && y <= 5
		}, "and, not or"},
		{"gradient norm", func(x, y, dx, dy float64) bool {
			return math.Sqrt(dx*dx+dy*dy) < 0.001 && x >= 0 && y >= 0 && x <= 5 && y <= 5
		}, "gradient's length"},
		{"tolerance 1e-2", func(x, y, dx, dy float64) bool {
			return math.Abs(dx) < 0.01 && math.Abs(dy) < 0.01 && x >= 0 && y >= 0 && x <= 5 && y <= 5
		}, "converged means"},
		{"nil", nil, "nil"},
	}
	for _, c := range cases {
		r := exercise.Converged2D.Check(c.conv)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}
