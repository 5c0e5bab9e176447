package exercise_test

import (
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/exercise"
)

func TestGDStep2D(t *testing.T) {
	// Correct answers written otherwise: a loop over the coordinates, in place.
	inPlace := func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
		for i := range p {
			p[i] -= lr * g[i]
		}
		return p
	}
	if r := exercise.GDStep2D.Check(inPlace); !r.OK {
		t.Fatalf("a correct answer failed: %v", r)
	}
	cases := []struct {
		name string
		step exercise.Step2DFunc
		hint string
	}{
		{"the starting point of the lesson", func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			next := gdlib.Pt(p[0], p[1])
			return next
		}, "did not move"},
		{"sign error", func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			return gdlib.Pt(p[0]+lr*g[0], p[1]+lr*g[1])
		}, "uphill"},
		{"only x", func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			p[0] -= lr * g[0]
			return p
		}, "only x moved"},
		{"grad[0] twice", func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			for i := range p {
				p[i] -= lr * g[0]
			}
			return p
		}, "own partial derivative"},
		{"swapped", func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			return gdlib.Pt(p[0]-lr*g[1], p[1]-lr*g[0])
		}, "swapped"},
		{"one coordinate", func(p gdlib.Point, lr float64, g gdlib.Point) gdlib.Point {
			return gdlib.Pt(p[0] - lr*g[0])
		}, "returned 1 coordinates, want 2"},
	}
	for _, c := range cases {
		r := exercise.GDStep2D.Check(c.step)
		if r.OK || !strings.Contains(r.String(), c.hint) {
			t.Errorf("%s: got %q, want a failure whose text contains %q", c.name, r, c.hint)
		}
	}
}

// TestGDStep2DMatchesRun: the reference step, 100 times, is gdlib's GD(0.01)
// from (0, 1.4) on peaks (lesson 3's run, 100 steps).
func TestGDStep2DMatchesRun(t *testing.T) {
	f := gdlib.Peaks()
	run := gdlib.MustRun(f, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 100})
	p := gdlib.Pt(0, 1.4)
	for range 100 {
		p = exercise.GDStep2D.Answer(p, 0.01, f.Gradient(p...))
	}
	if q := run.Final(); p[0] != q[0] || p[1] != q[1] {
		t.Errorf("the reference ends at %v, gdlib.Run at %v", p, q)
	}
}
