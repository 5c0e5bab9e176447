package deep_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/gdlib/deep"
)

// The gradient at the first layer of a 10-layer sigmoid chain with every
// weight 1: automatic differentiation gives it exactly, finite
// differences agree, and it is tiny, because every layer above multiplies
// it by w·σ′(a) ≤ 1/4.
func ExampleNet() {
	net := deep.Net{Depth: 10, Act: deep.Sigmoid}
	f, _ := net.Objective()
	w := net.Fixed(1)
	c, _ := gdlib.CheckGradient(f, w)
	fmt.Printf("%v: ∂loss/∂w₁ = %.4g (finite differences %.4g)\n", net, c.Exact[0], c.Approx[0])
	fmt.Printf("∂loss/∂w₁₀ = %.4g\n", c.Exact[9])
	// Output:
	// sigmoid chain, 10 layers: ∂loss/∂w₁ = 1.835e-07 (finite differences 1.835e-07)
	// ∂loss/∂w₁₀ = 0.0976
}

// A chain is an ordinary objective: gdlib's optimizers train it. Three
// tanh layers of 2 units, weights drawn with He's scale and seed 1, learn
// to map (1, 1) to (0.5, −0.5).
func ExampleNet_Objective() {
	net := deep.Net{Depth: 3, Width: 2, Act: deep.Tanh, Target: []float64{0.5, -0.5}}
	f, err := net.Objective()
	if err != nil {
		fmt.Println(err)
		return
	}
	run := gdlib.MustRun(f, net.Random(deep.He(2), 1), gdlib.Adam(0.05), &gdlib.Settings{Steps: 300})
	out := net.Forward(run.Final())[net.Depth]
	fmt.Printf("%s: loss %.4g → %.4g, output (%.4g, %.4g)\n", run.Status, run.F[0], run.FinalF(), out[0], out[1])
	// Output:
	// step limit: loss 0.3757 → 3.108e-15, output (0.5, -0.5)
}
