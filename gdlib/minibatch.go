package gdlib

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"sync"
)

// Batches is the objective of stochastic and mini-batch gradient descent:
// a Loss whose gradient at each step is taken over a batch of Size
// examples instead of all of them. Make one with Loss.Minibatch.
//
// Each epoch visits every example once, in a random order (a Fisher–Yates
// shuffle drawn from the seed and the epoch); step k takes the examples at positions
// [s·Size, (s+1)·Size) of that order, where s = k mod StepsPerEpoch (the
// last batch of an epoch is smaller when Size does not divide n). So
//
//	steps = epochs × StepsPerEpoch,  StepsPerEpoch = ⌈n/Size⌉
//
// Size 1 is stochastic gradient descent (n steps an epoch); Size n is
// full-batch gradient descent (one step an epoch).
//
// Run asks the objective for the gradient of each step with StepGrad (see
// StepGradient), so every optimizer — GD, Momentum, Adam, with any
// schedule — runs on mini-batches unchanged. Func is the loss over all
// the examples, so a run's F records the full-data loss at every iterate,
// and Epochs picks it at the end of each epoch. The batch of step k is a
// function of (Seed, k) alone: the same seed gives the same run, bit for
// bit, and a *Batches holds no state, so runs in parallel can share it.
type Batches struct {
	Loss *Loss
	Size int
	Seed uint64
}

var (
	_ Objective    = (*Batches)(nil)
	_ StepGradient = (*Batches)(nil)
)

// Minibatch returns l with gradients over batches of size examples, in an
// order drawn from seed. Run returns an error if size is not between 1
// and the number of examples.
func (l *Loss) Minibatch(size int, seed uint64) *Batches {
	return &Batches{Loss: l, Size: size, Seed: seed}
}

// StepsPerEpoch returns ⌈n/Size⌉, the number of steps that visit every
// example once (0 if Size < 1 or there is no loss or data).
func (b *Batches) StepsPerEpoch() int {
	if b.Size < 1 || b.Loss == nil || b.Loss.Data == nil {
		return 0
	}
	n := b.Loss.Data.Len()
	return (n + b.Size - 1) / b.Size
}

// Func returns the loss over every example.
func (b *Batches) Func(x []float64) float64 { return b.Loss.Func(x) }

// Grad writes the gradient over every example into grad: the full-batch
// gradient, for callers that take no steps. Run uses StepGrad.
func (b *Batches) Grad(grad, x []float64) { b.Loss.Grad(grad, x) }

// StepGrad writes into grad the gradient at x over the batch of step
// k: the mean of ℓ′(zᵢ, yᵢ)·(aᵢ, 1) over its examples. Finding the batch
// takes O(n) (the epoch's order is drawn again, up to the batch), as
// much as the loss over every example that a run computes at each step;
// it allocates nothing in the steady state.
func (b *Batches) StepGrad(k int, grad, x []float64) {
	clear(grad)
	lo, hi, p := b.batch(k)
	for _, i := range (*p)[lo:hi] {
		b.Loss.addGrad(grad, x, i)
	}
	scale(grad, 1/float64(hi-lo))
	orders.Put(p)
}

// Batch appends the examples of step k's batch to dst and returns it. It
// panics, naming the value, if k < 0 or b cannot make batches (see
// CheckPoint).
func (b *Batches) Batch(k int, dst []int) []int {
	if k < 0 {
		panic(fmt.Sprintf("gdlib: Batches.Batch: step k = %d, want ≥ 0", k))
	}
	if err := b.usable(); err != nil {
		panic(err.Error())
	}
	lo, hi, p := b.batch(k)
	dst = append(dst, (*p)[lo:hi]...)
	orders.Put(p)
	return dst
}

// batch returns step k's batch: the positions [lo, hi) of its epoch's
// order p, a buffer from orders to put back. The order of epoch e is
// drawn with the key mix64(Seed ^ mix64(e + φ·2⁶⁴)), so each (seed, epoch)
// gets its own stream.
func (b *Batches) batch(k int) (lo, hi int, p *[]int) {
	spe := b.StepsPerEpoch()
	n := b.Loss.Data.Len()
	epoch, s := k/spe, k%spe
	lo = s * b.Size
	hi = min(lo+b.Size, n)
	p, _ = orders.Get().(*[]int)
	if p == nil || cap(*p) < n {
		q := make([]int, n)
		p = &q
	}
	*p = (*p)[:n]
	order(*p, hi, mix64(b.Seed^mix64(uint64(epoch)+0x9e3779b97f4a7c15)))
	return lo, hi, p
}

// orders holds the buffers of the epochs' orders (*[]int), so that
// concurrent runs sharing a *Batches share no memory and a step allocates
// nothing in the steady state.
var orders sync.Pool

// usable returns why b cannot make batches: it has no loss, its loss was
// made with bad input, or Size is not between 1 and the number of examples.
func (b *Batches) usable() error {
	if b.Loss == nil {
		return fmt.Errorf("gdlib: the mini-batch objective has no loss")
	}
	if b.Loss.err != nil {
		return b.Loss.err
	}
	if n := b.Loss.Data.Len(); b.Size < 1 || b.Size > n {
		return fmt.Errorf("gdlib: batch size %d: want 1 ≤ size ≤ %d, the number of examples of %s", b.Size, n, b.Loss.Data.Name)
	}
	return nil
}

// CheckPoint returns the loss's error for x (see Loss.CheckPoint), or an
// error naming Size if it is not between 1 and the number of examples.
func (b *Batches) CheckPoint(param string, x []float64) error {
	if b.Loss == nil {
		return fmt.Errorf("gdlib: the mini-batch objective has no loss")
	}
	if err := b.Loss.CheckPoint(param, x); err != nil {
		return err
	}
	return b.usable()
}

// String names the objective, e.g. "MSE on noisy line, batch 16".
func (b *Batches) String() string {
	if b.Loss == nil {
		return "mini-batch objective without a loss"
	}
	return fmt.Sprintf("%s, batch %d", b.Loss.Name, b.Size)
}

// Epochs returns run t's full-data loss at the start and at the end of
// every epoch it completed: element e is t.F at iterate e·StepsPerEpoch.
func (b *Batches) Epochs(t *Trace) ByEpoch {
	spe := b.StepsPerEpoch()
	if spe == 0 {
		return nil
	}
	var v ByEpoch
	for i := 0; i < t.Len(); i += spe {
		v = append(v, t.F[i])
	}
	return v
}

// ByEpoch is a value per epoch (element 0 before the first one). It has
// the method set of gonum/plot's XYer, XY(e) = (e, v[e]), so it draws as a
// line against the epoch.
type ByEpoch []float64

// Len returns the number of values.
func (v ByEpoch) Len() int { return len(v) }

// XY returns (e, v[e]).
func (v ByEpoch) XY(e int) (x, y float64) { return float64(e), v[e] }

// order writes into p the first hi positions of the order of the examples
// in the epoch with key: a Fisher–Yates shuffle (Knuth, TAOCP vol. 2,
// Algorithm 3.4.2P, run forwards, so its first hi positions are those of
// the whole shuffle), drawn from math/rand/v2's PCG seeded with (key, 0);
// every order of the n examples is equally likely. p has n elements.
func order(p []int, hi int, key uint64) {
	for i := range p {
		p[i] = i
	}
	var src rand.PCG
	src.Seed(key, 0)
	n := uint64(len(p))
	for i := 0; i < hi; i++ {
		j := i + int(below(&src, n-uint64(i)))
		p[i], p[j] = p[j], p[i]
	}
}

// below returns a uniform integer in [0, m), m ≥ 1, by Lemire's
// multiply-and-reject ("Fast random integer generation in an interval",
// ACM TOMACS 2019).
func below(src *rand.PCG, m uint64) uint64 {
	hi, lo := bits.Mul64(src.Uint64(), m)
	if lo < m {
		thresh := -m % m
		for lo < thresh {
			hi, lo = bits.Mul64(src.Uint64(), m)
		}
	}
	return hi
}

// mix64 is SplitMix64's finaliser (Steele, Lea & Flood, "Fast splittable
// pseudorandom number generators", OOPSLA 2014): a bijection of uint64
// whose output bits each depend on every input bit.
func mix64(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
