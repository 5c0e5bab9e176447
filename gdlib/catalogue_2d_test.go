package gdlib

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

// TestPeaksGradAgainstFD compares the hand-written gradient of Peaks with
// gonum's central differences (fd.Central, fd's default step h = 6e-6) on
// a grid over its domain. Central differences err by h²/6·|f‴| ≈
// 6e-12·100 plus rounding ε·|f|/h ≈ 4e-11·8: 1e-7 absolute is a safe
// bound there.
func TestPeaksGradAgainstFD(t *testing.T) {
	f := Peaks()
	for x := -3.0; x <= 3; x += 0.5 {
		for y := -3.0; y <= 3; y += 0.5 {
			p := []float64{x, y}
			want := fd.Gradient(nil, f.Func, p, &fd.Settings{Formula: fd.Central})
			got := f.Gradient(x, y)
			for i := range got {
				if math.Abs(got[i]-want[i]) > 1e-7 {
					t.Errorf("∇peaks(%g, %g)[%d] = %.10g, finite differences %.10g", x, y, i, got[i], want[i])
				}
			}
		}
	}
}

// TestPeaksMinimaAreStationary: at each listed minimum the gradient is zero
// to rounding (|∂f| ≤ 1e-13: f's terms are O(10), so rounding leaves
// ~10·ε·a few ≈ 1e-14) and f matches the listed value.
func TestPeaksMinimaAreStationary(t *testing.T) {
	f := Peaks()
	for _, m := range f.Minima {
		g := f.Gradient(m.X...)
		if math.Abs(g[0]) > 1e-13 || math.Abs(g[1]) > 1e-13 {
			t.Errorf("∇peaks%v = %v, want 0", m.X, g)
		}
		if v := f.Func(m.X); math.Abs(v-m.F) > 1e-14 {
			t.Errorf("peaks%v = %.17g, listed %.17g", m.X, v, m.F)
		}
	}
}

// sinkG keeps the benchmarks' results alive.
var sinkG [2]float64

// BenchmarkPeaksGradHandVsAD measures one evaluation of ∇peaks: hand-written (three
// exponentials shared by both partials), by automatic differentiation of
// the Num form (New2: one hyperdual evaluation), and through Formula (the
// same, interpreted). Points cycle over a small grid of the domain so that
// the exponentials see varied arguments.
func BenchmarkPeaksGradHandVsAD(b *testing.B) {
	var pts [64][2]float64
	for i := range pts {
		pts[i] = [2]float64{-2.5 + 5*float64(i%8)/7, -2.5 + 5*float64(i/8)/7}
	}
	for _, c := range []struct {
		name string
		f    *Function
	}{
		{"hand", Peaks()},
		{"AD", New2("peaks", ``, peaksNum)},
		{"Formula", MustFormula("peaks", peaksFormula)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			g := make([]float64, 2)
			x := make([]float64, 2)
			i := 0
			for b.Loop() {
				x[0], x[1] = pts[i&63][0], pts[i&63][1]
				c.f.Grad(g, x)
				i++
			}
			sinkG[0], sinkG[1] = g[0], g[1]
		})
	}
}
