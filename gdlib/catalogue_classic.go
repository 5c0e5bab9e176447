package gdlib

import (
	"fmt"
	"math"
)

// Rosenbrock returns Rosenbrock's banana valley (Rosenbrock 1960, "An
// automatic method for finding the greatest or least value of a function")
//
//	f(x, y) = (1 − x)² + 100(y − x²)²,
//	∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)),
//
// on the Domain [−2, 2] × [−1, 3]. Its only minimum is (1, 1), f = 0, at
// the end of a long curved valley whose floor is nearly flat: gradient
// descent finds the valley at once and then crawls along it. The standard
// start is (−1.2, 1). RosenbrockN is the same in n variables.
func Rosenbrock() *Function {
	f := fn2("Rosenbrock", `f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2`,
		func(x, y float64) float64 { a, b := 1-x, y-x*x; return a*a + 100*b*b },
		func(x, y float64) (float64, float64) {
			b := y - x*x
			return -2*(1-x) - 400*x*b, 200 * b
		},
		rosenbrockNum)
	f.Domain = Box{{-2, 2}, {-1, 3}}
	f.Minima = []Minimum{{X: Pt(1, 1), F: 0, Global: true}}
	return f
}

func rosenbrockNum(x, y Num) Num {
	return C(1).Sub(x).Square().Add(y.Sub(x.Square()).Square().Scale(100))
}

// Himmelblau returns Himmelblau's function (Himmelblau 1972, "Applied
// Nonlinear Programming")
//
//	f(x, y) = (x² + y − 11)² + (x + y² − 7)²,
//	∇f = (4x(x² + y − 11) + 2(x + y² − 7), 2(x² + y − 11) + 4y(x + y² − 7)),
//
// on the Domain [−5, 5]². It has four minima, all global with f = 0: (3, 2)
// and three others known only numerically (given here to full precision,
// Newton's method on the exact gradient), so where gradient descent ends
// depends only on where it starts — a clean picture of basins of
// attraction.
func Himmelblau() *Function {
	f := fn2("Himmelblau", `f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2`,
		func(x, y float64) float64 { a, b := x*x+y-11, x+y*y-7; return a*a + b*b },
		func(x, y float64) (float64, float64) {
			a, b := x*x+y-11, x+y*y-7
			return 4*x*a + 2*b, 2*a + 4*y*b
		},
		himmelblauNum)
	f.Domain = Box{{-5, 5}, {-5, 5}}
	f.Minima = minima2(func(x, y float64) float64 { return f.Func([]float64{x, y}) }, [][2]float64{
		{3, 2},
		{-2.8051180869527448, 3.131312518250573},
		{-3.779310253377747, -3.2831859912861696},
		{3.5844283403304917, -1.8481265269644034},
	}, nil)
	return f
}

func himmelblauNum(x, y Num) Num {
	return x.Square().Add(y).AddConst(-11).Square().Add(x.Add(y.Square()).AddConst(-7).Square())
}

// Beale returns Beale's function (Beale 1958, "On an iterative method for
// finding a local minimum of a function of more than one variable")
//
//	f(x, y) = (3/2 − x + xy)² + (9/4 − x + xy²)² + (21/8 − x + xy³)²
//
// on the Domain [−4.5, 4.5]². Its only minimum is (3, ½), f = 0, in a
// narrow flat valley surrounded by very steep walls (f reaches 10⁵ in the
// corners): a test of step-size control.
func Beale() *Function {
	f := fn2("Beale", `f(x, y) = \left(\frac{3}{2} - x + xy\right)^2 + \left(\frac{9}{4} - x + xy^2\right)^2 + \left(\frac{21}{8} - x + xy^3\right)^2`,
		func(x, y float64) float64 {
			a, b, c := 1.5-x+x*y, 2.25-x+x*y*y, 2.625-x+x*y*y*y
			return a*a + b*b + c*c
		},
		func(x, y float64) (float64, float64) {
			y2 := y * y
			a, b, c := 1.5-x+x*y, 2.25-x+x*y2, 2.625-x+x*y2*y
			return 2*a*(y-1) + 2*b*(y2-1) + 2*c*(y2*y-1), 2 * x * (a + 2*b*y + 3*c*y2)
		},
		bealeNum)
	f.Domain = Box{{-4.5, 4.5}, {-4.5, 4.5}}
	f.Minima = []Minimum{{X: Pt(3, 0.5), F: 0, Global: true}}
	return f
}

func bealeNum(x, y Num) Num {
	t := func(c float64, k float64) Num { return C(c).Sub(x).Add(x.Mul(Pow(y, k))).Square() }
	return t(1.5, 1).Add(t(2.25, 2)).Add(t(2.625, 3))
}

// Ellipse returns the quadratic bowl with condition number kappa
//
//	f(x, y) = ½(x² + κy²),   ∇f = (x, κy),
//
// whose Hessian diag(1, κ) has eigenvalues 1 and κ. Gradient descent is
// stable only for lr < 2/κ, and then x shrinks by the factor |1 − lr| per
// step: the larger κ, the slower the descent — the reason for momentum,
// Adam and Newton's method. Ellipse(1) is a round bowl. Domain [−2, 2]²;
// minimum (0, 0), f = 0. It panics unless kappa is a finite number ≥ 1.
func Ellipse(kappa float64) *Function {
	if !(kappa >= 1) || math.IsInf(kappa, 0) {
		panic(fmt.Sprintf("gdlib.Ellipse: kappa = %v, want a finite condition number ≥ 1", kappa))
	}
	f := fn2(fmt.Sprintf("ellipse κ=%g", kappa), fmt.Sprintf(`f(x, y) = \frac{1}{2}\left(x^2 + %g\,y^2\right)`, kappa),
		func(x, y float64) float64 { return 0.5 * (x*x + kappa*y*y) },
		func(x, y float64) (float64, float64) { return x, kappa * y },
		ellipseNum(kappa))
	f.Domain = Box{{-2, 2}, {-2, 2}}
	f.Minima = []Minimum{{X: Pt(0, 0), F: 0, Global: true}}
	return f
}

func ellipseNum(kappa float64) func(x, y Num) Num {
	return func(x, y Num) Num { return x.Square().Add(y.Square().Scale(kappa)).Scale(0.5) }
}
