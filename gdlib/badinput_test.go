package gdlib

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/gdlessons/lessons/internal/badinput"
	"gonum.org/v1/gonum/mat"
)

// This file is the package's bad-input table: what a learner can type into
// every exported function — NaN and ±Inf where a number goes, sizes that
// cannot fit in memory, nil and typed-nil values, callbacks that panic or
// return NaN — and what comes back. Each case must end, within
// badTimeout, with a clear error, a documented panic, or a run whose
// status says what went wrong, and its message must name the parameter
// (and its value where there is one).

// diverged turns Run's result into a case's result: Run's error as it is,
// a Diverged trace as a *badinput.Status with its String, and anything
// else as nil (the case then fails: the bad input went unnoticed).
func diverged(t *Trace, err error) error {
	if err != nil {
		return err
	}
	if t.Status != Diverged {
		return nil
	}
	return &badinput.Status{Msg: t.String()}
}

// badLimits bound each case. Every bad input here is refused before any
// work, or stops within its first few of at most 100 steps
// (microseconds), so a case that takes 5 s hangs; 5 s is also the time the
// exercise package (exercise.Timeout) gives a learner's answer, and it
// leaves room for a loaded CI machine. A case may allocate 64 MiB: far
// above what refusing an input needs, and far below the sizes refused
// here (each more than MaxBytes, 1 GiB), so a check made after allocating
// fails.
var badLimits = badinput.Limits{Timeout: 5 * time.Second, Alloc: 64 << 20}

func TestBadInput(t *testing.T) {
	cases := badCases()
	n := badinput.Run(t, badLimits, cases)
	t.Logf("%d bad-input cases: %v", len(cases), n)
}

// Objectives a learner might write wrongly.
var (
	nan, inf = math.NaN(), math.Inf(1)

	bowl1  = New1("bowl1", "", func(x Num) Num { return x.Square() })
	fPanic = NewFunction("f panics", 1, func([]float64) float64 { panic("boom in f") },
		func(g, x []float64) { g[0] = 2 * x[0] }, nil)
	gradPanic = NewFunction("grad panics", 1, func(x []float64) float64 { return x[0] * x[0] },
		func(g, x []float64) { panic("boom in grad") }, nil)
	fNaN = NewFunction("f is NaN", 1, func([]float64) float64 { return math.NaN() },
		func(g, x []float64) { g[0] = 2 * x[0] }, nil)
	gradNaN = NewFunction("grad is NaN", 1, func(x []float64) float64 { return x[0] * x[0] },
		func(g, x []float64) { g[0] = math.NaN() }, nil)
	gradInf = NewFunction("grad is Inf", 2, func(x []float64) float64 { return x[0] * x[0] },
		func(g, x []float64) { g[0], g[1] = math.Inf(1), 0 }, nil)
	// gradLong writes two partial derivatives for a function of one variable.
	gradLong = NewFunction("grad too long", 1, func(x []float64) float64 { return x[0] * x[0] },
		func(g, x []float64) { g[0], g[1] = 2*x[0], 0 }, nil)
	// fAfter5 is finite for x > 0.5 and NaN below: the run from 1 gets
	// there after a few steps.
	fAfter5 = NewFunction("NaN below 0.5", 1, func(x []float64) float64 {
		if x[0] < 0.5 {
			return math.NaN()
		}
		return x[0] * x[0]
	}, func(g, x []float64) { g[0] = 2 * x[0] }, nil)
	logx = MustFormula("", "log(x)")
)

// nilObj is an objective type whose nil pointer a learner can pass.
type nilObj struct{}

func (*nilObj) Func([]float64) float64 { return 0 }
func (*nilObj) Grad(g, _ []float64)    { clear(g) }

// rateAfter is a schedule that is 0.1 until step t = k and then v.
func rateAfter(k int, v float64) Schedule {
	return func(t int) float64 {
		if t >= k {
			return v
		}
		return 0.1
	}
}

// huge is a count whose items could never fit in memory.
const huge = 1 << 40

func badCases() []badinput.Case {
	var cases []badinput.Case
	err := func(name string, call func() error, want ...string) {
		cases = append(cases, badinput.Case{Name: name, Run: call, Want: want})
	}
	pan := func(name string, call func(), want ...string) {
		cases = append(cases, badinput.Case{Name: name, Run: func() error { call(); return nil }, Want: want, Panics: true})
	}
	status := func(name string, call func() error, want ...string) {
		cases = append(cases, badinput.Case{Name: name, Run: call, Want: want, Status: true})
	}
	run := func(f Objective, start Point, opt Transform, s *Settings) func() error {
		return func() error { return diverged(Run(f, start, opt, s)) }
	}
	gd := GD(0.1)
	var nilFn *Function
	var nilTrace *Trace

	// Run: the objective, the start, the optimizer, the settings.
	err("Run nil objective", run(nil, Pt(1), gd, nil), "objective is nil")
	err("Run nil *Function", run(nilFn, Pt(1), gd, nil), "objective is a nil *gdlib.Function")
	err("Run typed nil objective", run((*nilObj)(nil), Pt(1), gd, nil), "objective is a nil *gdlib.nilObj")
	err("Run start NaN", run(bowl1, Pt(nan), gd, nil), "start = NaN", "coordinate 0 is NaN")
	err("Run start +Inf", run(Peaks(), Pt(0, inf), gd, nil), "start = (0, +Inf)", "coordinate 1 is +Inf")
	err("Run start -Inf", run(bowl1, Pt(math.Inf(-1)), gd, nil), "start = -Inf")
	err("Run start empty", run(bowl1, Pt(), gd, nil), "start is empty")
	err("Run start nil", run(bowl1, nil, gd, nil), "start is empty")
	err("Run start wrong dimension", run(Peaks(), Pt(1, 2, 3), gd, nil), "start = (1, 2, 3) has 3 coordinates", "2 variables")
	err("Run start outside domain", run(logx, Pt(-1), gd, nil), "start = -1 is outside the domain")
	err("Run nil optimizer", run(bowl1, Pt(1), nil, nil), "optimizer is nil")
	err("GD(0)", run(bowl1, Pt(1), GD(0), nil), "lr = 0")
	err("GD(-0.1)", run(bowl1, Pt(1), GD(-0.1), nil), "lr = -0.1")
	err("GD(NaN)", run(bowl1, Pt(1), GD(nan), nil), "lr = NaN")
	err("GD(+Inf)", run(bowl1, Pt(1), GD(inf), nil), "lr = +Inf")
	err("Steps -1", run(bowl1, Pt(1), gd, &Settings{Steps: -1}), "Settings.Steps = -1")
	err("Steps > MaxSteps", run(bowl1, Pt(1), gd, &Settings{Steps: MaxSteps + 1}), "Settings.Steps = 100000001")
	err("Steps × dimension too many", run(RosenbrockN(1000), make(Point, 1000), gd, &Settings{Steps: MaxSteps}),
		"Settings.Steps = 100000000 in 1000 dimensions", "MaxTraceCoords")
	err("GradTol NaN", run(bowl1, Pt(1), gd, &Settings{GradTol: nan}), "Settings.GradTol = NaN")
	err("GradTol -1", run(bowl1, Pt(1), gd, &Settings{GradTol: -1}), "Settings.GradTol = -1")
	err("GradTol +Inf", run(bowl1, Pt(1), gd, &Settings{GradTol: inf}), "Settings.GradTol = +Inf")
	err("StepTol NaN", run(bowl1, Pt(1), gd, &Settings{StepTol: nan}), "Settings.StepTol = NaN")
	err("StepTol +Inf", run(bowl1, Pt(1), gd, &Settings{StepTol: inf}), "Settings.StepTol = +Inf")
	err("StepTol -Inf", run(bowl1, Pt(1), gd, &Settings{StepTol: -inf}), "Settings.StepTol = -Inf")
	err("Bound NaN", run(bowl1, Pt(1), gd, &Settings{Bound: nan}), "Settings.Bound = NaN")
	err("Bound -1", run(bowl1, Pt(1), gd, &Settings{Bound: -1}), "Settings.Bound = -1")
	err("Bound -Inf", run(bowl1, Pt(1), gd, &Settings{Bound: -inf}), "Settings.Bound = -Inf")
	err("Workers -1", run(bowl1, Pt(1), gd, &Settings{Workers: -1}), "Settings.Workers = -1")
	err("Region wrong dimension", run(Peaks(), Pt(0, 0), gd, &Settings{Region: Box{{-1, 1}}}), "Settings.Region has 1 ranges, want 2")
	err("Region NaN", run(bowl1, Pt(0), gd, &Settings{Region: Box{{nan, 1}}}), "Settings.Region[0] = [NaN, 1]")
	err("Region inverted", run(bowl1, Pt(0), gd, &Settings{Region: Box{{1, -1}}}), "Settings.Region[0] = [1, -1]")
	err("Region infinite", run(bowl1, Pt(0), gd, &Settings{Region: Box{{-inf, 1}}}), "Settings.Region[0] = [-Inf, 1]")
	pan("MustRun NaN start", func() { MustRun(bowl1, Pt(nan), gd, nil) }, "start = NaN")

	// Callbacks that misbehave: the objective, its gradient.
	err("objective panics", run(fPanic, Pt(1), gd, nil), "Run: GD(0.1) on f panics panicked at iterate 0", "boom in f")
	err("gradient panics", run(gradPanic, Pt(1), gd, nil), "grad panics panicked at iterate 0", "boom in grad")
	err("gradient too long", run(gradLong, Pt(1), gd, nil), "grad too long panicked", "index out of range [1] with length 1")
	status("objective NaN at the start", run(fNaN, Pt(1), gd, nil), "diverged", "non-finite value at iterate 0", "f = NaN")
	status("objective NaN later", run(fAfter5, Pt(1), gd, nil), "diverged", "non-finite value at iterate 4", "f = NaN")
	status("gradient NaN", run(gradNaN, Pt(1), gd, nil), "diverged", "∇f = NaN")
	status("gradient +Inf", run(gradInf, Pt(1, 1), gd, nil), "diverged", "∇f = (+Inf, 0)")
	status("iterate leaves the domain", run(logx, Pt(0.05), GD(1), nil), "diverged", "is outside the domain of log(x)")
	status("iterate beyond Bound", run(bowl1, Pt(1), GD(1.5), &Settings{Bound: 100}), "diverged", "beyond the bound 100")

	// Schedules: bad parameters, and rates that go bad after step 0.
	sched := func(s Schedule) Transform { return GDWith("s", s) }
	err("Constant(NaN)", run(bowl1, Pt(1), sched(Constant(nan)), nil), "lr = NaN")
	err("Constant(0)", run(bowl1, Pt(1), sched(Constant(0)), nil), "lr = 0")
	err("nil schedule", run(bowl1, Pt(1), sched(nil), nil), "schedule is nil")
	err("Cosine lr NaN", run(bowl1, Pt(1), sched(Cosine(nan, 10, 0)), nil), "Cosine: learning rate lr = NaN")
	err("Cosine alpha NaN", run(bowl1, Pt(1), sched(Cosine(0.1, 10, nan)), nil), "Cosine: alpha = NaN")
	err("Cosine n -5", run(bowl1, Pt(1), sched(Cosine(0.1, -5, 0)), nil), "Cosine: steps n = -5")
	err("StepDecay factor NaN", run(bowl1, Pt(1), sched(StepDecay(0.1, 10, nan)), nil), "StepDecay: factor = NaN")
	err("StepDecay factor 0", run(bowl1, Pt(1), sched(StepDecay(0.1, 10, 0)), nil), "StepDecay: factor = 0")
	err("StepDecay every -1", run(bowl1, Pt(1), sched(StepDecay(0.1, -1, 0.5)), nil), "StepDecay: every = -1")
	err("Exponential lr +Inf", run(bowl1, Pt(1), sched(Exponential(inf, 0.9)), nil), "Exponential: learning rate lr = +Inf")
	err("Exponential gamma 2", run(bowl1, Pt(1), sched(Exponential(0.1, 2)), nil), "Exponential: gamma = 2")
	err("InverseTime k NaN", run(bowl1, Pt(1), sched(InverseTime(0.1, nan)), nil), "InverseTime: decay k = NaN")
	err("InverseTime k +Inf", run(bowl1, Pt(1), sched(InverseTime(0.1, inf)), nil), "InverseTime: decay k = +Inf")
	err("Warmup lr -Inf", run(bowl1, Pt(1), sched(Warmup(-inf, 10)), nil), "Warmup: learning rate lr = -Inf")
	err("LinearDecay n 0", run(bowl1, Pt(1), sched(LinearDecay(0.1, 0)), nil), "LinearDecay: steps n = 0")
	err("Join nil first", run(bowl1, Pt(1), sched(Join(3, nil, Constant(1))), nil), "Join: first schedule", "schedule is nil")
	err("Join boundary -3", run(bowl1, Pt(1), sched(Join(-3, Constant(1), Constant(1))), nil), "Join: boundary = -3")
	err("schedule panics at step 0", run(bowl1, Pt(1), sched(func(int) float64 { panic("no rate") }), nil),
		"schedule panicked at step t = 0", "no rate")
	err("schedule panics at step 4", run(bowl1, Pt(1), sched(func(t int) float64 {
		if t == 4 {
			panic("no rate at 4")
		}
		return 0.1
	}), nil), "panicked at iterate 4", "no rate at 4")
	status("schedule NaN from step 3", run(bowl1, Pt(1), sched(rateAfter(3, nan)), nil),
		"diverged", "learning rate at step t = 3", "is NaN", "last good point 0.512 at iterate 3")
	status("schedule negative from step 6", run(bowl1, Pt(1), sched(rateAfter(6, -0.5)), nil),
		"diverged", "learning rate at step t = 6", "is -0.5")
	status("schedule +Inf from step 2", run(bowl1, Pt(1), sched(rateAfter(2, inf)), nil),
		"diverged", "learning rate at step t = 2", "is +Inf")
	pan("Schedule.Values(-1)", func() { Constant(1).Values(-1) }, "Schedule.Values: n = -1")
	pan("Schedule.Values(huge)", func() { Constant(1).Values(huge) }, "n = 1099511627776 rates", "MaxBytes")
	pan("Schedule.Values of nil", func() { Schedule(nil).Values(3) }, "schedule is nil")
	pan("calling a bad schedule", func() { Warmup(0.1, 0)(2) }, "Warmup: steps n = 0")

	// Optimizers' parameters.
	for _, o := range []struct {
		name string
		opt  Transform
		want string
	}{
		{"Momentum beta NaN", Momentum(0.1, nan), "momentum beta = NaN"},
		{"Momentum beta 1", Momentum(0.1, 1), "momentum beta = 1"},
		{"Momentum beta -0.1", Momentum(0.1, -0.1), "momentum beta = -0.1"},
		{"Momentum lr NaN", Momentum(nan, 0.9), "lr = NaN"},
		{"Nesterov beta +Inf", Nesterov(0.1, inf), "momentum beta = +Inf"},
		{"Nesterov lr 0", Nesterov(0, 0.9), "lr = 0"},
		{"Adam lr NaN", Adam(nan), "lr = NaN"},
		{"AdamWith beta1 1", AdamWith(0.1, 1, 0.999, 1e-8), "Adam beta1 = 1"},
		{"AdamWith beta2 NaN", AdamWith(0.1, 0.9, nan, 1e-8), "Adam beta2 = NaN"},
		{"AdamWith eps 0", AdamWith(0.1, 0.9, 0.999, 0), "Adam eps = 0"},
		{"AdamWith eps +Inf", AdamWith(0.1, 0.9, 0.999, inf), "Adam eps = +Inf"},
		{"RMSProp rho NaN", RMSProp(0.1, nan), "RMSProp rho = NaN"},
		{"ScaleByRMS eps -1", Chain(ScaleByRMS(0.9, -1), ScaleByLR(Constant(0.1))), "RMSProp eps = -1"},
		{"AdaGrad lr +Inf", AdaGrad(inf), "lr = +Inf"},
		{"ScaleByAdaGrad eps NaN", Chain(ScaleByAdaGrad(nan), ScaleByLR(Constant(0.1))), "AdaGrad eps = NaN"},
		{"ClipByNorm NaN", Chain(ClipByNorm(nan), GD(0.1)), "ClipByNorm maxNorm = NaN"},
		{"ClipByNorm 0", Chain(ClipByNorm(0), GD(0.1)), "ClipByNorm maxNorm = 0"},
		{"ClipByNorm +Inf", Chain(ClipByNorm(inf), GD(0.1)), "ClipByNorm maxNorm = +Inf"},
		{"GradScaled lr NaN", GradScaled(nan), "lr = NaN"},
		{"GradScaledLagged g0 NaN", GradScaledLagged(0.1, nan), "GradScaledLagged: g0 = NaN"},
		{"Chain()", Chain(), "Chain() has no stages"},
		{"Chain with a nil stage", Chain(ClipByNorm(1), nil), "Chain: stage 1 of 2 is nil"},
		{"Named nil", Named("mine", nil), "optimizer is nil"},
		{"NewTransform nil init", NewTransform("mine", nil, nil), `NewTransform("mine"): init is nil`},
		{"NewTransform check and nil init", NewTransform("mine", func() error { return fmt.Errorf("mine: step = -1") }, nil), "init is nil"},
	} {
		err(o.name, run(bowl1, Pt(1), o.opt, nil), o.want)
	}
	err("NewTransform check error", run(bowl1, Pt(1), NewTransform("mine", func() error { return errors.New("mine: step = -1, want > 0") },
		func(int) Update { return func([]float64, *State) {} }), nil), "mine: step = -1")
	err("NewTransform init returns nil", run(bowl1, Pt(1), NewTransform("mine", nil, func(int) Update { return nil }), nil),
		`transform "mine": init(1) returned a nil Update`)
	err("NewTransform update panics", run(bowl1, Pt(1), NewTransform("mine", nil, func(int) Update {
		return func(u []float64, s *State) { _ = u[5] }
	}), nil), "mine on bowl1 panicked at iterate 0", "index out of range [5]")
	status("NewTransform update makes NaN", run(bowl1, Pt(1), NewTransform("mine", nil, func(int) Update {
		return func(u []float64, s *State) { u[0] = math.NaN() }
	}), nil), "diverged", "non-finite value at iterate 1", "x = NaN")
	err("Newton in too many dimensions", run(RosenbrockN(20000), make(Point, 20000), Newton(), &Settings{Steps: 1}),
		"Newton: Hessians of 20000 × 20000 need about 9.6 GB", "MaxBytes")

	// Experiments: MultiStart, Finals, Compare, Basins, Sweep, Sweep2.
	starts := []Point{Pt(1), Pt(2)}
	err("MultiStart nil objective", func() error { _, e := MultiStart(nil, starts, gd, nil); return e }, "MultiStart: objective is nil")
	err("MultiStart nil *Function", func() error { _, e := MultiStart(nilFn, starts, gd, nil); return e }, "MultiStart: objective is a nil *gdlib.Function")
	err("MultiStart no starts", func() error { _, e := MultiStart(bowl1, nil, gd, nil); return e }, "starts is empty")
	err("MultiStart NaN start", func() error { _, e := MultiStart(bowl1, []Point{Pt(1), Pt(nan)}, gd, nil); return e }, "starts[1] = NaN")
	err("MultiStart mixed dimensions", func() error { _, e := MultiStart(Rastrigin(2), []Point{Pt(1, 1), Pt(1, 2, 3)}, gd, nil); return e },
		"starts[1] = (1, 2, 3) has 3 coordinates")
	err("MultiStart empty points", func() error { _, e := MultiStart(Peaks(), make([]Point, 3), gd, nil); return e }, "starts[0] is empty")
	err("MultiStart traces beyond MaxBytes", func() error {
		p := Pt(1, 1)
		_, e := MultiStart(Peaks(), []Point{p, p, p, p, p, p, p, p, p, p}, gd, &Settings{Steps: 10_000_000})
		return e
	}, "MultiStart: 10 starts × 10000001 iterates need about 5.6 GB", "MaxBytes")
	err("MultiStart Progress panics", func() error {
		_, e := MultiStart(bowl1, starts, gd, &Settings{Progress: func(done, total int) { panic("bar broke") }})
		return e
	}, "MultiStart: Settings.Progress(0, 2) panicked: bar broke")
	err("MultiStart objective panics", func() error { _, e := MultiStart(fPanic, starts, gd, nil); return e },
		"MultiStart: starts[0]: Run: GD(0.1) on f panics panicked at iterate 0: boom in f")
	err("Finals bad optimizer", func() error { _, e := Finals(bowl1, starts, GD(nan), nil); return e }, "Finals: learning rate lr = NaN")
	err("Finals typed nil", func() error { _, e := Finals((*nilObj)(nil), starts, gd, nil); return e }, "Finals: objective is a nil *gdlib.nilObj")
	err("Finals Workers -2", func() error { _, e := Finals(bowl1, starts, gd, &Settings{Workers: -2}); return e }, "Settings.Workers = -2")
	err("Finals objective panics", func() error { _, e := Finals(fPanic, starts, gd, nil); return e }, "Finals", "panicked", "boom in f")
	status("Finals rate negative later", func() error {
		ends, e := Finals(bowl1, starts, sched(rateAfter(6, -1)), nil)
		if e != nil || ends[0].Status != Diverged {
			return e
		}
		return &badinput.Status{Msg: fmt.Sprintf("%v at iterate %d", ends[0].Status, ends[0].Where)}
	}, "diverged at iterate 7")
	err("Compare no optimizers", func() error { _, e := Compare(bowl1, Pt(1), nil, nil); return e }, "Compare: opts is empty")
	err("Compare nil optimizer", func() error { _, e := Compare(bowl1, Pt(1), []Transform{gd, nil}, nil); return e }, "opts[1] (nil)", "optimizer is nil")
	err("Compare bad optimizer", func() error { _, e := Compare(bowl1, Pt(1), []Transform{Momentum(0.1, 2)}, nil); return e },
		"opts[0] (Momentum(0.1, β=2))", "momentum beta = 2")
	err("Compare typed nil", func() error { _, e := Compare(nilFn, Pt(1), []Transform{gd}, nil); return e }, "Compare: objective is a nil")
	err("Compare NaN start", func() error { _, e := Compare(bowl1, Pt(nan), []Transform{gd}, nil); return e }, "Compare: start = NaN")

	box := Box{{-2, 2}, {-2, 2}}
	basins := func(f Objective, b Box, nx, ny int, s *Settings, o *BasinOptions) func() error {
		return func() error { _, e := Basins(f, b, nx, ny, gd, s, o); return e }
	}
	err("Basins nil objective", basins(nil, box, 5, 5, nil, nil), "Basins: objective is nil")
	err("Basins nil *Function", basins(nilFn, box, 5, 5, nil, nil), "Basins: objective is a nil *gdlib.Function")
	err("Basins 3-D objective", basins(RosenbrockN(3), box, 5, 5, nil, nil), "Rosenbrock 3-D is a function of 3 variables")
	err("Basins box of 1 range", basins(Peaks(), Box{{-2, 2}}, 5, 5, nil, nil), "box has 1 ranges, want 2")
	err("Basins nx 0", basins(Peaks(), box, 0, 5, nil, nil), "n[0] = 0")
	err("Basins ny -3", basins(Peaks(), box, 5, -3, nil, nil), "n[1] = -3")
	err("Basins nx × ny huge", basins(Peaks(), box, 1<<20, 1<<20, nil, nil), "[1048576 1048576] points need about", "MaxBytes")
	err("Basins box NaN", basins(Peaks(), Box{{nan, 2}, {-2, 2}}, 5, 5, nil, nil), "box[0] = [NaN, 2]")
	err("Basins box +Inf", basins(Peaks(), Box{{-2, 2}, {-2, inf}}, 5, 5, nil, nil), "box[1] = [-2, +Inf]")
	err("Basins box width overflows", basins(Peaks(), Box{{-1e308, 1e308}, {-2, 2}}, 5, 5, nil, nil),
		"box[0] = [-1e+308, 1e+308]: its width Max − Min overflows float64")
	err("Basins Tol NaN", basins(Peaks(), box, 5, 5, nil, &BasinOptions{Tol: nan}), "BasinOptions.Tol = NaN")
	err("Basins Tol -1", basins(Peaks(), box, 5, 5, nil, &BasinOptions{Tol: -1}), "BasinOptions.Tol = -1")
	err("Basins GradTol +Inf", basins(Peaks(), box, 5, 5, nil, &BasinOptions{GradTol: inf}), "BasinOptions.GradTol = +Inf")
	err("Basins minimum NaN", basins(Peaks(), box, 5, 5, nil, &BasinOptions{Minima: []Point{Pt(0, 0), Pt(nan, 1)}}), "BasinOptions.Minima[1] = (NaN, 1)")
	err("Basins minimum 3-D", basins(Peaks(), box, 5, 5, nil, &BasinOptions{Minima: []Point{Pt(0, 0, 0)}}), "BasinOptions.Minima[0] = (0, 0, 0)")
	err("Basins Steps -1", basins(Peaks(), box, 5, 5, &Settings{Steps: -1}, nil), "Settings.Steps = -1")
	err("Basins start outside domain", basins(MustFormula("", "log(x) + y^2"), box, 5, 5, nil, nil), "start = (-2, -2) is outside the domain")
	err("Basins Progress panics", basins(Peaks(), box, 5, 5, &Settings{Progress: func(int, int) { panic("bar broke") }}, nil),
		"Basins: Settings.Progress(0, 25) panicked: bar broke")
	err("Basins objective panics", basins(NewFunction("f2 panics", 2, func([]float64) float64 { panic("boom in f2") },
		func(g, x []float64) { panic("boom in f2's gradient") }, nil), box, 5, 5, nil, nil), "Basins: an item from 0 on panicked: boom in f2's gradient")
	pan("MustBasins nx 0", func() { MustBasins(Peaks(), box, 0, 5, gd, nil, nil) }, "n[0] = 0")

	sweepRun := func(v float64) (*Trace, error) { return Run(bowl1, Pt(1), GD(v), nil) }
	err("Sweep empty", func() error { _, e := Sweep(nil, sweepRun, nil); return e }, "Sweep: values is empty")
	err("Sweep NaN value", func() error { _, e := Sweep([]float64{0.1, nan}, sweepRun, nil); return e }, "Sweep: values[1] = NaN")
	err("Sweep +Inf value", func() error { _, e := Sweep([]float64{inf}, sweepRun, nil); return e }, "Sweep: values[0] = +Inf")
	err("Sweep nil run", func() error { _, e := Sweep([]float64{0.1}, nil, nil); return e }, "Sweep: run is nil")
	err("Sweep run fails", func() error { _, e := Sweep([]float64{0.1, -1}, sweepRun, nil); return e }, "Sweep: values[1] = -1", "lr = -1")
	err("Sweep run panics", func() error {
		_, e := Sweep([]float64{0.1}, func(float64) (*Trace, error) { panic("sweep boom") }, nil)
		return e
	}, "Sweep: values[0] = 0.1: panic: sweep boom")
	err("Sweep run returns nothing", func() error {
		_, e := Sweep([]float64{0.1}, func(float64) (*Trace, error) { return nil, nil }, nil)
		return e
	}, "values[0] = 0.1: run returned no trace and no error")
	measure := func(x, y float64) (float64, error) { return x + y, nil }
	err("Sweep2 empty xs", func() error { _, e := Sweep2(nil, []float64{1}, measure, nil); return e }, "Sweep2: xs is empty")
	err("Sweep2 NaN ys", func() error { _, e := Sweep2([]float64{1}, []float64{nan}, measure, nil); return e }, "Sweep2: ys[0] = NaN")
	err("Sweep2 -Inf xs", func() error { _, e := Sweep2([]float64{1, -inf}, []float64{1}, measure, nil); return e }, "Sweep2: xs[1] = -Inf")
	err("Sweep2 nil measure", func() error { _, e := Sweep2([]float64{1}, []float64{1}, nil, nil); return e }, "Sweep2: measure is nil")
	err("Sweep2 grid beyond MaxBytes", func() error {
		xs := make([]float64, 400_000)
		_, e := Sweep2(xs, xs, measure, nil)
		return e
	}, "Sweep2: 400000 × 400000 values need about 1.28e+03 GB", "MaxBytes")
	err("Sweep2 measure panics", func() error {
		_, e := Sweep2([]float64{1}, []float64{2}, func(x, y float64) (float64, error) { panic("measure boom") }, nil)
		return e
	}, "Sweep2: xs[0] = 1, ys[0] = 2: panic: measure boom")
	err("Sweep Progress panics", func() error {
		_, e := Sweep([]float64{0.1}, sweepRun, &Settings{Progress: func(int, int) { panic("bar broke") }})
		return e
	}, "Sweep: Settings.Progress(0, 1) panicked")

	// Starts and grids.
	err("GridStarts empty box", func() error { _, e := GridStarts(nil, 5); return e }, "GridStarts: box is empty")
	err("GridStarts n 0", func() error { _, e := GridStarts(box, 0); return e }, "GridStarts: n[0] = 0")
	err("GridStarts counts mismatch", func() error { _, e := GridStarts(box, 3, 4, 5); return e }, "3 counts n = [3 4 5] for a box of 2 dimensions")
	err("GridStarts huge", func() error { _, e := GridStarts(box, 100_000); return e }, "[100000 100000] points need about", "MaxBytes")
	err("GridStarts inverted", func() error { _, e := GridStarts(Box{{2, -2}}, 5); return e }, "box[0] = [2, -2]")
	err("GridStarts width overflows", func() error { _, e := GridStarts(Box{{-math.MaxFloat64, math.MaxFloat64}}, 5); return e },
		"box[0] = [-1.7976931348623157e+308, 1.7976931348623157e+308]: its width Max − Min overflows")
	err("RandomStarts n 0", func() error { _, e := RandomStarts(box, 0, 1); return e }, "RandomStarts: n = 0")
	err("RandomStarts empty box", func() error { _, e := RandomStarts(nil, 3, 1); return e }, "RandomStarts: box is empty")
	err("RandomStarts huge", func() error { _, e := RandomStarts(box, huge, 1); return e }, "1099511627776 points need about", "MaxBytes")
	err("RandomStarts box -Inf", func() error { _, e := RandomStarts(Box{{-inf, 0}}, 3, 1); return e }, "box[0] = [-Inf, 0]")
	err("RandomStarts width overflows", func() error { _, e := RandomStarts(Box{{-1e308, 1e308}}, 3, 1); return e }, "its width Max − Min overflows")

	// Linspace.
	pan("Linspace n 0", func() { Linspace(0, 1, 0) }, "n = 0, want ≥ 1")
	pan("Linspace n -3", func() { Linspace(0, 1, -3) }, "n = -3, want ≥ 1")
	pan("Linspace a NaN", func() { Linspace(nan, 1, 5) }, "a = NaN")
	pan("Linspace b +Inf", func() { Linspace(0, inf, 5) }, "b = +Inf")
	pan("Linspace width overflows", func() { Linspace(-1e308, 1e308, 5) }, "a = -1e+308, b = 1e+308: the width b − a overflows float64")
	pan("Linspace n huge", func() { Linspace(0, 1, huge) }, "Linspace: n = 1099511627776 numbers need about 8.8e+03 GB", "MaxBytes")

	// Derivative checks and curvature.
	err("CheckGradient nil", func() error { _, e := CheckGradient(nil, Pt(1)); return e }, "CheckGradient: objective is nil")
	err("CheckGradient typed nil", func() error { _, e := CheckGradient(nilFn, Pt(1)); return e }, "CheckGradient: objective is a nil *gdlib.Function")
	err("CheckGradient NaN x", func() error { _, e := CheckGradient(Peaks(), Pt(nan, 1)); return e }, "x = (NaN, 1)")
	err("CheckGradient wrong dimension", func() error { _, e := CheckGradient(Peaks(), Pt(1)); return e }, "x = 1 has 1 coordinates")
	err("CheckHessian none", func() error { _, e := CheckHessian(fNaN, Pt(1)); return e }, "CheckHessian: f is NaN has no Hessian")
	err("CheckHessian Inf x", func() error { _, e := CheckHessian(Peaks(), Pt(1, -inf)); return e }, "x = (1, -Inf)")
	err("Curvature nil", func() error { _, e := Curvature(nil, Pt(1)); return e }, "Curvature: objective is nil")
	err("Curvature typed nil", func() error { _, e := Curvature(nilFn, Pt(1)); return e }, "Curvature: objective is a nil")
	err("Curvature NaN x", func() error { _, e := Curvature(Peaks(), Pt(0, nan)); return e }, "x = (0, NaN)")
	err("Curvature outside domain", func() error { _, e := Curvature(logx, Pt(-2)); return e }, "x = -2 is outside the domain")
	err("Curvature too many dimensions", func() error { _, e := Curvature(RosenbrockN(20000), make(Point, 20000)); return e },
		"Curvature: Hessians of 20000 × 20000 need about 9.6 GB")
	err("Curvature of NaN Hessian", func() error { _, e := Curvature(logx, Pt(1e-300)); return e }, "has the entry")
	err("StableRate NaN x", func() error { _, e := StableRate(Peaks(), Pt(nan, 0)); return e }, "x = (NaN, 0)")
	err("AllCurveUp n 0", func() error { _, e := AllCurveUp(0, 10, 1); return e }, "AllCurveUp n = 0")
	err("AllCurveUp trials -1", func() error { _, e := AllCurveUp(3, -1, 1); return e }, "AllCurveUp trials = -1")
	err("AllCurveUp n huge", func() error { _, e := AllCurveUp(100_000, 1, 1); return e }, "AllCurveUp: a 100000 × 100000 matrix need about 160 GB")
	err("AllCurveUp work huge", func() error { _, e := AllCurveUp(100, 1e9, 1); return e }, "AllCurveUp n = 100, trials = 1000000000")

	// Making functions.
	pan("NewFunction dim 0", func() { NewFunction("mine", 0, fNaN.Func, fNaN.Grad, nil) }, `NewFunction("mine"): dim = 0`)
	pan("NewFunction dim huge", func() { NewFunction("mine", MaxDim+1, fNaN.Func, fNaN.Grad, nil) }, "dim = 1000001", "MaxDim")
	pan("NewFunction nil f", func() { NewFunction("mine", 1, nil, fNaN.Grad, nil) }, `NewFunction("mine"): f and grad must not be nil`)
	pan("New1 nil", func() { New1("mine", "", nil) }, `New1("mine"): f is nil`)
	pan("New2 nil", func() { New2("mine", "", nil) }, `New2("mine"): f is nil`)
	pan("NewN dim -1", func() { NewN("mine", "", -1, func([]Num) Num { return C(0) }) }, `NewN("mine"): dim = -1`)
	pan("NewN dim huge", func() { NewN("mine", "", huge, func([]Num) Num { return C(0) }) }, "dim = 1099511627776")
	pan("NewN nil", func() { NewN("mine", "", 3, nil) }, `NewN("mine"): f is nil`)
	pan("Ellipse NaN", func() { Ellipse(nan) }, "kappa = NaN")
	pan("Ellipse 0.5", func() { Ellipse(0.5) }, "kappa = 0.5")
	pan("Ellipse +Inf", func() { Ellipse(inf) }, "kappa = +Inf")
	pan("RosenbrockN 1", func() { RosenbrockN(1) }, "RosenbrockN: n = 1")
	pan("RosenbrockN huge", func() { RosenbrockN(huge) }, "RosenbrockN: n = 1099511627776")
	pan("Rastrigin 0", func() { Rastrigin(0) }, "Rastrigin: n = 0")
	pan("Rastrigin huge", func() { Rastrigin(huge) }, "Rastrigin: n = 1099511627776")
	pan("At with too few coordinates", func() { Peaks().At(1) }, "peaks.At: 1 coordinates given, but peaks is a function of 2 variables")
	pan("Gradient with too many", func() { bowl1.Gradient(1, 2) }, "bowl1.Gradient: 2 coordinates given")
	pan("Deriv of a 2-D function", func() { Peaks().Deriv(1) }, "peaks.Deriv: 1 coordinates given")
	pan("Deriv2 without Hessian", func() { fNaN.Deriv2(1) }, "f is NaN has no Hessian")
	pan("At of nil *Function", func() { nilFn.At(1) }, "Function.At: the function is nil")
	pan("Hess without Hessian", func() { fNaN.Hess(mat.NewSymDense(1, nil), []float64{1}) }, "f is NaN has no Hessian")

	// Formulas a learner mistypes.
	for _, f := range []struct{ expr, want string }{
		{"3x^", `gdlib.Formula("3x^"): column 4`},
		{"sin(x", `expected ")" to close sin(`},
		{"foo(x)", `unknown name "foo"`},
		{"x +* y", `gdlib.Formula("x +* y"): column 4`},
		{"", `gdlib.Formula("")`},
		{"x1 + y", `"x1" mixes with "y"`},
		{"exp(x))", `gdlib.Formula("exp(x))")`},
		{"x1001", `unknown name "x1001"`},
		{strings.Repeat("(", 100_000) + "x" + strings.Repeat(")", 100_000), "column"},
	} {
		name := "Formula " + f.expr
		if len(name) > 40 {
			name = name[:40]
		}
		err(name, func() error { _, e := Formula("", f.expr); return e }, f.want)
	}
	pan("MustFormula typo", func() { MustFormula("", "2*x +") }, `gdlib.Formula("2*x +")`)

	// Data and losses.
	err("NewDataset no rows", func() error { _, e := NewDataset("d", nil, nil); return e }, `NewDataset("d"): no rows`)
	err("NewDataset ragged", func() error { _, e := NewDataset("d", [][]float64{{1, 2}, {3}}, []float64{1, 2}); return e }, "row 1 has 1 features")
	err("NewDataset NaN target", func() error { _, e := NewDataset("d", [][]float64{{1}}, []float64{nan}); return e }, "row 0 = [1], target NaN")
	err("ReadCSV typo", func() error { _, e := ReadCSV(strings.NewReader("1,2\n3,x\n"), "d"); return e }, `line 2, field 2 = "x"`)
	err("Split frac NaN", func() error { _, _, e := NoisyLine(10, Range{0, 1}, 1, 0, 0, 1).Split(nan, 1); return e }, "Split: frac = NaN")
	err("MSE of nil data", run(MSE(nil), Pt(1, 1), gd, nil), "the MSE has no data")
	err("MSE of data shorter than its shape", run(MSE(&Dataset{Name: "d", Features: 2, X: []float64{1, 2, 3}, Y: []float64{1, 2}}), Pt(1, 1, 1), gd, nil),
		"2 targets, 2 features, 3 numbers in X")
	err("MSE wrong start", run(MSE(NoisyLine(10, Range{0, 1}, 1, 0, 0, 1)), Pt(1, 1, 1), gd, nil), "start = (1, 1, 1) has 3 coordinates", "2 parameters")
	err("CrossEntropy target 2", run(CrossEntropy(&Dataset{Name: "d", Features: 1, X: []float64{1}, Y: []float64{2}}), Pt(1, 1), gd, nil),
		"target 0 is 2")
	err("Minibatch size 0", run(MSE(NoisyLine(10, Range{0, 1}, 1, 0, 0, 1)).Minibatch(0, 1), Pt(1, 1), gd, nil), "batch size 0")
	err("Minibatch size > n", run(MSE(NoisyLine(10, Range{0, 1}, 1, 0, 0, 1)).Minibatch(11, 1), Pt(1, 1), gd, nil), "batch size 11: want 1 ≤ size ≤ 10")
	err("Minibatch without loss", run(&Batches{Size: 1}, Pt(1, 1), gd, nil), "has no loss")
	short := &Dataset{Name: "d", Features: 2, X: []float64{1, 2, 3}, Y: []float64{1, 2}}
	pan("Standardize data shorter than its shape", func() { short.Standardize() }, `Dataset.Standardize: "d" is empty or malformed: 2 targets, 2 features, 3 numbers in X`)
	err("Split data shorter than its shape", func() error { _, _, e := short.Split(0.5, 1); return e }, `Dataset.Split: "d" is empty or malformed`)
	pan("NoisyLine n 1", func() { NoisyLine(1, Range{0, 1}, 1, 0, 0, 1) }, "NoisyLine: n = 1")
	pan("NoisyLine n huge", func() { NoisyLine(huge, Range{0, 1}, 1, 0, 0, 1) }, "NoisyLine: n = 1099511627776")
	pan("NoisyLine noise NaN", func() { NoisyLine(5, Range{0, 1}, 1, 0, nan, 1) }, "noise = NaN")
	pan("NoisyLine xs Inf", func() { NoisyLine(5, Range{0, inf}, 1, 0, 0, 1) }, "xs = [0, +Inf]")
	pan("TwoClouds spread NaN", func() { TwoClouds(5, 1, nan, 1) }, "spread = NaN")
	pan("TwoClouds n huge", func() { TwoClouds(huge, 1, 1, 1) }, "TwoClouds: n = 1099511627776")
	pan("Dataset.Column out of range", func() { NoisyLine(5, Range{0, 1}, 1, 0, 0, 1).Column(3) }, "Dataset.Column: feature j = 3, want 0 ≤ j < 1")
	pan("Dataset.Row out of range", func() { NoisyLine(5, Range{0, 1}, 1, 0, 0, 1).Row(-1) }, "Dataset.Row: example i = -1, want 0 ≤ i < 5")

	pan("Batches.Batch size 0", func() { MSE(NoisyLine(10, Range{0, 1}, 1, 0, 0, 1)).Minibatch(0, 1).Batch(0, nil) }, "batch size 0: want 1 ≤ size ≤ 10")
	pan("Batches.Batch k -1", func() { MSE(NoisyLine(10, Range{0, 1}, 1, 0, 0, 1)).Minibatch(2, 1).Batch(-1, nil) }, "Batches.Batch: step k = -1")
	pan("Batches.Batch without loss", func() { (&Batches{Size: 2}).Batch(0, nil) }, "has no loss")

	// A nil run, and indices out of range.
	good := MustRun(Peaks(), Pt(0, 1), gd, &Settings{Steps: 3})
	pan("nil Trace Final", func() { nilTrace.Final() }, "Trace.Final: the trace is nil")
	pan("nil Trace FinalF", func() { nilTrace.FinalF() }, "Trace.FinalF: the trace is nil")
	pan("nil Trace Coord", func() { nilTrace.Coord(0) }, "Trace.Coord: the trace is nil")
	pan("nil Trace XY", func() { nilTrace.XY(0) }, "Trace.XY: the trace is nil")
	pan("Trace X out of range", func() { good.X(4) }, "Trace.X: iterate i = 4, want 0 ≤ i < 4")
	pan("Trace Grad negative", func() { good.Grad(-1) }, "Trace.Grad: iterate i = -1")
	pan("Trace Coord out of range", func() { good.Coord(2) }, "Trace.Coord: coordinate k = 2, want 0 ≤ k < 2")
	pan("Trace GradCoord negative", func() { good.GradCoord(-1) }, "Trace.GradCoord: coordinate k = -1")

	return cases
}

// TestNilTraceIsEmpty: the nil Trace that Run returns with an error has no
// iterates and says so in words, so a figure, a Println or a Table given
// one shows that rather than crash; a mini-batch objective without a loss
// has no steps per epoch.
func TestNilTraceIsEmpty(t *testing.T) {
	good := MustRun(Peaks(), Pt(0, 1), GD(0.1), &Settings{Steps: 3})
	if s := Table(good, nil); !strings.Contains(s, "no run: runs[1] is nil") {
		t.Errorf("Table with a nil run:\n%s\nwant a line saying runs[1] is nil", s)
	}
	if n := (&Batches{Size: 2}).StepsPerEpoch(); n != 0 {
		t.Errorf("StepsPerEpoch without a loss = %d, want 0", n)
	}
	var tr *Trace
	if tr.Len() != 0 || tr.Steps() != 0 || tr.Finite() != 0 {
		t.Errorf("nil Trace: Len %d, Steps %d, Finite %d; want 0, 0, 0", tr.Len(), tr.Steps(), tr.Finite())
	}
	if s := tr.String(); !strings.Contains(s, "nil") {
		t.Errorf("nil Trace String() = %q, want it to say the trace is nil", s)
	}
}

// TestLaterRate: after step 0 a schedule may reach 0 (LinearDecay's last
// step does, by the course's formula), and the run goes on; a negative or
// NaN rate stops it with Diverged before that step, in Run and Finals
// alike, with the trace holding the steps taken.
func TestLaterRate(t *testing.T) {
	tr := MustRun(bowl1, Pt(1), GDWith("linear", LinearDecay(0.1, 10)), &Settings{Steps: 10})
	if tr.Status != StepLimit || tr.LR[9] != 0 {
		t.Errorf("LinearDecay to 0: %v, last rate %v; want the step limit and 0", tr, tr.LR[9])
	}
	tr = MustRun(bowl1, Pt(1), GDWith("turns negative", rateAfter(6, -0.5)), &Settings{Steps: 10})
	if tr.Status != Diverged || tr.Where != 7 || tr.Steps() != 6 || len(tr.LR) != 6 || !strings.Contains(tr.String(), "last good point 0.2621 at iterate 6") {
		t.Errorf("negative rate at t = 6: %v, Where %d, Steps %d, %d rates; want Diverged after 6 steps, Where 7 (the iterate step 6 would have made)", tr, tr.Where, tr.Steps(), len(tr.LR))
	}
	// x₆ = (1 − 2·0.1)⁶ = 0.8⁶ on x², the last good iterate.
	if got, want := tr.Final()[0], math.Pow(0.8, 6); math.Abs(got-want) > 1e-15 {
		t.Errorf("final x = %v, want 0.8⁶ = %v", got, want)
	}
	ends, err := Finals(bowl1, []Point{Pt(1)}, GDWith("turns negative", rateAfter(6, -0.5)), &Settings{Steps: 10})
	if err != nil || ends[0].Status != Diverged || ends[0].Where != 7 || ends[0].Steps != 6 {
		t.Errorf("Finals: %+v, %v; want Diverged at 7 after 6 steps", ends, err)
	}
}

// TestProgressPanicStopsExperiment: a Progress callback that panics stops
// a long experiment promptly with the panic as its error.
func TestProgressPanicStopsExperiment(t *testing.T) {
	starts := make([]Point, 10_000)
	for i := range starts {
		starts[i] = Pt(1)
	}
	calls := 0
	_, err := Finals(bowl1, starts, GD(0.1), &Settings{Steps: 1000, Context: context.Background(), Progress: func(done, total int) {
		calls++
		panic("bar broke")
	}})
	if err == nil || !strings.Contains(err.Error(), "Settings.Progress(0, 10000) panicked: bar broke") || calls != 1 {
		t.Errorf("error %v after %d calls, want the panic of the first call", err, calls)
	}
}
