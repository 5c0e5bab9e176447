package deep_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/deep"
)

// chainRule returns ∂loss/∂w₁ of a scalar net written out by the chain
// rule: (h_L − y) · ∏ₖ₌₂..L dₖ · φ′(a₁)·h₀, with dₖ = wₖ·φ′(wₖhₖ₋₁) (+1
// with Residual), from the float activations of Forward only.
func chainRule(n deep.Net, w []float64) float64 {
	h := n.Forward(w)
	y := 0.0
	if n.Target != nil {
		y = n.Target[0]
	}
	g := h[n.Depth][0] - y
	for k := n.Depth; k >= 2; k-- {
		d := w[k-1] * n.Act.Deriv(w[k-1]*h[k-1][0])
		if n.Residual {
			d++
		}
		g *= d
	}
	return g * n.Act.Deriv(w[0]*h[0][0]) * h[0][0]
}

// TestChainRuleIsTheGradient: the product of per-layer factors, the
// automatic-differentiation gradient and central finite differences agree
// on scalar chains of every kind, with weights of both signs.
func TestChainRuleIsTheGradient(t *testing.T) {
	w := []float64{0.9, -1.2, 1.5, 0.8, -1.1, 1.3}
	for _, act := range deep.Activations {
		for _, res := range []bool{false, true} {
			n := deep.Net{Depth: len(w), Act: act, Residual: res, Input: []float64{0.7}, Target: []float64{0.3}}
			f, err := n.Objective()
			if err != nil {
				t.Fatal(err)
			}
			ad := f.Gradient(w...)[0]
			cr := chainRule(n, w)
			// Both are exact up to rounding: a few ulps per factor.
			if math.Abs(ad-cr) > 1e-14*math.Max(1, math.Abs(ad)) {
				t.Errorf("%v: chain rule %v, autodiff %v", n, cr, ad)
			}
			c, err := gdlib.CheckGradient(f, w)
			if err != nil || !c.OK {
				t.Errorf("%v: %v %v", n, c, err)
			}
		}
	}
}

// TestWideNetGradient checks the gradient of nets of 2 to 4 units with
// random weights against finite differences, and the loss against
// Forward.
func TestWideNetGradient(t *testing.T) {
	for width := 2; width <= deep.MaxWidth; width++ {
		for _, act := range deep.Activations {
			n := deep.Net{Depth: 5, Width: width, Act: act, Residual: width == 3}
			w := n.Random(deep.Xavier(width), 7)
			f, err := n.Objective()
			if err != nil {
				t.Fatal(err)
			}
			if c, err := gdlib.CheckGradient(f, w); err != nil || !c.OK {
				t.Errorf("%v: %v %v", n, c, err)
			}
			h := n.Forward(w)[n.Depth]
			want := 0.0
			for _, v := range h {
				want += v * v / 2 // Target nil: all zeros
			}
			if got := f.Func(w); math.Abs(got-want) > 1e-15*math.Max(1, want) {
				t.Errorf("%v: loss %v, from Forward %v", n, got, want)
			}
		}
	}
}

func TestRandomIsSeeded(t *testing.T) {
	n := deep.Net{Depth: 3, Width: 4}
	a, b, c := n.Random(1, 5), n.Random(1, 5), n.Random(1, 6)
	if len(a) != 48 {
		t.Fatalf("%d weights, want 3·4² = 48", len(a))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("seed 5 twice: weight %d is %v and %v", i, a[i], b[i])
		}
	}
	if a[0] == c[0] {
		t.Errorf("seeds 5 and 6 give the same first weight %v", a[0])
	}
}

func TestNetRejectsBadInput(t *testing.T) {
	for _, c := range []struct {
		n    deep.Net
		want string
	}{
		{deep.Net{Depth: 0}, "Net.Depth = 0"},
		{deep.Net{Depth: 1001}, "Net.Depth = 1001"},
		{deep.Net{Depth: 2, Width: 5}, "Net.Width = 5"},
		{deep.Net{Depth: 2, Width: -1}, "Net.Width = -1"},
		{deep.Net{Depth: 2, Act: 7}, "Net.Act = 7"},
		{deep.Net{Depth: 2, Width: 2, Input: []float64{1}}, "Net.Input = [1] has 1 values"},
		{deep.Net{Depth: 2, Target: []float64{math.NaN()}}, "Net.Target = [NaN]"},
	} {
		_, err := c.n.Objective()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want one containing %q", c.n, err, c.want)
		}
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "2 weights given, want Depth·Width² = 3") {
			t.Errorf("Forward with 2 weights for 3 layers: panic %v", r)
		}
	}()
	deep.Net{Depth: 3}.Forward([]float64{1, 1})
}
