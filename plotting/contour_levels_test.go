package plotting

import (
	"math"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

func TestLogContourLevels(t *testing.T) {
	// n = 3 in [0, 1000]: heights 1000·10^(−4·(1 − k/4)) for k = 1, 2, 3
	// (LogDecades = 4): 10^0, 10^1, 10^2.
	got := LogContourLevels(0, 1000, 3)
	want := []float64{1, 10, 100}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9*want[i] {
			t.Errorf("LogContourLevels(0, 1000, 3)[%d] = %.4g, want %.4g", i, got[i], want[i])
		}
	}
}

// levelsBelow counts the levels of m's first contour layer below z.
func levelsBelow(m *Map, z float64) int {
	k := 0
	for _, v := range m.contours[0].levels {
		if v < z {
			k++
		}
	}
	return k
}

func TestRosenbrockContoursInValley(t *testing.T) {
	// Rosenbrock on [−2, 2] × [−1, 3] reaches 2509 at (−2, −1) (the
	// formula (1 − x)² + 100(y − x²)² = 9 + 2500), but its curved valley
	// lies below 10. With 18 even levels (step 2509/19 ≈ 132) no line falls
	// in the valley; Contour must pick log spacing and put several there.
	f := gdlib.Rosenbrock()
	m := Contour(f, 18)
	if m.Err() != nil {
		t.Fatal(m.Err())
	}
	if k := levelsBelow(m, 10); k < 4 {
		t.Errorf("Contour(Rosenbrock, 18): %d levels below 10, want ≥ 4 (levels %.3g)", k, m.contours[0].levels)
	}
	// Levels(EvenSpacing) restores the old choice: none below 10.
	if k := levelsBelow(m.Levels(EvenSpacing), 10); k != 0 {
		t.Errorf("EvenSpacing: %d levels below 10, want 0", k)
	}
}

func TestPeaksContoursStayEven(t *testing.T) {
	// Peaks' values (−6.5 … 8.1) have their median near 0, in the middle of
	// the range: AutoSpacing keeps the even levels of ContourLevels.
	pk := gdlib.Peaks()
	m := Contour(pk, 18)
	cl := m.contours[0]
	want := ContourLevels(cl.lo, cl.hi, 18)
	for i := range want {
		if cl.levels[i] != want[i] {
			t.Fatalf("peaks level %d = %v, want the even %v", i, cl.levels[i], want[i])
		}
	}
}
