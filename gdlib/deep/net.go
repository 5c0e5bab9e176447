package deep

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// MaxDepth and MaxWidth bound a Net. The exact gradient of L·n² weights
// takes L·n²/2 evaluations of a chain of L·n² multiplications, so the
// largest net, 1000 layers of 4 units, needs about 10⁸ of them.
const (
	MaxDepth = 1000
	MaxWidth = 4
)

// Net is a chain of Depth layers of Width units with the activation Act,
//
//	hₖ = φ(Wₖ hₖ₋₁), or hₖ = hₖ₋₁ + φ(Wₖ hₖ₋₁) with Residual,
//
// from the input h₀ = Input to the output h_L, and the loss ½‖h_L − Target‖².
// The zero values mean: Width 1 (a scalar chain), Input all ones, Target
// all zeros. Depth must be 1 … MaxDepth and Width 1 … MaxWidth.
//
// The weights are one vector of Depth·Width² numbers: layer k's matrix
// Wₖ row by row, from layer 1, so w[0] is the first layer's first weight
// (in a scalar chain, wₖ = w[k−1]).
type Net struct {
	Depth    int
	Width    int
	Act      Activation
	Residual bool
	Input    []float64
	Target   []float64
}

// width returns Width, 1 for 0.
func (n Net) width() int {
	if n.Width == 0 {
		return 1
	}
	return n.Width
}

// NumWeights returns Depth·Width², the number of variables of the
// objective.
func (n Net) NumWeights() int { w := n.width(); return n.Depth * w * w }

// Validate returns an error naming the field and its value when the net
// cannot be built.
func (n Net) Validate() error {
	w := n.width()
	switch {
	case n.Depth < 1 || n.Depth > MaxDepth:
		return fmt.Errorf("deep: Net.Depth = %d: want 1 … %d layers", n.Depth, MaxDepth)
	case w < 1 || w > MaxWidth:
		return fmt.Errorf("deep: Net.Width = %d: want 1 … %d units (0 means 1)", n.Width, MaxWidth)
	}
	if err := n.Act.valid(); err != nil {
		return err
	}
	for _, v := range []struct {
		name string
		x    []float64
	}{{"Input", n.Input}, {"Target", n.Target}} {
		if v.x == nil {
			continue
		}
		if len(v.x) != w {
			return fmt.Errorf("deep: Net.%s = %v has %d values, want Width = %d", v.name, v.x, len(v.x), w)
		}
		for i, x := range v.x {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return fmt.Errorf("deep: Net.%s = %v: value %d is %v, want a finite number", v.name, v.x, i, x)
			}
		}
	}
	return nil
}

// String names the net, e.g. "tanh chain, 10 layers" or "residual ReLU
// chain, 50 layers of 4 units".
func (n Net) String() string {
	s := fmt.Sprintf("%v chain, %d layers", n.Act, n.Depth)
	if n.Residual {
		s = "residual " + s
	}
	if w := n.width(); w > 1 {
		s += fmt.Sprintf(" of %d units", w)
	}
	return s
}

// input returns h₀'s i-th value; target y's.
func (n Net) input(i int) float64 {
	if n.Input == nil {
		return 1
	}
	return n.Input[i]
}

func (n Net) target(i int) float64 {
	if n.Target == nil {
		return 0
	}
	return n.Target[i]
}

// Objective returns the loss ½‖h_L − Target‖² as a gdlib.Function of the
// NumWeights() weights, written once with gdlib.Num so that its gradient
// is exact (gdlib.NewN: automatic differentiation). Any gdlib optimizer
// trains it with gdlib.Run. The error is Validate's.
func (n Net) Objective() (*gdlib.Function, error) {
	if err := n.Validate(); err != nil {
		return nil, err
	}
	tex := `\ell(w) = \tfrac12 \lVert h_L - y \rVert^2,\quad h_k = \varphi(W_k h_{k-1})`
	if n.Residual {
		tex = `\ell(w) = \tfrac12 \lVert h_L - y \rVert^2,\quad h_k = h_{k-1} + \varphi(W_k h_{k-1})`
	}
	return gdlib.NewN(n.String(), tex, n.NumWeights(), n.loss), nil
}

// loss is the objective in Num arithmetic. Its buffers live on the stack,
// so an evaluation allocates nothing.
func (n Net) loss(w []gdlib.Num) gdlib.Num {
	var hb, nb [MaxWidth]gdlib.Num
	m := n.width()
	h, next := hb[:m], nb[:m]
	for i := range h {
		h[i] = gdlib.C(n.input(i))
	}
	for k := 0; k < n.Depth; k++ {
		W := w[k*m*m : (k+1)*m*m]
		for i := range next {
			a := gdlib.C(0)
			for j, hj := range h {
				a = a.Add(W[i*m+j].Mul(hj))
			}
			next[i] = n.Act.Num(a)
			if n.Residual {
				next[i] = next[i].Add(h[i])
			}
		}
		h, next = next, h
	}
	s := gdlib.C(0)
	for i, hi := range h {
		s = s.Add(hi.AddConst(-n.target(i)).Square())
	}
	return s.Scale(0.5)
}

// Forward returns the activations h₀ … h_L of the net with weights w
// (Depth+1 slices of Width values): h[k][i] is unit i of layer k. It
// panics if the net is not valid or len(w) ≠ NumWeights(): a programming
// error, with the message saying which.
func (n Net) Forward(w []float64) [][]float64 {
	if err := n.Validate(); err != nil {
		panic(err)
	}
	if len(w) != n.NumWeights() {
		panic(fmt.Sprintf("deep: %v: %d weights given, want Depth·Width² = %d", n, len(w), n.NumWeights()))
	}
	m := n.width()
	h := make([][]float64, n.Depth+1)
	h[0] = make([]float64, m)
	for i := range h[0] {
		h[0][i] = n.input(i)
	}
	for k := 1; k <= n.Depth; k++ {
		W := w[(k-1)*m*m : k*m*m]
		h[k] = make([]float64, m)
		for i := range h[k] {
			a := 0.0
			for j, hj := range h[k-1] {
				a += W[i*m+j] * hj
			}
			h[k][i] = n.Act.Func(a)
			if n.Residual {
				h[k][i] += h[k-1][i]
			}
		}
	}
	return h
}
