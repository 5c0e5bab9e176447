package plotting_test

import (
	"fmt"

	"gonum.org/v1/plot/plotter"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/plotting"
)

// Linear regression's fit over its data, at four iterates of the run.
func ExampleFit() {
	data := gdlib.NoisyLine(50, gdlib.Range{Min: 0, Max: 10}, 0.5, 2, 0.5, 1)
	run := gdlib.MustRun(gdlib.MSE(data), gdlib.Pt(0, 0), gdlib.GD(0.05), &gdlib.Settings{Steps: 1000})
	fig := plotting.Fit(data, run, 0, 10, 100, 1000)
	plotting.Show(fig)
	for _, e := range fig.Key {
		fmt.Println(e.Text)
	}
	fmt.Println(within(fig, 150))
	// Output:
	// step 0
	// step 10
	// step 100
	// step 1000
	// SVG ≤ 150 KB: true
}

// Logistic regression's decision boundary as it moves.
func ExampleBoundary() {
	data := gdlib.TwoClouds(200, 2, 1, 3)
	run := gdlib.MustRun(gdlib.CrossEntropy(data), gdlib.Pt(0, 0, 0), gdlib.GD(1), &gdlib.Settings{Steps: 300})
	fig := plotting.Boundary(data, run, 0, 1, 10, 300)
	plotting.Show(fig)
	for _, e := range fig.Key {
		fmt.Println(e.Text)
	}
	fmt.Println(within(fig, 150))
	// Output:
	// class 0
	// class 1
	// step 0 (w = 0: no boundary)
	// step 1
	// step 10
	// step 300
	// SVG ≤ 150 KB: true
}

// A loss by epoch on a log axis: full batch against stochastic gradient
// descent, as their distance above the minimum.
func ExampleLogLines_byEpoch() {
	data, _ := gdlib.NoisyLine(50, gdlib.Range{Min: 0, Max: 10}, 0.5, 2, 0.5, 1).Standardize()
	loss := gdlib.MSE(data)
	min := gdlib.MustRun(loss, gdlib.Pt(0, 0), gdlib.GD(1), &gdlib.Settings{Steps: 1}).FinalF()
	var series []plotter.XYer
	for _, batch := range []int{50, 1} {
		b := loss.Minibatch(batch, 1)
		run := gdlib.MustRun(b, gdlib.Pt(-1, 0), gdlib.GD(0.1), &gdlib.Settings{Steps: 10 * b.StepsPerEpoch()})
		gap := b.Epochs(run)
		for e := range gap {
			gap[e] -= min
		}
		series = append(series, gap)
	}
	fig := plotting.LogLines("loss above its minimum", series, "full batch", "batch 1")
	fmt.Println(within(fig, 150))
	// Output:
	// SVG ≤ 150 KB: true
}
