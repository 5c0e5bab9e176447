package gdlib

import (
	"context"
	"math"
	"testing"
)

// TestFinalsMatchRun: the lean loop of Finals and Basins must take the same
// steps as Run, bit for bit: same last iterate, f there, status, steps and
// where — for every optimizer, with and without stopping rules, for runs
// that converge, diverge, leave the region or the domain.
func TestFinalsMatchRun(t *testing.T) {
	peaks := Peaks()
	grid, err := GridStarts(Box{{-2.5, 2.5}, {-2.5, 2.5}}, 7)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		f      Objective
		starts []Point
		opt    Transform
		set    *Settings
	}{
		{"GD on peaks", peaks, grid, GD(0.01), &Settings{Steps: 100}},
		// lr 0.5 on peaks: the course's peaks exercise with lr 0.5, jumps about.
		{"GD 0.5 on peaks", peaks, grid, GD(0.5), &Settings{Steps: 300}},
		{"momentum", peaks, grid, Momentum(0.01, 0.9), &Settings{Steps: 200}},
		{"Nesterov", peaks, grid, Nesterov(0.01, 0.9), &Settings{Steps: 200}},
		{"AdaGrad", peaks, grid, AdaGrad(0.1), &Settings{Steps: 200}},
		{"RMSProp", peaks, grid, RMSProp(0.01, 0.9), &Settings{Steps: 200}},
		{"Adam", peaks, grid, Adam(0.05), &Settings{Steps: 200}},
		{"Newton", peaks, grid, Newton(), &Settings{Steps: 30}},
		{"GD with stopping rules", peaks, grid, GD(0.05), &Settings{Steps: 2000, GradTol: 1e-3, Region: peaks.Domain}},
		{"GD with step rule", peaks, grid, GD(0.01), &Settings{Steps: 2000, StepTol: 1e-6}},
		{"GD with a small bound", peaks, grid, GD(0.5), &Settings{Steps: 300, Bound: 3}},
		{"time-decayed GD", peaks, grid, GDWith("decay", func(t int) float64 { return 0.02 * (1 - float64(t+1)/150) }), &Settings{Steps: 150}},
		// The course's gradient-scaled rate keeps the previous gradient:
		// per-run state.
		{"gradient-scaled", quadratic, starts1(-2, 2, 21), GradScaled(0.01), &Settings{Steps: 100}},
		// lr 0.5 on 3x²−3x+4 doubles x − ½ each step: diverges past Bound
		// (TestRunDivergesAsResult).
		{"diverging quadratic", quadratic, starts1(-2, 2, 21), GD(0.5), &Settings{Steps: 100}},
		// eˣ − ln x: lr 0.5 from small x jumps to x ≤ 0, outside the domain
		// (the course's one-variable lab lists such starts).
		{"leaving the domain", ExpLog(), starts1(0.02, 2, 25), GD(0.5), &Settings{Steps: 75}},
		{"damped sine", DampedSine(), starts1(-5, 5, 50), GD(0.01), &Settings{Steps: 1000}},
	}
	for _, c := range cases {
		ends, err := Finals(c.f, c.starts, c.opt, c.set)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		statuses := map[Status]int{}
		for i, s := range c.starts {
			tr := MustRun(c.f, s, c.opt, c.set)
			e := ends[i]
			statuses[tr.Status]++
			if !samePoint(e.X, tr.Final()) || !sameFloat(e.F, tr.FinalF()) || e.Status != tr.Status || e.Steps != tr.Steps() || e.Where != tr.Where {
				t.Errorf("%s from %v:\nFinals %v f=%v %v steps %d where %d\nRun    %v f=%v %v steps %d where %d",
					c.name, s, e.X, e.F, e.Status, e.Steps, e.Where, tr.Final(), tr.FinalF(), tr.Status, tr.Steps(), tr.Where)
			}
			if !samePoint(e.Start, s) {
				t.Errorf("%s: End.Start %v, want %v", c.name, e.Start, s)
			}
		}
		t.Logf("%s: %v", c.name, statuses)
	}
}

// TestFinalsCancelled: with a context cancelled beforehand nothing runs:
// every End is Cancelled at its start, and Finals returns context.Canceled.
func TestFinalsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	starts := starts1(-2, 2, 1000)
	ends, err := Finals(quadratic, starts, GD(0.01), &Settings{Context: ctx})
	if err != context.Canceled {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	for i, e := range ends {
		if e.Status != Cancelled || e.Steps != 0 || !samePoint(e.X, starts[i]) {
			t.Fatalf("end %d: %v after %d steps at %v, want cancelled at the start %v", i, e.Status, e.Steps, e.X, starts[i])
		}
	}
}

func starts1(a, b float64, n int) []Point {
	v := Linspace(a, b, n)
	p := make([]Point, n)
	for i, x := range v {
		p[i] = Pt(x)
	}
	return p
}

// samePoint reports whether a and b are equal bit for bit (NaN equals NaN).
func samePoint(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameFloat(a[i], b[i]) {
			return false
		}
	}
	return true
}

func sameFloat(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }

// TestPlainGD: the lean loop's shortcut is taken for GD(lr) — alone or as
// the single stage of a chain — and for nothing else: not for a schedule
// that happens to be constant, nor for momentum. (TestFinalsMatchRun checks
// that the shortcut's results are Run's, bit for bit.)
func TestPlainGD(t *testing.T) {
	for _, c := range []struct {
		opt  Transform
		want float64
	}{
		{GD(0.01), 0.01},
		{GD(0.5), 0.5},
		{Chain(GD(0.25)), 0.25},
		{Named("mine", GD(0.1)), 0.1},
		{GDWith("0.01", Constant(0.01)), 0},
		{Momentum(0.01, 0.9), 0},
		{Chain(GD(0.1), GD(0.1)), 0},
	} {
		if got := rateOf(c.opt); got != c.want {
			t.Errorf("rateOf(%s) = %v, want %v", c.opt.Name(), got, c.want)
		}
	}
}
