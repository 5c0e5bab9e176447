package gdlib

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestNew1Quadratic: for the course's f(x) = 3x² − 3x + 4, f′(x) = 6x − 3 and
// f″ = 6 (differentiate by hand). Both are exact in float64 at these
// points (small integers and halves), so equality is exact.
func TestNew1Quadratic(t *testing.T) {
	f := New1("quadratic", `3x^2-3x+4`, func(x Num) Num { return x.Square().Scale(3).Sub(x.Scale(3)).AddConst(4) })
	for _, x := range []float64{-2, -0.5, 0, 0.5, 1, 2} {
		if got, want := f.At(x), 3*x*x-3*x+4; got != want {
			t.Errorf("f(%g) = %v, want %v", x, got, want)
		}
		if got, want := f.Deriv(x), 6*x-3; got != want {
			t.Errorf("f′(%g) = %v, want %v", x, got, want)
		}
		if got := f.Deriv2(x); got != 6 {
			t.Errorf("f″(%g) = %v, want 6", x, got)
		}
	}
}

// TestNew2Bowl: the course lab's ∇(x² + y²) at (2, 3) = (4, 6); its Hessian is
// 2I everywhere.
func TestNew2Bowl(t *testing.T) {
	f := New2("bowl", `x^2+y^2`, func(x, y Num) Num { return x.Square().Add(y.Square()) })
	if g := f.Gradient(2, 3); g[0] != 4 || g[1] != 6 {
		t.Errorf("∇f(2, 3) = %v, want (4, 6)", g)
	}
	h := mat.NewSymDense(2, nil)
	f.Hess(h, []float64{2, 3})
	if !mat.Equal(h, mat.NewSymDense(2, []float64{2, 0, 0, 2})) {
		t.Errorf("Hessian = %v, want 2I", mat.Formatted(h))
	}
}

// TestNew2MixedHessian: f = x²y³ has ∂f/∂x = 2xy³, ∂f/∂y = 3x²y²,
// ∂²f/∂x² = 2y³, ∂²f/∂x∂y = 6xy², ∂²f/∂y² = 6x²y; at (1.5, −2) these
// are exact in float64.
func TestNew2MixedHessian(t *testing.T) {
	f := New2("x²y³", ``, func(x, y Num) Num { return x.Square().Mul(Pow(y, 3)) })
	x, y := 1.5, -2.0
	if g := f.Gradient(x, y); g[0] != 2*x*y*y*y || g[1] != 3*x*x*y*y {
		t.Errorf("∇f = %v", g)
	}
	h := mat.NewSymDense(2, nil)
	f.Hess(h, []float64{x, y})
	want := mat.NewSymDense(2, []float64{2 * y * y * y, 6 * x * y * y, 6 * x * y * y, 6 * x * x * y})
	if !mat.Equal(h, want) {
		t.Errorf("Hessian = %v, want %v", mat.Formatted(h), mat.Formatted(want))
	}
}

// nRosenbrockAD is the n-D Rosenbrock function written with Num, for the
// NewN tests: Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)².
func nRosenbrockAD(x []Num) Num {
	s := C(0)
	for i := 0; i+1 < len(x); i++ {
		a := x[i+1].Sub(x[i].Square())
		b := C(1).Sub(x[i])
		s = s.Add(a.Square().Scale(100)).Add(b.Square())
	}
	return s
}

// TestNewNRosenbrock compares NewN's gradient and Hessian in 5 and 6
// variables (odd and even: the gradient seeds two partials per
// evaluation) with the hand-derived ones of rosenbrockNGrad and
// rosenbrockNHess, term by term the same arithmetic up to reassociation:
// 1e-12 relative.
func TestNewNRosenbrock(t *testing.T) {
	for _, n := range []int{1, 2, 5, 6} {
		f := NewN("rosenbrock", ``, n, nRosenbrockAD)
		x := make([]float64, n)
		for i := range x {
			x[i] = 0.3*float64(i) - 0.7
		}
		g := make([]float64, n)
		f.Grad(g, x)
		want := make([]float64, n)
		rosenbrockNGrad(want, x)
		for i := range g {
			if math.Abs(g[i]-want[i]) > 1e-12*math.Max(1, math.Abs(want[i])) {
				t.Errorf("n=%d: ∂f/∂x%d = %.17g, want %.17g", n, i, g[i], want[i])
			}
		}
		h := mat.NewSymDense(n, nil)
		f.Hess(h, x)
		wh := mat.NewSymDense(n, nil)
		rosenbrockNHess(wh, x)
		if !mat.EqualApprox(h, wh, 1e-12) {
			t.Errorf("n=%d: Hessian\n%v\nwant\n%v", n, mat.Formatted(h), mat.Formatted(wh))
		}
	}
}

func TestNewGradAllocatesNothing(t *testing.T) {
	f1 := New1("", ``, func(x Num) Num { return Sin(x).Mul(Exp(x.Square().Scale(-0.05))) })
	f2 := New2("", ``, func(x, y Num) Num { return Sin(x).Mul(Exp(y)) })
	fn := NewN("", ``, 4, nRosenbrockAD)
	h := mat.NewSymDense(2, nil)
	g := make([]float64, 4)
	x := []float64{0.1, 0.2, 0.3, 0.4}
	fn.Grad(g, x) // fill the pool
	for name, fun := range map[string]func(){
		"New1 Grad": func() { f1.Grad(g[:1], x[:1]) },
		"New2 Grad": func() { f2.Grad(g[:2], x[:2]) },
		"New2 Hess": func() { f2.Hess(h, x[:2]) },
		"NewN Grad": func() { fn.Grad(g, x) },
	} {
		if n := testing.AllocsPerRun(100, fun); n != 0 {
			t.Errorf("%s allocates %v times per call, want 0", name, n)
		}
	}
}

func TestNewPanicsOnMisuse(t *testing.T) {
	for name, fun := range map[string]func(){
		"New1 nil":  func() { New1("a", ``, nil) },
		"New2 nil":  func() { New2("a", ``, nil) },
		"NewN dim0": func() { NewN("a", ``, 0, nRosenbrockAD) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			fun()
		}()
	}
}

// TestFunctionsConcurrent: a Function made by NewN or Formula is used by
// many runs at once (the experiments run on all cores); each goroutine must
// get its own results. Run with -race to check for shared state.
func TestFunctionsConcurrent(t *testing.T) {
	fs := []*Function{NewN("", ``, 5, nRosenbrockAD), MustFormula("", "x1^2 + sin(x2) x3 + ln(x4) + x5"), MustFormula("peaks", peaksFormula)}
	for _, f := range fs {
		done := make(chan error, 4)
		for w := 0; w < 4; w++ {
			go func(w int) {
				x := make([]float64, f.Dim)
				g, want := make([]float64, f.Dim), make([]float64, f.Dim)
				h := mat.NewSymDense(f.Dim, nil)
				for k := 0; k < 200; k++ {
					for i := range x {
						x[i] = 0.5 + 0.01*float64(w*1000+k+i)
					}
					f.Grad(g, x)
					f.Hess(h, x)
					f.Grad(want, x)
					for i := range g {
						if g[i] != want[i] {
							done <- fmt.Errorf("%s: goroutine %d got %v then %v at %v", f.Name, w, g, want, x)
							return
						}
					}
				}
				done <- nil
			}(w)
		}
		for w := 0; w < 4; w++ {
			if err := <-done; err != nil {
				t.Error(err)
			}
		}
	}
}
