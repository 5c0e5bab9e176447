package exercise_test

import (
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestGDStep(t *testing.T) {
	if r := exercise.GDStep.Check(func(x, lr, g float64) float64 { return x - g*lr }); !r.OK {
		t.Fatalf("a correct answer (factors swapped) failed: %v", r)
	}
	// Typical wrong answers, written as a learner would, and the word the
	// hint must contain.
	cases := []struct {
		name string
		step exercise.StepFunc
		hint string
	}{
		{"sign error", func(x, lr, g float64) float64 { return x + g*lr }, "uphill"},
		{"no learning rate", func(x, lr, g float64) float64 { return x - g }, "learning rate"},
		{"lr and grad added", func(x, lr, g float64) float64 { return x - (lr + g) }, "minus the learning rate times"},
		{"nil", nil, "nil"},
		{"panics", func(x, lr, g float64) float64 { panic("oops") }, "panicked"},
	}
	for _, c := range cases {
		r := exercise.GDStep.Check(c.step)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}

func TestWrongAnswerSaysWhere(t *testing.T) {
	// x + η·f′(x) from 1.026: f′(1.026) = 6·1.026 − 3 = 3.156, so step 1
	// lands at 1.026 + 0.03156 = 1.05756 instead of 0.99444.
	r := exercise.GDStep.Check(func(x, lr, g float64) float64 { return x + lr*g })
	want := "x after step 1 should be 0.99444, got 1.05756"
	if !strings.Contains(r.String(), want) {
		t.Errorf("got %q, want it to contain %q", r, want)
	}
}
