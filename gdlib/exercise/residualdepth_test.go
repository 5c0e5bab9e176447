package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestResidualDepth(t *testing.T) {
	// The reference and the same number written to 3 digits (growth
	// 1.048⁴⁹ = 9.93, 0.7 % below 10) are right.
	for _, w := range []float64{math.Pow(10, 1.0/49) - 1, 0.048} {
		if r := exercise.ResidualDepth.Check(w); !r.OK || r.String() != "✓ the residual weight: correct" {
			t.Errorf("w = %g: a correct answer got %q", w, r)
		}
	}
	cases := []struct {
		name string
		w    float64
		want string
	}{
		// The lesson's placeholder: 1.1⁴⁹ = 106.719 (pinned in the lesson's expect too).
		{"the placeholder", 0.1, "should be 10, got 106.719"},
		{"the placeholder's hint", 0.1, "find the largest w"},
		{"too small", 0.01, "find the largest w"},
		{"50 factors", math.Pow(10, 1.0/50) - 1, "50 layers make 49 factors"},
		{"added, not multiplied", 9.0 / 49, "the factors multiply"},
		{"1.05, above the limit", 0.05, "should be 10, got 10.9"},
		{"negative", -0.1, "w = -0.1: want a finite weight > 0"},
		{"NaN", math.NaN(), "w = NaN: want a finite weight > 0"},
		{"large: the output passes 2⁵³", 2, "got +Inf"},
	}
	for _, c := range cases {
		r := exercise.ResidualDepth.Check(c.w)
		if r.OK || !strings.Contains(r.String(), c.want) {
			t.Errorf("%s (w = %g): got %q, want a failure whose text contains %q", c.name, c.w, r, c.want)
		}
	}
}
