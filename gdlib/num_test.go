package gdlib

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

// at evaluates g at x seeded along both directions, returning g, g′, g″.
func at(g func(Num) Num, x float64) (v, d1, d2 float64) {
	r := g(Num{Real: x, E1mag: 1, E2mag: 1})
	return r.Real, r.E1mag, r.E1E2mag
}

// TestNumElementary checks each elementary function's value and first two
// derivatives against their closed forms (any calculus table) at points
// inside its domain. Both sides are a few float64 operations, so they agree
// to a few ulps: 1e-14 relative.
func TestNumElementary(t *testing.T) {
	sech2 := func(x float64) float64 { c := math.Cosh(x); return 1 / (c * c) }
	cases := []struct {
		name      string
		g         func(Num) Num
		f, f1, f2 func(float64) float64
		xs        []float64
	}{
		{"sin", Sin, math.Sin, math.Cos, func(x float64) float64 { return -math.Sin(x) }, []float64{-2, 0, 0.3, 4}},
		{"cos", Cos, math.Cos, func(x float64) float64 { return -math.Sin(x) }, func(x float64) float64 { return -math.Cos(x) }, []float64{-2, 0, 0.3, 4}},
		{"tan", Tan, math.Tan, func(x float64) float64 { return 1 / (math.Cos(x) * math.Cos(x)) },
			func(x float64) float64 { return 2 * math.Tan(x) / (math.Cos(x) * math.Cos(x)) }, []float64{-1, 0, 0.3, 1.2}},
		{"exp", Exp, math.Exp, math.Exp, math.Exp, []float64{-3, 0, 1.5}},
		{"log", Log, math.Log, func(x float64) float64 { return 1 / x }, func(x float64) float64 { return -1 / (x * x) }, []float64{0.01, 1, 7}},
		{"sqrt", Sqrt, math.Sqrt, func(x float64) float64 { return 0.5 / math.Sqrt(x) },
			func(x float64) float64 { return -0.25 / (x * math.Sqrt(x)) }, []float64{0.01, 1, 7}},
		{"tanh", Tanh, math.Tanh, sech2, func(x float64) float64 { return -2 * math.Tanh(x) * sech2(x) }, []float64{-3, 0, 0.5, 4}},
		{"sigmoid", Sigmoid, sigmoid, func(x float64) float64 { s := sigmoid(x); return s * (1 - s) },
			func(x float64) float64 { s := sigmoid(x); return s * (1 - s) * (1 - 2*s) }, []float64{-3, 0, 0.5, 4}},
		{"abs", Abs, math.Abs, func(x float64) float64 { return math.Copysign(1, x) }, func(float64) float64 { return 0 }, []float64{-2, 3}},
		{"pow 2.5", func(a Num) Num { return Pow(a, 2.5) }, func(x float64) float64 { return math.Pow(x, 2.5) },
			func(x float64) float64 { return 2.5 * math.Pow(x, 1.5) }, func(x float64) float64 { return 3.75 * math.Pow(x, 0.5) }, []float64{0.5, 2}},
		{"pow 5", func(a Num) Num { return Pow(a, 5) }, func(x float64) float64 { return x * x * x * x * x },
			func(x float64) float64 { return 5 * x * x * x * x }, func(x float64) float64 { return 20 * x * x * x }, []float64{-1.5, 0, 2}},
		{"pow −2", func(a Num) Num { return Pow(a, -2) }, func(x float64) float64 { return 1 / (x * x) },
			func(x float64) float64 { return -2 / (x * x * x) }, func(x float64) float64 { return 6 / (x * x * x * x) }, []float64{-1.5, 0.7, 2}},
		{"div", func(a Num) Num { return C(1).Add(a).Div(a.Square().AddConst(1)) }, func(x float64) float64 { return (1 + x) / (x*x + 1) },
			func(x float64) float64 { return (1 - 2*x - x*x) / ((x*x + 1) * (x*x + 1)) },
			func(x float64) float64 { return 2 * (x*x*x + 3*x*x - 3*x - 1) / math.Pow(x*x+1, 3) }, []float64{-2, 0, 0.5, 3}},
	}
	close := func(a, b float64) bool { return math.Abs(a-b) <= 1e-14*math.Max(1, math.Abs(b)) }
	for _, c := range cases {
		for _, x := range c.xs {
			v, d1, d2 := at(c.g, x)
			if !close(v, c.f(x)) || !close(d1, c.f1(x)) || !close(d2, c.f2(x)) {
				t.Errorf("%s at %g: (%.17g, %.17g, %.17g), want (%.17g, %.17g, %.17g)", c.name, x, v, d1, d2, c.f(x), c.f1(x), c.f2(x))
			}
		}
	}
}

// TestNumComposedAtZero: for sin(x²), tan(x²) and tanh(x²) at x = 0 the
// second derivative is 2 (chain rule: g′(0)·2 with g′(0) = 1). gonum's
// hyperdual.Sin, Tan and Tanh special-case a zero argument and return 0
// there; Num's functions must not.
func TestNumComposedAtZero(t *testing.T) {
	for name, g := range map[string]func(Num) Num{"sin": Sin, "tan": Tan, "tanh": Tanh} {
		_, d1, d2 := at(func(x Num) Num { return g(x.Square()) }, 0)
		if d1 != 0 || d2 != 2 {
			t.Errorf("%s(x²) at 0: f′ = %v, f″ = %v, want 0 and 2", name, d1, d2)
		}
	}
}

// TestNumPowIntExactAtZero: x² has derivative exactly 0 at 0 (gonum's
// PowReal clamps |x| below 1e-15 to 1e-15 and would give 2e-15).
func TestNumPowIntExactAtZero(t *testing.T) {
	if _, d1, d2 := at(func(x Num) Num { return Pow(x, 2) }, 0); d1 != 0 || d2 != 2 {
		t.Errorf("(x²)′ at 0 = %v, (x²)″ = %v, want 0 and 2", d1, d2)
	}
}

// TestNumAgainstFD checks a composite expression using every operation
// against gonum's finite differences: fd.Central (step 6e-6: truncation
// h²/6·|f‴| + rounding ε|f|/h ≈ 1e-10 here, held to 1e-8) and fd.Central2nd
// (step 1e-4: h²/12·|f⁗| + 4ε|f|/h² ≈ 1e-7, held to 1e-4).
func TestNumAgainstFD(t *testing.T) {
	g := func(x Num) Num {
		return Sin(x).Mul(Exp(x.Scale(-0.3))).Add(Log(x.Square().AddConst(1))).Sub(Sqrt(x.AddConst(4)).Div(Cos(x).AddConst(3))).
			Add(Tanh(x.Scale(0.5)).Neg()).Add(Pow(Abs(x).AddConst(1), 1.5)).Add(Tan(x.Scale(0.2)))
	}
	f := func(x float64) float64 { return g(C(x)).Real }
	for _, x := range []float64{-2.5, -1, 0.3, 1.7, 3} {
		_, d1, d2 := at(g, x)
		w1 := fd.Derivative(f, x, &fd.Settings{Formula: fd.Central})
		w2 := fd.Derivative(f, x, &fd.Settings{Formula: fd.Central2nd})
		if math.Abs(d1-w1) > 1e-8 || math.Abs(d2-w2) > 1e-4 {
			t.Errorf("at %g: AD (%.10g, %.10g), finite differences (%.10g, %.10g)", x, d1, d2, w1, w2)
		}
	}
}

func TestNumAllocatesNothing(t *testing.T) {
	x := Num{Real: 0.7, E1mag: 1, E2mag: 1}
	var sink Num
	if n := testing.AllocsPerRun(100, func() { sink = Sin(x.Square()).Div(Exp(x)).Add(Pow(x, 3)) }); n != 0 {
		t.Errorf("Num arithmetic allocates %v times, want 0", n)
	}
	_ = sink
}

// TestNumConstantHasNoDerivative: √ of the constant 0 has value 0 and
// derivative parts 0, not ∞·0 = NaN; so does a formula such as sqrt(0) + x.
func TestNumConstantHasNoDerivative(t *testing.T) {
	if r := Sqrt(C(0)); r != (Num{}) {
		t.Errorf("Sqrt(C(0)) = %+v, want zero", r)
	}
	if g := MustFormula("", "sqrt(0) + x").Deriv(2); g != 1 {
		t.Errorf("(sqrt(0) + x)′ = %v, want 1", g)
	}
}
