package gdlib

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Objective is a function to minimise, with its gradient. It is the method set
// of gonum's optimize.Problem and of the types in gonum's
// optimize/functions, so any of those can be passed to Run.
//
// Grad writes ∇f(x) into grad, which has len(x) elements.
type Objective interface {
	Func(x []float64) float64
	Grad(grad, x []float64)
}

// Hessianer is implemented by objectives that also know their Hessian
// (gonum's method set). Newton's method needs it.
type Hessianer interface {
	Hess(dst *mat.SymDense, x []float64)
}

// Minimum is a known minimum of a Function.
type Minimum struct {
	X      Point
	F      float64
	Global bool // true for a global minimum, false for a local one
}

// Function is an objective with everything a lesson shows about it: a name,
// its formula in LaTeX, a domain to plot, and its known minima. Every
// built-in (Peaks, Sauna, Rosenbrock, …) is a *Function; New1, New2 and NewN
// make one from a formula written once, with exact derivatives.
//
// A Function is safe for concurrent use: its methods read only.
type Function struct {
	Name string // short name, e.g. "peaks"
	TeX  string // the formula in LaTeX, e.g. `f(x) = 3x^2 - 3x + 4`
	Dim  int    // number of variables

	// Domain is the region the lessons plot (one Range per variable).
	Domain Box
	// ZRange is the range of values a colour map or a 1-D plot's y axis uses
	// (the seeds' vmin, vmax). The zero Range means "from the data".
	ZRange Range
	// Minima lists the known minima, global ones first.
	Minima []Minimum

	// Valid, if not nil, returns an error when x is outside the set where f
	// is defined (for example x ≤ 0 for ln x). Nil means every finite x.
	Valid func(x []float64) error

	f func(x []float64) float64
	g func(grad, x []float64)
	h func(dst *mat.SymDense, x []float64) // nil: no Hessian
}

var (
	_ Objective = (*Function)(nil)
	_ Hessianer = (*Function)(nil)
)

// NewFunction makes a Function from hand-written parts: f, its gradient grad
// (which writes ∇f(x) into its first argument) and, optionally, its Hessian
// hess (nil if unknown). Use Check to compare them with finite differences.
// It panics if dim < 1 or f or grad is nil: those are programming errors.
func NewFunction(name string, dim int, f func(x []float64) float64, grad func(grad, x []float64), hess func(dst *mat.SymDense, x []float64)) *Function {
	if dim < 1 {
		panic(fmt.Sprintf("gdlib.NewFunction(%q): dim = %d, want ≥ 1", name, dim))
	}
	if f == nil || grad == nil {
		panic(fmt.Sprintf("gdlib.NewFunction(%q): f and grad must not be nil", name))
	}
	return &Function{Name: name, Dim: dim, f: f, g: grad, h: hess}
}

// Func returns f(x).
func (fn *Function) Func(x []float64) float64 { return fn.f(x) }

// Grad writes ∇f(x) into grad.
func (fn *Function) Grad(grad, x []float64) { fn.g(grad, x) }

// HasHessian reports whether fn knows its Hessian.
func (fn *Function) HasHessian() bool { return fn.h != nil }

// Hess writes the Hessian of f at x into dst. It panics if fn has no Hessian
// (see HasHessian).
func (fn *Function) Hess(dst *mat.SymDense, x []float64) {
	if fn.h == nil {
		panic(fmt.Sprintf("gdlib: %s has no Hessian", fn.Name))
	}
	fn.h(dst, x)
}

// At returns f at the point with coordinates x: f.At(1, 1) for peaks.
func (fn *Function) At(x ...float64) float64 { return fn.f(x) }

// Gradient returns ∇f at the point with coordinates x.
func (fn *Function) Gradient(x ...float64) Point {
	g := make(Point, len(x))
	fn.g(g, x)
	return g
}

// Deriv returns f′(x) of a function of one variable.
func (fn *Function) Deriv(x float64) float64 {
	var g [1]float64
	fn.g(g[:], []float64{x})
	return g[0]
}

// Deriv2 returns f″(x) of a function of one variable; it panics if fn has
// no Hessian.
func (fn *Function) Deriv2(x float64) float64 {
	h := mat.NewSymDense(1, nil)
	fn.Hess(h, []float64{x})
	return h.At(0, 0)
}

// Check returns an error naming the parameter and its value when x cannot be
// a point of fn: wrong dimension, NaN or ±Inf, or outside Valid.
func (fn *Function) Check(param string, x []float64) error {
	return checkPoint(fn, param, x)
}

// String returns the function's name.
func (fn *Function) String() string { return fn.Name }

// checkPoint validates x for objective f. It is used by Run and the
// experiments for every start they are given.
func checkPoint(f Objective, param string, x []float64) error {
	if len(x) == 0 {
		return fmt.Errorf("gdlib: %s is empty: give a start point such as gdlib.Pt(1.6)", param)
	}
	for i, v := range x {
		if !finite(v) {
			return fmt.Errorf("gdlib: %s = %v: coordinate %d is %v, want a finite number", param, Point(x), i, v)
		}
	}
	if c, ok := f.(pointChecker); ok {
		return c.CheckPoint(param, x)
	}
	fn, ok := f.(*Function)
	if !ok {
		return nil
	}
	if len(x) != fn.Dim {
		return fmt.Errorf("gdlib: %s = %v has %d coordinates, but %s is a function of %d variables", param, Point(x), len(x), fn.Name, fn.Dim)
	}
	if fn.Valid != nil {
		if err := fn.Valid(x); err != nil {
			return fmt.Errorf("gdlib: %s = %v is outside the domain of %s: %v", param, Point(x), fn.Name, err)
		}
	}
	return nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
