package gdlib_test

import (
	"context"
	"fmt"

	"github.com/gdlessons/lessons/gdlib"
)

// The course's grids: evenly spaced values with both ends, as NumPy's
// linspace, and its epoch counts rounded as NumPy rounds.
func ExampleLinspace() {
	fmt.Printf("%.4g\n", gdlib.Linspace(-5, 5, 5))
	fmt.Printf("%.4g\n", gdlib.Round(gdlib.Linspace(10, 500, 5)))
	// Output:
	// [-5 -2.5 0 2.5 5]
	// [10 132 255 378 500]
}

// The starts of a grid come x-major: the first coordinate varies slowest.
func ExampleGridStarts() {
	starts, err := gdlib.GridStarts(gdlib.Box{{-1, 1}, {0, 2}}, 2, 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(starts)
	// Output:
	// [(-1, 0) (-1, 1) (-1, 2) (1, 0) (1, 1) (1, 2)]
}

// A seeded random source makes random starts repeatable.
func ExampleRandomStarts() {
	a, _ := gdlib.RandomStarts(gdlib.Box{{-2, 2}, {-2, 2}}, 3, 1)
	b, _ := gdlib.RandomStarts(gdlib.Box{{-2, 2}, {-2, 2}}, 3, 1)
	fmt.Println(len(a), a[2].String() == b[2].String())
	// Output:
	// 3 true
}

// Restarts, the course's remedy for local minima: run from several
// starts and keep the lowest end.
func ExampleMultiStart() {
	f := gdlib.TwoSines()
	starts, _ := gdlib.GridStarts(gdlib.Box{{-1, 2}}, 4)
	traces, err := gdlib.MultiStart(f, starts, gdlib.GD(0.1), &gdlib.Settings{Steps: 100})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range traces {
		fmt.Printf("from %v to %v, f = %.4g\n", t.Start(), t.Final(), t.FinalF())
	}
	fmt.Println("best:", gdlib.Best(traces).Final())
	// Output:
	// from -1 to -0.7017, f = -1.076
	// from 0 to -0.7017, f = -1.076
	// from 1 to 1.571, f = 0.5
	// from 2 to 1.571, f = 0.5
	// best: -0.7017
}

// Finals keeps only where each run ended: the course's experiment with 50
// starts on sin(x)·e^(−0.05x²).
func ExampleFinals() {
	f := gdlib.DampedSine()
	starts, _ := gdlib.GridStarts(gdlib.Box{{-5, 5}}, 50)
	ends, err := gdlib.Finals(f, starts, gdlib.GD(0.01), &gdlib.Settings{Steps: 1000})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range []int{0, 20, 49} {
		fmt.Printf("from %.4g to %.4g (%v)\n", ends[i].Start[0], ends[i].X[0], ends[i].Status)
	}
	best, _ := gdlib.BestEnd(ends)
	fmt.Printf("lowest: x = %.4g, f = %.4g\n", best.X[0], best.F)
	// Output:
	// from -5 to -6.674 (step limit)
	// from -0.9184 to -1.429 (step limit)
	// from 5 to 4.315 (step limit)
	// lowest: x = -1.429, f = -0.8939
}

// The course's learning-rate experiment: the learning rate decides whether GD from 0
// reaches the minimum in 1000 steps.
func ExampleSweep() {
	f := gdlib.DampedSine()
	res, err := gdlib.Sweep(gdlib.Linspace(1e-10, 0.1, 50), func(lr float64) (*gdlib.Trace, error) {
		return gdlib.Run(f, gdlib.Pt(0), gdlib.GD(lr), &gdlib.Settings{Steps: 1000})
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range []int{0, 1, 49} {
		lr, x := res.XY(i)
		fmt.Printf("lr %.4g: x = %.4g\n", lr, x)
	}
	// Output:
	// lr 1e-10: x = -1e-07
	// lr 0.002041: x = -1.223
	// lr 0.1: x = -1.429
}

// The course's learning rate × epochs experiment. Z(c, r) is the run with
// the c-th rate and the r-th epoch count, so a heat map of the grid has the
// rates across and the epochs up.
func ExampleSweep2() {
	f := gdlib.DampedSine()
	lrs, epochs := gdlib.Linspace(1e-10, 0.1, 50), gdlib.Round(gdlib.Linspace(10, 500, 40))
	g, err := gdlib.Sweep2(lrs, epochs, func(lr, ep float64) (float64, error) {
		t, err := gdlib.Run(f, gdlib.Pt(0), gdlib.GD(lr), &gdlib.Settings{Steps: int(ep)})
		if err != nil {
			return 0, err
		}
		return t.Final()[0], nil
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, r := g.Dims()
	fmt.Println(c, "learning rates ×", r, "epoch counts")
	fmt.Printf("lr %.4g, %v epochs: x = %.4g\n", g.X(0), g.Y(0), g.Z(0, 0))
	fmt.Printf("lr %.4g, %v epochs: x = %.4g\n", g.X(49), g.Y(39), g.Z(49, 39))
	// Output:
	// 50 learning rates × 40 epoch counts
	// lr 1e-10, 10 epochs: x = -1e-09
	// lr 0.1, 500 epochs: x = -1.429
}

// The course's basins of attraction: a 25 × 25 grid of starts on peaks after
// 100 epochs. Many starts have not reached a minimum yet; with more steps
// and the plotted region [−3, 3]², many leave for the flat region.
func ExampleBasins() {
	f := gdlib.Peaks()
	box := gdlib.Box{{-2.5, 2.5}, {-2.5, 2.5}}
	m, err := gdlib.Basins(f, box, 25, 25, gdlib.GD(0.01), &gdlib.Settings{Steps: 100}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m)
	fmt.Println("start (2.5, 2.5):", m.At(24, 24), "after", m.Steps, "steps, at", m.End(24, 24))
	long := gdlib.MustBasins(f, box, 25, 25, gdlib.GD(0.01), &gdlib.Settings{Steps: 1000, Region: f.Domain}, nil)
	fmt.Println(long)
	// Output:
	// GD(0.01) on peaks, 25×25 starts, 100 steps: (0.2283, -1.626) 154, (-1.347, 0.2045) 128, (0.2964, 0.3202) 53, not converged 290, left the region 0, diverged 0
	// start (2.5, 2.5): not converged after 100 steps, at (2.519, 2.513)
	// GD(0.01) on peaks, 25×25 starts, 1000 steps: (0.2283, -1.626) 180, (-1.347, 0.2045) 165, (0.2964, 0.3202) 59, not converged 116, left the region 105, diverged 0
}

// Several optimizers on one surface, from the course's peaks start (0, 1.4).
func ExampleCompare() {
	f := gdlib.Peaks()
	opts := []gdlib.Transform{gdlib.GD(0.01), gdlib.Momentum(0.01, 0.9), gdlib.Adam(0.05)}
	traces, err := gdlib.Compare(f, gdlib.Pt(0, 1.4), opts, &gdlib.Settings{Steps: 1000})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range traces {
		fmt.Printf("%s: %v, f = %.4g\n", t.Optimizer, t.Final(), t.FinalF())
	}
	// Output:
	// GD(0.01): (0.2964, 0.3202), f = -0.06494
	// Momentum(0.01, β=0.9): (0.2283, -1.626), f = -6.551
	// Adam(0.05): (0.2964, 0.3202), f = -0.06494
}

// A progress bar and a cancel button: Progress is called from the caller's
// goroutine, first with 0 and last with the total; cancelling the context
// stops the experiment and returns what was done.
func ExampleSettings_progress() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var first, last int
	calls := 0
	set := &gdlib.Settings{Context: ctx, Progress: func(done, total int) {
		if calls == 0 {
			first = done
		}
		last = done
		calls++
	}}
	starts, _ := gdlib.RandomStarts(gdlib.Box{{-2, 2}, {-2, 2}}, 10000, 1)
	_, err := gdlib.Finals(gdlib.Peaks(), starts, gdlib.GD(0.01), set)
	fmt.Println(err, first, last)
	// Output:
	// <nil> 0 10000
}
