package notebooks_test

import (
	"math"
	"testing"

	"github.com/gdlessons/lessons/gdlib"
)

// The claims of lessons 1 to 6 that no cell prints (a bound, a count, a
// "peaks near"), each recomputed with gdlib. Every check quotes the
// sentence of the lesson it backs; the numbers the lessons print are
// pinned in their cells' expect metadata instead.

// claim fails t with the lesson's sentence unless ok.
func claim(t *testing.T, ok bool, sentence string, got ...any) {
	t.Helper()
	if !ok {
		t.Errorf("%s — recomputed: %v", sentence, got)
	}
}

// within reports whether |got − want| ≤ tol.
func within(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

func TestClaimsLesson01(t *testing.T) {
	f := gdlib.TwoSines()
	starts, _ := gdlib.RandomStarts(f.Domain, 8, 2024)
	local, global := 0, 0
	for _, s := range starts {
		r := gdlib.MustRun(f, s, gdlib.GD(0.1), &gdlib.Settings{Steps: 100})
		switch {
		case within(r.FinalF(), 0.5, 1e-9):
			local++
		case within(r.FinalF(), f.Minima[0].F, 1e-9):
			global++
		}
	}
	claim(t, local == 1 && global == 7, "01: “With this seed, one start of the eight ends in a local minimum (at f = 0.5); the others reach one of the three global minima”", local, global)
	globals := 0
	for _, m := range f.Minima {
		if m.Global && m.X[0] >= -5 && m.X[0] <= 5 {
			globals++
		}
	}
	claim(t, globals == 3, "01: “the three global minima on [−5, 5]”", globals)

	// The saddle x² + (y² − 1)²: ∂g/∂y = 4y(y² − 1) ≈ −4y near y = 0, so
	// a step multiplies y by 1 + 4η = 1.2.
	g := gdlib.MustFormula("saddle", "x^2 + (y^2 - 1)^2")
	run := gdlib.MustRun(g, gdlib.Pt(1.5, 1e-6), gdlib.GD(0.05), &gdlib.Settings{Steps: 150})
	claim(t, within(run.X(11)[1]/run.X(10)[1], 1.2, 1e-3), "01: “the offset in y grows by a factor 1 + 4η = 1.2 per step”", run.X(11)[1]/run.X(10)[1])
	flat := 0
	for k := range run.F {
		if within(run.F[k], 1, 0.01) {
			flat++
		}
	}
	claim(t, flat >= 24 && flat <= 60, "01: “For a few dozen steps it looks stuck” (iterates with g within 0.01 of g(0, 0) = 1)", flat)
	claim(t, within(run.Final()[1], 1, 1e-6), "01: “the run leaves along the downhill direction to the minimum (0, 1)”", run.Final())
	claim(t, math.Floor(4000*math.Log10(2)) > 1200, "01: “for a 4000-parameter model a number with more than 1200 zeros after the decimal point” (2⁻⁴⁰⁰⁰ = 10^−1204.1)", 4000*math.Log10(2))
	for n := 2; n <= 8; n++ {
		p, _ := gdlib.AllCurveUp(n, 20000, 1)
		claim(t, p < math.Pow(2, -float64(n)), "01: “Curvatures of random landscapes are not independent coins, and the real odds are smaller still”", n, p)
	}

	// Your turn: from 0.71 with lr 0.6 the run bounces about π/2, where
	// f″ = 3.5 and the stability limit is 2/3.5 ≈ 0.571 < 0.6.
	bounce := gdlib.MustRun(f, gdlib.Pt(0.71), gdlib.GD(0.6), &gdlib.Settings{Steps: 100})
	limit, _ := gdlib.StableRate(f, gdlib.Pt(math.Pi/2))
	n := bounce.Len()
	sides := (bounce.X(n - 1)[0] - math.Pi/2) * (bounce.X(n - 2)[0] - math.Pi/2)
	claim(t, limit < 0.6 && sides < 0 && math.Abs(bounce.Final()[0]-math.Pi/2) > 0.1,
		"01: “lr = 0.6: from 0.71 the run no longer settles; it keeps jumping from side to side of the minimum at 1.571”", limit, bounce.X(n-2), bounce.X(n-1))
}

func TestClaimsLesson02(t *testing.T) {
	f := gdlib.Quadratic()
	osc := gdlib.MustRun(f, gdlib.Pt(1.026), gdlib.GD(0.3), &gdlib.Settings{Steps: 100})
	claim(t, (osc.X(1)[0]-0.5)*(osc.X(2)[0]-0.5) < 0 && math.Abs(osc.Final()[0]-0.5) < 1e-6,
		"02: “lr = 0.3 …: oscillating” (1/6 < 0.3 < 1/3: it jumps across ½ and still settles)", osc.X(1), osc.X(2), osc.Final())
	div := gdlib.MustRun(f, gdlib.Pt(1.026), gdlib.GD(0.34), &gdlib.Settings{Steps: 100})
	claim(t, math.Abs(div.Final()[0]-0.5) > math.Abs(div.X(0)[0]-0.5), "02: “lr = 0.34: … diverging” (0.34 > 2/λ = 1/3)", div.Final())
	fast := gdlib.MustRun(f, gdlib.Pt(1.026), gdlib.GD(0.1), &gdlib.Settings{Steps: 100})
	claim(t, within((fast.X(2)[0]-0.5)/(fast.X(1)[0]-0.5), 0.4, 1e-9), "02: “lr = 0.1: … The factor per step is 1 − 6η = 0.4”", fast.X(1), fast.X(2))
}

func TestClaimsLesson03(t *testing.T) {
	f := gdlib.Peaks()
	gd := func(start gdlib.Point, lr float64, steps int) *gdlib.Trace {
		return gdlib.MustRun(f, start, gdlib.GD(lr), &gdlib.Settings{Steps: steps})
	}
	for i, want := range []gdlib.Point{{0.23, -1.63}, {-1.35, 0.20}, {0.30, 0.32}} {
		m := f.Minima[i].X
		claim(t, within(m[0], want[0], 0.01) && within(m[1], want[1], 0.01), "03: “The deepest is … near (0.23, −1.63); a second … near (−1.35, 0.20); a shallow third … near (0.30, 0.32)”", m)
	}
	claim(t, within(f.Minima[0].F, -6.55, 0.005) && within(f.Minima[2].F, -0.065, 0.0005), "03: “the global minimum f ≈ −6.55”, “f ≈ −0.065”", f.Minima[0].F, f.Minima[2].F)
	s2, _ := gdlib.RandomStarts(gdlib.Box{{Min: -2, Max: 2}, {Min: -2, Max: 2}}, 1, 2)
	r2 := gd(s2[0], 0.01, 1000)
	claim(t, within(s2[0][0], 1.31, 0.005) && within(s2[0][1], 0.08, 0.005) && r2.Final()[0] > 3 && math.Abs(r2.FinalF()) < 0.01,
		"03: “Seed 2 starts on the right-hand hill, at (1.31, 0.08), and rolls … onto the flat plain beyond x = 3, where f ≈ 0”", s2[0], r2.Final(), r2.FinalF())

	st := gdlib.Pt(0, 1.4)
	tiny := gd(st, 0.00001, 1000)
	moved := math.Hypot(tiny.Final()[0]-st[0], tiny.Final()[1]-st[1])
	claim(t, moved < 0.07 && within(tiny.FinalF(), 7.1, 0.05), "03: “η = 0.00001: … moved less than 0.07 and is still high on the hillside (f ≈ 7.1)”", moved, tiny.FinalF())
	wild := gd(st, 0.5, 10000)
	jumps, last := 0, 0
	for k := 1; k <= 1000; k++ {
		if math.Hypot(wild.X(k)[0]-wild.X(k - 1)[0], wild.X(k)[1]-wild.X(k - 1)[1]) > 0.5 {
			jumps, last = jumps+1, k
		}
	}
	out := func(p gdlib.Point) bool { return math.Abs(p[0]) > 3 || math.Abs(p[1]) > 3 }
	claim(t, jumps == 8 && last == 17, "03: “it makes eight wild jumps (steps longer than 0.5) in its first 17 steps, then only creeps”", jumps, last)
	p1000 := wild.X(1000)
	claim(t, within(p1000[0], -3.365, 0.005) && within(p1000[1], -2.351, 0.005) && out(p1000) && math.Abs(wild.F[1000]) < 1e-3,
		"03: “after 1000 steps it is at (−3.36, −2.35), outside the square, where the surface is almost flat at f ≈ 0”", p1000, wild.F[1000])
	leftFor := true
	for k := 100; k <= 10000; k++ {
		leftFor = leftFor && (k < 200 || out(wild.X(k)))
	}
	claim(t, leftFor && wild.Status != gdlib.Diverged && math.Hypot(wild.X(10000)[0], wild.X(10000)[1]) > math.Hypot(p1000[0], p1000[1]),
		"03: “outside the plotted square” from step 200 on, “It never blows up to infinity … keeps creeping slowly outward”", wild.X(10000))

	box := gdlib.Box{{Min: -2.5, Max: 2.5}, {Min: -2.5, Max: 2.5}}
	m := gdlib.MustBasins(f, box, 25, 25, gdlib.GD(0.01), &gdlib.Settings{Steps: 10000, Region: f.Domain}, nil)
	left, still := m.Count(gdlib.BasinLeftRegion), m.Count(gdlib.BasinNotConverged)
	claim(t, left >= 140 && left <= 172, "03: “After 10 000 steps about a quarter of the starts have left”", left)
	claim(t, still >= 35 && still <= 45, "03: “about 40 are still creeping”", still)
	claim(t, m.Count(0) == 188 && m.Count(1) == 171, "03: “188 starts against 171 after 10 000 steps”", m.Count(0), m.Count(1))

	// Your turn: the shallow valley's sharpest curvature λ ≈ 15.8 gives
	// 2/λ ≈ 0.127: GD(0.12) from (0, 1.4) still settles there, GD(0.15)
	// (and the lesson's 0.2 and 0.3) does not.
	limit, _ := gdlib.StableRate(f, f.Minima[2].X)
	at := func(lr float64) bool {
		p := gd(st, lr, 1000).Final()
		return math.Hypot(p[0]-f.Minima[2].X[0], p[1]-f.Minima[2].X[1]) < 1e-3
	}
	claim(t, limit > 0.12 && limit < 0.15 && at(0.05) && at(0.12) && !at(0.15) && !at(0.2) && !at(0.3),
		"03: “at which rate does the walk from (0, 1.4) start to miss the shallow valley? (… the stability rule predicts it)”", limit)
}

// TestClaimsLesson03LongBasins runs lesson 3's basins of 100 000 steps (62
// million steps in all), which its Your turn suggests.
func TestClaimsLesson03LongBasins(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not running the basins of 100 000 steps (62 million steps)")
	}
	f := gdlib.Peaks()
	box := gdlib.Box{{Min: -2.5, Max: 2.5}, {Min: -2.5, Max: 2.5}}
	m := gdlib.MustBasins(f, box, 25, 25, gdlib.GD(0.01), &gdlib.Settings{Steps: 100000, Region: f.Domain}, nil)
	left, still := m.Count(gdlib.BasinLeftRegion), m.Count(gdlib.BasinNotConverged)
	claim(t, left >= 190 && left <= 230 && still == 0, "03: “with 100 000 steps, a third of all starts have left and none is still on its way”", left, still)
}

func TestClaimsLesson04(t *testing.T) {
	f := gdlib.DampedSine()
	gd := func(x0, lr float64, steps int) *gdlib.Trace {
		return gdlib.MustRun(f, gdlib.Pt(x0), gdlib.GD(lr), &gdlib.Settings{Steps: steps})
	}
	claim(t, within(f.Minima[0].X[0], -1.43, 0.005) && within(f.Minima[0].F, -0.89, 0.005) && within(f.Minima[1].X[0], 4.31, 0.005) && within(f.Minima[1].F, -0.36, 0.005),
		"04: “a global minimum near x = −1.43 (f ≈ −0.89) and a shallower local minimum near x = 4.31 (f ≈ −0.36)”", f.Minima)
	// The maxima are where f′ falls through 0.
	var maxima []float64
	for x := -2 * math.Pi; x < 2*math.Pi; x += 1e-4 {
		if f.Deriv(x) > 0 && f.Deriv(x+1e-4) <= 0 {
			maxima = append(maxima, x)
		}
	}
	claim(t, len(maxima) == 2 && within(maxima[0], -4.31, 0.005) && within(maxima[1], 1.43, 0.005), "04: “the two maxima, at −4.31 and 1.43”", maxima)
	// Experiment 1: the staircase's jumps sit at the maxima.
	for _, x0 := range gdlib.Linspace(-5, 5, 50) {
		end := gd(x0, 0.01, 1000).Final()[0]
		var want string
		switch {
		case x0 < maxima[0]:
			want = "towards −2π and beyond"
		case x0 < maxima[1]:
			want = "−1.43"
		default:
			want = "4.31"
		}
		ok := map[string]bool{"towards −2π and beyond": end < -6, "−1.43": within(end, -1.429, 0.02), "4.31": within(end, 4.306, 0.05)}[want]
		claim(t, ok, "04: “Starts between the two maxima … all end in the global minimum −1.43; starts right of 1.4 end in the local minimum 4.31; the few starts left of −4.31 roll off”", x0, end)
	}
	// Experiment 2: from about 0.01 on, every run lands on the minimum.
	for _, lr := range gdlib.Linspace(1e-10, 0.1, 50)[5:] {
		claim(t, within(gd(0, lr, 1000).Final()[0], f.Minima[0].X[0], 1e-3), "04: “from about 0.01 on every run lands on the minimum”", lr)
	}
	// Experiment 3: the step counts start 10, 23, … and end at 500.
	steps := gdlib.Round(gdlib.Linspace(10, 500, 40))
	claim(t, steps[0] == 10 && steps[1] == 23 && steps[39] == 500, "04: “a run of 500 steps passes through where a run of 10, 23, … steps ends”", steps[:2])
	// Getting below −1.42 (within 0.01 of −1.429) takes
	// η × steps ≈ 5.
	for _, lr := range gdlib.Linspace(1e-10, 0.1, 50)[6:] {
		n := 1
		for ; n <= 500 && gd(0, lr, n).Final()[0] > -1.42; n++ {
		}
		claim(t, lr*float64(n) > 4.9 && lr*float64(n) < 5.2, "04: “getting within 0.01 of −1.43 takes η × steps ≈ 5 at every rate from 0.012 to 0.1”", lr, n)
		if lr == 0.1 {
			claim(t, n == 50, "04: “50 steps at η = 0.1”", n)
		}
		if within(lr, 0.0122, 1e-4) {
			claim(t, n == 420, "04: “420 steps at η ≈ 0.0122”", n)
		}
	}
	// Try it live, with the course's start 3.2987 (point 305).
	x0 := gdlib.Linspace(-2*math.Pi, 2*math.Pi, 401)[305]
	settles := func(lr float64) bool {
		r := gd(x0, lr, 1000)
		return within(r.X(999)[0], f.Minima[1].X[0], 1e-6) && within(r.Final()[0], f.Minima[1].X[0], 1e-6)
	}
	claim(t, within(gd(x0, 0.01, 1000).Final()[0], 4.31, 0.02), "04: “every run ends in the same local minimum 4.31”: η = 0.01 (the course's 4.2986)")
	for _, lr := range []float64{1, 3, 4, 4.2} {
		claim(t, settles(lr), "04: “Up to η ≈ 4.2 every run ends in the same local minimum 4.31”", lr)
	}
	for _, lr := range []float64{5, 6} {
		r := gd(x0, lr, 1000)
		claim(t, math.Abs(r.X(1000)[0]-r.X(999)[0]) > 0.5 && math.Abs(r.Final()[0]) < 2*math.Pi, "04: “Farther above the limit the bounces grow wider (η = 5, 6)”", lr, r.X(999), r.X(1000))
	}
	r7, out := gd(x0, 7, 1000), false
	for k := 900; k <= 1000; k++ {
		out = out || math.Abs(r7.X(k)[0]) > 2*math.Pi
	}
	claim(t, out, "04: “at η = 7 they reach beyond the plotted range”")
	r10 := gd(x0, 10, 1000)
	claim(t, within(r10.Final()[0], 10.2, 0.05) && within(r10.X(999)[0], r10.Final()[0], 1e-6), "04: “at η = 10 the run is thrown out of it for good (it ends near x = 10.2”", r10.Final())
	// Your turn: the limit at −1.43 is 2/f″ ≈ 2.00; from 0, 1.9 settles, 2.1 not.
	limit, _ := gdlib.StableRate(f, f.Minima[0].X)
	ok19 := within(gd(0, 1.9, 1000).Final()[0], f.Minima[0].X[0], 1e-6)
	r21 := gd(0, 2.1, 1000)
	claim(t, within(limit, 2, 0.01) && ok19 && math.Abs(r21.X(1000)[0]-r21.X(999)[0]) > 0.1, "04: “above which rate does the run from 0 stop settling on −1.43? Compare with the stability limit there”", limit)
}

func TestClaimsLesson05(t *testing.T) {
	f := gdlib.Quadratic()
	set := &gdlib.Settings{Steps: 100}
	scaled := gdlib.MustRun(f, gdlib.Pt(-1.678), gdlib.GradScaled(0.01), set)
	claim(t, within(scaled.X(1)[0], 0.03, 0.005) && within(scaled.LR[0], 0.13, 0.005),
		"05: “The library's rule makes one long jump, from −1.678 to about 0.03 (rate 0.13)”", scaled.X(1), scaled.LR[0])
	fixed := gdlib.MustRun(f, gdlib.Pt(1.28), gdlib.GD(0.01), set)
	lagged := gdlib.MustRun(f, gdlib.Pt(-1.678), gdlib.GradScaledLagged(0.01, fixed.GradCoord(0)[99]), set)
	claim(t, within(lagged.LR[0], 1e-4, 5e-6) && within(lagged.LR[1], 0.13, 0.005) && within(lagged.LR[2], 0.13, 0.005) && within(lagged.X(3)[0], 0.40, 0.005),
		"05: “The course's order does nothing at first (rate 10⁻⁴), and then … uses the large rate twice … a second long jump to about 0.40”", lagged.LR[:3], lagged.X(3))
	claim(t, scaled.Final()[0] < 0.5 && lagged.Final()[0] < 0.5, "05: “Both are still below the minimum after 100 steps”", scaled.Final(), lagged.Final())
	// Time-based decay's rate is never larger than the fixed one's.
	decay := gdlib.LinearDecay(0.01, 100)
	never := true
	for t := range 100 {
		never = never && decay(t) <= 0.01
	}
	claim(t, never, "05: “Time-based decay always moves less than the fixed rate (its rate is never larger)”")
	// Your turn: from 5 the gradient-scaled first step is 0.01·27·27 ≈ 7.3.
	far := gdlib.MustRun(f, gdlib.Pt(5), gdlib.GradScaled(0.01), set)
	claim(t, f.Deriv(5) == 27 && within(5-far.X(1)[0], 7.3, 0.01), "05: “x0 = 5: the gradient-scaled rule's first step is 0.01 · 27 · 27 ≈ 7.3”", far.X(1))
}

func TestClaimsLesson06(t *testing.T) {
	p, c := gdlib.Plateau(), gdlib.Cliff()
	claim(t, within(p.Deriv(4), 0.0027, 5e-5) && within(p.Deriv(4), 8*math.Exp(-8), 1e-5), "06: “f′ ≈ 8e^{−2|x|} is tiny: 0.0027 at x = 4”", p.Deriv(4))
	claim(t, 1-math.Tanh(3) < 0.005, "06: “For |x| > 3, tanh x is within 0.005 of ±1”", 1-math.Tanh(3))
	short := gdlib.MustRun(p, gdlib.Pt(4), gdlib.GD(0.5), &gdlib.Settings{Steps: 100})
	claim(t, within(short.Final()[0], 3.84, 0.005) && within(short.FinalF(), 0.998, 0.0005), "06: “After 100 steps the run has moved from 4 to 3.84 … f (still 0.998)”", short.Final(), short.FinalF())
	set := &gdlib.Settings{Steps: 500, GradTol: 1e-6}
	a := gdlib.MustRun(p, gdlib.Pt(4), gdlib.GD(0.5), set)
	below := 0
	for below < a.Len() && a.GradNorm[below] < 0.01 {
		below++
	}
	claim(t, below == 275, "06: “for the first 275 steps |f′| stays below 0.01” (iterates 0 to 274)", below)
	steepest := math.Atanh(1 / math.Sqrt(3)) // where f″ = 0: tanh² x = 1/3
	claim(t, within(steepest, 0.66, 0.005), "06: “the curve's steepest slope is 0.77, at x ≈ 0.66”", steepest)
	slow := gdlib.MustRun(p, gdlib.Pt(4), gdlib.GD(0.1), &gdlib.Settings{Steps: 5000, GradTol: 1e-6})
	claim(t, slow.X(500)[0] > 3 && slow.Status == gdlib.Converged && slow.Steps() > 1900 && slow.Steps() < 2000,
		"06: “With η = 0.1 … the run is still on the plateau after 500 steps (it needs about 1950)”", slow.X(500), slow.Steps())

	claim(t, within(c.Deriv(0.1), 147, 0.5), "06: “at x = 0.1 the slope is already e⁵ − 1 ≈ 147”", c.Deriv(0.1))
	bounce := gdlib.MustRun(c, gdlib.Pt(-2), gdlib.GD(0.1), &gdlib.Settings{Steps: 200})
	most := 0.0
	for k := range bounce.Len() {
		most = math.Max(most, bounce.Grad(k)[0])
	}
	claim(t, most > 8 && most < 10 && bounce.Final()[0] < -0.2, "06: “lands on the wall, gets thrown back by a slope of up to 10 … for ever”", most, bounce.Final())
	calm := gdlib.MustRun(c, gdlib.Pt(-2), gdlib.GD(0.01), &gdlib.Settings{Steps: 200})
	monotone := true
	for k := 1; k < calm.Len(); k++ {
		monotone = monotone && calm.X(k)[0] > calm.X(k - 1)[0] && calm.X(k)[0] < 0
	}
	claim(t, monotone, "06: “With η = 0.01 … it settles at the foot of the wall without bouncing”")
	blow := gdlib.MustRun(c, gdlib.Pt(-2.05), gdlib.GD(1), &gdlib.Settings{Steps: 100})
	claim(t, within(blow.X(3)[0], 0.87, 0.005) && within(blow.Grad(3)[0]/1e18, 7, 0.05) && blow.Status == gdlib.Diverged,
		"06: “the third lands at x = 0.87, high on the wall, where f′(x) ≈ 7·10¹⁸, and the next step throws the run to −7·10¹⁸”", blow.X(3), blow.Grad(3))

	// Remedies: clipping, and the stability rule it does not beat.
	set3 := &gdlib.Settings{Steps: 300, GradTol: 1e-6}
	clipped := gdlib.Chain(gdlib.ClipByNorm(0.1), gdlib.GD(0.1))
	lucky := gdlib.MustRun(c, gdlib.Pt(-2), clipped, set3)
	claim(t, lucky.Steps() == 200 && math.Abs(lucky.Final()[0]) < 1e-14, "06: “From −2 it reaches the bottom of the cliff in 200 steps … the last one lands on 0 (to 10⁻¹⁵)”", lucky.Steps(), lucky.Final())
	off := gdlib.MustRun(c, gdlib.Pt(-2.003), clipped, set3)
	n := off.Len()
	claim(t, off.Status == gdlib.StepLimit && within(off.X(n - 1)[0], -0.003, 5e-4) && within(off.X(n - 2)[0], 0.007, 5e-4),
		"06: “From −2.003 the same optimizer never settles; it ends bouncing between −0.003 and 0.007”", off.X(n-2), off.X(n-1))
	adamPlateau := gdlib.MustRun(p, gdlib.Pt(4), gdlib.Adam(0.1), set3)
	first := func(r *gdlib.Trace, below float64) int {
		for k := range r.Len() {
			if r.X(k)[0] < below {
				return k
			}
		}
		return -1
	}
	claim(t, first(adamPlateau, 0.1) == 36 && first(a, 0.1) >= 370 && first(a, 0.1) <= 390,
		"06: “On the plateau it is down from x = 4 in about 35 steps (below 0.1 at step 36), where GD(0.5) needed about 380”", first(adamPlateau, 0.1), first(a, 0.1))
	crossed := false
	for k := range adamPlateau.Len() {
		crossed = crossed || adamPlateau.X(k)[0] < 0
	}
	claim(t, crossed, "06: “then it wobbles about the minimum (it carries momentum)”")

	// Your turn.
	claim(t, within(p.Deriv(2), 0.136, 0.0005) && within(p.Deriv(2)/p.Deriv(4), 50, 1), "06: “The gradient at x = 2 is f′(2) ≈ 0.136, fifty times the 0.0027 at x = 4”", p.Deriv(2))
	claim(t, within(p.Deriv(5), 0.00036, 5e-6), "06: “from start = 5, where it is 0.00036”", p.Deriv(5))
	for _, lr := range []float64{0.035, 0.045} {
		r := gdlib.MustRun(c, gdlib.Pt(-2), gdlib.GD(lr), set3)
		claim(t, (r.Status == gdlib.Converged) == (lr < 0.04), "06: “lr = 0.035 and 0.045 on the cliff: just below and just above the stability limit 2/50 = 0.04”", lr, r.Status)
	}
}
