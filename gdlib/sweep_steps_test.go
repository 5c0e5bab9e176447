package gdlib

import (
	"context"
	"fmt"
	"math"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// courseSweep is the course's third experiment: 50 learning rates
// linspace(1e−10, 0.1, 50) × 40 epoch counts round(linspace(10, 500, 40)),
// GD from x = 0 on sin(x)·e^(−0.05x²).
func courseSweep() (f *Function, lrs, epochs []float64) {
	return DampedSine(), Linspace(1e-10, 0.1, 50), Round(Linspace(10, 500, 40))
}

// separateRuns is the sweep SweepSteps replaces: one run per pair, with
// Sweep2, and the final x of each.
func separateRuns(t *testing.T, xs, steps []float64, run func(x float64, n int) (*Trace, error)) *Grid {
	t.Helper()
	g, err := Sweep2(xs, steps, func(x, n float64) (float64, error) {
		tr, err := run(x, int(n))
		if err != nil {
			return 0, err
		}
		return tr.Final()[0], nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSweepStepsMatchesSeparateRuns: SweepSteps gives, bit for bit, what a
// separate run for every pair gives: on the course's experiment (every run
// takes all its steps) and on sweeps whose longer runs stop early, by
// converging (GradTol), diverging (rates past the stability limit 2/f″ = 1/3
// of 3x² − 3x + 4, up to the bound) and leaving a region.
func TestSweepStepsMatchesSeparateRuns(t *testing.T) {
	f, lrs, epochs := courseSweep()
	q := Quadratic()
	cases := []struct {
		name   string
		xs, ys []float64
		run    func(x float64, n int) (*Trace, error)
		status Status // a status some run must end with, showing the case tests it
	}{
		{"course", lrs, epochs, func(lr float64, n int) (*Trace, error) {
			return Run(f, Pt(0), GD(lr), &Settings{Steps: n})
		}, StepLimit},
		{"converged", lrs, epochs, func(lr float64, n int) (*Trace, error) {
			return Run(f, Pt(0), GD(lr), &Settings{Steps: n, GradTol: 1e-6})
		}, Converged},
		{"diverged", Linspace(0.3, 0.4, 11), []float64{1, 5, 17, 60, 200, 1000}, func(lr float64, n int) (*Trace, error) {
			return Run(q, Pt(1.5), GD(lr), &Settings{Steps: n, Bound: 1e6})
		}, Diverged},
		{"left region", Linspace(0.01, 1, 7), []float64{3, 30, 300}, func(x0 float64, n int) (*Trace, error) {
			return Run(f, Pt(x0), GD(0.5), &Settings{Steps: n, Region: Box{{Min: -1, Max: 1}}})
		}, LeftRegion},
	}
	for _, c := range cases {
		got, err := SweepSteps(c.xs, c.ys, c.run, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		want := separateRuns(t, c.xs, c.ys, c.run)
		for i := range want.Values {
			if math.Float64bits(got.Values[i]) != math.Float64bits(want.Values[i]) {
				t.Errorf("%s: x = %g, %g steps: SweepSteps gives %v, a separate run %v", c.name, c.xs[i/len(c.ys)], c.ys[i%len(c.ys)], got.Values[i], want.Values[i])
			}
		}
		seen := false
		for _, x := range c.xs {
			tr, _ := c.run(x, int(c.ys[len(c.ys)-1]))
			seen = seen || tr.Status == c.status
		}
		if !seen {
			t.Errorf("%s: no run ends with %v", c.name, c.status)
		}
	}
}

func TestSweepStepsErrors(t *testing.T) {
	f := DampedSine()
	run := func(lr float64, n int) (*Trace, error) { return Run(f, Pt(0), GD(lr), &Settings{Steps: n}) }
	for _, c := range []struct {
		xs, steps []float64
		run       func(float64, int) (*Trace, error)
		want      string
	}{
		{nil, []float64{1}, run, "xs is empty"},
		{[]float64{0.1}, nil, run, "steps is empty"},
		{[]float64{0.1}, []float64{10, math.NaN()}, run, "steps[1] = NaN"},
		{[]float64{0.1}, []float64{10, 0}, run, "steps[1] = 0: want a whole number of steps from 1 to"},
		{[]float64{0.1}, []float64{2.5}, run, "steps[0] = 2.5"},
		{[]float64{0.1}, []float64{2e8}, run, "steps[0] = 2e+08"},
		{[]float64{0.1}, []float64{10}, nil, "run is nil"},
		{[]float64{0.1, -1}, []float64{10}, run, "gdlib: SweepSteps: xs[1] = -1: learning rate lr = -1"},
		{[]float64{0.1}, []float64{10, 20}, func(lr float64, n int) (*Trace, error) { return run(lr, 10) },
			"run(0.1, 20) took 10 steps and stopped at its step limit"},
		{[]float64{0.1}, []float64{10}, func(float64, int) (*Trace, error) { return nil, nil }, "no trace and no error"},
		{[]float64{0.1}, []float64{10}, func(float64, int) (*Trace, error) { panic("boom") }, "xs[0] = 0.1: panic: boom"},
	} {
		_, err := SweepSteps(c.xs, c.steps, c.run, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("SweepSteps(%v, %v): error %v, want one containing %q", c.xs, c.steps, err, c.want)
		} else if n := strings.Count(err.Error(), "gdlib:"); n != 1 {
			t.Errorf("SweepSteps(%v, %v): error %q says gdlib: %d times, want once", c.xs, c.steps, err, n)
		}
	}
}

// TestSweepStepsCancelled: a sweep cancelled before it starts returns the
// context's error and a grid of NaN.
func TestSweepStepsCancelled(t *testing.T) {
	f, lrs, epochs := courseSweep()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	g, err := SweepSteps(lrs, epochs, func(lr float64, n int) (*Trace, error) {
		return Run(f, Pt(0), GD(lr), &Settings{Steps: n, Context: ctx})
	}, &Settings{Context: ctx})
	if err != context.Canceled {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if g == nil || len(g.Values) != len(lrs)*len(epochs) {
		t.Fatal("no grid of the sweep's size")
	}
	for i, v := range g.Values {
		if !math.IsNaN(v) {
			t.Fatalf("Values[%d] = %v, want NaN: the cell was not computed", i, v)
		}
	}
}

// numpySweep runs gdlib/testdata/sweep_numpy.py (the course's experiment in
// NumPy, the 500 steps run once for all rates) and returns its median CPU
// time in ms and its 50 × 40 final x values. It needs /usr/bin/python3
// with NumPy (Debian's python3-numpy).
func numpySweep(tb testing.TB, repeat int) (ms float64, values []float64) {
	tb.Helper()
	out, err := exec.Command("/usr/bin/python3", "testdata/sweep_numpy.py", strconv.Itoa(repeat)).CombinedOutput()
	if err != nil {
		tb.Fatalf("sweep_numpy.py (needs /usr/bin/python3 and python3-numpy): %v\n%s", err, out)
	}
	fields := strings.Fields(string(out))
	nums := make([]float64, len(fields))
	for i, s := range fields {
		if nums[i], err = strconv.ParseFloat(s, 64); err != nil {
			tb.Fatalf("sweep_numpy.py printed %q", s)
		}
	}
	if len(nums) != 1+50*40 {
		tb.Fatalf("sweep_numpy.py printed %d numbers, want 1 + 50 × 40", len(nums))
	}
	return nums[0], nums[1:]
}

// TestSweepStepsMatchesNumpy: the course's sweep agrees with NumPy's to
// 1e−12 (NumPy's sin, cos and exp are not Go's to the last bit; each step
// of GD contracts towards the minimum, so the difference stays at rounding
// level).
func TestSweepStepsMatchesNumpy(t *testing.T) {
	f, lrs, epochs := courseSweep()
	g, err := SweepSteps(lrs, epochs, func(lr float64, n int) (*Trace, error) {
		return Run(f, Pt(0), GD(lr), &Settings{Steps: n})
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, want := numpySweep(t, 1)
	for i, w := range want {
		if math.Abs(g.Values[i]-w) > 1e-12 {
			t.Errorf("lr %g, %g steps: x = %.17g, NumPy %.17g", lrs[i/40], epochs[i%40], g.Values[i], w)
		}
	}
}

// BenchmarkSweepSteps is the course's learning-rate × epochs experiment
// with SweepSteps: 50 runs of 500 steps instead of the 2000 runs of
// BenchmarkSweepLREpochs. It reports the CPU time per sweep (cpu-ms/op,
// summed over the cores), NumPy's CPU time for the same sweep measured in
// the same session (numpy-ms: gdlib/testdata/sweep_numpy.py, median of 21;
// NumPy uses one core) and their ratio (x-numpy, below 1 when gdlib does
// the sweep in less CPU time than NumPy). CPU time is compared, not wall
// time, because on a machine shared with other work wall time measures the
// other work too; with free cores the sweep's wall time is its CPU time
// divided by the cores it uses.
func BenchmarkSweepSteps(b *testing.B) {
	f, lrs, epochs := courseSweep()
	run := func(lr float64, n int) (*Trace, error) { return Run(f, Pt(0), GD(lr), &Settings{Steps: n}) }
	npMS, _ := numpySweep(b, 21)
	b.ReportAllocs()
	cpu := cpuNanos()
	b.ResetTimer()
	for b.Loop() {
		if _, err := SweepSteps(lrs, epochs, run, nil); err != nil {
			b.Fatal(err)
		}
	}
	ms := (cpuNanos() - cpu) / float64(b.N) / 1e6
	b.ReportMetric(ms, "cpu-ms/op")
	b.ReportMetric(npMS, "numpy-ms")
	b.ReportMetric(ms/npMS, "x-numpy")
}

// The course's learning rate × epochs experiment, reading the 40 epoch
// counts off one run of 500 steps per rate.
func ExampleSweepSteps() {
	f := DampedSine()
	lrs, epochs := Linspace(1e-10, 0.1, 50), Round(Linspace(10, 500, 40))
	g, err := SweepSteps(lrs, epochs, func(lr float64, n int) (*Trace, error) {
		return Run(f, Pt(0), GD(lr), &Settings{Steps: n})
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("lr %.4g, %v epochs: x = %.4g\n", g.X(0), g.Y(0), g.Z(0, 0))
	fmt.Printf("lr %.4g, %v epochs: x = %.4g\n", g.X(49), g.Y(39), g.Z(49, 39))
	// Output:
	// lr 1e-10, 10 epochs: x = -1e-09
	// lr 0.1, 500 epochs: x = -1.429
}
