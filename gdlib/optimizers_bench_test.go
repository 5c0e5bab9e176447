package gdlib

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// BenchmarkUpdate measures one step's update (the gradient turned into the
// step, without evaluating f or ∇f) of every optimizer in one and two
// dimensions. GD is the reference: report the others as ratios to it.
// The first-order updates allocate nothing (TestOptimizersAllocateNothingPerStep).
// Newton's includes its Hessian, an f evaluation per try and a Cholesky
// factorisation; in 2-D on peaks the Hessian is by finite differences.
func BenchmarkUpdate(b *testing.B) {
	bowl2 := NewFunction("bowl", 2,
		func(x []float64) float64 { return (3*x[0]*x[0]+2*x[0]*x[1]+2*x[1]*x[1])/2 - x[0] - x[1] },
		func(g, x []float64) { g[0], g[1] = 3*x[0]+x[1]-1, x[0]+2*x[1]-1 },
		func(dst *mat.SymDense, _ []float64) { dst.SetSym(0, 0, 3); dst.SetSym(0, 1, 1); dst.SetSym(1, 1, 2) })
	type problem struct {
		name string
		f    Objective
		x    Point
	}
	problems := map[int][]problem{
		1: {{"", expLog(true), Pt(1.6)}},
		2: {{"", bowl2, Pt(5, -7)}},
	}
	opts := firstOrder()
	for _, dim := range []int{1, 2} {
		for _, p := range problems[dim] {
			for _, opt := range opts {
				benchUpdate(b, fmt.Sprintf("%s/%dD", opt.Name(), dim), opt, p.f, p.x)
			}
			benchUpdate(b, fmt.Sprintf("Newton/%dD", dim), Newton(), p.f, p.x)
		}
	}
	benchUpdate(b, "Newton/2D-finite-differences", Newton(), Peaks(), Pt(0.5, -1.2))
}

func benchUpdate(b *testing.B, name string, opt Transform, f Objective, x Point) {
	b.Run(name, func(b *testing.B) {
		dim := len(x)
		g := make([]float64, dim)
		f.Grad(g, x)
		u := make([]float64, dim)
		up := opt.Init(dim)
		st := &State{X: x, Grad: g, F: f}
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			copy(u, g)
			st.Step = i
			up(u, st)
		}
	})
}
