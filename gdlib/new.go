package gdlib

import (
	"fmt"
	"sync"

	"gonum.org/v1/gonum/mat"
)

// New1 makes a Function of one variable from its formula, written once with
// Num arithmetic; its derivative f′ and second derivative f″ are exact
// (automatic differentiation with hyperdual numbers, one evaluation for
// both). tex is the formula in LaTeX, shown by the notebooks.
//
//	f := gdlib.New1("quadratic", `f(x) = 3x^2 - 3x + 4`, func(x gdlib.Num) gdlib.Num {
//		return x.Square().Scale(3).Sub(x.Scale(3)).AddConst(4)
//	})
//
// The Function has no Domain, ZRange or Minima: set those fields if a
// lesson needs them. Grad and Hess allocate nothing. New1 panics if f is
// nil (a programming error).
func New1(name, tex string, f func(x Num) Num) *Function {
	if f == nil {
		panic(fmt.Sprintf("gdlib.New1(%q): f is nil", name))
	}
	return &Function{
		Name: name, TeX: tex, Dim: 1,
		f: func(x []float64) float64 { return f(C(x[0])).Real },
		g: func(g, x []float64) { g[0] = f(Num{Real: x[0], E1mag: 1}).E1mag },
		h: func(dst *mat.SymDense, x []float64) {
			r := f(Num{Real: x[0], E1mag: 1, E2mag: 1})
			dst.SetSym(0, 0, r.E1E2mag)
		},
	}
}

// New2 makes a Function of two variables from its formula, written once
// with Num arithmetic; ∇f and the Hessian are exact (automatic
// differentiation with hyperdual numbers). The gradient takes one
// evaluation of f (x seeded along ε₁, y along ε₂, which also gives
// ∂²f/∂x∂y); the Hessian three.
//
//	f := gdlib.New2("bowl", `f(x, y) = x^2 + y^2`, func(x, y gdlib.Num) gdlib.Num {
//		return x.Square().Add(y.Square())
//	})
//
// Grad and Hess allocate nothing. New2 panics if f is nil.
func New2(name, tex string, f func(x, y Num) Num) *Function {
	if f == nil {
		panic(fmt.Sprintf("gdlib.New2(%q): f is nil", name))
	}
	return &Function{
		Name: name, TeX: tex, Dim: 2,
		f: func(x []float64) float64 { return f(C(x[0]), C(x[1])).Real },
		g: func(g, x []float64) {
			r := f(Num{Real: x[0], E1mag: 1}, Num{Real: x[1], E2mag: 1})
			g[0], g[1] = r.E1mag, r.E2mag
		},
		h: hess2(f),
	}
}

// hess2 returns the Hessian of a function of two variables written with Num.
func hess2(f func(x, y Num) Num) func(dst *mat.SymDense, x []float64) {
	return func(dst *mat.SymDense, x []float64) {
		xx := f(Num{Real: x[0], E1mag: 1, E2mag: 1}, C(x[1])).E1E2mag
		yy := f(C(x[0]), Num{Real: x[1], E1mag: 1, E2mag: 1}).E1E2mag
		xy := f(Num{Real: x[0], E1mag: 1}, Num{Real: x[1], E2mag: 1}).E1E2mag
		dst.SetSym(0, 0, xx)
		dst.SetSym(0, 1, xy)
		dst.SetSym(1, 1, yy)
	}
}

// hess1 returns f″ of a function of one variable written with Num, as a
// 1×1 Hessian.
func hess1(f func(x Num) Num) func(dst *mat.SymDense, x []float64) {
	return func(dst *mat.SymDense, x []float64) {
		dst.SetSym(0, 0, f(Num{Real: x[0], E1mag: 1, E2mag: 1}).E1E2mag)
	}
}

// NewN makes a Function of dim variables from its formula, written once
// with Num arithmetic; ∇f and the Hessian are exact (automatic
// differentiation with hyperdual numbers). The gradient takes ⌈dim/2⌉
// evaluations of f (two partial derivatives per evaluation), the Hessian
// dim·(dim+1)/2 (one entry each).
//
//	f := gdlib.NewN("sphere", `f(x) = \sum_i x_i^2`, 10, func(x []gdlib.Num) gdlib.Num {
//		s := gdlib.C(0)
//		for _, xi := range x {
//			s = s.Add(xi.Square())
//		}
//		return s
//	})
//
// f must not keep or change its argument slice. Grad and Hess reuse
// buffers from a pool, so they allocate nothing in the steady state. NewN
// panics if dim is not in 1 … MaxDim or f is nil.
func NewN(name, tex string, dim int, f func(x []Num) Num) *Function {
	if err := checkDim(fmt.Sprintf("gdlib.NewN(%q)", name), dim); err != nil {
		panic(err.Error())
	}
	if f == nil {
		panic(fmt.Sprintf("gdlib.NewN(%q): f is nil", name))
	}
	n := &nFunc{f: f, dim: dim}
	n.pool.New = func() any { s := make([]Num, dim); return &s }
	return &Function{Name: name, TeX: tex, Dim: dim, f: n.value, g: n.grad, h: n.hess}
}

// nFunc evaluates a function of n Num variables with pooled argument
// buffers, so that concurrent runs share nothing but the pool.
type nFunc struct {
	f    func([]Num) Num
	dim  int
	pool sync.Pool // of *[]Num with dim elements
}

// args returns a pooled buffer holding x with no derivative parts.
func (n *nFunc) args(x []float64) *[]Num {
	p := n.pool.Get().(*[]Num)
	for i, v := range x {
		(*p)[i] = C(v)
	}
	return p
}

func (n *nFunc) value(x []float64) float64 {
	p := n.args(x)
	v := n.f(*p).Real
	n.pool.Put(p)
	return v
}

func (n *nFunc) grad(g, x []float64) {
	p := n.args(x)
	a := *p
	for i := 0; i < n.dim; i += 2 {
		a[i].E1mag = 1
		if i+1 < n.dim {
			a[i+1].E2mag = 1
		}
		r := n.f(a)
		g[i] = r.E1mag
		a[i].E1mag = 0
		if i+1 < n.dim {
			g[i+1] = r.E2mag
			a[i+1].E2mag = 0
		}
	}
	n.pool.Put(p)
}

func (n *nFunc) hess(dst *mat.SymDense, x []float64) {
	p := n.args(x)
	a := *p
	for i := 0; i < n.dim; i++ {
		for j := i; j < n.dim; j++ {
			a[i].E1mag = 1
			a[j].E2mag = 1
			dst.SetSym(i, j, n.f(a).E1E2mag)
			a[i].E1mag = 0
			a[j].E2mag = 0
		}
	}
	n.pool.Put(p)
}
