package interactive_test

import (
	"fmt"
	"math"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
	"github.com/gdlessons/lessons/plotting/interactive"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// The lab's first exercise (seed 003): f(x) = eˣ − ln x from x₀ = 1.6 with
// learning rate 0.1 converges at iteration 21; with 0.5 the first step
// jumps to x = −0.564, where ln x is not defined: f is NaN, the run diverged.
// Run gives the run and the verdict that Show animates.
func ExampleDescent_Run() {
	f := gdlib.NewFunction("exp-log", 1,
		func(x []float64) float64 { return math.Exp(x[0]) - math.Log(x[0]) },
		func(g, x []float64) { g[0] = math.Exp(x[0]) - 1/x[0] }, nil)
	f.Domain = gdlib.Box{{Min: 0.001, Max: 2.5}}
	lab := interactive.Descent{F: f, Start: gdlib.Pt(1.6), LR: 0.1, Steps: 25,
		Draw: func(run *gdlib.Trace) plotting.Figure {
			p := plot.New()
			p.Add(plotter.NewFunction(func(x float64) float64 { return f.At(x) }))
			return interactive.GonumPlot(p, 6*vg.Inch, 3*vg.Inch)
		}}
	for _, lr := range []float64{0.1, 0.5} {
		lab.LR = lr
		run, verdict, err := lab.Run()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("lr %.4g: %s (%s) after %d iterations at x = %.4g\n", lr, verdict, run.Status, run.Steps(), run.Final()[0])
	}
	// Output:
	// lr 0.1: Converged (converged) after 21 iterations at x = 0.5671
	// lr 0.5: Has not converged (diverged) after 1 iterations at x = -0.564
}

// Outside a notebook (here, in go test) Sliders shows nothing and returns
// the initial values at once; in a notebook it draws the figure again each
// time a slider moves.
func ExampleSliders() {
	f := gdlib.Sauna()
	v, err := interactive.Sliders(func(v interactive.Values) plotting.Figure {
		run := gdlib.MustRun(f, gdlib.Pt(0.5, 0.6), gdlib.GD(v["lr"]), &gdlib.Settings{Steps: v.Int("steps")})
		p := plot.New()
		pts := make(plotter.XYs, run.Len())
		for i := range pts {
			pts[i].X, pts[i].Y = run.XY(i)
		}
		l, _ := plotter.NewLine(pts)
		p.Add(l)
		return interactive.GonumPlot(p, 5*vg.Inch, 5*vg.Inch)
	},
		interactive.Slider{Name: "lr", Min: 0.01, Max: 1, Value: 0.25, Log: true},
		interactive.Slider{Name: "steps", Min: 1, Max: 100, Value: 20, Integer: true},
	)
	fmt.Println(v, err)
	// Output:
	// lr = 0.25, steps = 20 <nil>
}
