package gdlib

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// RosenbrockN returns Rosenbrock's function in n ≥ 2 variables (the
// "extended" form of gonum's optimize/functions.ExtendedRosenbrock)
//
//	f(x) = Σᵢ₌₁ⁿ⁻¹ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)²,
//
// on the Domain [−2, 2]ⁿ. Its global minimum is (1, …, 1), f = 0. (For
// 4 ≤ n ≤ 7 it also has a local minimum near (−1, 1, …, 1); it is not
// listed.) The gradient and Hessian are written by hand and allocate
// nothing. It panics if n < 2 or n > MaxDim.
func RosenbrockN(n int) *Function {
	if n < 2 || n > MaxDim {
		panic(fmt.Sprintf("gdlib.RosenbrockN: n = %d, want 2 ≤ n ≤ %d (gdlib.MaxDim)", n, MaxDim))
	}
	one := make(Point, n)
	for i := range one {
		one[i] = 1
	}
	return &Function{
		Name:   fmt.Sprintf("Rosenbrock %d-D", n),
		TeX:    `f(x) = \sum_{i=1}^{n-1} \left[100\,(x_{i+1} - x_i^2)^2 + (1 - x_i)^2\right]`,
		Dim:    n,
		Domain: square(-2, 2, n),
		Minima: []Minimum{{X: one, F: 0, Global: true}},
		f:      rosenbrockN,
		g:      rosenbrockNGrad,
		h:      rosenbrockNHess,
	}
}

func rosenbrockN(x []float64) float64 {
	var s float64
	for i := 0; i+1 < len(x); i++ {
		a, b := x[i+1]-x[i]*x[i], 1-x[i]
		s += 100*a*a + b*b
	}
	return s
}

// rosenbrockNGrad: ∂f/∂xᵢ = −400xᵢ(xᵢ₊₁ − xᵢ²) − 2(1 − xᵢ) [i < n] + 200(xᵢ − xᵢ₋₁²) [i > 1].
func rosenbrockNGrad(g, x []float64) {
	for i := range g {
		g[i] = 0
	}
	for i := 0; i+1 < len(x); i++ {
		a := x[i+1] - x[i]*x[i]
		g[i] += -400*x[i]*a - 2*(1-x[i])
		g[i+1] += 200 * a
	}
}

// rosenbrockNHess: Hᵢᵢ = 1200xᵢ² − 400xᵢ₊₁ + 2 [i < n] + 200 [i > 1],
// Hᵢ,ᵢ₊₁ = −400xᵢ, zero elsewhere.
func rosenbrockNHess(dst *mat.SymDense, x []float64) {
	n := len(x)
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			dst.SetSym(i, j, 0)
		}
	}
	for i := 0; i+1 < n; i++ {
		dst.SetSym(i, i, dst.At(i, i)+1200*x[i]*x[i]-400*x[i+1]+2)
		dst.SetSym(i+1, i+1, dst.At(i+1, i+1)+200)
		dst.SetSym(i, i+1, -400*x[i])
	}
}

// Rastrigin returns Rastrigin's function in n ≥ 1 variables (Rastrigin
// 1974; the form of Mühlenbein et al. 1991)
//
//	f(x) = 10n + Σᵢ (xᵢ² − 10 cos 2πxᵢ),   ∂f/∂xᵢ = 2xᵢ + 20π sin 2πxᵢ,
//
// on the Domain [−5.12, 5.12]ⁿ. Its global minimum is the origin, f = 0;
// a local minimum sits near every point of the integer lattice (about 11ⁿ
// in the domain, not listed), so gradient descent ends in the nearest one:
// the landscape of lesson 1's "many starts" remedy. It panics if n < 1 or
// n > MaxDim.
func Rastrigin(n int) *Function {
	if n < 1 || n > MaxDim {
		panic(fmt.Sprintf("gdlib.Rastrigin: n = %d, want 1 ≤ n ≤ %d (gdlib.MaxDim)", n, MaxDim))
	}
	return &Function{
		Name:   fmt.Sprintf("Rastrigin %d-D", n),
		TeX:    `f(x) = 10n + \sum_{i=1}^{n} \left[x_i^2 - 10\cos(2\pi x_i)\right]`,
		Dim:    n,
		Domain: square(-5.12, 5.12, n),
		Minima: []Minimum{{X: make(Point, n), F: 0, Global: true}},
		f: func(x []float64) float64 {
			s := 10 * float64(len(x))
			for _, v := range x {
				s += v*v - 10*math.Cos(twoPi*v)
			}
			return s
		},
		g: func(g, x []float64) {
			for i, v := range x {
				g[i] = 2*v + 20*math.Pi*math.Sin(twoPi*v)
			}
		},
		h: func(dst *mat.SymDense, x []float64) {
			for i, v := range x {
				for j := i + 1; j < len(x); j++ {
					dst.SetSym(i, j, 0)
				}
				dst.SetSym(i, i, 2+40*math.Pi*math.Pi*math.Cos(twoPi*v))
			}
		},
	}
}
