package interactive_test

import (
	"fmt"
	"strings"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
	"github.com/gdlessons/lessons/plotting/interactive"
)

// The first exercise of the course's one-variable lab: f(x) = eˣ − ln x from x₀ = 1.6 with
// learning rate 0.1 converges at iteration 21; with 0.5 the first step
// jumps to x = −0.564, where ln x is not defined: f is NaN, the run diverged.
// Run gives the run and the verdict that Show animates.
func ExampleDescent_Run() {
	f := gdlib.ExpLog() // on the lab's range x ∈ [0.001, 2.5]
	lab := interactive.Descent{F: f, Start: gdlib.Pt(1.6), LR: 0.1, Steps: 25,
		Draw: func(run *gdlib.Trace) plotting.Figure { return plotting.Curve(f).With(run) }}
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
		return plotting.Contour(f, 18).With(run)
	},
		interactive.Slider{Name: "lr", Min: 0.01, Max: 1, Value: 0.25, Log: true},
		interactive.Slider{Name: "steps", Min: 1, Max: 100, Value: 20, Integer: true},
	)
	fmt.Println(v, err)
	// Output:
	// lr = 0.25, steps = 20 <nil>
}

// A progress bar for a long experiment, which an interrupt of the kernel
// stops, keeping what finished. Report takes (done, total), as gdlib's
// progress callbacks do.
func ExampleProgress() {
	bar := interactive.NewProgress("learning rates")
	var finals []float64
	for i, lr := range gdlib.Linspace(0.01, 0.1, 10) {
		run, err := gdlib.Run(gdlib.Quadratic(), gdlib.Pt(2), gdlib.GD(lr), &gdlib.Settings{Steps: 100, Context: bar.Context()})
		if err != nil || run.Status == gdlib.Cancelled {
			break // interrupted: keep what finished
		}
		finals = append(finals, run.Final()[0])
		bar.Report(i+1, 10)
	}
	fmt.Println(strings.Join(strings.Fields(bar.Close())[:6], " "))
	fmt.Printf("%d runs, the last at x = %.4g\n", len(finals), finals[len(finals)-1])
	// Output:
	// learning rates: 10 of 10 done
	// 10 runs, the last at x = 0.5
}
