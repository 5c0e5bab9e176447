package deep

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/gdlessons/lessons/gdlib"
)

// Fixed returns weights that are all w: in a scalar chain every layer
// multiplies by the same w, which makes the per-layer factor of the
// gradient the same at every layer once the activations settle. It panics
// with Validate's error if n is not a valid net.
func (n Net) Fixed(w float64) gdlib.Point {
	n.mustValidate()
	p := make(gdlib.Point, n.NumWeights())
	for i := range p {
		p[i] = w
	}
	return p
}

// Random returns weights drawn independently from the normal distribution
// with mean 0 and standard deviation std, from math/rand/v2's PCG generator
// seeded with seed: the same seed gives the same weights on every machine.
// Xavier(n) and He(n) are the usual choices of std. It panics with
// Validate's error if n is not a valid net.
func (n Net) Random(std float64, seed uint64) gdlib.Point {
	n.mustValidate()
	rng := rand.New(rand.NewPCG(seed, 0))
	p := make(gdlib.Point, n.NumWeights())
	for i := range p {
		p[i] = std * rng.NormFloat64()
	}
	return p
}

// Xavier returns 1/√width, the standard deviation of Glorot and Bengio's
// initialisation (2010: variance 2/(fan_in + fan_out), which is 1/width for
// square layers): it keeps a tanh layer's factor near 1 where tanh′ ≈ 1.
// It panics, naming width, if width < 1.
func Xavier(width int) float64 { checkWidth("Xavier", width); return 1 / math.Sqrt(float64(width)) }

// He returns √(2/width), the standard deviation of He et al.'s
// initialisation for ReLU (2015: variance 2/fan_in, the 2 making up for the
// half of the units a ReLU switches off).
// It panics, naming width, if width < 1.
func He(width int) float64 { checkWidth("He", width); return math.Sqrt(2 / float64(width)) }

// checkWidth panics, naming who and width, if width < 1: the standard
// deviation would be +Inf or NaN.
func checkWidth(who string, width int) {
	if width < 1 {
		panic(fmt.Sprintf("deep.%s: width = %d, want ≥ 1", who, width))
	}
}

// mustValidate panics with Validate's error if n is not a valid net.
func (n Net) mustValidate() {
	if err := n.Validate(); err != nil {
		panic(err)
	}
}
