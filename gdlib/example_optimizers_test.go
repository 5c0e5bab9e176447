package gdlib_test

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
)

// The course's momentum example: on sin(x²) + sin x from 1.11, plain gradient descent stops in
// the nearest dip, while momentum carries on over the hump into the deepest
// one.
func ExampleMomentum() {
	f := gdlib.NewFunction("sin(x²) + sin x", 1,
		func(x []float64) float64 { return math.Sin(x[0]*x[0]) + math.Sin(x[0]) },
		func(g, x []float64) { g[0] = 2*x[0]*math.Cos(x[0]*x[0]) + math.Cos(x[0]) },
		nil)
	set := &gdlib.Settings{Steps: 200}
	for _, opt := range []gdlib.Transform{gdlib.GD(0.05), gdlib.Momentum(0.05, 0.9)} {
		run := gdlib.MustRun(f, gdlib.Pt(1.11), opt, set)
		fmt.Printf("%-21s ends at x = %.4g, f = %.4g\n", opt.Name(), run.Final()[0], run.FinalF())
	}
	// Output:
	// GD(0.05)              ends at x = -0.4585, f = -0.2339
	// Momentum(0.05, β=0.9) ends at x = -2.141, f = -1.834
}

// Adam's first step is about lr in every coordinate, whatever the size of
// the gradient: here ∂f/∂x = 0.001 and ∂f/∂y = 1000 at the start.
func ExampleAdam() {
	f := gdlib.NewFunction("0.0005x² + 500y²", 2,
		func(x []float64) float64 { return 0.0005*x[0]*x[0] + 500*x[1]*x[1] },
		func(g, x []float64) { g[0], g[1] = 0.001*x[0], 1000*x[1] },
		nil)
	run := gdlib.MustRun(f, gdlib.Pt(1, 1), gdlib.Adam(0.1), &gdlib.Settings{Steps: 1})
	fmt.Printf("gradient %v, first step %v\n", run.Grad(0), gdlib.Pt(1-run.X(1)[0], 1-run.X(1)[1]))
	// Output:
	// gradient (0.001, 1000), first step (0.1, 0.1)
}

// Newton's method on the course lab's eˣ − ln x: the distance to the minimum
// Ω = 0.567143… is about squared at every step.
func ExampleNewton() {
	f := gdlib.NewFunction("eˣ − ln x", 1,
		func(x []float64) float64 { return math.Exp(x[0]) - math.Log(x[0]) },
		func(g, x []float64) { g[0] = math.Exp(x[0]) - 1/x[0] },
		nil) // no Hessian given: Newton differentiates the gradient numerically
	const omega = 0.5671432904097838 // eˣ = 1/x
	run := gdlib.MustRun(f, gdlib.Pt(1.6), gdlib.Newton(), &gdlib.Settings{Steps: 5})
	for i := range run.Len() {
		fmt.Printf("step %d: x = %.4g, |x − Ω| = %.2g\n", i, run.X(i)[0], math.Abs(run.X(i)[0]-omega))
	}
	// Output:
	// step 0: x = 1.6, |x − Ω| = 1
	// step 1: x = 0.7901, |x − Ω| = 0.22
	// step 2: x = 0.5436, |x − Ω| = 0.024
	// step 3: x = 0.5666, |x − Ω| = 0.00055
	// step 4: x = 0.5671, |x − Ω| = 2.9e-07
	// step 5: x = 0.5671, |x − Ω| = 7.8e-14
}

// The course's "time-based" learning rate lr·(1 − (t+1)/N): a straight line
// down to 0 at the last step. Its run on 3x² − 3x + 4 from 1.586 ends where
// the course's did (0.55242185).
func ExampleLinearDecay() {
	fmt.Printf("%.4g\n", gdlib.LinearDecay(0.01, 5).Values(5))

	f := gdlib.NewFunction("3x² − 3x + 4", 1,
		func(x []float64) float64 { return 3*x[0]*x[0] - 3*x[0] + 4 },
		func(g, x []float64) { g[0] = 6*x[0] - 3 },
		nil)
	opt := gdlib.GDWith("time-based", gdlib.LinearDecay(0.01, 100))
	run := gdlib.MustRun(f, gdlib.Pt(1.586), opt, &gdlib.Settings{Steps: 100})
	fmt.Printf("%s ends at %.8f\n", opt.Name(), run.Final()[0])
	// Output:
	// [0.008 0.006 0.004 0.002 0]
	// GD(time-based) ends at 0.55242185
}

// Adam with a cosine learning-rate schedule, in one line: Adam's scaling
// stage, then a learning-rate stage that follows the schedule. The run
// records the rate each step used.
func ExampleChain() {
	opt := gdlib.Named("Adam + cosine", gdlib.Chain(
		gdlib.ScaleByAdam(0.9, 0.999, 1e-8), gdlib.ScaleByLR(gdlib.Cosine(0.05, 300, 0))))

	run := gdlib.MustRun(gdlib.Peaks(), gdlib.Pt(0.5, -1.2), opt, &gdlib.Settings{Steps: 300})
	fmt.Printf("%s: rate %.4g at step 1, %.4g at step 150, %.4g at step 300\n",
		opt.Name(), run.LR[0], run.LR[149], run.LR[299])
	fmt.Printf("ends at %v, f = %.4g\n", run.Final(), run.FinalF())
	// Output:
	// Adam + cosine: rate 0.05 at step 1, 0.02526 at step 150, 1.371e-06 at step 300
	// ends at (0.2283, -1.626), f = -6.551
}
