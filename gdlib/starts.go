package gdlib

import (
	"fmt"
	"math/rand/v2"
)

// GridStarts returns the points of a regular grid over box, for MultiStart
// and Finals: n[k] values along dimension k, evenly spaced with both ends
// included (Linspace). One n is used for every dimension. The order is that
// of NumPy's meshgrid(…, indexing='ij') raveled, as in the basins benchmark:
// the first coordinate varies slowest, the last fastest (x-major, y-minor).
//
// In one variable, GridStarts(Box{{-5, 5}}, 50) is the course's first experiment,
// linspace(−5, 5, 50).
//
// It returns an error naming the value for an empty, inverted or infinite
// range, a range whose width overflows float64, a count < 1, or a grid
// whose points would need more than MaxBytes.
func GridStarts(box Box, n ...int) ([]Point, error) {
	axes, err := gridAxes("GridStarts", box, n)
	if err != nil {
		return nil, err
	}
	total := 1
	for _, a := range axes {
		total *= len(a)
	}
	dim := len(box)
	flat := make([]float64, total*dim)
	pts := make([]Point, total)
	idx := make([]int, dim)
	for i := range pts {
		p := flat[i*dim : (i+1)*dim : (i+1)*dim]
		for k := range p {
			p[k] = axes[k][idx[k]]
		}
		pts[i] = p
		for k := dim - 1; k >= 0; k-- { // odometer: the last coordinate fastest
			idx[k]++
			if idx[k] < len(axes[k]) {
				break
			}
			idx[k] = 0
		}
	}
	return pts, nil
}

// gridAxes validates box and the counts n (one per dimension, or one for
// all) and returns the Linspace of each dimension.
func gridAxes(what string, box Box, n []int) ([][]float64, error) {
	if len(box) == 0 {
		return nil, fmt.Errorf("gdlib: %s: box is empty: give one Range per variable, e.g. gdlib.Box{{-2.5, 2.5}, {-2.5, 2.5}}", what)
	}
	if err := box.validateSampled(what, "box"); err != nil {
		return nil, err
	}
	switch {
	case len(n) == 1 && len(box) > 1:
		m := make([]int, len(box))
		for i := range m {
			m[i] = n[0]
		}
		n = m
	case len(n) != len(box):
		return nil, fmt.Errorf("gdlib: %s: %d counts n = %v for a box of %d dimensions: give one count, or one per dimension", what, len(n), n, len(box))
	}
	total := 1.0
	for k, c := range n {
		if c < 1 {
			return nil, fmt.Errorf("gdlib: %s: n[%d] = %d: want ≥ 1 point along dimension %d", what, k, c, k)
		}
		total *= float64(c)
	}
	if err := checkBytes(what, fmt.Sprintf("%v points", n), total*float64(len(box)*8+24)); err != nil {
		return nil, err
	}
	axes := make([][]float64, len(box))
	for k, r := range box {
		axes[k] = Linspace(r.Min, r.Max, n[k])
	}
	return axes, nil
}

// RandomStarts returns n points drawn uniformly from box, each coordinate
// Min + u·(Max − Min) with u from math/rand/v2's PCG generator seeded with
// (seed, 0), point by point and coordinate by coordinate. The same seed
// gives the same points on every machine and Go version that keeps PCG's
// definition (math/rand/v2 promises it).
//
// It returns an error naming the value for an empty, inverted or infinite
// range, a range whose width overflows float64, n < 1, or points that
// would need more than MaxBytes.
func RandomStarts(box Box, n int, seed uint64) ([]Point, error) {
	if len(box) == 0 {
		return nil, fmt.Errorf("gdlib: RandomStarts: box is empty: give one Range per variable, e.g. gdlib.Box{{-2, 2}, {-2, 2}}")
	}
	if err := box.validateSampled("RandomStarts", "box"); err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, fmt.Errorf("gdlib: RandomStarts: n = %d: want ≥ 1 start", n)
	}
	if err := checkBytes("RandomStarts", fmt.Sprintf("%d points", n), float64(n)*float64(len(box)*8+24)); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	dim := len(box)
	flat := make([]float64, n*dim)
	pts := make([]Point, n)
	for i := range pts {
		p := flat[i*dim : (i+1)*dim : (i+1)*dim]
		for k, r := range box {
			p[k] = r.Min + rng.Float64()*(r.Max-r.Min)
		}
		pts[i] = p
	}
	return pts, nil
}
