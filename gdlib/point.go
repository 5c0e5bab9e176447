package gdlib

import (
	"fmt"
	"strings"
)

// Point is a position in n dimensions: x for a function of one variable,
// (x, y) for two, (x₁, …, xₙ) for n.
type Point []float64

// Pt returns the point with the given coordinates: Pt(1.6) in one variable,
// Pt(0, 1.4) in two.
func Pt(x ...float64) Point { return Point(append([]float64(nil), x...)) }

// Clone returns a copy of p that shares no memory with it.
func (p Point) Clone() Point { return Pt(p...) }

// String formats p as "1.6" in one dimension and "(0.296, 0.32)" otherwise,
// each coordinate with %.4g; −0 prints as 0.
func (p Point) String() string {
	if len(p) == 1 {
		return fmt.Sprintf("%.4g", p[0]+0) // +0 turns −0 into 0
	}
	var b strings.Builder
	b.WriteByte('(')
	for i, v := range p {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.4g", v+0) // +0 turns −0 into 0

	}
	b.WriteByte(')')
	return b.String()
}

// Range is the closed interval [Min, Max].
type Range struct{ Min, Max float64 }

// Contains reports whether Min ≤ v ≤ Max.
func (r Range) Contains(v float64) bool { return v >= r.Min && v <= r.Max }

// Width returns Max − Min.
func (r Range) Width() float64 { return r.Max - r.Min }

// Box is an axis-aligned box: one Range per dimension. A nil Box means
// "everywhere".
type Box []Range

// Contains reports whether every coordinate of p lies in its range.
// A nil box contains every point.
func (b Box) Contains(p []float64) bool {
	if b == nil {
		return true
	}
	for i, r := range b {
		if i >= len(p) || !r.Contains(p[i]) {
			return false
		}
	}
	return true
}

// Dim returns the number of ranges in b.
func (b Box) Dim() int { return len(b) }

// validate checks that b has dim finite, non-empty ranges.
func (b Box) validate(name string, dim int) error {
	if len(b) != dim {
		return fmt.Errorf("gdlib: %s has %d ranges, want %d (one per dimension)", name, len(b), dim)
	}
	for i, r := range b {
		if !finite(r.Min) || !finite(r.Max) || !(r.Min < r.Max) {
			return fmt.Errorf("gdlib: %s[%d] = [%g, %g]: need finite Min < Max", name, i, r.Min, r.Max)
		}
	}
	return nil
}

// validateSampled checks a box that points are drawn from (a grid, random
// starts): every range finite and non-empty, as validate, and its width
// Max − Min finite too, for a point Min + u·(Max − Min) would otherwise be
// ±Inf or NaN.
func (b Box) validateSampled(what, name string) error {
	if err := b.validate(name, len(b)); err != nil {
		return in(what, err)
	}
	for i, r := range b {
		if !finite(r.Width()) {
			return fmt.Errorf("gdlib: %s: %s[%d] = [%g, %g]: its width Max − Min overflows float64", what, name, i, r.Min, r.Max)
		}
	}
	return nil
}
