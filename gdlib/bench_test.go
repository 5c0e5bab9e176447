package gdlib

import (
	"math"
	"testing"
)

// BenchmarkBasinsPeaks is the basins benchmark and the twin of the NumPy
// reference script gdlib/testdata/basins_numpy.py: peaks, plain GD, lr 0.01, 100 steps, from
// each of 1000 × 1000 starts on [−2.5, 2.5]² — 10⁸ gradient evaluations.
// It reports wall-clock ns per gradient evaluation (ns/grad) and CPU ns
// per gradient summed over the cores (cpu-ns/grad, less disturbed by other
// processes on a shared machine).
func BenchmarkBasinsPeaks(b *testing.B) {
	f := Peaks()
	box := Box{{-2.5, 2.5}, {-2.5, 2.5}}
	set := &Settings{Steps: 100}
	b.ReportAllocs()
	cpu := cpuNanos()
	for b.Loop() {
		if _, err := Basins(f, box, 1000, 1000, GD(0.01), set, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e8, "ns/grad")
	b.ReportMetric((cpuNanos()-cpu)/float64(b.N)/1e8, "cpu-ns/grad")
}

// BenchmarkSweepLREpochs is the course's learning-rate × epochs
// experiment: 50 learning rates
// linspace(1e−10, 0.1, 50) × 40 epoch counts round(linspace(10, 500, 40)),
// GD from x = 0 on sin(x)·e^(−0.05x²), the final x of each run.
func BenchmarkSweepLREpochs(b *testing.B) {
	f := DampedSine()
	lrs, epochs := Linspace(1e-10, 0.1, 50), Round(Linspace(10, 500, 40))
	b.ReportAllocs()
	for b.Loop() {
		_, err := Sweep2(lrs, epochs, func(lr, ep float64) (float64, error) {
			t, err := Run(f, Pt(0), GD(lr), &Settings{Steps: int(ep)})
			if err != nil {
				return 0, err
			}
			return t.Final()[0], nil
		}, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRun2D is one 1000-step run of GD on peaks, recording every
// iterate. Its allocations are those of the Trace, made once: none per
// step (TestRunAllocatesNothingPerStep checks it).
func BenchmarkRun2D(b *testing.B) {
	f := Peaks()
	set := &Settings{Steps: 1000}
	b.ReportAllocs()
	for b.Loop() {
		MustRun(f, Pt(0, 1.4), GD(0.01), set)
	}
}

// The two benchmarks below measure the host's limit for the basins
// work: a gradient of peaks costs three exponentials and a few dozen flops.

var benchSink float64

// BenchmarkMathExp is one math.Exp, on arguments like peaks' exponents
// (−x² − y² for |x|, |y| ≤ 2.5: from −12.5 to 0), chained so that each call
// waits for the one before (latency, as in the GD loop, where each step
// needs the last).
func BenchmarkMathExp(b *testing.B) {
	x := -0.5
	for b.Loop() {
		x = -math.Exp(x) * 3
	}
	benchSink = x
}

// BenchmarkMathExpThroughput is math.Exp when calls do not wait for one
// another, as in Basins' lanes: eight independent exponentials per
// iteration. It reports ns per exponential.
func BenchmarkMathExpThroughput(b *testing.B) {
	var x [8]float64
	for i := range x {
		x[i] = -0.1 * float64(i+1)
	}
	var s float64
	cpu := cpuNanos()
	for b.Loop() {
		for i := range x {
			s += math.Exp(x[i])
		}
		x[0] -= 1e-12
	}
	benchSink = s
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/8, "ns/exp")
	b.ReportMetric((cpuNanos()-cpu)/float64(b.N)/8, "cpu-ns/exp")
}

// BenchmarkFlops is the host's scalar floating-point throughput:
// sixteen independent multiply-add chains (32 flops) per iteration, as the
// arithmetic of independent runs could overlap at best. It reports ns per
// flop.
func BenchmarkFlops(b *testing.B) {
	var a [16]float64
	for i := range a {
		a[i] = float64(i)
	}
	cpu := cpuNanos()
	for b.Loop() {
		for i := range a {
			a[i] = a[i]*0.999999 + 1e-9
		}
	}
	for _, v := range a {
		benchSink += v
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/32, "ns/flop")
	b.ReportMetric((cpuNanos()-cpu)/float64(b.N)/32, "cpu-ns/flop")
}

// BenchmarkPeaksGradChained is one hand-written gradient of peaks, ∇f(x, y), with
// each point depending on the last gradient (a GD step), as in Basins.
func BenchmarkPeaksGradChained(b *testing.B) {
	x, y := 0.3, -1.2
	cpu := cpuNanos()
	for b.Loop() {
		dx, dy := peaksGrad(x, y)
		x, y = x-0.01*dx, y-0.01*dy
	}
	benchSink = x + y
	b.ReportMetric((cpuNanos()-cpu)/float64(b.N), "cpu-ns/grad")
}
