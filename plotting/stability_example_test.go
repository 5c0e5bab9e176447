package plotting_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// The stability rule on the parabola 3x² − 3x + 4: its curvature λ = f″ = 6
// (from gdlib.Curvature) puts the rates 0.01 and 0.1 in the monotone band,
// 0.3 in the oscillating one and 0.34 beyond 2/λ = 1/3, where runs diverge.
func ExampleStability() {
	f := gdlib.Quadratic()
	lambda, _ := gdlib.Curvature(f, gdlib.Pt(0.5))
	fig := plotting.Stability(lambda[0], 0.01, 0.1, 0.3, 0.34)
	fmt.Println(fig.Err())
	fmt.Printf("λ = %.4g, stable up to η = %.4g\n", lambda[0], 2/lambda[0])
	// Output:
	// <nil>
	// λ = 6, stable up to η = 0.3333
}
