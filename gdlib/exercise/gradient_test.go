package exercise_test

import (
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestGradient(t *testing.T) {
	// The rule applied by hand: ∂/∂x (x² + 3y² − xy) = 2x − y, ∂/∂y = 6y − x.
	if r := exercise.Gradient.Check(func(x, y float64) (float64, float64) { return 2*x - y, -x + 6*y }); !r.OK {
		t.Fatalf("the answer worked out by hand failed: %v", r)
	}
	cases := []struct {
		name string
		grad exercise.GradientFunc
		hint string
	}{
		{"3y² differentiated as y²", func(x, y float64) (float64, float64) { return 2*x - y, 2*y - x }, "not 2y"},
		{"cross term dropped", func(x, y float64) (float64, float64) { return 2 * x, 6 * y }, "−xy is missing"},
		{"sign error", func(x, y float64) (float64, float64) { return 2*x + y, 6*y + x }, "sign"},
		{"swapped", func(x, y float64) (float64, float64) { return 6*y - x, 2*x - y }, "swapped"},
		{"the starting point", func(x, y float64) (float64, float64) { return 0, 0 }, "both partial derivatives are 0"},
		{"something else", func(x, y float64) (float64, float64) { return 2*x - y, 6 * y }, "hold y constant"},
		{"nil", nil, "nil"},
	}
	for _, c := range cases {
		r := exercise.Gradient.Check(c.grad)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
	// The first point is the lesson's (2, 3), where ∇g = (4 − 3, 18 − 2) = (1, 16).
	r := exercise.Gradient.Check(func(x, y float64) (float64, float64) { return 2*x - y, 2*y - x })
	if want := "∂g/∂y at (2, 3) should be 16, got 4"; !strings.Contains(r.String(), want) {
		t.Errorf("got %q, want it to contain %q", r, want)
	}
}
