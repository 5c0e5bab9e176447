package gdlib

import (
	"math"

	"gonum.org/v1/gonum/num/hyperdual"
)

// Num is a number that carries its own derivatives: gonum's hyperdual number
// a + b·ε₁ + c·ε₂ + d·ε₁ε₂, where ε₁² = ε₂² = 0. When f is written with Num
// arithmetic and evaluated at x + ε₁ + ε₂, the result is
//
//	f(x) + f′(x)·ε₁ + f′(x)·ε₂ + f″(x)·ε₁ε₂
//
// so one evaluation gives the value and the exact first and second
// derivatives, with no formula for them written by hand and no
// finite-difference error. New1, New2 and NewN do this for you: a learner
// only writes f.
//
// Real is the value; E1mag and E2mag are the derivatives along the two
// directions that were seeded; E1E2mag is the mixed second derivative.
//
// Num is a value (four float64s): arithmetic on it allocates nothing.
type Num hyperdual.Number

// C returns the constant v as a Num (its derivatives are zero), for use in
// formulas: C(3).Mul(x).
func C(v float64) Num { return Num{Real: v} }

// Value returns the number's value, without its derivatives.
func (a Num) Value() float64 { return a.Real }

// Add returns a + b.
func (a Num) Add(b Num) Num { return Num(hyperdual.Add(hyperdual.Number(a), hyperdual.Number(b))) }

// Sub returns a − b.
func (a Num) Sub(b Num) Num { return Num(hyperdual.Sub(hyperdual.Number(a), hyperdual.Number(b))) }

// Mul returns a·b.
func (a Num) Mul(b Num) Num { return Num(hyperdual.Mul(hyperdual.Number(a), hyperdual.Number(b))) }

// Div returns a/b. Its value is a.Real/b.Real exactly as float64 division
// rounds it (not a·(1/b)), and its derivatives follow the quotient rule.
// Division by zero gives ±Inf or NaN, as float64 division does.
func (a Num) Div(b Num) Num {
	q := a.Real / b.Real
	q1 := (a.E1mag - q*b.E1mag) / b.Real
	q2 := (a.E2mag - q*b.E2mag) / b.Real
	// From a = q·b: a₁₂ = q₁₂·b + q₁·b₂ + q₂·b₁ + q·b₁₂.
	q12 := (a.E1E2mag - q1*b.E2mag - q2*b.E1mag - q*b.E1E2mag) / b.Real
	return Num{Real: q, E1mag: q1, E2mag: q2, E1E2mag: q12}
}

// Neg returns −a.
func (a Num) Neg() Num { return a.Scale(-1) }

// Scale returns c·a for a plain number c.
func (a Num) Scale(c float64) Num { return Num(hyperdual.Scale(c, hyperdual.Number(a))) }

// AddConst returns a + c for a plain number c.
func (a Num) AddConst(c float64) Num { a.Real += c; return a }

// Square returns a·a.
func (a Num) Square() Num { return a.Mul(a) }

// chainRule applies a function g of one variable to a, given g(a), g′(a) and
// g″(a): the chain rule for hyperdual numbers. Every elementary function
// below goes through it, so each one's derivatives are written once.
//
// gonum's hyperdual.Sin, Tan and Tanh special-case an argument whose value
// is exactly 0 and drop its E1E2mag part there, which gives a wrong second
// derivative for a composed argument (sin(x²) has f″(0) = 2, they give 0);
// the chain rule here has no such case.
func chainRule(a Num, g, g1, g2 float64) Num {
	r := Num{Real: g}
	// A part of a that is zero stays zero, even where g′ or g″ is infinite
	// (√ at 0): a constant has no derivative, not NaN = ∞·0.
	if a.E1mag != 0 {
		r.E1mag = g1 * a.E1mag
	}
	if a.E2mag != 0 {
		r.E2mag = g1 * a.E2mag
	}
	if a.E1E2mag != 0 {
		r.E1E2mag = g1 * a.E1E2mag
	}
	if a.E1mag != 0 && a.E2mag != 0 {
		r.E1E2mag += g2 * a.E1mag * a.E2mag
	}
	return r
}

// Sin returns sin a.
func Sin(a Num) Num {
	s, c := math.Sincos(a.Real)
	return chainRule(a, s, c, -s)
}

// Cos returns cos a.
func Cos(a Num) Num {
	s, c := math.Sincos(a.Real)
	return chainRule(a, c, -s, -c)
}

// Tan returns tan a.
func Tan(a Num) Num {
	t := math.Tan(a.Real)
	d := 1 + t*t
	return chainRule(a, t, d, 2*t*d)
}

// Exp returns eᵃ.
func Exp(a Num) Num {
	e := math.Exp(a.Real)
	return chainRule(a, e, e, e)
}

// Log returns the natural logarithm ln a: NaN for a < 0 and −Inf at 0, as
// math.Log.
func Log(a Num) Num {
	if a.Real <= 0 {
		v := math.Log(a.Real)
		return Num{Real: v, E1mag: math.NaN(), E2mag: math.NaN(), E1E2mag: math.NaN()}
	}
	r := 1 / a.Real
	return chainRule(a, math.Log(a.Real), r, -r*r)
}

// Sqrt returns √a: NaN for a < 0; at 0 its derivatives are +Inf.
func Sqrt(a Num) Num {
	s := math.Sqrt(a.Real)
	d := 0.5 / s
	return chainRule(a, s, d, -0.5*d/a.Real)
}

// Tanh returns tanh a, the S-shaped curve of neural networks that saturates
// at ±1 (where its derivative vanishes).
func Tanh(a Num) Num {
	t := math.Tanh(a.Real)
	d := 1 - t*t
	return chainRule(a, t, d, -2*t*d)
}

// Sigmoid returns the logistic function 1/(1 + e^(−a)).
func Sigmoid(a Num) Num {
	s := sigmoid(a.Real)
	d := s * (1 - s)
	return chainRule(a, s, d, d*(1-2*s))
}

func sigmoid(v float64) float64 { return 1 / (1 + math.Exp(-v)) }

// Abs returns |a|. At a = 0 its derivative is taken as +1 (the right-hand
// derivative).
func Abs(a Num) Num {
	if math.Signbit(a.Real) {
		return a.Neg()
	}
	return a
}

// Pow returns aᵖ for a real exponent p. An integer exponent with |p| ≤ 64
// is computed by repeated multiplication, so it is exact for every a,
// including a ≤ 0 (x² has derivative 0 at 0). Any other exponent needs
// a > 0 (it gives NaN for a < 0, as math.Pow does).
func Pow(a Num, p float64) Num {
	if p == math.Trunc(p) && math.Abs(p) <= 64 {
		return powInt(a, int(p))
	}
	v := math.Pow(a.Real, p)
	if a.Real == 0 {
		return chainRule(a, v, p*math.Pow(0, p-1), p*(p-1)*math.Pow(0, p-2))
	}
	d := p * v / a.Real
	return chainRule(a, v, d, (p-1)*d/a.Real)
}

// powInt returns aⁿ by binary exponentiation.
func powInt(a Num, n int) Num {
	if n < 0 {
		return C(1).Div(powInt(a, -n))
	}
	r := C(1)
	first := true
	for n > 0 {
		if n&1 == 1 {
			if first {
				r, first = a, false
			} else {
				r = r.Mul(a)
			}
		}
		n >>= 1
		if n > 0 {
			a = a.Mul(a)
		}
	}
	return r
}

// PowNum returns aᵇ for a Num exponent, as e^(b·ln a); it needs a > 0.
func PowNum(a, b Num) Num { return Exp(b.Mul(Log(a))) }
