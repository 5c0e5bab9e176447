package gdlib_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

// clipOnce runs ClipByNorm(maxNorm)'s update once on a copy of u.
func clipOnce(maxNorm float64, u ...float64) []float64 {
	v := append([]float64(nil), u...)
	gdlib.ClipByNorm(maxNorm).Init(len(v))(v, &gdlib.State{})
	return v
}

func TestClipByNormRescalesLongUpdates(t *testing.T) {
	// (3, 4) has length 5: clipped to length 1 it is (0.6, 0.8), the same
	// direction; (0.3, 0.4), of length 0.5, passes unchanged.
	for _, c := range []struct {
		max  float64
		u    []float64
		want []float64
	}{
		{1, []float64{3, 4}, []float64{0.6, 0.8}},
		{1, []float64{0.3, 0.4}, []float64{0.3, 0.4}},
		{5, []float64{3, 4}, []float64{3, 4}},
		{2, []float64{-6, 0, 8}, []float64{-1.2, 0, 1.6}},
		// 1e300 squared overflows; the norm must not: (1e300, 1e300)
		// has length √2·1e300, clipped to 1 it is (1/√2, 1/√2).
		{1, []float64{1e300, 1e300}, []float64{1 / math.Sqrt2, 1 / math.Sqrt2}},
	} {
		got := clipOnce(c.max, c.u...)
		for i := range got {
			if math.Abs(got[i]-c.want[i]) > 1e-15 {
				t.Errorf("ClipByNorm(%g) of %v = %v, want %v", c.max, c.u, got, c.want)
				break
			}
		}
	}
	// A NaN or infinite update is left for the run to report.
	if got := clipOnce(1, math.Inf(1), 1); !math.IsInf(got[0], 1) || got[1] != 1 {
		t.Errorf("ClipByNorm(1) of (+Inf, 1) = %v, want it unchanged", got)
	}
}

func TestClipByNormRejectsBadMaxNorm(t *testing.T) {
	f := gdlib.Cliff()
	for _, m := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		_, err := gdlib.Run(f, gdlib.Pt(-2), gdlib.Chain(gdlib.ClipByNorm(m), gdlib.GD(0.1)), nil)
		if err == nil || !strings.Contains(err.Error(), "maxNorm = "+fmt.Sprint(m)) {
			t.Errorf("ClipByNorm(%v): error %v, want one naming maxNorm = %v", m, err, m)
		}
	}
}

// TestClipByNormBoundsEveryStep checks the promise of the doc: chained
// before GD(lr), no step is longer than lr·maxNorm. On the cliff from −2
// with lr = 0.1 the unclipped steps reach length 1 (lesson 6).
func TestClipByNormBoundsEveryStep(t *testing.T) {
	const lr, most = 0.1, 0.1
	run := gdlib.MustRun(gdlib.Cliff(), gdlib.Pt(-2), gdlib.Chain(gdlib.ClipByNorm(most), gdlib.GD(lr)), &gdlib.Settings{Steps: 300})
	for k := 1; k < run.Len(); k++ {
		if d := math.Abs(run.X(k)[0] - run.X(k - 1)[0]); d > lr*most*(1+1e-12) {
			t.Fatalf("step %d has length %g > lr·maxNorm = %g", k, d, lr*most)
		}
	}
	if run.Status == gdlib.Diverged {
		t.Errorf("clipped run diverged: %v", run)
	}
}

// Lesson 6's cliff: GD(0.1) from −2 bounces off the wall for ever; with
// the gradient clipped to length 0.1 first, it settles at the foot of the
// wall, the minimum x = 0.
func ExampleClipByNorm() {
	set := &gdlib.Settings{Steps: 300, GradTol: 1e-6}
	for _, opt := range []gdlib.Transform{gdlib.GD(0.1), gdlib.Chain(gdlib.ClipByNorm(0.1), gdlib.GD(0.1))} {
		run := gdlib.MustRun(gdlib.Cliff(), gdlib.Pt(-2), opt, set)
		fmt.Printf("%-18s %s after %d steps at x = %.4g\n", opt.Name(), run.Status, run.Steps(), run.Final()[0])
	}
	// Output:
	// GD(0.1)            step limit after 300 steps at x = -0.943
	// clip(0.1) → GD(0.1) converged after 200 steps at x = 1.728e-15
}
