package deep

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// Activation is the function φ a layer applies to each unit: Sigmoid,
// Tanh or ReLU.
type Activation int

const (
	// Sigmoid is σ(a) = 1/(1 + e⁻ᵃ), with σ′ = σ(1 − σ) ≤ 1/4 (at a = 0).
	Sigmoid Activation = iota
	// Tanh is tanh a, with tanh′ = 1 − tanh² ≤ 1 (at a = 0).
	Tanh
	// ReLU is max(0, a), with slope 1 for a > 0 and 0 for a ≤ 0.
	ReLU
)

// Activations lists every Activation, in order.
var Activations = []Activation{Sigmoid, Tanh, ReLU}

// String returns "sigmoid", "tanh" or "ReLU".
func (a Activation) String() string {
	switch a {
	case Sigmoid:
		return "sigmoid"
	case Tanh:
		return "tanh"
	case ReLU:
		return "ReLU"
	}
	return fmt.Sprintf("Activation(%d)", int(a))
}

// valid reports an activation outside the list.
func (a Activation) valid() error {
	if a < Sigmoid || a > ReLU {
		return fmt.Errorf("deep: Net.Act = %d: want deep.Sigmoid, deep.Tanh or deep.ReLU", int(a))
	}
	return nil
}

// Func returns φ(x).
func (a Activation) Func(x float64) float64 {
	switch a {
	case Sigmoid:
		return 1 / (1 + math.Exp(-x))
	case Tanh:
		return math.Tanh(x)
	}
	return math.Max(0, x)
}

// Deriv returns φ′(x). ReLU′(0) is taken as 0, as the Num version does.
func (a Activation) Deriv(x float64) float64 {
	switch a {
	case Sigmoid:
		s := a.Func(x)
		return s * (1 - s)
	case Tanh:
		t := math.Tanh(x)
		return 1 - t*t
	}
	if x > 0 {
		return 1
	}
	return 0
}

// Num returns φ(x) for a hyperdual number, carrying the derivatives: the
// form gdlib's automatic differentiation uses.
func (a Activation) Num(x gdlib.Num) gdlib.Num {
	switch a {
	case Sigmoid:
		return gdlib.Sigmoid(x)
	case Tanh:
		return gdlib.Tanh(x)
	}
	if x.Real > 0 {
		return x
	}
	return gdlib.C(0)
}
