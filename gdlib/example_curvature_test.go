package gdlib_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// The parabola 3x² − 3x + 4 has f″ = 6: gradient descent settles for
// η < 2/6. Just above that bound each step overshoots a little further.
func ExampleStableRate() {
	f := gdlib.Quadratic()
	eta, _ := gdlib.StableRate(f, gdlib.Pt(0.5))
	fmt.Printf("stable for η < %.4g\n", eta)
	for _, lr := range []float64{0.3, 0.34} {
		run := gdlib.MustRun(f, gdlib.Pt(1.026), gdlib.GD(lr), &gdlib.Settings{Steps: 50})
		fmt.Printf("η = %g: x₅₀ = %.4g\n", lr, run.Final()[0])
	}
	// Output:
	// stable for η < 0.3333
	// η = 0.3: x₅₀ = 0.5
	// η = 0.34: x₅₀ = 4.238
}
