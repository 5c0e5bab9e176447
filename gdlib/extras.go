package gdlib

import "fmt"

// The optional interfaces below are what an objective can tell beyond Func
// and Grad, in the way of gonum's optimize (Hessianer is one too). A
// *Function implements them all; any other Objective, a type of gonum's
// optimize/functions for example, may implement some. Run and the
// experiments check each start against them, and Basins reads the known
// minima.

// Dimensioner is implemented by an objective of a fixed number of
// variables: a start of another length is bad input.
type Dimensioner interface {
	Dimension() int
}

// Validator is implemented by an objective defined only on part of the
// space: Validate(x) returns an error saying why f is not defined at x
// (ln x needs x > 0), and nil where it is. A start where f is not defined
// is bad input; an iterate there ends the run with Diverged.
type Validator interface {
	Validate(x []float64) error
}

// MinimaKnower is implemented by an objective whose minima are known,
// global ones first: Basins takes them as the points a run may reach.
type MinimaKnower interface {
	KnownMinima() []Minimum
}

// Dimension returns fn.Dim.
func (fn *Function) Dimension() int { return fn.Dim }

// Validate returns fn.Valid(x), or nil if fn.Valid is nil.
func (fn *Function) Validate(x []float64) error {
	if fn.Valid == nil {
		return nil
	}
	return fn.Valid(x)
}

// directGrad returns the function behind fn.Grad.
func (fn *Function) directGrad() func(grad, x []float64) { return fn.g }

// KnownMinima returns fn.Minima.
func (fn *Function) KnownMinima() []Minimum { return fn.Minima }

var (
	_ Dimensioner  = (*Function)(nil)
	_ Validator    = (*Function)(nil)
	_ MinimaKnower = (*Function)(nil)
)

// extras is what an objective offers through the optional interfaces,
// found once, in one place.
type extras struct {
	name     string
	dim      int                   // 0: any number of variables
	validate func([]float64) error // nil: every finite x
	minima   []Minimum
	hess     Hessianer // nil: no Hessian
	// point, if not nil, checks a start after the finite test (see
	// pointChecker); it replaces the dimension and domain tests.
	point func(param string, x []float64) error
}

// extrasOf finds f's extras.
func extrasOf(f Objective) extras {
	x := extras{name: objectiveName(f)}
	if d, ok := f.(Dimensioner); ok {
		x.dim = d.Dimension()
	}
	if v, ok := f.(Validator); ok {
		x.validate = v.Validate
		if fn, ok := f.(*Function); ok && fn.Valid == nil {
			x.validate = nil // defined everywhere: no call per step
		}
	}
	if m, ok := f.(MinimaKnower); ok {
		x.minima = m.KnownMinima()
	}
	x.hess = hessianOf(f)
	if c, ok := f.(pointChecker); ok {
		x.point = c.CheckPoint
	}
	return x
}

// hessianOf returns f as a Hessianer, or nil if it does not know its
// Hessian: an objective may have the method yet not know it (a Function
// made without one says so with HasHessian).
func hessianOf(f Objective) Hessianer {
	h, ok := f.(Hessianer)
	if !ok {
		return nil
	}
	if k, ok := f.(interface{ HasHessian() bool }); ok && !k.HasHessian() {
		return nil
	}
	return h
}

// objectiveName returns f's name: its String(), or its type.
func objectiveName(f Objective) string {
	if s, ok := f.(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", f)
}

// checkPoint validates x for objective f. It is used by Run and the
// experiments for every start they are given.
func checkPoint(f Objective, param string, x []float64) error {
	return extrasOf(f).check(param, x)
}

// check is checkPoint with f's extras found.
func (e extras) check(param string, x []float64) error {
	if len(x) == 0 {
		return fmt.Errorf("gdlib: %s is empty: give a start point such as gdlib.Pt(1.6)", param)
	}
	for i, v := range x {
		if !finite(v) {
			return fmt.Errorf("gdlib: %s = %v: coordinate %d is %v, want a finite number", param, Point(x), i, v)
		}
	}
	if e.point != nil {
		return e.point(param, x)
	}
	if e.dim > 0 && len(x) != e.dim {
		return fmt.Errorf("gdlib: %s = %v has %d coordinates, but %s is a function of %d variables", param, Point(x), len(x), e.name, e.dim)
	}
	if e.validate != nil {
		if err := e.validate(x); err != nil {
			return fmt.Errorf("gdlib: %s = %v is outside the domain of %s: %v", param, Point(x), e.name, err)
		}
	}
	return nil
}
