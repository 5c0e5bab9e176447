package plotting_test

import (
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// Two runs of the course's first example named by what they show, not by their optimizer:
// the key says "small steps" and "large steps", the runs keep their names.
func ExampleNamed() {
	f := gdlib.Quadratic()
	set := &gdlib.Settings{Steps: 30}
	small := gdlib.MustRun(f, gdlib.Pt(1.026), gdlib.GD(0.01), set)
	large := gdlib.MustRun(f, gdlib.Pt(1.026), gdlib.GD(0.3), set)
	fig := plotting.Curve(f).With(plotting.Named("small steps", small), plotting.Named("large steps", large))
	for _, e := range fig.Key[2:] { // after f(x) and f′(x)
		fmt.Println(e.Text)
	}
	fmt.Println(small.Optimizer)
	// Output:
	// small steps
	// large steps
	// GD(0.01)
}

// Log-spaced levels for a function whose values span orders of magnitude:
// three levels in [0, 1000] are 1, 10 and 100 (LogDecades = 4).
func ExampleLogContourLevels() {
	for _, z := range plotting.LogContourLevels(0, 1000, 3) {
		fmt.Printf("%.4g\n", z)
	}
	// Output:
	// 1
	// 10
	// 100
}
