package gdlib

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Dataset is a table of examples: each has Features numbers (a row of X)
// and a target Y: a number to predict (regression) or a class, 0 or 1
// (classification). X is stored flat, row after row, so a loss over the
// examples reads it without allocating.
//
// A Dataset has the method set of gonum/plot's XYer: with one feature XY(i)
// is (xᵢ, yᵢ), a point of a scatter plot; with two or more it is the first
// two features of example i.
type Dataset struct {
	Name     string
	Features int       // numbers per example
	X        []float64 // Len()×Features, example i at X[i·Features : (i+1)·Features]
	Y        []float64 // the targets, one per example
}

// NewDataset makes a Dataset from its rows and targets, copying them. It
// returns an error, naming the row, if the rows are empty, of different
// lengths, of a length other than len(y), or hold NaN or ±Inf.
func NewDataset(name string, rows [][]float64, y []float64) (*Dataset, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("gdlib: NewDataset(%q): no rows", name)
	}
	if len(y) != len(rows) {
		return nil, fmt.Errorf("gdlib: NewDataset(%q): %d rows but %d targets", name, len(rows), len(y))
	}
	d := &Dataset{Name: name, Features: len(rows[0]), Y: append([]float64(nil), y...)}
	if d.Features == 0 {
		return nil, fmt.Errorf("gdlib: NewDataset(%q): row 0 is empty", name)
	}
	for i, r := range rows {
		if len(r) != d.Features {
			return nil, fmt.Errorf("gdlib: NewDataset(%q): row %d has %d features, row 0 has %d", name, i, len(r), d.Features)
		}
		if !allFinite(r) || !finite(y[i]) {
			return nil, fmt.Errorf("gdlib: NewDataset(%q): row %d = %v, target %v: want finite numbers", name, i, r, y[i])
		}
		d.X = append(d.X, r...)
	}
	return d, nil
}

// Len returns the number of examples.
func (d *Dataset) Len() int { return len(d.Y) }

// Row returns the features of example i, aliasing X. It panics, naming i,
// if there is no example i.
func (d *Dataset) Row(i int) []float64 {
	if i < 0 || i >= d.Len() {
		panic(fmt.Sprintf("gdlib: Dataset.Row: example i = %d, want 0 ≤ i < %d (Len)", i, d.Len()))
	}
	return d.X[i*d.Features : (i+1)*d.Features : (i+1)*d.Features]
}

// XY returns (xᵢ, yᵢ) for one feature and the first two features of
// example i otherwise, so a Dataset is a gonum/plot XYer.
func (d *Dataset) XY(i int) (x, y float64) {
	if d.Features == 1 {
		return d.X[i], d.Y[i]
	}
	return d.X[i*d.Features], d.X[i*d.Features+1]
}

// Column returns feature j of every example. It panics, naming j, if
// there is no feature j.
func (d *Dataset) Column(j int) []float64 {
	if j < 0 || j >= d.Features {
		panic(fmt.Sprintf("gdlib: Dataset.Column: feature j = %d, want 0 ≤ j < %d (Features)", j, d.Features))
	}
	c := make([]float64, d.Len())
	for i := range c {
		c[i] = d.X[i*d.Features+j]
	}
	return c
}

// Scaling is what Standardize did to each feature: x′ = (x − Mean)/Std.
type Scaling struct{ Mean, Std []float64 }

// Standardize returns a copy of d whose every feature has mean 0 and
// standard deviation 1 (the population one, dividing by n), and the
// Scaling that did it. A feature that is constant (Std 0) is only
// centred. The targets are not changed. It panics, with shapeErr's
// message, if d is empty or malformed (a Dataset built by hand whose X is
// not Len()×Features numbers).
func (d *Dataset) Standardize() (*Dataset, Scaling) {
	if err := d.shapeErr("Standardize"); err != nil {
		panic(err.Error())
	}
	n, k := d.Len(), d.Features
	s := Scaling{Mean: make([]float64, k), Std: make([]float64, k)}
	for j := 0; j < k; j++ {
		var sum, sq float64
		for i := 0; i < n; i++ {
			sum += d.X[i*k+j]
		}
		m := sum / float64(n)
		for i := 0; i < n; i++ {
			v := d.X[i*k+j] - m
			sq += v * v
		}
		s.Mean[j], s.Std[j] = m, math.Sqrt(sq/float64(n))
	}
	out := &Dataset{Name: d.Name + " (standardised)", Features: k, X: make([]float64, len(d.X)), Y: append([]float64(nil), d.Y...)}
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			v := d.X[i*k+j] - s.Mean[j]
			if s.Std[j] > 0 {
				v /= s.Std[j]
			}
			out.X[i*k+j] = v
		}
	}
	return out, s
}

// Unscale turns the parameters (w₁, …, w_k, b) of a linear model fitted on
// standardised features into those of the same model on the original
// features: wⱼ = w′ⱼ/Stdⱼ and b = b′ − Σ w′ⱼ·Meanⱼ/Stdⱼ.
func (s Scaling) Unscale(p Point) Point {
	k := len(s.Mean)
	out := make(Point, k+1)
	out[k] = p[k]
	for j := 0; j < k; j++ {
		w := p[j]
		if s.Std[j] > 0 {
			w /= s.Std[j]
		}
		out[j] = w
		out[k] -= w * s.Mean[j]
	}
	return out
}

// Split shuffles the examples with a seeded generator (math/rand/v2's PCG,
// seeded with (seed, 0)) and returns the first ⌊frac·n⌋ of them as train
// and the rest as test: the same seed gives the same split. It returns an
// error if frac is not in (0, 1), either part would be empty, or d is
// empty or malformed.
func (d *Dataset) Split(frac float64, seed uint64) (train, test *Dataset, err error) {
	if err := d.shapeErr("Split"); err != nil {
		return nil, nil, err
	}
	n := d.Len()
	m := int(frac * float64(n))
	if !(frac > 0 && frac < 1) || m < 1 || m >= n {
		return nil, nil, fmt.Errorf("gdlib: Split: frac = %v: want 0 < frac < 1 leaving at least one of the %d examples on each side", frac, n)
	}
	perm := rand.New(rand.NewPCG(seed, 0)).Perm(n)
	return d.subset(d.Name+" (train)", perm[:m]), d.subset(d.Name+" (test)", perm[m:]), nil
}

// shapeErr returns an error naming method if d is nil, has no examples or
// features, or its X does not hold Len()×Features numbers; nil otherwise.
func (d *Dataset) shapeErr(method string) error {
	switch {
	case d == nil:
		return fmt.Errorf("gdlib: Dataset.%s: the dataset is nil", method)
	case d.Len() == 0 || d.Features < 1 || len(d.X) != d.Len()*d.Features:
		return fmt.Errorf("gdlib: Dataset.%s: %q is empty or malformed: %d targets, %d features, %d numbers in X (want targets × features)", method, d.Name, d.Len(), d.Features, len(d.X))
	}
	return nil
}

// subset returns the examples idx of d, in that order.
func (d *Dataset) subset(name string, idx []int) *Dataset {
	out := &Dataset{Name: name, Features: d.Features, X: make([]float64, 0, len(idx)*d.Features), Y: make([]float64, 0, len(idx))}
	for _, i := range idx {
		out.X = append(out.X, d.Row(i)...)
		out.Y = append(out.Y, d.Y[i])
	}
	return out
}

// String describes d, e.g. "noisy line: 50 examples, 1 feature".
func (d *Dataset) String() string {
	s := "s"
	if d.Features == 1 {
		s = ""
	}
	return fmt.Sprintf("%s: %d examples, %d feature%s", d.Name, d.Len(), d.Features, s)
}
