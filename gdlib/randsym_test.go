package gdlib

import (
	"math"
	"strings"
	"testing"
)

// TestAllCurveUp: for n = 1 the one entry is positive with probability ½;
// for n = 2 the matrix [[a, b], [b, c]] is positive definite when a > 0,
// c > 0 and ac > b², whose probability for independent standard Gaussians
// is ¼·P(|a||c| > b² | a, c > 0) — below the ¼ of two coin tosses. The
// fractions are within 4 binomial standard deviations of ½ (n = 1) and
// fall with n below 2⁻ⁿ.
func TestAllCurveUp(t *testing.T) {
	const trials = 20000
	p1, err := AllCurveUp(1, trials, 1)
	if err != nil {
		t.Fatal(err)
	}
	if sd := math.Sqrt(0.25 / trials); math.Abs(p1-0.5) > 4*sd {
		t.Errorf("n = 1: fraction %v, want ½ within %v", p1, 4*sd)
	}
	prev := p1
	for n := 2; n <= 4; n++ {
		p, _ := AllCurveUp(n, trials, 1)
		if p >= math.Pow(2, -float64(n)) || p >= prev {
			t.Errorf("n = %d: fraction %v, want below 2⁻ⁿ = %v and below n − 1's %v", n, p, math.Pow(2, -float64(n)), prev)
		}
		prev = p
	}
	again, _ := AllCurveUp(1, trials, 1)
	if again != p1 {
		t.Errorf("the same seed gave %v, then %v", p1, again)
	}
	for _, c := range []struct {
		n, trials int
		want      string
	}{{0, 10, "n = 0"}, {3, 0, "trials = 0"}} {
		if _, err := AllCurveUp(c.n, c.trials, 1); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("AllCurveUp(%d, %d): error %v, want one containing %q", c.n, c.trials, err, c.want)
		}
	}
}
