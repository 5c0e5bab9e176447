package gdlib_test

import (
	"fmt"
	"strings"

	"github.com/gdlessons/lessons/gdlib"
)

// Linear regression: 50 points around y = 0.5x + 2, the mean squared
// error over them, and gradient descent on (w, b).
func ExampleMSE() {
	data := gdlib.NoisyLine(50, gdlib.Range{Min: 0, Max: 10}, 0.5, 2, 0.5, 1)
	loss := gdlib.MSE(data)
	run := gdlib.MustRun(loss, gdlib.Pt(0, 0), gdlib.GD(0.05), &gdlib.Settings{Steps: 3000})
	fmt.Println(data)
	fmt.Println(run)
	// Output:
	// noisy line: 50 examples, 1 feature
	// GD(0.05) on MSE on noisy line: 3000 steps, step limit, at (0.4707, 2.16), f = 0.1238, |∇f| = 4.2e-15
}

// Logistic regression on two overlapping clouds of points.
func ExampleCrossEntropy() {
	loss := gdlib.CrossEntropy(gdlib.TwoClouds(200, 2, 1, 3))
	run := gdlib.MustRun(loss, gdlib.Pt(0, 0, 0), gdlib.GD(1), &gdlib.Settings{Steps: 2000})
	fmt.Println(run)
	// Output:
	// GD(1) on cross-entropy on two clouds: 2000 steps, step limit, at (1.485, 1.199, 0.2926), f = 0.3479, |∇f| = 1.4e-16
}

// Mini-batch gradient descent is an ordinary run on the mini-batch
// objective: 16 examples a step, 4 steps an epoch, any optimizer. The
// run's F is the loss over all the data; Epochs picks it once an epoch.
func ExampleLoss_Minibatch() {
	data, _ := gdlib.NoisyLine(50, gdlib.Range{Min: 0, Max: 10}, 0.5, 2, 0.5, 1).Standardize()
	sgd := gdlib.MSE(data).Minibatch(16, 7)
	run := gdlib.MustRun(sgd, gdlib.Pt(-2, -2), gdlib.Momentum(0.05, 0.9), &gdlib.Settings{Steps: 10 * sgd.StepsPerEpoch()})
	fmt.Println(sgd.StepsPerEpoch(), "steps an epoch")
	for e, f := range sgd.Epochs(run) {
		if e%5 == 0 {
			fmt.Printf("epoch %d: loss %.4g\n", e, f)
		}
	}
	fmt.Println("first batch:", sgd.Batch(0, nil))
	// Output:
	// 4 steps an epoch
	// epoch 0: loss 23.94
	// epoch 5: loss 1.169
	// epoch 10: loss 0.2564
	// first batch: [34 32 24 23 6 20 41 4 16 8 3 39 42 43 35 28]
}

// Standardising a feature: mean 0, standard deviation 1; Unscale turns
// the parameters fitted on it back into those of the original feature.
func ExampleDataset_Standardize() {
	data := gdlib.NoisyLine(50, gdlib.Range{Min: 0, Max: 10}, 0.5, 2, 0.5, 1)
	std, scaling := data.Standardize()
	run := gdlib.MustRun(gdlib.MSE(std), gdlib.Pt(0, 0), gdlib.GD(1), &gdlib.Settings{Steps: 10})
	fmt.Printf("mean %.4g, std %.4g\n", scaling.Mean[0], scaling.Std[0])
	fmt.Println("fit on the standardised feature:", run.Final())
	fmt.Println("the same fit on the original one:", scaling.Unscale(run.Final()))
	// Output:
	// mean 3.851, std 3.098
	// fit on the standardised feature: (1.458, 3.973)
	// the same fit on the original one: (0.4707, 2.16)
}

// Split shuffles the examples with a seed and cuts them in two.
func ExampleDataset_Split() {
	train, test, err := gdlib.TwoClouds(200, 2, 1, 3).Split(0.8, 1)
	fmt.Println(train, "|", test, "|", err)
	// Output:
	// two clouds (train): 160 examples, 2 features | two clouds (test): 40 examples, 2 features | <nil>
}

// A data set of your own, from comma-separated values: features, then the
// target.
func ExampleReadCSV() {
	data, err := gdlib.ReadCSV(strings.NewReader("x,y\n0,1\n1,3\n2,5\n"), "three points")
	fmt.Println(data, err)
	run := gdlib.MustRun(gdlib.MSE(data), gdlib.Pt(0, 0), gdlib.GD(0.3), &gdlib.Settings{Steps: 500})
	fmt.Println("w, b =", run.Final())
	// Output:
	// three points: 3 examples, 1 feature <nil>
	// w, b = (2, 1)
}

// The curvatures of a loss: on the raw feature a long thin valley, on the
// standardised one a round bowl.
func ExampleLoss_Curvatures() {
	data := gdlib.NoisyLine(50, gdlib.Range{Min: 0, Max: 10}, 0.5, 2, 0.5, 1)
	std, _ := data.Standardize()
	for _, l := range []*gdlib.Loss{gdlib.MSE(data), gdlib.MSE(std)} {
		c := l.Curvatures(gdlib.Pt(0, 0))
		fmt.Printf("%s: λ = %.4g, stable for η < 2/λmax = %.4g\n", l.Name, c, 2/c[1])
	}
	// Output:
	// MSE on noisy line: λ = [0.3831 25.05], stable for η < 2/λmax = 0.07986
	// MSE on noisy line (standardised): λ = [1 1], stable for η < 2/λmax = 2
}
