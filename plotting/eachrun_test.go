package plotting_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// Two optimizers from one start on peaks, each on its own contour map.
func ExampleEachRun() {
	f := gdlib.Peaks()
	runs, _ := gdlib.Compare(f, gdlib.Pt(0, 1.4), []gdlib.Transform{gdlib.GD(0.01), gdlib.Momentum(0.01, 0.9)}, &gdlib.Settings{Steps: 1000, GradTol: 1e-3})
	p := plotting.EachRun(f, 18, 2, runs...)
	_, err := plotting.SVG(p)
	fmt.Println(p.Rows, p.Cols, err)
	// Output:
	// 1 2 <nil>
}

func TestEachRunTitles(t *testing.T) {
	f := gdlib.Sauna()
	a := gdlib.MustRun(f, gdlib.Pt(0.5, 0.6), gdlib.GD(0.25), &gdlib.Settings{Steps: 20, GradTol: 1e-3})
	p := plotting.EachRun(f, 18, 0, a, a, a)
	if p.Rows != 1 || p.Cols != 3 {
		t.Errorf("cols 0: %d × %d panels, want 1 × 3", p.Rows, p.Cols)
	}
	// The lab's first sauna setting converges after 18 steps.
	if got, want := p.Cells[0].(*plotting.Map).Title.Text, "GD(0.25)\nconverged, 18 steps"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestStepLength checks the quantity on GD(0.1) on 3x² − 3x + 4 from 1:
// f′(1) = 3, so the first step is 0.1·3 = 0.3 long, and each next one is
// |1 − 0.1·6| = 0.4 times the last.
func TestStepLength(t *testing.T) {
	run := gdlib.MustRun(gdlib.Quadratic(), gdlib.Pt(1), gdlib.GD(0.1), &gdlib.Settings{Steps: 5})
	first, s := plotting.StepLength.Values(run)
	if first != 1 || len(s) != 5 {
		t.Fatalf("first %d, %d values; want 1, 5", first, len(s))
	}
	want := 0.3
	for k, v := range s {
		if math.Abs(v-want) > 1e-12 {
			t.Errorf("step %d: length %v, want %v", k+1, v, want)
		}
		want *= 0.4
	}
}
