package gdlib

import (
	"fmt"
	"math"
	"reflect"

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
	// (the course's vmin, vmax). The zero Range means "from the data".
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
// It panics if dim is not in 1 … MaxDim or f or grad is nil: those are
// programming errors.
func NewFunction(name string, dim int, f func(x []float64) float64, grad func(grad, x []float64), hess func(dst *mat.SymDense, x []float64)) *Function {
	if err := checkDim(fmt.Sprintf("gdlib.NewFunction(%q)", name), dim); err != nil {
		panic(err.Error())
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
// At, Gradient, Deriv and Deriv2 panic, naming the method and the number
// of coordinates, if fn is nil or x does not have fn.Dim coordinates.
func (fn *Function) At(x ...float64) float64 { fn.need("At", len(x)); return fn.f(x) }

// Gradient returns ∇f at the point with coordinates x.
func (fn *Function) Gradient(x ...float64) Point {
	fn.need("Gradient", len(x))
	g := make(Point, len(x))
	fn.g(g, x)
	return g
}

// Deriv returns f′(x) of a function of one variable.
func (fn *Function) Deriv(x float64) float64 {
	fn.need("Deriv", 1)
	var g [1]float64
	fn.g(g[:], []float64{x})
	return g[0]
}

// Deriv2 returns f″(x) of a function of one variable; it panics if fn has
// no Hessian.
func (fn *Function) Deriv2(x float64) float64 {
	fn.need("Deriv2", 1)
	h := mat.NewSymDense(1, nil)
	fn.Hess(h, []float64{x})
	return h.At(0, 0)
}

// need panics, naming method, if fn is nil or is not a function of n
// variables.
func (fn *Function) need(method string, n int) {
	if fn == nil {
		panic(fmt.Sprintf("gdlib: Function.%s: the function is nil", method))
	}
	if n != fn.Dim {
		panic(fmt.Sprintf("gdlib: %s.%s: %d coordinates given, but %s is a function of %d variables", fn.Name, method, n, fn.Name, fn.Dim))
	}
}

// Check returns an error naming the parameter and its value when x cannot be
// a point of fn: wrong dimension, NaN or ±Inf, or outside Valid.
func (fn *Function) Check(param string, x []float64) error {
	return checkPoint(fn, param, x)
}

// String returns the function's name ("<nil>" for a nil *Function).
func (fn *Function) String() string {
	if fn == nil {
		return "<nil>"
	}
	return fn.Name
}

// isNil reports whether f is nil, or an interface holding a nil pointer
// (a nil *Function, say): calling its methods would panic, so Run and the
// experiments report it as a nil objective.
func isNil(f Objective) bool {
	if f == nil {
		return true
	}
	switch v := reflect.ValueOf(f); v.Kind() {
	case reflect.Pointer, reflect.Func, reflect.Map, reflect.Slice, reflect.Interface, reflect.Chan:
		return v.IsNil()
	}
	return false
}

// nilObjective is the error for a nil objective, naming its type if it is
// a typed nil.
func nilObjective(what string, f Objective) error {
	if f == nil {
		return fmt.Errorf("gdlib: %s: objective is nil: give a function such as gdlib.Peaks()", what)
	}
	return fmt.Errorf("gdlib: %s: objective is a nil %T: give a function such as gdlib.Peaks()", what, f)
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
