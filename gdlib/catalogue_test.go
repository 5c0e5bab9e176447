package gdlib

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize"
)

// builtin pairs a built-in with its formula written with Num, so that the
// hand-written gradient can be compared with automatic differentiation.
type builtin struct {
	f  *Function
	ad *Function // the same formula through New1, New2 or NewN
}

func builtins() []builtin {
	rastriginAD := func(x []Num) Num {
		s := C(10 * float64(len(x)))
		for _, v := range x {
			s = s.Add(v.Square()).Sub(Cos(v.Scale(twoPi)).Scale(10))
		}
		return s
	}
	return []builtin{
		{Quadratic(), New1("", "", quadraticNum)},
		{TwoSines(), New1("", "", twoSinesNum)},
		{DampedSine(), New1("", "", dampedSineNum)},
		{ExpLog(), New1("", "", expLogNum)},
		{ExpLogSine(), New1("", "", expLogSineNum)},
		{Chirp(), New1("", "", chirpNum)},
		{Peaks(), New2("", "", peaksNum)},
		{Bowl(), New2("", "", bowlNum)},
		{Sauna(), New2("", "", saunaNum)},
		{ThreeBumps(), New2("", "", threeBumpsNum)},
		{Rosenbrock(), New2("", "", rosenbrockNum)},
		{Himmelblau(), New2("", "", himmelblauNum)},
		{Beale(), New2("", "", bealeNum)},
		{Ellipse(10), New2("", "", ellipseNum(10))},
		{Ellipse(1000), New2("", "", ellipseNum(1000))},
		{RosenbrockN(3), NewN("", "", 3, nRosenbrockAD)},
		{RosenbrockN(6), NewN("", "", 6, nRosenbrockAD)},
		{Rastrigin(2), NewN("", "", 2, rastriginAD)},
		{Rastrigin(5), NewN("", "", 5, rastriginAD)},
		{Plateau(), New1("", "", plateauNum)},
		{Cliff(), New1("", "", cliffNum)},
	}
}

// samplePoints returns k points per dimension spread over the box (inset
// by 3% so that finite differences stay inside), for up to 2 dimensions;
// in more, k points along the diagonal and k shifted off it.
func samplePoints(b Box, k int) []Point {
	at := func(r Range, i int) float64 {
		w := r.Width()
		return r.Min + 0.03*w + 0.94*w*float64(i)/float64(k-1)
	}
	var pts []Point
	switch len(b) {
	case 1:
		for i := 0; i < k; i++ {
			pts = append(pts, Pt(at(b[0], i)))
		}
	case 2:
		for i := 0; i < k; i++ {
			for j := 0; j < k; j++ {
				pts = append(pts, Pt(at(b[0], i), at(b[1], j)))
			}
		}
	default:
		for i := 0; i < k; i++ {
			p, q := make(Point, len(b)), make(Point, len(b))
			for d := range b {
				p[d] = at(b[d], i)
				q[d] = at(b[d], (i+d)%k)
			}
			pts = append(pts, p, q)
		}
	}
	return pts
}

func TestCatalogueDescribesEveryFunction(t *testing.T) {
	names := map[string]bool{}
	for _, f := range Catalogue() {
		if f.Name == "" || f.TeX == "" || f.Dim < 1 {
			t.Errorf("%q: empty Name or TeX, or Dim %d", f.Name, f.Dim)
		}
		if names[f.Name] {
			t.Errorf("two built-ins are named %q", f.Name)
		}
		names[f.Name] = true
		if err := f.Domain.validate("Domain", f.Dim); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if len(f.Minima) == 0 || !f.Minima[0].Global {
			t.Errorf("%s: Minima %v, want at least one, global first", f.Name, f.Minima)
		}
		if !f.HasHessian() {
			t.Errorf("%s has no Hessian", f.Name)
		}
		if f.ZRange != (Range{}) && !(f.ZRange.Min < f.ZRange.Max) {
			t.Errorf("%s: ZRange %v is inverted", f.Name, f.ZRange)
		}
	}
}

// TestCatalogueGradients: at 7 points per dimension over each Domain the
// hand-written gradient agrees with automatic differentiation (the same
// formula written with Num) to rounding — 1e-12 relative to the scale of
// f's terms (|∇f|, |f| and 1) — and with gonum's finite differences within
// CheckGradient's documented tolerance. The Hessian (from Num, or by hand
// for RosenbrockN and Rastrigin) passes CheckHessian at the same points.
func TestCatalogueGradients(t *testing.T) {
	for _, b := range builtins() {
		f := b.f
		for _, x := range samplePoints(f.Domain, 7) {
			hand := make([]float64, f.Dim)
			ad := make([]float64, f.Dim)
			f.Grad(hand, x)
			b.ad.Grad(ad, x)
			scale := 1 + math.Abs(f.Func(x)) + normInf(ad)
			for i := range hand {
				if math.Abs(hand[i]-ad[i]) > 1e-12*scale {
					t.Errorf("%s at %v: hand-written ∂%d = %.17g, AD %.17g", f.Name, x, i, hand[i], ad[i])
				}
			}
			if v, w := f.Func(x), b.ad.Func(x); math.Abs(v-w) > 1e-12*scale {
				t.Errorf("%s at %v: f = %.17g, Num form %.17g", f.Name, x, v, w)
			}
			c, err := CheckGradient(f, x)
			if err != nil || !c.OK {
				t.Errorf("%v (%v)", c, err)
			}
			c, err = CheckHessian(f, x)
			if err != nil || !c.OK {
				t.Errorf("%v (%v)", c, err)
			}
		}
	}
}

// TestCatalogueMinima: at every listed minimum the gradient vanishes to
// rounding, the Hessian is positive definite (a Cholesky factorisation
// exists), f equals the listed value, and a Newton step from it moves it by
// at most a few ulps — so the listed coordinates are the minimum to full
// float64 precision. Global minima are listed first, share one value, and
// no point of a 401-per-dimension grid over the Domain (1-D and 2-D) is
// lower; local minima are higher.
func TestCatalogueMinima(t *testing.T) {
	for _, b := range builtins() {
		f := b.f
		g := make([]float64, f.Dim)
		h := mat.NewSymDense(f.Dim, nil)
		var global float64
		for k, m := range f.Minima {
			if k == 0 {
				global = m.F
			}
			if m.Global != (k == 0 || m.Global && f.Minima[k-1].Global) {
				t.Errorf("%s: minimum %d is global after a local one", f.Name, k)
			}
			if m.Global && math.Abs(m.F-global) > 1e-12 || !m.Global && m.F <= global {
				t.Errorf("%s: minimum %v has f = %.17g, global %.17g, Global = %v", f.Name, m.X, m.F, global, m.Global)
			}
			if v := f.Func(m.X); v != m.F {
				t.Errorf("%s: f%v = %.17g, listed %.17g", f.Name, m.X, v, m.F)
			}
			f.Grad(g, m.X)
			f.Hess(h, m.X)
			var chol mat.Cholesky
			if !chol.Factorize(h) {
				t.Errorf("%s: the Hessian at %v is not positive definite: %v", f.Name, m.X, mat.Formatted(h))
				continue
			}
			step := mat.NewVecDense(f.Dim, nil)
			if err := chol.SolveVecTo(step, mat.NewVecDense(f.Dim, g)); err != nil {
				t.Fatal(err)
			}
			for i := 0; i < f.Dim; i++ {
				// 4 ulps of the coordinate (or of 1 near 0): rounding in ∇f at
				// the minimum, divided by the curvature, is of that order.
				ulp := 4 * 2.2e-16 * math.Max(1, math.Abs(m.X[i]))
				if math.Abs(step.AtVec(i)) > ulp {
					t.Errorf("%s: Newton moves minimum %v by %.3g in coordinate %d (∇f = %v)", f.Name, m.X, step.AtVec(i), i, Point(g))
				}
			}
		}
		if f.Dim <= 2 {
			for _, x := range samplePoints(f.Domain, 401) {
				if v := f.Func(x); v < global-1e-12 {
					t.Errorf("%s: f%v = %.17g is below the global minimum %.17g", f.Name, x, v, global)
					break
				}
			}
		}
	}
}

// TestCatalogueGonumMinimize: gonum's optimize.Minimize, started at each
// listed minimum displaced by 2% of the domain, lands on it. This shows the
// built-ins are gonum-compatible objectives. It stops when |∇f| < 1e-9
// (GradientThreshold; the default 1e-12 is below what a line search can
// resolve in float64 near a minimum), within 1e-9/curvature ≤ 1e-6 of the
// minimum for curvatures ≥ 1e-3. gonum's BFGS often ends with "linesearch:
// failed to converge" once it is at the minimum to rounding, and on eˣ − ln
// x and (eˣ − ln x)·sin 2πx it does not move at all (its first trial step
// goes to x < 0, where f is NaN: from 0.6171 it tries −0.3829); so the
// landing point is what is checked, and gonum's GradientDescent (same line search, no curvature model) is the
// fallback when BFGS does not land.
func TestCatalogueGonumMinimize(t *testing.T) {
	landed := func(x []float64, m Minimum) bool {
		for i := range x {
			if math.Abs(x[i]-m.X[i]) > 1e-6 {
				return false
			}
		}
		return true
	}
	for _, b := range builtins() {
		f := b.f
		for _, m := range f.Minima {
			x0 := m.X.Clone()
			for i := range x0 {
				x0[i] += 0.02 * f.Domain[i].Width() * float64(1-2*(i%2))
			}
			p := optimize.Problem{Func: f.Func, Grad: f.Grad}
			set := &optimize.Settings{GradientThreshold: 1e-9, FuncEvaluations: 10000}
			res, err := optimize.Minimize(p, x0, set, &optimize.BFGS{})
			if res != nil && landed(res.X, m) {
				continue
			}
			res2, err2 := optimize.Minimize(p, x0, set, &optimize.GradientDescent{})
			if res2 == nil || !landed(res2.X, m) {
				t.Errorf("%s from %v: BFGS ends at %v (%v), GradientDescent at %v (%v); want %v", f.Name, x0, res.X, err, res2.X, err2, m.X)
			}
		}
	}
}

// TestExpLogValid: eˣ − ln x is undefined for x ≤ 0; a start there is an
// error that names the start, and a step there ends the run as Diverged.
func TestExpLogValid(t *testing.T) {
	f := ExpLog()
	if _, err := Run(f, Pt(-1), GD(0.1), nil); err == nil {
		t.Error("Run from x = −1 on eˣ − ln x: no error")
	}
	// From 0.02 with lr 0.1 the first step is −0.1·(e^0.02 − 50) ≈ +4.9 to
	// x ≈ 4.9, then −0.1·(e^4.9 − 1/4.9) ≈ −13 takes it below 0 (the course's
	// one-variable lab lists x₀ = 0.02 as "does not converge").
	tr := MustRun(f, Pt(0.02), GD(0.1), &Settings{Steps: 25})
	if tr.Status != Diverged || tr.Where != 2 {
		t.Errorf("from 0.02: %v, want diverged at iterate 2", tr)
	}
}

// TestPlateauVanishes checks the numbers Plateau's documentation gives for
// GD(0.5) from x₀ = 4: still above 3.8 after 100 steps with |f′| < 0.005;
// converged (|f′| < 1e-5, the labs' rule) only after 350–400 steps, the
// gradient norm peaking near its maximum 4/(3√3) ≈ 0.77 on the way.
func TestPlateauVanishes(t *testing.T) {
	f := Plateau()
	tr := MustRun(f, Pt(4), GD(0.5), &Settings{Steps: 100})
	if x := tr.Final()[0]; x < 3.8 || normInf(tr.GradNorm) > 0.005 {
		t.Errorf("after 100 steps: x = %v, max |f′| = %v; want x > 3.8, |f′| < 0.005", x, normInf(tr.GradNorm))
	}
	tr = MustRun(f, Pt(4), GD(0.5), &Settings{Steps: 2000, GradTol: 1e-5})
	if tr.Status != Converged || tr.Steps() < 350 || tr.Steps() > 400 {
		t.Errorf("%v: want converged after 350–400 steps", tr)
	}
	if peak := normInf(tr.GradNorm); math.Abs(peak-4/(3*math.Sqrt(3))) > 0.05 {
		t.Errorf("peak |f′| = %v, want ≈ 0.77", peak)
	}
}

// TestCliffExplodes checks Cliff's documented behaviour. GD(0.1) from −2
// walks down 0.1 per step, is thrown back from the wall again and again
// (|f′| spikes above 2 many times) and after 1000 steps has not converged.
// GD(0.01) converges (|f′| < 1e-5). GD(1) from −2.05 reaches x = 0.95
// after 3 steps (−2.05 → −1.05 → −0.05 → 0.95, f′ ≈ 1 each), where
// f′ = e^47.5 − 1 ≈ 4e20, so the next iterate is beyond Settings.Bound's
// default 1e12: diverged at iterate 4.
func TestCliffExplodes(t *testing.T) {
	f := Cliff()
	tr := MustRun(f, Pt(-2), GD(0.1), &Settings{Steps: 1000, GradTol: 1e-5})
	spikes := 0
	for _, g := range tr.GradNorm {
		if g > 2 {
			spikes++
		}
	}
	if tr.Status == Converged || spikes < 20 {
		t.Errorf("GD(0.1): %v with %d spikes of |f′| > 2, want no convergence and many spikes", tr, spikes)
	}
	if tr := MustRun(f, Pt(-2), GD(0.01), &Settings{Steps: 1000, GradTol: 1e-5}); tr.Status != Converged {
		t.Errorf("GD(0.01): %v, want converged", tr)
	}
	if tr := MustRun(f, Pt(-2.05), GD(1), &Settings{Steps: 100}); tr.Status != Diverged || tr.Where != 4 {
		t.Errorf("GD(1): %v, want diverged at iterate 4", tr)
	}
}

func TestCataloguePanicsOnBadParameters(t *testing.T) {
	for name, fun := range map[string]func(){
		"Ellipse(0.5)":   func() { Ellipse(0.5) },
		"Ellipse(NaN)":   func() { Ellipse(math.NaN()) },
		"Ellipse(Inf)":   func() { Ellipse(math.Inf(1)) },
		"RosenbrockN(1)": func() { RosenbrockN(1) },
		"Rastrigin(0)":   func() { Rastrigin(0) },
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
