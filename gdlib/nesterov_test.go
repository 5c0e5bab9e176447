package gdlib

import (
	"math"
	"testing"
)

// TestNesterovPyTorchRule pins Nesterov to PyTorch's SGD with nesterov=True
// (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html: b ← βb + g,
// g ← g + βb, x ← x − lr·g), worked by hand on x²/2 from x = 1, lr 0.1, β 0.9:
//
//	step 1: g = 1,    v = 1,              move 0.1·(1 + 0.9·1)       = 0.19,   x = 0.81
//	step 2: g = 0.81, v = 0.9 + 0.81 = 1.71, move 0.1·(0.81 + 0.9·1.71) = 0.2349, x = 0.5751
func TestNesterovPyTorchRule(t *testing.T) {
	tr := MustRun(halfSquare, Pt(1), Nesterov(0.1, 0.9), &Settings{Steps: 2})
	for i, w := range []float64{1, 0.81, 0.5751} {
		if got := tr.X(i)[0]; math.Abs(got-w) > 1e-15 {
			t.Errorf("x after step %d = %.17g, want %v", i, got, w)
		}
	}
	if got, want := Nesterov(0.05, 0.9).Name(), "Nesterov(0.05, β=0.9)"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
}
