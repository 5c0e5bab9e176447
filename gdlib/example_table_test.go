package gdlib_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// The two-variable lab's first two settings on the sauna: α = 0.25 settles
// at the coolest point (4, 4) after 18 steps; α = 0.5 is above the stable
// rate 2/λmax ≈ 0.469 there and bounces across it.
func ExampleTable() {
	f := gdlib.Sauna()
	set := &gdlib.Settings{Steps: 20, GradTol: 1e-3, Region: f.Domain}
	a := gdlib.MustRun(f, gdlib.Pt(0.5, 0.6), gdlib.GD(0.25), set)
	b := gdlib.MustRun(f, gdlib.Pt(0.5, 0.6), gdlib.GD(0.5), set)
	fmt.Print(gdlib.Table(a, b))
	// Output:
	// run       status          steps  ends at            f          ∇f there
	// GD(0.25)  converged          18  (4, 4)             73.62      (2.5e-04, 2.3e-04)
	// GD(0.5)   step limit         20  (3.54, 3.544)      74.43      (-1.7e+00, -1.7e+00)
}
