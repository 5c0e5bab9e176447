package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib/exercise"
)

// TestCheckBadAnswers: the answers a learner hands in that cannot be right
// — none at all (a nil function), one that panics, one that returns NaN —
// each get a Result that says so in words, never a panic of the check
// itself. (An answer that never ends is TestCheckTimeout's.)
func TestCheckBadAnswers(t *testing.T) {
	for _, c := range []struct {
		name   string
		answer exercise.StepFunc
		want   string
	}{
		{"nil", nil, "your answer is nil: write the function (its type is exercise.StepFunc)"},
		{"panics", func(x, lr, g float64) float64 { panic("not written yet") }, "your answer panicked: not written yet"},
		{"index out of range", func(x, lr, g float64) float64 { return []float64{}[int(x)] }, "your answer panicked: runtime error: index out of range"},
		{"NaN", func(x, lr, g float64) float64 { return math.NaN() }, "got NaN"},
	} {
		r := exercise.GDStep.Check(c.answer)
		if r.OK || !strings.Contains(r.String(), c.want) {
			t.Errorf("%s answer: %q, want it to say %q", c.name, r, c.want)
		}
	}
}
