package gdlib_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// A function of one variable, written once: its derivative and second
// derivative come from automatic differentiation, exactly.
func ExampleNew1() {
	f := gdlib.New1("quadratic", `f(x) = 3x^2 - 3x + 4`, func(x gdlib.Num) gdlib.Num {
		return x.Square().Scale(3).Sub(x.Scale(3)).AddConst(4) // 3x² − 3x + 4
	})
	fmt.Printf("f(1) = %.4g, f′(1) = %.4g, f″(1) = %.4g\n", f.At(1), f.Deriv(1), f.Deriv2(1))
	// Output:
	// f(1) = 4, f′(1) = 3, f″(1) = 6
}

// A function of two variables: ∇f at (2, 3), as the course's lab computes it.
func ExampleNew2() {
	f := gdlib.New2("bowl", `f(x, y) = x^2 + y^2`, func(x, y gdlib.Num) gdlib.Num {
		return x.Square().Add(y.Square())
	})
	fmt.Println("∇f(2, 3) =", f.Gradient(2, 3))
	// Output:
	// ∇f(2, 3) = (4, 6)
}

// A function of any number of variables.
func ExampleNewN() {
	f := gdlib.NewN("sphere", `f(x) = \sum_i x_i^2`, 4, func(x []gdlib.Num) gdlib.Num {
		s := gdlib.C(0)
		for _, xi := range x {
			s = s.Add(xi.Square())
		}
		return s
	})
	fmt.Println("∇f(1, 2, 3, 4) =", f.Gradient(1, 2, 3, 4))
	// Output:
	// ∇f(1, 2, 3, 4) = (2, 4, 6, 8)
}

// A formula typed as text, as the course types it for sympy: the partial
// derivative of peaks at (1, 1) that the course prints (−1.07369833656079),
// and the LaTeX a notebook shows.
func ExampleFormula() {
	f, err := gdlib.Formula("peaks", "3(1-x)^2 exp(-x^2-(y+1)^2) - 10(x/5 - x^3 - y^5) exp(-x^2-y^2) - 1/3 exp(-(x+1)^2-y^2)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("∂f/∂x(1, 1) = %.15g\n", f.Gradient(1, 1)[0])

	g := gdlib.MustFormula("", "sin(x) + 0.5 sin(3x)")
	fmt.Println(g.TeX)

	_, err = gdlib.Formula("", "sin x + 1")
	fmt.Println(err)
	// Output:
	// ∂f/∂x(1, 1) = -1.07369833656079
	// f(x) = \sin x + 0.5 \sin\left(3 x\right)
	// gdlib.Formula("sin x + 1"): column 5: sin needs parentheses: write sin(x), found "x" after it
}

// The course's peaks surface, its minima, and gradient descent from the
// course's start [0, 1.4].
func ExamplePeaks() {
	f := gdlib.Peaks()
	for _, m := range f.Minima {
		fmt.Printf("minimum at %v, f = %.4g, global: %v\n", m.X, m.F, m.Global)
	}
	run := gdlib.MustRun(f, gdlib.Pt(0, 1.4), gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
	fmt.Println(run.Final())
	// Output:
	// minimum at (0.2283, -1.626), f = -6.551, global: true
	// minimum at (-1.347, 0.2045), f = -3.05, global: false
	// minimum at (0.2964, 0.3202), f = -0.06494, global: false
	// (0.2964, 0.3202)
}

// Checking a hand-written gradient against finite differences: the right
// one passes, one with a wrong factor fails.
func ExampleCheckGradient() {
	right := gdlib.NewFunction("x²y", 2,
		func(x []float64) float64 { return x[0] * x[0] * x[1] },
		func(g, x []float64) { g[0], g[1] = 2*x[0]*x[1], x[0]*x[0] }, nil)
	wrong := gdlib.NewFunction("x²y (wrong)", 2,
		func(x []float64) float64 { return x[0] * x[0] * x[1] },
		func(g, x []float64) { g[0], g[1] = x[0]*x[1], x[0]*x[0] }, nil) // forgot the 2

	c, _ := gdlib.CheckGradient(right, gdlib.Pt(1, 2))
	fmt.Println("right:", c.OK)
	c, _ = gdlib.CheckGradient(wrong, gdlib.Pt(1, 2))
	fmt.Println(c)
	// Output:
	// right: true
	// gradient of x²y (wrong) at (1, 2): max |error| 2 > 7e-06: WRONG
}

// Every built-in function, with its formula in LaTeX.
func ExampleCatalogue() {
	for _, f := range gdlib.Catalogue()[:3] {
		fmt.Printf("%s (%d-D): %s\n", f.Name, f.Dim, f.TeX)
	}
	// Output:
	// 3x²−3x+4 (1-D): f(x) = 3x^2 - 3x + 4
	// sin x + ½ sin 3x (1-D): f(x) = \sin x + \frac{1}{2}\sin 3x
	// sin(x)·exp(−0.05x²) (1-D): f(x) = \sin(x)\, e^{-0.05 x^2}
}
