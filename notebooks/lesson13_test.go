package notebooks_test

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/optimize"

	"github.com/gdlessons/lessons/gdlib"
)

// Lesson 13's data and losses, as its cells make them: 50 points around
// y = 0.5x + 2 (x on [0, 10], noise 0.5, seed 1), the same standardised,
// and two clouds of 200 points (centres 2 apart, spread 1, seed 3).
func lesson13() (loss, std, ce *gdlib.Loss) {
	data := gdlib.NoisyLine(50, gdlib.Range{Min: 0, Max: 10}, 0.5, 2, 0.5, 1)
	scaled, _ := data.Standardize()
	return gdlib.MSE(data), gdlib.MSE(scaled), gdlib.CrossEntropy(gdlib.TwoClouds(200, 2, 1, 3))
}

// TestLesson13Claims recomputes what lesson 13's prose says and no cell
// prints.
func TestLesson13Claims(t *testing.T) {
	loss, std, ce := lesson13()
	exact := gdlib.MustRun(loss, gdlib.Pt(0, 0), gdlib.GD(0.05), &gdlib.Settings{Steps: 3000}).Final()

	// "By step 10 the line is too steep and too low": w above w* and b
	// below b* (by more than 0.1 and 0.5).
	run := gdlib.MustRun(loss, gdlib.Pt(0, 0), gdlib.GD(0.05), &gdlib.Settings{Steps: 10})
	if w, b := run.Final()[0], run.Final()[1]; w < exact[0]+0.1 || b > exact[1]-0.5 {
		t.Errorf("step 10: (w, b) = (%.4g, %.4g); the prose says steeper and lower than (w*, b*) = %v", w, b, exact)
	}

	// "the run bounces across the valley, further each time": above the
	// limit, w − w* changes sign at every step and grows.
	lam := curvatures2(loss)
	over := gdlib.MustRun(loss, gdlib.Pt(0, 0), gdlib.GD(1.05*2/lam[1]), &gdlib.Settings{Steps: 200})
	for k := 100; k < 200; k++ {
		d0, d1 := over.X(k)[0]-exact[0], over.X(k + 1)[0]-exact[0]
		if d0*d1 >= 0 || math.Abs(d1) <= math.Abs(d0) {
			t.Fatalf("η = 1.05 × 2/λmax: steps %d and %d: w − w* = %.3g, %.3g; want alternating signs, growing", k, k+1, d0, d1)
		}
	}

	// "(κ − 1)/(κ + 1) = 0.97".
	if k := lam[1] / lam[0]; math.Abs((k-1)/(k+1)-0.97) > 0.005 {
		t.Errorf("(κ − 1)/(κ + 1) = %.4f, the prose says 0.97", (k-1)/(k+1))
	}

	// "class 0 around (−0.71, −0.71), class 1 around (0.71, 0.71)" are
	// TwoClouds' centres ±(sep/2)/√2 with sep = 2; "about a tenth of the
	// points stay on the wrong side" of the fitted boundary.
	if c := 2 / 2 / math.Sqrt2; math.Abs(c-0.71) > 0.005 {
		t.Errorf("centre %.4f, the prose says 0.71", c)
	}
	fit := gdlib.MustRun(ce, gdlib.Pt(-2, 1, 1), gdlib.GD(1), &gdlib.Settings{Steps: 2000}).Final()
	wrong := 0
	d := ce.Data
	for i := 0; i < d.Len(); i++ {
		z := fit[0]*d.X[2*i] + fit[1]*d.X[2*i+1] + fit[2]
		if (z > 0) != (d.Y[i] == 1) {
			wrong++
		}
	}
	if f := float64(wrong) / float64(d.Len()); f < 0.07 || f > 0.14 {
		t.Errorf("%d of %d points on the wrong side (%.3g); the prose says about a tenth", wrong, d.Len(), f)
	}

	// "4 for batches of 16 (16 + 16 + 16 + 2), 50 for SGD".
	b16 := std.Minibatch(16, 1)
	if b16.StepsPerEpoch() != 4 || len(b16.Batch(3, nil)) != 2 || std.Minibatch(1, 1).StepsPerEpoch() != 50 {
		t.Errorf("steps per epoch: %d for batch 16 (last batch %d), %d for batch 1; the prose says 4 (16 + 16 + 16 + 2) and 50",
			b16.StepsPerEpoch(), len(b16.Batch(3, nil)), std.Minibatch(1, 1).StepsPerEpoch())
	}
}

// curvatures2 returns the eigenvalues of the Hessian of a loss in (w, b),
// smallest first, in closed form for a symmetric 2 × 2 matrix.
func curvatures2(l *gdlib.Loss) [2]float64 {
	var a, c, n float64 // mean x², mean x
	for _, x := range l.Data.X {
		a += x * x
		c += x
		n++
	}
	a, c = a/n, c/n
	// [[a, c], [c, 1]]: λ = (a + 1)/2 ± √(((a − 1)/2)² + c²).
	m, r := (a+1)/2, math.Hypot((a-1)/2, c)
	return [2]float64{m - r, m + r}
}

// The epochs figure: "full batch falls steadily, as a straight line (a
// constant factor per epoch); SGD falls fastest at first and then stalls
// at a floor".
func TestLesson13LossByEpoch(t *testing.T) {
	_, std, _ := lesson13()
	jStar := gdlib.MustRun(std, gdlib.Pt(0, 0), gdlib.GD(1), &gdlib.Settings{Steps: 1}).FinalF()
	gap := func(batch int) []float64 {
		b := std.Minibatch(batch, 1)
		run := gdlib.MustRun(b, gdlib.Pt(-1, 0), gdlib.GD(0.1), &gdlib.Settings{Steps: 30 * b.StepsPerEpoch()})
		v := b.Epochs(run)
		for e := range v {
			v[e] -= jStar
		}
		return v
	}
	full, one := gap(50), gap(1)
	for e := 1; e < 30; e++ {
		// J − J* of a round bowl of curvature 1 shrinks by (1 − η)² = 0.81.
		if r := full[e+1] / full[e]; math.Abs(r-0.81) > 1e-6 {
			t.Errorf("full batch, epoch %d → %d: factor %.6g, want (1 − 0.1)² = 0.81", e, e+1, r)
		}
	}
	if one[1] >= full[1] {
		t.Errorf("after one epoch SGD is %.3g above the minimum, full batch %.3g: the prose says SGD falls fastest at first", one[1], full[1])
	}
	rises := 0
	for e := 10; e <= 30; e++ {
		if one[e] < 1e-4 || one[e] > 0.1 {
			t.Errorf("SGD at epoch %d: %.3g above the minimum; the prose says it stalls (between 1e-4 and 0.1 from epoch 10 on)", e, one[e])
		}
		if one[e] > one[e-1] {
			rises++
		}
	}
	if rises < 3 {
		t.Errorf("SGD's loss rose in %d of epochs 10 to 30; the prose says it goes up and down", rises)
	}
}

// The sweep's map: "a batch size that does not divide 50 ends each epoch
// with a small batch ... batch 25 has more useful rates than 24"; "at the
// full batch, rates above 2 get the top colour"; and the schedule
// "halves after the first epoch of 50 steps".
func TestLesson13Sweep(t *testing.T) {
	_, std, _ := lesson13()
	jStar := gdlib.MustRun(std, gdlib.Pt(0, 0), gdlib.GD(1), &gdlib.Settings{Steps: 1}).FinalF()
	// above is the lesson's aboveAfter20 (without the context).
	above := func(batch int, logLR float64) float64 {
		b := std.Minibatch(batch, 1)
		run := gdlib.MustRun(b, gdlib.Pt(-1, 0), gdlib.GD(math.Pow(10, logLR)), &gdlib.Settings{Steps: 20 * b.StepsPerEpoch()})
		if run.Status == gdlib.Diverged {
			return 1
		}
		return math.Min(math.Log10(math.Max(run.FinalF()/jStar-1, 1e-6)), 1)
	}
	useful := func(batch int) int {
		n := 0
		for _, y := range gdlib.Linspace(-2.5, 0.5, 60) {
			if above(batch, y) < -2 {
				n++
			}
		}
		return n
	}
	if u24, u25 := useful(24), useful(25); u25 <= u24 {
		t.Errorf("useful rates: %d for batch 24, %d for batch 25; the prose says 25 has more", u24, u25)
	}
	for _, y := range gdlib.Linspace(-2.5, 0.5, 60) {
		if math.Pow(10, y) > 2 && above(50, y) < 1 {
			t.Errorf("full batch at η = %.3g: %.3g, the prose says the top colour (1)", math.Pow(10, y), above(50, y))
		}
	}
	if r := gdlib.InverseTime(0.1, 1.0/50)(50); r != 0.05 {
		t.Errorf("the schedule at step 50: %v, the prose says half of 0.1", r)
	}
}

// The "Your turn" hints: plain GD at rate 1 for 20 epochs, and momentum
// at 0.1 with β = 0.9 for 5, with batches of 16 (the cell's), end within
// 0.001 of the minimum BFGS finds; the cell's first setting does not.
func TestLesson13YourTurn(t *testing.T) {
	_, _, ce := lesson13()
	res, _ := optimize.Minimize(optimize.Problem{Func: ce.Func, Grad: ce.Grad}, []float64{0, 0, 0}, nil, &optimize.BFGS{})
	gap := func(opt gdlib.Transform, epochs int) float64 {
		b := ce.Minibatch(16, 1)
		return gdlib.MustRun(b, gdlib.Pt(0, 0, 0), opt, &gdlib.Settings{Steps: epochs * b.StepsPerEpoch()}).FinalF() - res.F
	}
	for _, c := range []struct {
		opt    gdlib.Transform
		epochs int
		ok     bool
	}{{gdlib.GD(1), 20, true}, {gdlib.Momentum(0.1, 0.9), 5, true}, {gdlib.GD(0.1), 5, false}} {
		if g := gap(c.opt, c.epochs); (g <= 1e-3) != c.ok {
			t.Errorf("%s, %d epochs: %.3g above the minimum; the lesson says within 0.001: %v", c.opt.Name(), c.epochs, g, c.ok)
		}
	}
}
