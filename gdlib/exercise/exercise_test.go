package exercise_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib/exercise"
)

// count is an exercise whose answer is a count n: it produces the values
// 1, 2, …, n, and the reference is n = 3.
var count = exercise.Exercise[int]{
	Name: "count",
	Run: func(n int) ([]float64, error) {
		var v []float64
		for i := 1; i <= n; i++ {
			v = append(v, float64(i))
		}
		return v, nil
	},
	Answer:   3,
	Mistakes: []exercise.Mistake[int]{{Answer: 2, Hint: "off by one"}},
	Hint:     "count to three",
}

func TestCheckLengths(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{
		{3, "✓ count: correct (all 3 values match)"},
		{2, "✗ count: your answer produced 2 values, 3 expected: value 2 is missing\n  hint: off by one"},
		{4, "✗ count: your answer produced 4 values, only 3 expected\n  hint: count to three"},
	} {
		if got := count.Check(c.n).String(); got != c.want {
			t.Errorf("Check(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

func TestCheckNaN(t *testing.T) {
	e := exercise.Exercise[float64]{
		Name:   "nan",
		Run:    func(v float64) ([]float64, error) { return []float64{v}, nil },
		Answer: 1,
	}
	if r := e.Check(math.NaN()); r.OK || !strings.Contains(r.String(), "should be 1, got NaN") {
		t.Errorf("NaN answer: %v", r)
	}
}

func TestCheckTimeout(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for exercise.Timeout")
	}
	r := exercise.GDStep.Check(func(x, lr, g float64) float64 {
		for {
			x += 0 // a loop that never ends
		}
	})
	if r.OK || !strings.Contains(r.Problem, "did not finish") {
		t.Errorf("endless answer: %v", r)
	}
}

// TestCheckNaNMistake checks that a mistake whose values are NaN matches
// only answers that are NaN too: a finite answer is not "the same" as a
// NaN (|g − NaN| > tol is false, so a plain comparison would say so).
func TestCheckNaNMistake(t *testing.T) {
	e := exercise.Exercise[float64]{
		Name:     "nan mistake",
		Run:      func(v float64) ([]float64, error) { return []float64{v}, nil },
		Answer:   1,
		Mistakes: []exercise.Mistake[float64]{{Answer: math.NaN(), Hint: "divided by zero"}},
		Hint:     "something else",
	}
	if r := e.Check(2); r.OK || !strings.Contains(r.String(), "something else") {
		t.Errorf("finite wrong answer: %v, want the general hint", r)
	}
	if r := e.Check(math.NaN()); r.OK || !strings.Contains(r.String(), "divided by zero") {
		t.Errorf("NaN answer: %v, want the NaN mistake's hint", r)
	}
}
