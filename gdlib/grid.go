package gdlib

import "math"

// Grid is a table of values over a grid of two parameters: Z(c, r) is the
// value at X(c), Y(r). Sweep2 returns one. It has the method set of
// gonum/plot's GridXYZ (Dims, Z, X, Y), so a heat map draws it directly, with
// the axes the data has: the first parameter across, the second up. (The
// course's sweep of learning rate × epochs stores [learning rate, epochs]
// but labels its image the other way round.)
type Grid struct {
	// XName and YName name the two parameters, for axis labels; ZName the
	// value. They may be empty.
	XName, YName, ZName string
	// Xs and Ys are the two parameters' values, in the order given.
	Xs, Ys []float64
	// Values holds Z(c, r) at Values[c*len(Ys)+r]: the first parameter
	// varies slowest, as in the course's final_res[lidx, eidx]. A cell not
	// computed (the sweep was cancelled) is NaN.
	Values []float64
}

// Dims returns the number of columns (len(Xs)) and rows (len(Ys)).
func (g *Grid) Dims() (c, r int) { return len(g.Xs), len(g.Ys) }

// Z returns the value at column c, row r: at X(c), Y(r).
func (g *Grid) Z(c, r int) float64 { return g.Values[c*len(g.Ys)+r] }

// X returns the first parameter's value at column c.
func (g *Grid) X(c int) float64 { return g.Xs[c] }

// Y returns the second parameter's value at row r.
func (g *Grid) Y(r int) float64 { return g.Ys[r] }

// Range returns the smallest and largest finite values, or the zero Range
// if there is none: colour limits from the data.
func (g *Grid) Range() Range {
	r := Range{math.Inf(1), math.Inf(-1)}
	for _, v := range g.Values {
		if finite(v) {
			r.Min, r.Max = math.Min(r.Min, v), math.Max(r.Max, v)
		}
	}
	if r.Min > r.Max {
		return Range{}
	}
	return r
}
