package gdlib

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// peaksFormula is the course's peaks expression, as a learner would type it.
const peaksFormula = "3(1-x)^2 exp(-x^2-(y+1)^2) - 10(x/5 - x^3 - y^5) exp(-x^2-y^2) - 1/3 exp(-(x+1)^2-y^2)"

// TestFormulaPeaks: the typed formula gives the same value, gradient and
// Hessian as the built-in Peaks (hand-written gradient, Num Hessian) on a
// grid over its domain. The two evaluate the same terms in different
// orders, so they agree to rounding: 1e-13 relative to the terms' size
// (peaks' terms are ≤ 10 on [−3, 3]², its second derivatives ≤ ~100).
func TestFormulaPeaks(t *testing.T) {
	f, err := Formula("peaks", peaksFormula)
	if err != nil {
		t.Fatal(err)
	}
	p := Peaks()
	if f.Dim != 2 {
		t.Fatalf("Dim = %d, want 2", f.Dim)
	}
	h1, h2 := mat.NewSymDense(2, nil), mat.NewSymDense(2, nil)
	for x := -3.0; x <= 3; x += 0.75 {
		for y := -3.0; y <= 3; y += 0.75 {
			if a, b := f.At(x, y), p.At(x, y); math.Abs(a-b) > 1e-13*10 {
				t.Errorf("f(%g, %g) = %.17g, Peaks %.17g", x, y, a, b)
			}
			ga, gb := f.Gradient(x, y), p.Gradient(x, y)
			for i := range ga {
				if math.Abs(ga[i]-gb[i]) > 1e-13*50 {
					t.Errorf("∇f(%g, %g) = %v, Peaks %v", x, y, ga, gb)
				}
			}
			f.Hess(h1, []float64{x, y})
			p.Hess(h2, []float64{x, y})
			if !mat.EqualApprox(h1, h2, 1e-13*100) {
				t.Errorf("Hessians at (%g, %g) differ: %v vs %v", x, y, mat.Formatted(h1), mat.Formatted(h2))
			}
		}
	}
}

// TestFormulaPeaksDerivativeAt11: the course's sympy printed ∂peaks/∂x at (1, 1) =
// −1.07369833656079; notebooks/testdata/seed-numbers.md gives
// −1.0736983365607875.
// Automatic differentiation evaluates a different but equally exact
// expression, so the two agree to a few ulps (ulp here is 2.2e-16).
func TestFormulaPeaksDerivativeAt11(t *testing.T) {
	f := MustFormula("peaks", peaksFormula)
	if got, want := f.Gradient(1, 1)[0], -1.0736983365607875; math.Abs(got-want) > 4*2.3e-16 {
		t.Errorf("∂f/∂x(1, 1) = %.17g, want %.17g", got, want)
	}
}

// TestFormulaArithmetic pins the grammar: precedence, associativity,
// implicit products, constants, Unicode spellings. Each value is worked out
// by hand in the comment beside it.
func TestFormulaArithmetic(t *testing.T) {
	cases := []struct {
		expr string
		at   []float64
		want float64
	}{
		{"-x^2", []float64{3}, -9},          // −(3²)
		{"2^3^2", []float64{0}, 512},        // 2^(3²)
		{"1/2x", []float64{4}, 2},           // (1/2)·4
		{"2x^2", []float64{3}, 18},          // 2·9
		{"x**2 - 1", []float64{3}, 8},       // ** is ^
		{"2(x+1)", []float64{3}, 8},         // implicit product
		{"x y", []float64{3, 4}, 12},        // juxtaposition
		{"x - -y", []float64{3, 4}, 7},      // 3 + 4
		{"x² − 3·x", []float64{5}, 10},      // 25 − 15, Unicode
		{"2π", []float64{0}, 2 * math.Pi},   // π
		{"e^x", []float64{1}, math.E},       // e
		{"ln(e) + log(1)", []float64{0}, 1}, // ln = log, natural
		{"sqrt(abs(x))", []float64{-4}, 2},
		{"tanh(0) + cos(0) + tan(0) + sin(0) + exp(0)", []float64{7}, 2},
		{"x1 + 2x2 + 3x3", []float64{1, 1, 1}, 6},
		{"x^0.5", []float64{9}, 3},
		{"2^x", []float64{3}, 8}, // exp(3 ln 2), exact to rounding
		{"1.5e1 x", []float64{2}, 30},
		{"3", []float64{5}, 3}, // a constant is a function of x
	}
	for _, c := range cases {
		f, err := Formula("", c.expr)
		if err != nil {
			t.Errorf("%q: %v", c.expr, err)
			continue
		}
		if f.Dim != len(c.at) {
			t.Errorf("%q: Dim = %d, want %d", c.expr, f.Dim, len(c.at))
			continue
		}
		if got := f.Func(c.at); math.Abs(got-c.want) > 1e-14*math.Abs(c.want) {
			t.Errorf("%q at %v = %.17g, want %.17g", c.expr, c.at, got, c.want)
		}
	}
}

// TestFormulaDerivatives: derivatives of typed formulas against their
// hand-derived closed forms (calculus tables), to rounding.
func TestFormulaDerivatives(t *testing.T) {
	f := MustFormula("", "(exp(x) - ln(x)) * sin(2 pi x)")
	g := ExpLogSine()
	for _, x := range []float64{0.1, 0.7585, 1.3, 1.9} {
		if a, b := f.Deriv(x), g.Deriv(x); math.Abs(a-b) > 1e-13*math.Max(1, math.Abs(b)) {
			t.Errorf("f′(%g) = %.17g, hand-written %.17g", x, a, b)
		}
	}
	h := MustFormula("", "x^y") // ∂/∂x = y x^(y−1), ∂/∂y = x^y ln x
	gr := h.Gradient(2, 3)
	if math.Abs(gr[0]-12) > 1e-13 || math.Abs(gr[1]-8*math.Ln2) > 1e-13 {
		t.Errorf("∇(x^y)(2, 3) = %v, want (12, 8 ln 2)", gr)
	}
}

// TestFormulaTeX pins the LaTeX written for the course's formulas.
func TestFormulaTeX(t *testing.T) {
	cases := map[string]string{
		"3x^2 - 3x + 4":               `f(x) = 3 x^{2} - 3 x + 4`,
		"sin(x) + 0.5 sin(3x)":        `f(x) = \sin x + 0.5 \sin\left(3 x\right)`,
		"sin(x)*exp(-0.05x^2)":        `f(x) = \sin\left(x\right) e^{-0.05 x^{2}}`,
		"exp(x) - ln(x)":              `f(x) = e^{x} - \ln x`,
		"(exp(x)-log(x))*sin(2 pi x)": `f(x) = \left(e^{x} - \ln x\right) \sin\left(2 \pi x\right)`,
		"sin(x^2)+sin(x)":             `f(x) = \sin\left(x^{2}\right) + \sin x`,
		"x^2+y^2":                     `f(x, y) = x^{2} + y^{2}`,
		"x - -y":                      `f(x, y) = x - \left(-y\right)`,
		"x - (y - 1)":                 `f(x, y) = x - \left(y - 1\right)`,
		"x1^2 + x2*x3":                `f(x_1, x_2, x_3) = x_{1}^{2} + x_{2} x_{3}`,
		"sqrt(abs(x))/(1+x)^0.5":      `f(x) = \frac{\sqrt{\left|x\right|}}{\left(1 + x\right)^{0.5}}`,
		"1e-5 x":                      `f(x) = 10^{-5} x`,
		"x1^2":                        `f(x_1) = x_{1}^{2}`,
		"x1 x2":                       `f(x_1, x_2) = x_{1} x_{2}`,
		"x1 + x7":                     `f(x_1, \ldots, x_{7}) = x_{1} + x_{7}`,
		"2*3":                         `f(x) = 2 \cdot 3`,
		peaksFormula: `f(x, y) = 3 \left(1 - x\right)^{2} e^{-x^{2} - \left(y + 1\right)^{2}} - 10 \left(\frac{x}{5} - x^{3} - y^{5}\right) e^{-x^{2} - y^{2}}` +
			` - \frac{1}{3} e^{-\left(x + 1\right)^{2} - y^{2}}`,
	}
	for expr, want := range cases {
		f, err := Formula("", expr)
		if err != nil {
			t.Errorf("%q: %v", expr, err)
			continue
		}
		if f.TeX != want {
			t.Errorf("%q: TeX\n%s\nwant\n%s", expr, f.TeX, want)
		}
	}
}

// TestFormulaErrors: every error names the column and the token.
func TestFormulaErrors(t *testing.T) {
	cases := map[string]string{
		"":        "the formula is empty",
		"sin x":   `column 5: sin needs parentheses: write sin(x), found "x"`,
		"3 +":     "column 4: the formula ends too early",
		"x + * 2": `column 5: unexpected "*"`,
		"(x":      `column 3: expected ")" to close the "(" of column 1`,
		"x)":      `column 2: unexpected ")": it closes no "("`,
		"sinx(2)": `column 1: unknown name "sinx"`,
		"x + x1":  `column 5: "x1" mixes with "x"`,
		"2 3":     `column 3: unexpected "3": an operator is missing`,
		"x0":      `column 1: unknown name "x0"`,
		"1.2.3":   `column 1: "1.2.3" is not a number`,
		"x $ 2":   `column 3: unexpected character '$'`,
		"sin(x":   `column 6: expected ")" to close sin( of column 4`,
		"x − ? 1": `column 5: unexpected character '?'`, // − is one column
		"1e999":   `column 1: "1e999" is not a number`,
		strings.Repeat("(", 300) + "x" + strings.Repeat(")", 300): "nested more than 200 levels",
	}
	for expr, want := range cases {
		_, err := Formula("", expr)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), "gdlib.Formula(") {
			t.Errorf("Formula(%.20q): error %v, want one containing %q", expr, err, want)
		}
	}
}

// TestFormulaValid: a formula with ln x is undefined for x ≤ 0; Valid says
// which operation fails, and Run turns it into an error naming the start.
func TestFormulaValid(t *testing.T) {
	f := MustFormula("", "exp(x) - ln(x)")
	if f.Valid == nil {
		t.Fatal("Valid is nil for a formula with ln")
	}
	if err := f.Valid([]float64{-1}); err == nil || !strings.Contains(err.Error(), "log at column 10 is of -1") {
		t.Errorf("Valid(-1) = %v", err)
	}
	if err := f.Valid([]float64{1}); err != nil {
		t.Errorf("Valid(1) = %v, want nil", err)
	}
	if _, err := Run(f, Pt(-1), GD(0.1), nil); err == nil || !strings.Contains(err.Error(), "start = -1") {
		t.Errorf("Run from −1: %v, want an error naming the start", err)
	}
	for expr, bad := range map[string][]float64{"1/x": {0}, "sqrt(x)": {-1}, "x^0.5": {-1}, "x^-1": {0}, "x^y": {-1, 2}} {
		if err := MustFormula("", expr).Valid(bad); err == nil {
			t.Errorf("%s: Valid(%v) = nil, want an error", expr, bad)
		}
	}
	if MustFormula("", "x^2 + sin(x)").Valid != nil {
		t.Error("a formula defined everywhere has a Valid function")
	}
}

func TestFormulaGradAllocatesNothing(t *testing.T) {
	f := MustFormula("peaks", peaksFormula)
	g, x := make([]float64, 2), []float64{0.3, -1.2}
	if n := testing.AllocsPerRun(100, func() { f.Grad(g, x) }); n != 0 {
		t.Errorf("Grad allocates %v times per call, want 0", n)
	}
	v, ok := MustFormula("", "ln(x) + sqrt(y)"), []float64{0.3, 1.2}
	if n := testing.AllocsPerRun(100, func() { _ = v.Valid(ok) }); n != 0 {
		t.Errorf("Valid allocates %v times per call, want 0", n)
	}
}

// FuzzFormula: no input makes Formula, or the Function it returns, panic.
func FuzzFormula(f *testing.F) {
	for _, s := range []string{peaksFormula, "3x^2-3x+4", "x1*x2^x3", "((x))", "sin(", "2^3^2", "x−y·π²", "1e308*1e308",
		"-(-(-x))", "abs(x)/0", "x y z", "e^e^x", "ln(ln(x))", "x**-2", ".5x", "x3^x1000", "\xff", "2e", "sqrt(-x)^0.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fn, err := Formula("fuzz", s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "gdlib.Formula(") {
				t.Errorf("error %q does not say where it comes from", err)
			}
			return
		}
		if fn.TeX == "" || fn.Dim < 1 {
			t.Errorf("%q: TeX %q, Dim %d", s, fn.TeX, fn.Dim)
		}
		if fn.Dim > 4 {
			return // keep the Hessian small
		}
		x := make([]float64, fn.Dim)
		for i := range x {
			x[i] = 0.5 + float64(i)
		}
		fn.Func(x)
		fn.Grad(make([]float64, fn.Dim), x)
		fn.Hess(mat.NewSymDense(fn.Dim, nil), x)
		if fn.Valid != nil {
			_ = fn.Valid(x)
		}
	})
}
