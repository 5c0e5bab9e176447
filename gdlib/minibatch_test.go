package gdlib

import (
	"math"
	"slices"
	"testing"
)

// Every epoch visits every example exactly once, whatever n and the
// batch size, and two epochs visit them in different orders.
func TestBatchesCoverEachEpoch(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 50, 64, 65, 200} {
		d := NoisyLine(max(n, 2), Range{0, 1}, 1, 0, 0.1, 1)
		d.X, d.Y = d.X[:n], d.Y[:n]
		for _, size := range []int{1, 3, 16, n} {
			if size > n {
				continue
			}
			b := MSE(d).Minibatch(size, 7)
			spe := b.StepsPerEpoch()
			if want := (n + size - 1) / size; spe != want {
				t.Fatalf("n = %d, size %d: StepsPerEpoch %d, want %d", n, size, spe, want)
			}
			var orders [][]int
			for e := 0; e < 3; e++ {
				var seen []int
				for s := 0; s < spe; s++ {
					seen = b.Batch(e*spe+s, seen)
				}
				orders = append(orders, slices.Clone(seen))
				slices.Sort(seen)
				for i, v := range seen {
					if v != i {
						t.Fatalf("n = %d, size %d, epoch %d: examples %v, want each of 0…%d once", n, size, e, seen, n-1)
					}
				}
			}
			if n >= 7 && slices.Equal(orders[0], orders[1]) {
				t.Errorf("n = %d, size %d: epochs 0 and 1 visit the examples in the same order", n, size)
			}
		}
	}
}

// The order of an epoch is uniform: over E = 4000 epochs of n examples,
// each example lands in each position about E/n times. Each cell's count
// is Binomial(E, 1/n), so Pearson's sum over the n² cells has mean
// n²(1 − 1/n) = n(n − 1); the rows and columns each sum to E, which
// leaves (n − 1)² degrees of freedom, so (n − 1)/n·χ² follows the χ²
// distribution with (n − 1)² of them. It stays below that distribution's
// 0.999 quantile (from tables): 18.47 for 4 degrees of freedom, 39.25 for
// 16, 85.35 for 49.
func TestBatchOrderIsUniform(t *testing.T) {
	for _, c := range []struct {
		n     int
		limit float64
	}{{3, 18.47}, {5, 39.25}, {8, 85.35}} {
		for seed := uint64(1); seed <= 3; seed++ {
			d := NoisyLine(c.n, Range{0, 1}, 1, 0, 0.1, 1)
			b := MSE(d).Minibatch(c.n, seed)
			count := make([]float64, c.n*c.n)
			const epochs = 4000
			for e := 0; e < epochs; e++ {
				for pos, i := range b.Batch(e, nil) {
					count[i*c.n+pos]++
				}
			}
			var chi2 float64
			want := float64(epochs) / float64(c.n)
			for _, k := range count {
				chi2 += (k - want) * (k - want) / want
			}
			chi2 *= float64(c.n-1) / float64(c.n)
			if chi2 > c.limit {
				t.Errorf("n = %d, seed %d: χ² = %.1f > %.2f: the order is not uniform", c.n, seed, chi2, c.limit)
			}
		}
	}
}

// StepGrad is the mean of the examples' gradients over its batch: with
// the whole data as one batch it is Grad, and averaged over the batches
// of one epoch (equal sizes) it is Grad too.
func TestStepGradIsBatchMean(t *testing.T) {
	d := TwoClouds(48, 2, 1, 3)
	l := CrossEntropy(d)
	x := Pt(0.3, -0.2, 0.1)
	full := make([]float64, 3)
	l.Grad(full, x)
	g := make([]float64, 3)
	l.Minibatch(48, 5).StepGrad(3, g, x)
	mean := make([]float64, 3)
	b := l.Minibatch(12, 5)
	for s := 0; s < 4; s++ {
		b.StepGrad(8+s, g, x) // epoch 2
		for i := range mean {
			mean[i] += g[i] / 4
		}
	}
	l.Minibatch(48, 5).StepGrad(3, g, x)
	for i := range full {
		if math.Abs(g[i]-full[i]) > 1e-15 || math.Abs(mean[i]-full[i]) > 1e-15 {
			t.Errorf("coordinate %d: full batch %v, one batch of all %v, mean of an epoch's batches %v", i, full[i], g[i], mean[i])
		}
	}
}

// The same seed gives the same run, bit for bit, with any optimizer;
// another seed gives another run; the run's F is the full-data loss.
func TestMinibatchRunIsReproducible(t *testing.T) {
	d, _ := NoisyLine(50, Range{0, 10}, 0.5, 2, 0.5, 1).Standardize()
	l := MSE(d)
	for _, opt := range []Transform{GD(0.1), Momentum(0.05, 0.9), Adam(0.05)} {
		b := l.Minibatch(4, 42)
		set := &Settings{Steps: 20 * b.StepsPerEpoch()}
		r1, r2 := MustRun(b, Pt(-2, -2), opt, set), MustRun(l.Minibatch(4, 42), Pt(-2, -2), opt, set)
		r3 := MustRun(l.Minibatch(4, 43), Pt(-2, -2), opt, set)
		if !slices.Equal(r1.xs, r2.xs) || !slices.Equal(r1.F, r2.F) || !slices.Equal(r1.gs, r2.gs) {
			t.Errorf("%s: two runs with seed 42 differ", opt.Name())
		}
		if slices.Equal(r1.xs, r3.xs) {
			t.Errorf("%s: seeds 42 and 43 give the same run", opt.Name())
		}
		if f := l.Func(r1.X(7)); f != r1.F[7] {
			t.Errorf("%s: F[7] = %v, the full-data loss there is %v", opt.Name(), r1.F[7], f)
		}
		if r1.FinalF() > 0.2 {
			t.Errorf("%s: %v, want the loss near its minimum 0.124", opt.Name(), r1)
		}
		if e := b.Epochs(r1); len(e) != 21 || e[20] != r1.FinalF() || e[1] != r1.F[b.StepsPerEpoch()] {
			t.Errorf("Epochs: %d values, want 21 ending with the final loss", len(e))
		}
	}
}

// A mini-batch step allocates nothing: StepGrad and Func not at all, and
// a whole run as much for 10 epochs as for 1 (the trace is allocated once,
// at its full size).
func TestMinibatchAllocations(t *testing.T) {
	l := CrossEntropy(TwoClouds(200, 2, 1, 3))
	b := l.Minibatch(16, 1)
	x, g := []float64{0.1, 0.2, 0.3}, make([]float64, 3)
	k := 0
	if a := testing.AllocsPerRun(100, func() { b.StepGrad(k, g, x); b.Func(x); k++ }); a != 0 {
		t.Errorf("StepGrad + Func: %v allocations, want 0", a)
	}
	runAllocs := func(epochs int) float64 {
		set := &Settings{Steps: epochs * b.StepsPerEpoch()}
		return testing.AllocsPerRun(5, func() { MustRun(b, Pt(0, 0, 0), Adam(0.05), set) })
	}
	if one, ten := runAllocs(1), runAllocs(10); one != ten {
		t.Errorf("a run of 1 epoch allocates %v times, of 10 epochs %v: steps allocate", one, ten)
	}
}

// BenchmarkMinibatchEpoch runs one epoch of mini-batch gradient descent
// (batch 16, GD) on the 200 examples of the two clouds: 13 steps, each
// a batch gradient and the full-data loss, plus the run's set-up.
func BenchmarkMinibatchEpoch(b *testing.B) {
	l := CrossEntropy(TwoClouds(200, 2, 1, 3))
	mb := l.Minibatch(16, 1)
	set := &Settings{Steps: mb.StepsPerEpoch()}
	b.ReportAllocs()
	for b.Loop() {
		MustRun(mb, Pt(0, 0, 0), GD(0.5), set)
	}
}

// BenchmarkMinibatchStep is one step's work on the objective: the
// gradient over a batch of 16 and the loss over all 200 examples.
func BenchmarkMinibatchStep(b *testing.B) {
	l := CrossEntropy(TwoClouds(200, 2, 1, 3))
	mb := l.Minibatch(16, 1)
	x, g := []float64{0.1, 0.2, 0.3}, make([]float64, 3)
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		mb.StepGrad(k, g, x)
		mb.Func(x)
		k++
	}
}
