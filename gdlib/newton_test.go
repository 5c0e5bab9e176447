package gdlib

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// omega is the omega constant Ω, the root of eˣ = 1/x and so the minimum of
// eˣ − ln x (OEIS A030178: 0.56714329040978387299996866221…).
const omega = 0.56714329040978387299996866221

// expLog is the course's one-variable lab function f(x) = eˣ − ln x (x > 0) written by hand:
// f′ = eˣ − 1/x, f″ = eˣ + 1/x² > 0.
func expLog(withHessian bool) *Function {
	var h func(dst *mat.SymDense, x []float64)
	if withHessian {
		h = func(dst *mat.SymDense, x []float64) { dst.SetSym(0, 0, math.Exp(x[0])+1/(x[0]*x[0])) }
	}
	return NewFunction("eˣ − ln x", 1,
		func(x []float64) float64 { return math.Exp(x[0]) - math.Log(x[0]) },
		func(g, x []float64) { g[0] = math.Exp(x[0]) - 1/x[0] },
		h)
}

// TestNewtonQuadraticOneStep: on a quadratic the Newton step is exact. In one
// variable, 3x² − 3x + 4 (the course's) from 1.28: 1.28 − f′/f″ = 1.28 − 4.68/6
// = 0.5. In two, f = ½xᵀAx − bᵀx with A = [3 1; 1 2], b = (1, 1), whose
// minimum is A⁻¹b = ⅕[2 −1; −1 3](1, 1) = (0.2, 0.4), from (5, −7).
func TestNewtonQuadraticOneStep(t *testing.T) {
	q := NewFunction("3x²−3x+4", 1, quadratic.Func, quadratic.Grad,
		func(dst *mat.SymDense, _ []float64) { dst.SetSym(0, 0, 6) })
	tr := MustRun(q, Pt(1.28), Newton(), &Settings{Steps: 1})
	if got := tr.Final()[0]; math.Abs(got-0.5) > 2.3e-16 { // 2 units in the last place of 0.5: rounding of 4.68/6 and 1.28 − 0.78
		t.Errorf("1-D: x₁ = %.17g, want 0.5", got)
	}
	bowl := NewFunction("½xᵀAx − bᵀx", 2,
		func(x []float64) float64 {
			return (3*x[0]*x[0]+2*x[0]*x[1]+2*x[1]*x[1])/2 - x[0] - x[1]
		},
		func(g, x []float64) { g[0], g[1] = 3*x[0]+x[1]-1, x[0]+2*x[1]-1 },
		func(dst *mat.SymDense, _ []float64) { dst.SetSym(0, 0, 3); dst.SetSym(0, 1, 1); dst.SetSym(1, 1, 2) })
	tr = MustRun(bowl, Pt(5, -7), Newton(), &Settings{Steps: 1})
	// The step has length ≈ 9, so its rounding is ~9·2.2e−16 ≈ 2e−15.
	if x := tr.Final(); math.Abs(x[0]-0.2) > 1e-14 || math.Abs(x[1]-0.4) > 1e-14 {
		t.Errorf("2-D: x₁ = (%.17g, %.17g), want (0.2, 0.4)", x[0], x[1])
	}
}

// TestNewtonQuadraticConvergence: on eˣ − ln x from the course lab's start 1.6 the
// error |x − Ω| is about squared at each step (the number of correct digits
// about doubles) until it reaches rounding level. Gradient descent with the
// lab's lr 0.1 is still 1.3e−7 away after 25 steps (0.5671434156768685,
// notebooks/testdata/seed-numbers.md). The same holds with the Hessian
// replaced by finite differences of the gradient.
func TestNewtonQuadraticConvergence(t *testing.T) {
	for _, exact := range []bool{true, false} {
		tr := MustRun(expLog(exact), Pt(1.6), Newton(), &Settings{Steps: 8})
		var digits []float64
		for i := range tr.Len() {
			digits = append(digits, -math.Log10(math.Abs(tr.X(i)[0]-omega)))
		}
		t.Logf("exact Hessian %v: correct digits by step %.3g", exact, digits)
		for k := 1; k+1 < len(digits); k++ {
			// Once 1 digit is right, and before rounding (15 digits) is
			// reached, each step at least 1.8× the digits.
			if digits[k] >= 1 && digits[k+1] < 15 && digits[k+1] < 1.8*digits[k] {
				t.Errorf("exact Hessian %v: step %d → %d: %.3g → %.3g digits, want about double", exact, k, k+1, digits[k], digits[k+1])
			}
		}
		if last := digits[len(digits)-1]; last < 15 {
			t.Errorf("exact Hessian %v: %.3g correct digits after 8 steps, want ≥ 15", exact, last)
		}
		if tr.LR[0] <= 0 {
			t.Errorf("LR[0] = %v, want 1/f″(1.6) > 0", tr.LR[0])
		}
	}
}

// TestNewtonDampsNonConvexStart: on the double well f(x) = x⁴/4 − x²/2
// (minima at ±1, a maximum at 0) start at 0.3, where f″ = 3·0.09 − 1 =
// −0.73 < 0. The pure Newton step 0.3 − f′/f″ = 0.3 − (−0.273)/(−0.73) ≈
// −0.074 would climb towards the maximum. Damping makes every step lower f,
// the first one moves right (downhill: f′(0.3) = −0.273 < 0), and the run
// ends on the minimum at +1.
func TestNewtonDampsNonConvexStart(t *testing.T) {
	well := NewFunction("x⁴/4 − x²/2", 1,
		func(x []float64) float64 { return x[0]*x[0]*x[0]*x[0]/4 - x[0]*x[0]/2 },
		func(g, x []float64) { g[0] = x[0]*x[0]*x[0] - x[0] },
		func(dst *mat.SymDense, x []float64) { dst.SetSym(0, 0, 3*x[0]*x[0]-1) })
	tr := MustRun(well, Pt(0.3), Newton(), &Settings{Steps: 30})
	if tr.X(1)[0] <= 0.3 {
		t.Errorf("first step went to %v, want to the right of 0.3 (downhill)", tr.X(1))
	}
	for i := 1; i < tr.Len(); i++ {
		if tr.F[i] > tr.F[i-1] {
			t.Errorf("f rose at step %d: %v → %v", i, tr.F[i-1], tr.F[i])
		}
	}
	if got := tr.Final()[0]; math.Abs(got-1) > 1e-12 {
		t.Errorf("ends at %.17g, want the minimum 1: %v", got, tr)
	}
}

// TestUndampedNewtonClimbs: the same double well and start as
// TestNewtonDampsNonConvexStart, with the pure step: 0.3 − f′/f″ =
// 0.3 − (0.027 − 0.3)/(0.27 − 1) = 0.3 − 0.273/0.73 ≈ −0.07397, and f rises
// (f(0.3) ≈ −0.04298 < f(−0.07397) ≈ −0.00272); the run converges to the
// maximum at 0, where f′ = 0 too. On a quadratic it is the exact step; where
// f″ = 0 (x = 1/√3 ≈ 0.57735) the step is infinite and the run diverges.
func TestUndampedNewtonClimbs(t *testing.T) {
	well := NewFunction("x⁴/4 − x²/2", 1,
		func(x []float64) float64 { return x[0]*x[0]*x[0]*x[0]/4 - x[0]*x[0]/2 },
		func(g, x []float64) { g[0] = x[0]*x[0]*x[0] - x[0] },
		func(dst *mat.SymDense, x []float64) { dst.SetSym(0, 0, 3*x[0]*x[0]-1) })
	tr := MustRun(well, Pt(0.3), UndampedNewton(), &Settings{Steps: 10})
	if x1 := tr.X(1)[0]; math.Abs(x1-(0.3-0.273/0.73)) > 1e-12 {
		t.Errorf("first step to %.17g, want 0.3 − 0.273/0.73 = %.17g", x1, 0.3-0.273/0.73)
	}
	if tr.F[1] <= tr.F[0] {
		t.Errorf("f went %v → %v, want it to rise (the pure step climbs)", tr.F[0], tr.F[1])
	}
	if x := tr.Final()[0]; math.Abs(x) > 1e-12 {
		t.Errorf("ends at %v, want the maximum 0", x)
	}
	// f″(x) = 0 at x = 1/√3: the first step divides by (almost) zero.
	tr = MustRun(well, Pt(1/math.Sqrt(3)), UndampedNewton(), &Settings{Steps: 10})
	if tr.Status != Diverged && math.Abs(tr.X(1)[0]) < 1e6 {
		t.Errorf("from 1/√3: %v, want a diverged run or a huge first step", tr)
	}
	// The 2-D bowl of TestNewtonQuadraticOneStep: one exact step, LU this time.
	bowl := NewFunction("½xᵀAx − bᵀx", 2,
		func(x []float64) float64 {
			return (3*x[0]*x[0]+2*x[0]*x[1]+2*x[1]*x[1])/2 - x[0] - x[1]
		},
		func(g, x []float64) { g[0], g[1] = 3*x[0]+x[1]-1, x[0]+2*x[1]-1 },
		func(dst *mat.SymDense, _ []float64) { dst.SetSym(0, 0, 3); dst.SetSym(0, 1, 1); dst.SetSym(1, 1, 2) })
	tr = MustRun(bowl, Pt(5, -7), UndampedNewton(), &Settings{Steps: 1})
	if x := tr.Final(); math.Abs(x[0]-0.2) > 1e-14 || math.Abs(x[1]-0.4) > 1e-14 { // step length ≈ 9: rounding ~2e−15
		t.Errorf("2-D: x₁ = (%.17g, %.17g), want (0.2, 0.4)", x[0], x[1])
	}
}

// TestNewtonFiniteDifferenceFallback: on peaks with its Hessian hidden
// (gradOnly), Newton differentiates the gradient numerically; with the
// catalogue's exact Hessian it does not. From (0.5, −1.2), in the global
// minimum's basin, both reach that minimum (Peaks' Minima[0], given to full
// precision) to 1e−9 in 20 steps, no step raising f by more than its
// rounding (newtonSlack).
func TestNewtonFiniteDifferenceFallback(t *testing.T) {
	f := Peaks()
	minimum := f.Minima[0].X
	for _, obj := range []Objective{gradOnly{f}, f} {
		tr := MustRun(obj, Pt(0.5, -1.2), Newton(), &Settings{Steps: 20})
		if x := tr.Final(); math.Hypot(x[0]-minimum[0], x[1]-minimum[1]) > 1e-9 {
			t.Errorf("%T: ends at %v, want %v: %v", obj, x, minimum, tr)
		}
		for i := 1; i < tr.Len(); i++ {
			if tr.F[i] > tr.F[i-1]+newtonSlack*math.Abs(tr.F[i-1]) {
				t.Errorf("%T: f rose at step %d: %v → %v", obj, i, tr.F[i-1], tr.F[i])
			}
		}
	}
}
