package gdlib

import (
	"math"
	"testing"
)

// halfSquare is f(x) = x²/2, the objective of PyTorch's SGD documentation
// example below; f′(x) = x, f″(x) = 1.
var halfSquare = NewFunction("x²/2", 1,
	func(x []float64) float64 { return x[0] * x[0] / 2 },
	func(g, x []float64) { g[0] = x[0] },
	nil)

// TestMomentumPyTorchSGD pins Momentum to PyTorch's SGD rule
// (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html, momentum
// 0.9, dampening 0): on x²/2 from x = 1 with lr 0.1,
//
//	step 1: g = 1,   v = 0.9·0 + 1     = 1,   move 0.1·1   = 0.1,  x = 0.9
//	step 2: g = 0.9, v = 0.9·1 + 0.9   = 1.8, move 0.1·1.8 = 0.18, x = 0.72
//	step 3: g = 0.72, v = 0.9·1.8 + 0.72 = 2.34, move 0.234,       x = 0.486
func TestMomentumPyTorchSGD(t *testing.T) {
	tr := MustRun(halfSquare, Pt(1), Momentum(0.1, 0.9), &Settings{Steps: 3})
	want := []float64{1, 0.9, 0.72, 0.486}
	for i, w := range want {
		if got := tr.X(i)[0]; math.Abs(got-w) > 1e-15 {
			t.Errorf("x after step %d = %.17g, want %v", i, got, w)
		}
	}
	if tr.LR[0] != 0.1 || tr.LR[2] != 0.1 {
		t.Errorf("recorded LR = %v, want 0.1 at every step", tr.LR)
	}
	if got, want := Momentum(0.05, 0.9).Name(), "Momentum(0.05, β=0.9)"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
}

// TestMomentumBetaZeroIsGD: with β = 0 the velocity is the gradient, so
// Momentum(lr, 0) is gradient descent to the last bit (the course's
// fixed-rate run, x₀ 1.28, lr 0.01, 100 epochs → 0.5016028023210083,
// notebooks/testdata/seed-numbers.md).
func TestMomentumBetaZeroIsGD(t *testing.T) {
	tr := MustRun(quadratic, Pt(1.28), Momentum(0.01, 0), &Settings{Steps: 100})
	if got, want := tr.Final()[0], 0.5016028023210083; got != want {
		t.Errorf("final x = %.17g, want %.17g", got, want)
	}
}

// waves is the course's f(x) = sin(x²) + sin x, written by hand (the
// course's gradients(x) = 2x·cos(x²) + cos x).
var waves = NewFunction("sin(x²)+sin x", 1,
	func(x []float64) float64 { return math.Sin(x[0]*x[0]) + math.Sin(x[0]) },
	func(g, x []float64) { g[0] = 2*x[0]*math.Cos(x[0]*x[0]) + math.Cos(x[0]) },
	nil)

// TestMomentumEscapesLocalMinimum runs the course's momentum example: plain
// GD (η 0.05) and momentum
// (β 0.9, η 0.05) on sin(x²) + sin x from x = 1.11 for 200 steps.
//
// f′(1.11) = 2.22·cos(1.2321) + cos(1.11) ≈ 1.18 > 0, so both start
// downhill to the left. GD settles in the minimum of that basin, between
// −0.6 and −0.3 (f′(−0.6) < 0 < f′(−0.3)), f ≈ −0.234. Momentum's velocity
// carries it over the hump to the minimum between −2.3 and −2.0, f ≈ −1.834:
// the lowest on the course's plotted range [−4, 4]. The two minima are found
// here independently, by bisection on f′. After 200 steps momentum still
// swings about its minimum by ~1e−5 (hence the 1e−4); the course's own loop,
// re-run in NumPy (float64), ends at −2.141468968728458 and GD's at
// −0.4584575233091762.
func TestMomentumEscapesLocalMinimum(t *testing.T) {
	set := &Settings{Steps: 200}
	gd := MustRun(waves, Pt(1.11), GD(0.05), set)
	mom := MustRun(waves, Pt(1.11), Momentum(0.05, 0.9), set)
	local := bisect(waves.Deriv, -0.6, -0.3)
	global := bisect(waves.Deriv, -2.3, -2.0)
	if got := gd.Final()[0]; math.Abs(got-local) > 1e-9 {
		t.Errorf("GD ends at %.10g, want the nearby local minimum %.10g", got, local)
	}
	if got := mom.Final()[0]; math.Abs(got-global) > 1e-4 {
		t.Errorf("momentum ends at %.10g, want the lower minimum %.10g", got, global)
	}
	for _, c := range []struct {
		tr     *Trace
		course float64
	}{{gd, -0.4584575233091762}, {mom, -2.141468968728458}} { // NumPy re-runs of the course's loops
		if got := c.tr.Final()[0]; math.Abs(got-c.course) > 1e-9 {
			t.Errorf("%s ends at %.16g, the course's loop at %.16g", c.tr.Optimizer, got, c.course)
		}
	}
	// The lower minimum is the lowest of [−4, 4]: sample f every 1e−4.
	for x := -4.0; x <= 4; x += 1e-4 {
		if waves.At(x) < waves.At(global)-1e-12 {
			t.Fatalf("f(%v) = %v < f(%v): the escape minimum is not the lowest on [−4, 4]", x, waves.At(x), global)
		}
	}
	t.Logf("GD: %v", gd)
	t.Logf("momentum: %v", mom)
}

// bisect finds a zero of d in [a, b], where d(a) and d(b) have opposite
// signs, to machine precision.
func bisect(d func(float64) float64, a, b float64) float64 {
	da := d(a)
	if da*d(b) > 0 {
		panic("bisect: no sign change")
	}
	for range 200 {
		m := (a + b) / 2
		if m == a || m == b {
			break
		}
		if dm := d(m); (dm < 0) == (da < 0) {
			a, da = m, dm
		} else {
			b = m
		}
	}
	return (a + b) / 2
}
