package notebooks_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

// The claims of lessons 07 to 12 that no cell prints (a bound, a count, a
// "peaks near", a comparison), each recomputed with gdlib. The numbers a
// cell prints are pinned in that cell's "expect" metadata instead, and
// checked when the notebook suite runs it.

// near reports whether got is within tol of want.
func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

// TestClaimsLesson07 checks lesson 07's sauna and random walk.
func TestClaimsLesson07(t *testing.T) {
	T := gdlib.Sauna()
	// "Both partial derivatives factor neatly: ∂T/∂x = 1/10·3x(x−4)·y²/9·(6−y),
	// ∂T/∂y = 1/10·(x−6)x²·y/3·(4−y)."
	for _, p := range [][2]float64{{1, 2}, {0.5, 4.5}, {3.3, 1.7}, {4.9, 0.2}} {
		x, y := p[0], p[1]
		g := T.Gradient(x, y)
		dx := 0.1 * 3 * x * (x - 4) * y * y / 9 * (6 - y)
		dy := 0.1 * (x - 6) * x * x * y / 3 * (4 - y)
		if !near(g[0], dx, 1e-12*math.Max(1, math.Abs(dx))) || !near(g[1], dy, 1e-12*math.Max(1, math.Abs(dy))) {
			t.Errorf("∇T%v = %v, the lesson's factored form gives (%v, %v)", p, g, dx, dy)
		}
	}
	// "Both vanish when x = 0 (a whole wall of the room), when y = 0 (another
	// wall)": along both walls, T = 85.
	for _, v := range gdlib.Linspace(0, 5, 11) {
		for _, p := range []gdlib.Point{gdlib.Pt(0, v), gdlib.Pt(v, 0)} {
			if g := T.Gradient(p...); g[0] != 0 || g[1] != 0 || T.At(p...) != 85 {
				t.Errorf("on a wall at %v: ∇T = %v, T = %v; want 0 and 85", p, g, T.At(p...))
			}
		}
	}
	// "in 22 of its 60 steps none of the 20 tries was cooler, and it stood
	// still … from step 40 on it stays at (3.945, 4.025), 0.06 away." The
	// walk is the lesson's randomSteps(0.25, 3), rebuilt here.
	walk := gdlib.MustRun(T, gdlib.Pt(0.5, 0.6), lesson07RandomSteps(0.25, 3), &gdlib.Settings{Steps: 60})
	still := 0
	for k := 1; k <= 60; k++ {
		if a, b := walk.X(k-1), walk.X(k); a[0] == b[0] && a[1] == b[1] {
			still++
		}
	}
	end := walk.Final()
	if still != 22 || walk.X(40)[0] != end[0] || walk.X(40)[1] != end[1] || !near(math.Hypot(end[0]-4, end[1]-4), 0.06, 0.005) {
		t.Errorf("the walk stood still %d times and ends at %v (at step 40: %v); the lesson says 22, from step 40 on, 0.06 from (4, 4)", still, end, walk.X(40))
	}
}

// TestClaimsLesson08 checks lesson 08's slopes, rates and valleys.
func TestClaimsLesson08(t *testing.T) {
	f1 := gdlib.ExpLog()
	// "the curve is steep (f′(0.05) ≈ −19)", "f′ ≈ −32 and −49" at 0.03, 0.02.
	for _, c := range []struct{ x, slope float64 }{{0.05, -19}, {0.03, -32}, {0.02, -49}} {
		if d := f1.Deriv(c.x); !near(d, c.slope, 0.5) {
			t.Errorf("f′(%g) = %.4g, the lesson says about %g", c.x, d, c.slope)
		}
	}
	lab := func(lr, x0 float64, n int) *gdlib.Trace {
		return gdlib.MustRun(f1, gdlib.Pt(x0), gdlib.GD(lr), &gdlib.Settings{Steps: n, GradTol: 1e-5, Region: f1.Domain})
	}
	// "The largest of these rates that converges within the lab's 25
	// iterations is 0.32 (in 24); 0.325 already needs more than 25."
	if r := lab(0.32, 1.6, 25); r.Status != gdlib.Converged || r.Steps() != 24 {
		t.Errorf("α = 0.32 from 1.6: %v; the lesson says converged in 24", r)
	}
	if r := lab(0.325, 1.6, 25); r.Status == gdlib.Converged {
		t.Errorf("α = 0.325 from 1.6: %v; the lesson says it needs more than 25 iterations", r)
	}
	// "α = 0.35 survives it, landing at x₁ ≈ 0.085 — but there the wall is
	// steep (f′ ≈ −10.6), and the second step throws the point to 3.81".
	r := lab(0.35, 1.6, 25)
	if x1 := r.X(1)[0]; !near(x1, 0.085, 0.001) || !near(f1.Deriv(x1), -10.6, 0.1) || !near(r.X(2)[0], 3.81, 0.01) {
		t.Errorf("α = 0.35: x₁ = %v, f′(x₁) = %v, x₂ = %v", x1, f1.Deriv(x1), r.X(2)[0])
	}
	// "a run that starts close by settles with α = 0.4 — slowly, since each
	// step multiplies the distance by 1 − 0.4·4.87 ≈ −0.95 (from x0 = 0.6 it
	// takes 184 iterations)", under the limit 2/f″(Ω) ≈ 0.41.
	if r := lab(0.4, 0.6, 1000); r.Status != gdlib.Converged || r.Steps() != 184 {
		t.Errorf("α = 0.4 from 0.6: %v; the lesson says it settles after 184 iterations", r)
	}
	if k := 1 - 0.4*f1.Deriv2(f1.Minima[0].X[0]); !near(k, -0.95, 0.005) {
		t.Errorf("1 − 0.4·f″(Ω) = %.4f, the lesson says −0.95", k)
	}
	// "Click left of x ≈ 1.27 (the top of the hill between the valleys) …
	// the local valley; right of it … the global one"; "f2 from x0 = 1.25,
	// just left of the hilltop at 1.27".
	f2 := gdlib.ExpLogSine()
	top, xTop := math.Inf(-1), 0.0
	for _, x := range gdlib.Linspace(f2.Minima[1].X[0], f2.Minima[0].X[0], 100001) {
		if v := f2.At(x); v > top {
			top, xTop = v, x
		}
	}
	if !near(xTop, 1.27, 0.005) {
		t.Errorf("the hill between f2's valleys peaks at %.4f; the lesson says 1.27", xTop)
	}
	for _, c := range []struct{ x0, end float64 }{{1.25, f2.Minima[1].X[0]}, {1.3, f2.Minima[0].X[0]}} {
		r := gdlib.MustRun(f2, gdlib.Pt(c.x0), gdlib.GD(0.005), &gdlib.Settings{Steps: 200, GradTol: 1e-5})
		if !near(r.Final()[0], c.end, 1e-3) {
			t.Errorf("f2 from %g ends at %v, want the valley at %.4g", c.x0, r.Final(), c.end)
		}
	}
	// "the valley's curvature is f″(1.775) ≈ 212 … each step multiplies the
	// distance to the bottom by 1 − 0.01·212 ≈ −1.12".
	if c := f2.Deriv2(f2.Minima[0].X[0]); !near(c, 212, 0.5) || !near(1-0.01*c, -1.12, 0.005) {
		t.Errorf("f″ at the global minimum = %.4g; the lesson says about 212 and a factor −1.12", c)
	}
}

// TestClaimsLesson09 checks lesson 09's stability limits.
func TestClaimsLesson09(t *testing.T) {
	// "both curvatures are 64/15 ≈ 4.27": the sauna's Hessian at (4, 4) is
	// (x−6)x²·(2/3 − 2y/9)/10-type terms; its eigenvalues are both 64/15.
	eig, err := gdlib.Curvature(gdlib.Sauna(), gdlib.Pt(4, 4))
	if err != nil || !near(eig[0], 64.0/15, 1e-9) || !near(eig[1], 64.0/15, 1e-9) {
		t.Errorf("the sauna's curvatures at (4, 4): %v, %v; the lesson says both 64/15", eig, err)
	}
	// "… and, once it has drifted, between (3.18, 4) and (4.57, 4), for
	// ever": α = 0.5 from (0.5, 0.6), iterates 398 to 401.
	swing := gdlib.MustRun(gdlib.Sauna(), gdlib.Pt(0.5, 0.6), gdlib.GD(0.5), &gdlib.Settings{Steps: 401})
	for k := 398; k <= 401; k++ {
		want := [2]float64{3.18, 4}
		if k%2 == 1 {
			want[0] = 4.57
		}
		if p := swing.X(k); !near(p[0], want[0], 0.005) || !near(p[1], want[1], 0.005) {
			t.Errorf("α = 0.5, iterate %d: %v; the lesson says it swings between (3.18, 4) and (4.57, 4)", k, p)
		}
	}
	// "the factor |1 − 0.45·4.27| = 0.92 removes only 8 % of the distance".
	if k := math.Abs(1 - 0.45*64/15); !near(k, 0.92, 0.001) {
		t.Errorf("|1 − 0.45·64/15| = %.4f, the lesson says 0.92", k)
	}
	// "the pits' limits 2/λmax are about 0.298 (the deepest), 0.658 and 0.252".
	bumps := gdlib.ThreeBumps()
	for i, want := range []float64{0.298, 0.658, 0.252} {
		r, err := gdlib.StableRate(bumps, bumps.Minima[i].X)
		if err != nil || !near(r, want, 0.0005) {
			t.Errorf("pit %d at %v: 2/λmax = %.4g (%v), the lesson says %g", i+1, bumps.Minima[i].X, r, err, want)
		}
	}
}

// TestClaimsLesson10 checks lesson 10's reading of momentum's energy.
func TestClaimsLesson10(t *testing.T) {
	f := gdlib.Chirp()
	mom := gdlib.MustRun(f, gdlib.Pt(1.11), gdlib.Momentum(0.05, 0.9), &gdlib.Settings{Steps: 200})
	// "Momentum's f goes up between steps 7 and 9 (the hill)".
	if !(mom.F[7] < mom.F[8] && mom.F[8] < mom.F[9]) {
		t.Errorf("momentum's f at steps 7, 8, 9: %.4f %.4f %.4f; the lesson says it rises", mom.F[7], mom.F[8], mom.F[9])
	}
	// "The ball starts at rest with energy f(1.11) ≈ 1.84".
	if v := f.At(1.11); !near(v, 1.84, 0.005) {
		t.Errorf("f(1.11) = %.4f, the lesson says 1.84", v)
	}
}

// TestClaimsLesson11 checks lesson 11's basin and iteration maps.
func TestClaimsLesson11(t *testing.T) {
	tb := gdlib.ThreeBumps()
	basins := func(opt gdlib.Transform) *gdlib.BasinMap {
		return gdlib.MustBasins(tb, tb.Domain, 25, 25, opt, &gdlib.Settings{Steps: 100, Region: tb.Domain}, nil)
	}
	gd, nt, pure := basins(gdlib.GD(0.2)), basins(gdlib.Newton()), basins(gdlib.UndampedNewton())
	// "The two maps are almost the same": GD's and damped Newton's basins
	// agree on at least 90 % of the 625 starts.
	same := 0
	for i := range gd.Basin {
		if gd.Basin[i] == nt.Basin[i] {
			same++
		}
	}
	if same < 9*len(gd.Basin)/10 {
		t.Errorf("GD's and Newton's basin maps agree on %d of %d starts; the lesson says almost the same", same, len(gd.Basin))
	}
	// "Only starts close to a minimum … reach one": the pure step reaches a
	// minimum from fewer than half as many starts as GD.
	reached := func(m *gdlib.BasinMap) int {
		n := 0
		for _, b := range m.Basin {
			if b >= 0 {
				n++
			}
		}
		return n
	}
	if reached(pure)*2 > reached(gd) {
		t.Errorf("undamped Newton reaches a minimum from %d starts, GD from %d; the lesson says only starts close to a minimum", reached(pure), reached(gd))
	}
	// "of the 622 starts both methods bring to a minimum, it needs fewer
	// iterations at 390, as many at 54, and 7.4 on average against gradient
	// descent's 10.8".
	fewer, same, both, sumGD, sumNT := 0, 0, 0, 0, 0
	for i := range gd.Iters {
		if gd.Iters[i] >= 0 && nt.Iters[i] >= 0 {
			both++
			sumGD += gd.Iters[i]
			sumNT += nt.Iters[i]
			switch {
			case nt.Iters[i] < gd.Iters[i]:
				fewer++
			case nt.Iters[i] == gd.Iters[i]:
				same++
			}
		}
	}
	meanGD, meanNT := float64(sumGD)/float64(both), float64(sumNT)/float64(both)
	if both != 622 || fewer != 390 || same != 54 || !near(meanNT, 7.4, 0.05) || !near(meanGD, 10.8, 0.05) {
		t.Errorf("both reach %d starts; Newton needs fewer iterations at %d, as many at %d; means %.2f (Newton) and %.2f (GD); the lesson says 622, 390, 54, 7.4, 10.8", both, fewer, same, meanNT, meanGD)
	}
	// "For a neural network with n = 10⁶ weights the Hessian alone would
	// hold 10¹² numbers — 8 terabytes" (8 bytes per float64).
	if n := 1e6; n*n*8 != 8e12 {
		t.Errorf("10⁶² float64s are %g bytes", n*n*8)
	}
}

// TestClaimsLesson12 checks lesson 12's explanations.
func TestClaimsLesson12(t *testing.T) {
	// RMSProp: "its very first step is long, about 10η per coordinate";
	// "From a constant slope that adds up to about 1.26 units in 300 steps":
	// with v₀ = 0 and a constant g, v after k steps is (1 − ρᵏ)g², so step
	// k is η/√(1 − ρᵏ) per coordinate.
	pk := gdlib.Peaks()
	r := gdlib.MustRun(pk, gdlib.Pt(0, 1.4), gdlib.RMSProp(0.003, 0.99), &gdlib.Settings{Steps: 300})
	for i := range 2 {
		if d := math.Abs(r.X(1)[i] - r.X(0)[i]); !near(d, 10*0.003, 1e-4) {
			t.Errorf("RMSProp's first step along coordinate %d: %.5f, the lesson says about 10η = 0.03", i, d)
		}
	}
	sum := 0.0
	for k := 1; k <= 300; k++ {
		sum += 0.003 / math.Sqrt(1-math.Pow(0.99, float64(k)))
	}
	if !near(sum, 1.26, 0.005) {
		t.Errorf("300 RMSProp steps from a constant slope: %.4f; the lesson says 1.26", sum)
	}
	// "most starts on the square are farther than that from a minimum":
	// farther than 1.26 in some coordinate from every minimum of peaks.
	far, starts := 0, 0
	for _, x := range gdlib.Linspace(-3, 3, 41) {
		for _, y := range gdlib.Linspace(-3, 3, 41) {
			starts++
			isFar := true
			for _, m := range pk.Minima {
				if math.Max(math.Abs(x-m.X[0]), math.Abs(y-m.X[1])) <= 1.26 {
					isFar = false
				}
			}
			if isFar {
				far++
			}
		}
	}
	if 2*far <= starts {
		t.Errorf("%d of %d starts are farther than 1.26 from every minimum; the lesson says most", far, starts)
	}
	// Rosenbrock: "the curvature is about 1500 at the start and 1000 at the
	// minimum".
	ros := gdlib.Rosenbrock()
	for _, c := range []struct {
		p    gdlib.Point
		want float64
	}{{gdlib.Pt(-1.2, 1), 1500}, {gdlib.Pt(1, 1), 1000}} {
		eig, _ := gdlib.Curvature(ros, c.p)
		if !near(eig[1], c.want, 10) {
			t.Errorf("Rosenbrock's largest curvature at %v: %.5g, the lesson says about %g", c.p, eig[1], c.want)
		}
	}
	// The narrow bowl: "x is multiplied by 1 − 0.019" per step of GD(0.019);
	// "at 0.021, y is multiplied by 1 − 2.1 = −1.1"; "Newton's method …
	// would take one step".
	bowl := gdlib.Ellipse(100)
	a := gdlib.MustRun(bowl, gdlib.Pt(-1.8, 1.5), gdlib.GD(0.019), &gdlib.Settings{Steps: 1})
	b := gdlib.MustRun(bowl, gdlib.Pt(-1.8, 1.5), gdlib.GD(0.021), &gdlib.Settings{Steps: 1})
	if !near(a.X(1)[0]/-1.8, 1-0.019, 1e-12) || !near(b.X(1)[1]/1.5, -1.1, 1e-12) {
		t.Errorf("one GD step on the bowl: x factor %v (want 0.981), y factor %v (want −1.1)", a.X(1)[0]/-1.8, b.X(1)[1]/1.5)
	}
	if n := gdlib.MustRun(bowl, gdlib.Pt(-1.8, 1.5), gdlib.Newton(), &gdlib.Settings{Steps: 10, GradTol: 1e-3}); n.Steps() != 1 {
		t.Errorf("Newton on the bowl: %v; the lesson says one step", n)
	}
	// The schedule: "Constant Adam ends … with a gradient 36 long … the same
	// optimiser ends at (1, 1), f ≈ 2·10⁻¹²".
	start := gdlib.Pt(-1.2, 1)
	c := gdlib.MustRun(ros, start, gdlib.Adam(0.3), &gdlib.Settings{Steps: 2000})
	d := gdlib.MustRun(ros, start, gdlib.Chain(gdlib.ScaleByAdam(0.9, 0.999, 1e-8), gdlib.ScaleByLR(gdlib.Cosine(0.3, 2000, 0))), &gdlib.Settings{Steps: 2000})
	// "by step 1307 f is down to 1.5·10⁻¹⁸ … From then on the gradient flips
	// sign at every step and grows by about 40 % per step … f up to 6.2".
	minF, at := math.Inf(1), 0
	for k, v := range c.F {
		if v < minF {
			minF, at = v, k
		}
	}
	if at != 1307 || !near(minF, 1.5e-18, 0.05e-18) {
		t.Errorf("constant Adam(0.3) is lowest, f = %.3g, at step %d; the lesson says 1.5e-18 at 1307", minF, at)
	}
	for k := at; k < at+10; k++ {
		g0, g1 := c.Grad(k)[0], c.Grad(k + 1)[0]
		if g0*g1 >= 0 || !near(math.Abs(g1/g0), 1.4, 0.15) {
			t.Errorf("steps %d–%d: ∂f/∂x goes from %.3g to %.3g; the lesson says it flips sign and grows by about 40 %%", k, k+1, g0, g1)
		}
	}
	maxF := 0.0
	for _, v := range c.F[at:] {
		maxF = math.Max(maxF, v)
	}
	if !near(maxF, 6.2, 0.05) {
		t.Errorf("after step %d constant Adam's f reaches %.3g; the lesson says 6.2", at, maxF)
	}
	if g := c.GradNorm[2000]; !near(g, 36, 0.5) {
		t.Errorf("constant Adam(0.3) ends with |∇f| = %.4g, the lesson says 36", g)
	}
	if f := d.FinalF(); !(f > 1e-12 && f < 3e-12) {
		t.Errorf("Adam(0.3) with cosine decay ends at f = %.3g, the lesson says about 2e-12", f)
	}
}

// lesson07RandomSteps is lesson 07's randomSteps: up to 20 random steps of
// length h, the first that makes f smaller taken.
func lesson07RandomSteps(h float64, seed uint64) gdlib.Transform {
	return gdlib.NewTransform("random steps", nil, func(dim int) gdlib.Update {
		rng := rand.New(rand.NewPCG(seed, 0))
		return func(u []float64, s *gdlib.State) {
			for range 20 {
				a := 2 * math.Pi * rng.Float64()
				u[0], u[1] = h*math.Cos(a), h*math.Sin(a)
				if s.F.Func(gdlib.Pt(s.X[0]-u[0], s.X[1]-u[1])) < s.F.Func(s.X) {
					return
				}
			}
			u[0], u[1] = 0, 0
		}
	})
}
