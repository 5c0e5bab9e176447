package gdlib

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// NoisyLine makes n examples of one feature around the line y = w·x + b:
// x uniform on xs, y = w·x + b + noise·z with z standard normal, drawn
// from math/rand/v2's PCG seeded with (seed, 0), so the same arguments
// give the same data. It is the data of linear regression.
//
// It panics, naming the parameter and its value, if n < 2 or n > 10⁷, xs is not a
// finite range with Min < Max, or w, b or noise is not finite or noise < 0:
// the arguments of a lesson are constants, as NewFunction's are.
func NoisyLine(n int, xs Range, w, b, noise float64, seed uint64) *Dataset {
	switch {
	case n < 2 || n > maxExamples:
		panic(fmt.Sprintf("gdlib.NoisyLine: n = %d: want 2 ≤ n ≤ %d examples", n, maxExamples))
	case !finite(xs.Min) || !finite(xs.Max) || !(xs.Min < xs.Max):
		panic(fmt.Sprintf("gdlib.NoisyLine: xs = [%g, %g]: want finite Min < Max", xs.Min, xs.Max))
	case !finite(w) || !finite(b) || !finite(noise) || noise < 0:
		panic(fmt.Sprintf("gdlib.NoisyLine: w = %g, b = %g, noise = %g: want finite numbers, noise ≥ 0", w, b, noise))
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	d := &Dataset{Name: "noisy line", Features: 1, X: make([]float64, n), Y: make([]float64, n)}
	for i := range d.Y {
		x := xs.Min + rng.Float64()*xs.Width()
		d.X[i], d.Y[i] = x, w*x+b+noise*rng.NormFloat64()
	}
	return d
}

// TwoClouds makes n examples of two features in two classes: the first
// n/2 (rounded down) of class 0 around (−sep/2, −sep/2)/√2, the others of
// class 1 around (sep/2, sep/2)/√2, so the centres are sep apart along the
// diagonal. Each cloud is a round Gaussian with standard deviation spread
// in each feature; with spread comparable to sep the clouds overlap, so
// no line separates them and logistic regression has a finite best fit.
// The draws come from math/rand/v2's PCG seeded with (seed, 0).
//
// It panics, naming the parameter and its value, if n < 2 or n > 10⁷, sep
// is not finite or spread is not a finite number > 0.
func TwoClouds(n int, sep, spread float64, seed uint64) *Dataset {
	switch {
	case n < 2 || n > maxExamples:
		panic(fmt.Sprintf("gdlib.TwoClouds: n = %d: want 2 ≤ n ≤ %d examples", n, maxExamples))
	case !finite(sep):
		panic(fmt.Sprintf("gdlib.TwoClouds: sep = %g: want a finite number", sep))
	case !finite(spread) || spread <= 0:
		panic(fmt.Sprintf("gdlib.TwoClouds: spread = %g: want a finite number > 0", spread))
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	c := sep / 2 / math.Sqrt2
	d := &Dataset{Name: "two clouds", Features: 2, X: make([]float64, 2*n), Y: make([]float64, n)}
	for i := range d.Y {
		centre, class := -c, 0.0
		if i >= n/2 {
			centre, class = c, 1
		}
		d.X[2*i] = centre + spread*rng.NormFloat64()
		d.X[2*i+1] = centre + spread*rng.NormFloat64()
		d.Y[i] = class
	}
	return d
}

// maxExamples is the most examples NoisyLine and TwoClouds make: 10⁷, at
// most 240 MB with two features, within MaxBytes.
const maxExamples = 10_000_000
