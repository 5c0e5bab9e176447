package gdlib

import (
	"fmt"
	"math"
)

// Linspace returns n evenly spaced numbers from a to b, both included, as
// NumPy's linspace(a, b, n) computes them, bit for bit: the i-th is
// a + i·(b − a)/(n − 1), and the last is exactly b. Linspace(a, b, 1) is
// [a]; b < a gives a decreasing sequence.
//
// The course's grids are all linspace: its 50 learning rates are
// Linspace(1e-10, 0.1, 50), its starts points of Linspace(-2, 2, 2001).
//
// Linspace panics, with a message naming the value, if n < 1, n numbers
// would need more than MaxBytes (n > 2²⁷), a or b is NaN or infinite, or
// the width b − a overflows float64 (Linspace(-1e308, 1e308, 3)): the
// numbers would then be NaN.
func Linspace(a, b float64, n int) []float64 {
	if n < 1 {
		panic(fmt.Sprintf("gdlib.Linspace(%g, %g, n): n = %d, want ≥ 1", a, b, n))
	}
	if err := checkBytes("Linspace", fmt.Sprintf("n = %d numbers", n), 8*float64(n)); err != nil {
		panic(err.Error())
	}
	if !finite(a) || !finite(b) {
		panic(fmt.Sprintf("gdlib.Linspace(a, b, %d): a = %v, b = %v, want finite numbers", n, a, b))
	}
	if !finite(b - a) {
		panic(fmt.Sprintf("gdlib.Linspace(a, b, %d): a = %g, b = %g: the width b − a overflows float64, want |b − a| ≤ %g", n, a, b, math.MaxFloat64))
	}
	v := make([]float64, n)
	v[0] = a
	if n == 1 {
		return v
	}
	div := float64(n - 1)
	delta := b - a
	step := delta / div
	for i := range v {
		// NumPy multiplies i by the step (or, if the step underflows to 0,
		// divides by div and multiplies by delta) and then adds a, in
		// separate passes: the conversions keep Go from fusing the two into
		// one multiply-add, which would round differently.
		if step == 0 {
			v[i] = float64(float64(i)/div*delta) + a
		} else {
			v[i] = float64(float64(i)*step) + a
		}
	}
	v[n-1] = b
	return v
}

// Round returns v with every element rounded to the nearest integer, halves
// to even, as NumPy's round does: the course's epoch counts are
// Round(Linspace(10, 500, 40)).
func Round(v []float64) []float64 {
	r := make([]float64, len(v))
	for i, x := range v {
		r[i] = math.RoundToEven(x)
	}
	return r
}
