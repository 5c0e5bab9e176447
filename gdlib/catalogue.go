package gdlib

import (
	"fmt"
	"math"
)

// Catalogue returns every built-in function, in the order of the lessons:
// the course's functions of one variable, then of two, then the classics
// of optimisation and the two functions of lesson 6 (a plateau and a cliff). The n-dimensional ones
// appear as RosenbrockN(3) and Rastrigin(2), and Ellipse with κ = 10.
// Each call returns new values, which the caller may change.
func Catalogue() []*Function {
	return []*Function{
		Quadratic(), TwoSines(), DampedSine(), ExpLog(), ExpLogSine(), Chirp(),
		Peaks(), Bowl(), Sauna(), ThreeBumps(),
		Rosenbrock(), Himmelblau(), Beale(), Ellipse(10), RosenbrockN(3), Rastrigin(2),
		Plateau(), Cliff(),
	}
}

// fn1 makes a built-in function of one variable from its hand-written value
// f and derivative d, with f″ from the Num form ad (automatic
// differentiation, exact).
func fn1(name, tex string, f, d func(x float64) float64, ad func(Num) Num) *Function {
	return &Function{
		Name: name, TeX: tex, Dim: 1,
		f: func(x []float64) float64 { return f(x[0]) },
		g: func(g, x []float64) { g[0] = d(x[0]) },
		h: hess1(ad),
	}
}

// fn2 makes a built-in function of two variables from its hand-written value
// f and gradient g, with the Hessian from the Num form ad.
func fn2(name, tex string, f func(x, y float64) float64, g func(x, y float64) (float64, float64), ad func(x, y Num) Num) *Function {
	return &Function{
		Name: name, TeX: tex, Dim: 2,
		f: func(x []float64) float64 { return f(x[0], x[1]) },
		g: func(dst, x []float64) { dst[0], dst[1] = g(x[0], x[1]) },
		h: hess2(ad),
	}
}

// positive is the Valid function of functions defined for x > 0 (ln x).
func positive(x []float64) error {
	if !(x[0] > 0) {
		return fmt.Errorf("x = %v, but ln x needs x > 0", x[0])
	}
	return nil
}

// square returns a box with the same range in every dimension.
func square(lo, hi float64, dim int) Box {
	b := make(Box, dim)
	for i := range b {
		b[i] = Range{lo, hi}
	}
	return b
}

const twoPi = 2 * math.Pi
