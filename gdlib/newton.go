package gdlib

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/mat"
)

// newtonMaxTries bounds how many times one Newton step raises its damping
// λ (×10 each time) looking for a step that lowers f.
const newtonMaxTries = 50

// newtonSlack is how much f may rise, relative to max(1, |f|), for a step
// still to count as not rising: about 45 units in the last place of f, the
// rounding of evaluating it. Near a minimum f changes by less than that, and
// without the slack the last, most accurate steps would be refused.
const newtonSlack = 1e-14

// Newton is Newton's method, damped where it has to be. Each step solves
// for the step d with the Hessian H = ∇²f(x) and the gradient g = ∇f(x):
//
//	(H + λI)·d = g
//	x ← x − d
//
// In one variable that is x ← x − f′(x)/(f″(x) + λ). With λ = 0 it is the
// pure Newton step, which jumps to the minimum of the quadratic that
// matches f at x: one step lands on the minimum of a quadratic, and near a
// minimum the number of correct digits about doubles at every step.
//
// λ starts at 0. Where H is not positive definite (f curves down, so the
// pure step would head for a maximum or a saddle) or where the step would
// not lower f, λ is raised, Levenberg–Marquardt style (Levenberg 1944;
// Marquardt 1963; Nocedal & Wright, Numerical Optimization, 2nd ed., §3.4
// and §10.3), to 10⁻³·max(1, maxᵢ|Hᵢᵢ|) and then ×10 at a time, until the
// Cholesky factorisation of H + λI (gonum's mat.Cholesky) succeeds and
// f(x − d) ≤ f(x) (up to rounding: a rise of 1e−14·max(1, |f|) is allowed,
// as f cannot resolve the last steps near a minimum). A large λ turns the step into a short gradient step, so a
// non-convex start goes downhill instead of uphill. After a step is taken
// the next one starts from λ/10, and from 0 again once that falls below
// the floor. If 50 raises find no lower f, the step is g/λ with the last λ.
// Each step therefore costs one Hessian, one f evaluation per try, and a
// Cholesky factorisation per try.
//
// The Hessian comes from the objective when it implements Hessianer (every
// built-in that knows it, gonum's optimize/functions that have Hess). A
// *Function without one (HasHessian false), or an objective without Hess,
// gets a finite-difference Hessian instead: central differences of the
// gradient (gonum's diff/fd.Jacobian with fd.Central, whose step is 6e−6),
// symmetrised as (J + Jᵀ)/2, which costs 2n gradient evaluations.
//
// Newton needs the objective, which Run passes in State.F. The learning rate
// it records in Trace.LR is the step's length over the gradient's,
// ‖d‖/‖g‖: 1/(f″ + λ) in one variable (0 where g = 0). Newton has no
// parameters, so it cannot be bad input; its name is "Newton".
// UndampedNewton is the pure step, for showing where Newton fails.
func Newton() Transform {
	return NewTransform("Newton", nil, func(dim int) Update { return newNewton(dim).update })
}

// UndampedNewton is the pure Newton step, for showing where Newton's method
// fails (lesson 11):
//
//	x ← x − H⁻¹∇f(x)     (x ← x − f′(x)/f″(x) in one variable)
//
// with no damping and no check that f goes down. Where f curves down (H not
// positive definite) the step heads for a maximum or a saddle point just as
// readily as for a minimum; where H is singular (f″ = 0) the step is
// infinite and the run stops with Diverged. The Hessian comes from the
// objective or from finite differences, as for Newton; the n-D step is
// solved by LU factorisation (gonum's mat.LU), and a singular H gives a NaN
// step. Trace.LR records ‖d‖/‖g‖ as for Newton (1/f″ in one variable,
// negative where f″ < 0). Its name is "Newton (undamped)".
func UndampedNewton() Transform {
	return NewTransform("Newton (undamped)", nil, func(dim int) Update {
		n := newNewton(dim)
		var lu mat.LU
		return func(u []float64, s *State) {
			if s.F == nil {
				panic("gdlib: UndampedNewton needs the objective in State.F (Run sets it)")
			}
			copy(n.g, u)
			n.hessian(s.F, s.X)
			if dim == 1 {
				n.d[0] = n.g[0] / n.h.At(0, 0)
				s.LR = 1 / n.h.At(0, 0)
			} else {
				lu.Factorize(n.h)
				if math.IsInf(lu.Cond(), 1) {
					nanVec(n.d)
				} else {
					_ = lu.SolveVecTo(n.dv, false, n.gv) // a Condition error only warns
				}
				s.LR = 0
				if gn := norm2(n.g); gn > 0 {
					s.LR = norm2(n.d) / gn
				}
			}
			copy(u, n.d)
		}
	})
}

// checkHessianBytes reports a dimension whose Newton buffers (three dim ×
// dim matrices: H, H + λI and the finite-difference Jacobian) would need
// more than MaxBytes: above about 6700 variables.
func checkHessianBytes(what string, dim int) error {
	return checkBytes(what, fmt.Sprintf("Hessians of %d × %d", dim, dim), 3*8*float64(dim)*float64(dim))
}

// newNewton allocates the buffers of one Newton run in dim dimensions. It
// panics, with checkHessianBytes's message, if they would need more than
// MaxBytes (Run returns the panic as its error).
func newNewton(dim int) *newton {
	if err := checkHessianBytes("Newton", dim); err != nil {
		panic(err.Error())
	}
	n := &newton{
		h:     mat.NewSymDense(dim, nil),
		a:     mat.NewSymDense(dim, nil),
		g:     make([]float64, dim),
		d:     make([]float64, dim),
		trial: make([]float64, dim),
	}
	n.dv = mat.NewVecDense(dim, n.d)
	n.gv = mat.NewVecDense(dim, n.g)
	return n
}

// newton is the state of one Newton run: buffers and the damping λ.
type newton struct {
	h, a     *mat.SymDense // Hessian, H + λI
	chol     mat.Cholesky
	g, d     []float64     // gradient, step
	trial    []float64     // x − d
	dv, gv   *mat.VecDense // views of d and g for the Cholesky solve
	jac      *mat.Dense
	lambda   float64
	obj      Objective // for the finite-difference gradient closure
	gradFunc func(y, x []float64)
}

func (n *newton) update(u []float64, s *State) {
	if s.F == nil {
		panic("gdlib: Newton needs the objective in State.F (Run sets it)")
	}
	copy(n.g, u)
	n.hessian(s.F, s.X)
	f0 := s.F.Func(s.X)
	floor := 1e-3
	for i := range n.g {
		floor = math.Max(floor, 1e-3*math.Abs(n.h.At(i, i)))
	}
	lam := n.lambda
	accepted := false
	for try := 0; try <= newtonMaxTries; try++ {
		if n.solve(lam) {
			for i, x := range s.X {
				n.trial[i] = x - n.d[i]
			}
			if ft := s.F.Func(n.trial); ft <= f0+newtonSlack*math.Max(1, math.Abs(f0)) {
				accepted = true
				break
			}
		}
		lam = math.Max(10*lam, floor)
	}
	if !accepted { // λ is huge: (H + λI)⁻¹g ≈ g/λ, a short gradient step
		for i, g := range n.g {
			n.d[i] = g / lam
		}
	}
	copy(u, n.d)
	if gn := norm2(n.g); gn > 0 {
		s.LR = norm2(n.d) / gn
	} else {
		s.LR = 0
	}
	if n.lambda = lam / 10; n.lambda < floor {
		n.lambda = 0
	}
}

// solve sets n.d to the solution of (H + λI)d = g and reports whether
// H + λI is positive definite.
func (n *newton) solve(lam float64) bool {
	if len(n.g) == 1 {
		a := n.h.At(0, 0) + lam
		if !(a > 0) {
			return false
		}
		n.d[0] = n.g[0] / a
		return true
	}
	n.a.CopySym(n.h)
	for i := range n.g {
		n.a.SetSym(i, i, n.a.At(i, i)+lam)
	}
	if !n.chol.Factorize(n.a) {
		return false
	}
	// A Condition error only warns that H + λI is nearly singular; the
	// step is still computed, and f(x − d) ≤ f(x) decides whether it is kept.
	_ = n.chol.SolveVecTo(n.dv, n.gv)
	return allFinite(n.d)
}

// hessian fills n.h with ∇²f(x): exactly if f knows it, otherwise by
// central differences of the gradient.
func (n *newton) hessian(f Objective, x []float64) {
	if h := hessianOf(f); h != nil {
		h.Hess(n.h, x)
		return
	}
	dim := len(x)
	if n.jac == nil {
		n.jac = mat.NewDense(dim, dim, nil)
		n.gradFunc = func(y, x []float64) { n.obj.Grad(y, x) }
	}
	n.obj = f
	fd.Jacobian(n.jac, n.gradFunc, x, &fd.JacobianSettings{Formula: fd.Central})
	for i := 0; i < dim; i++ {
		for j := i; j < dim; j++ {
			n.h.SetSym(i, j, (n.jac.At(i, j)+n.jac.At(j, i))/2)
		}
	}
}
