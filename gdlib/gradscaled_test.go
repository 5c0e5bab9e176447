package gdlib

import (
	"math"
	"strings"
	"testing"
)

// TestGradScaledLaggedAsTheCourseRunsIt: the course's gradient-scaled
// learning rate, as its code runs: x₀ = −1.678, rate 0.01·|previous derivative|, the first
// step using g₀ = 0.0102306531128189 → 0.47894097661522317 after 100 steps
// (notebooks/testdata/seed-numbers.md; printed 0.47894098).
func TestGradScaledLaggedAsTheCourseRunsIt(t *testing.T) {
	lr, g0 := 0.01, 0.0102306531128189
	tr := MustRun(quadratic, Pt(-1.678), GradScaledLagged(lr, g0), &Settings{Steps: 100})
	if got, want := tr.Final()[0], 0.47894097661522317; got != want {
		t.Errorf("final x = %.17g, want %.17g", got, want)
	}
	// Step 1 uses 0.01·|g₀|; step 2 uses 0.01·|f′(x₀)| = 0.01·|6·(−1.678) − 3|.
	if tr.LR[0] != lr*g0 || tr.LR[1] != lr*math.Abs(quadratic.Deriv(-1.678)) {
		t.Errorf("LR[0], LR[1] = %v, %v; want 0.01·g₀ and 0.01·|f′(−1.678)|", tr.LR[0], tr.LR[1])
	}
}

// TestGradScaledCurrentDerivative: the same run with the derivative computed
// first, as the course's text intends, ends at 0.4742568743501484 (the
// value of the course's loop with its two lines swapped, re-run in
// float64).
func TestGradScaledCurrentDerivative(t *testing.T) {
	tr := MustRun(quadratic, Pt(-1.678), GradScaled(0.01), &Settings{Steps: 100})
	if got, want := tr.Final()[0], 0.4742568743501484; got != want {
		t.Errorf("final x = %.17g, want %.17g", got, want)
	}
	for i, lr := range tr.LR { // the recorded rate is lr·|f′| at the iterate the step starts from
		if want := math.Abs(tr.Grad(i)[0]) * 0.01; lr != want {
			t.Fatalf("LR[%d] = %v, want 0.01·|f′(x_%d)| = %v", i, lr, i, want)
		}
	}
}

func TestGradScaledBadInput(t *testing.T) {
	for _, c := range []struct {
		opt  Transform
		want string
	}{
		{GradScaled(0), "lr = 0"},
		{GradScaledLagged(-0.01, 1), "lr = -0.01"},
		{GradScaledLagged(0.01, math.Inf(1)), "g0 = +Inf"},
	} {
		_, err := Run(quadratic, Pt(1), c.opt, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.opt.Name(), err, c.want)
		}
	}
}
