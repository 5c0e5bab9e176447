package gdlib

import (
	"math"
	"strings"
	"testing"
)

// TestTimeBasedRate reproduces the course's time-based learning rate: x₀ =
// 1.586, rate 0.01·(1 − (i+1)/100), 100 epochs → 0.5524218507018347
// (notebooks/testdata/seed-numbers.md, the course's printed 0.55242185).
func TestTimeBasedRate(t *testing.T) {
	tr := MustRun(quadratic, Pt(1.586), GDWith("linear decay", LinearDecay(0.01, 100)), &Settings{Steps: 100})
	if got, want := tr.Final()[0], 0.5524218507018347; got != want {
		t.Errorf("final x = %.17g, want %.17g", got, want)
	}
	// The rate each step used is recorded: step 1 uses 0.01·(1 − 1/100) =
	// 0.0099, the last one 0.01·(1 − 100/100) = 0.
	if len(tr.LR) != 100 || tr.LR[0] != 0.01*(1-1.0/100) || tr.LR[99] != 0 {
		t.Errorf("LR[0] = %v, LR[99] = %v (len %d); want 0.0099 and 0", tr.LR[0], tr.LR[99], len(tr.LR))
	}
}

// TestFixedRate: the course's fixed-rate run: x₀ = 1.28, lr 0.01,
// 100 epochs → 0.5016028023210083 (notebooks/testdata/seed-numbers.md;
// printed 0.5016028). Constant through ScaleByLR must match GD exactly.
func TestFixedRate(t *testing.T) {
	for _, opt := range []Transform{GD(0.01), GDWith("constant", Constant(0.01))} {
		tr := MustRun(quadratic, Pt(1.28), opt, &Settings{Steps: 100})
		if got, want := tr.Final()[0], 0.5016028023210083; got != want {
			t.Errorf("%s: final x = %.17g, want %.17g", opt.Name(), got, want)
		}
	}
}

// TestScheduleValues checks each schedule at chosen steps against values
// worked out by hand from its documented formula.
func TestScheduleValues(t *testing.T) {
	cases := []struct {
		name string
		s    Schedule
		t    []int
		want []float64
	}{
		// lr·(1 − (t+1)/n) with lr 1, n 4: 3/4, 2/4, 1/4, 0, then clamped at 0.
		{"LinearDecay(1, 4)", LinearDecay(1, 4), []int{0, 1, 2, 3, 10}, []float64{0.75, 0.5, 0.25, 0, 0}},
		// lr·(t+1)/n with lr 1, n 4: 1/4, 2/4, 3/4, 1, then 1.
		{"Warmup(1, 4)", Warmup(1, 4), []int{0, 1, 3, 4, 100}, []float64{0.25, 0.5, 1, 1, 1}},
		// 0.8·0.5^⌊t/10⌋: 0.8 for 0–9, 0.4 for 10–19, 0.2 for 20–29.
		{"StepDecay(0.8, 10, 0.5)", StepDecay(0.8, 10, 0.5), []int{0, 9, 10, 19, 20, 29}, []float64{0.8, 0.8, 0.4, 0.4, 0.2, 0.2}},
		// 1·0.5^t.
		{"Exponential(1, 0.5)", Exponential(1, 0.5), []int{0, 1, 3}, []float64{1, 0.5, 0.125}},
		// 1/(1 + 1·t): 1, 1/2, 1/4.
		{"InverseTime(1, 1)", InverseTime(1, 1), []int{0, 1, 3}, []float64{1, 0.5, 0.25}},
		// cos(0) = 1 → lr; cos(π/2) = 0 → lr·½; cos(π) = −1 → 0; after n, 0.
		{"Cosine(2, 100, 0)", Cosine(2, 100, 0), []int{0, 50, 100, 500}, []float64{2, 1, 0, 0}},
		// With alpha 0.5: (1−½)·½(1+cos) + ½ → 1, 0.75, 0.5 times lr = 2.
		{"Cosine(2, 100, 0.5)", Cosine(2, 100, 0.5), []int{0, 50, 100, 500}, []float64{2, 1.5, 1, 1}},
		// optax join_schedules: a before the boundary, b(t − boundary) from it.
		{"Join(3, Constant(1), Exponential(4, 0.5))", Join(3, Constant(1), Exponential(4, 0.5)),
			[]int{0, 2, 3, 4, 5}, []float64{1, 1, 4, 2, 1}},
		// Warm-up then linear decay: 1/2, 1 (warm-up), then 1·(1 − (t−2+1)/4).
		{"Join(2, Warmup(1, 2), LinearDecay(1, 4))", Join(2, Warmup(1, 2), LinearDecay(1, 4)),
			[]int{0, 1, 2, 3, 5}, []float64{0.5, 1, 0.75, 0.5, 0}},
	}
	for _, c := range cases {
		if err := c.s.Validate(); err != nil {
			t.Errorf("%s: Validate() = %v", c.name, err)
			continue
		}
		for i, step := range c.t {
			if got := c.s(step); math.Abs(got-c.want[i]) > 1e-15 {
				t.Errorf("%s at t = %d: %v, want %v", c.name, step, got, c.want[i])
			}
		}
	}
}

// TestScheduleValuesSamples: Values(n) is the schedule at 0 … n−1.
func TestScheduleValuesSamples(t *testing.T) {
	v := LinearDecay(1, 4).Values(4)
	want := []float64{0.75, 0.5, 0.25, 0} // as in TestScheduleValues
	for i := range want {
		if v[i] != want[i] {
			t.Fatalf("Values(4) = %v, want %v", v, want)
		}
	}
}

// TestScheduleBadInput: a schedule made with bad parameters is reported,
// naming the parameter and its value, by Validate and by Run.
func TestScheduleBadInput(t *testing.T) {
	cases := []struct {
		s    Schedule
		want string
	}{
		{LinearDecay(0, 100), "LinearDecay: learning rate lr = 0"},
		{LinearDecay(math.NaN(), 100), "lr = NaN"},
		{LinearDecay(0.01, 1), "steps n = 1"},
		{Warmup(-2, 10), "Warmup: learning rate lr = -2"},
		{Warmup(0.1, 0), "steps n = 0"},
		{StepDecay(0.1, 0, 0.5), "every = 0"},
		{StepDecay(0.1, 10, 1.5), "factor = 1.5"},
		{Exponential(0.1, 0), "gamma = 0"},
		{Exponential(0.1, math.NaN()), "gamma = NaN"},
		{InverseTime(0.1, -1), "decay k = -1"},
		{Cosine(0.1, 0, 0), "steps n = 0"},
		{Cosine(0.1, 10, 2), "alpha = 2"},
		{Join(-1, Constant(1), Constant(1)), "boundary = -1"},
		{Join(5, Constant(1), Cosine(0.1, 10, -1)), "second schedule: gdlib: Cosine: alpha = -1"},
		{nil, "schedule is nil"},
	}
	for _, c := range cases {
		err := c.s.Validate()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Validate() = %v, want an error containing %q", err, c.want)
		}
		_, err = Run(quadratic, Pt(1), GDWith("s", c.s), nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Run: error %v, want one containing %q", err, c.want)
		}
	}
}

// TestBadScheduleCallPanicsWithMessage: calling a bad schedule directly (as
// a plot would) panics with the same message rather than returning NaN.
func TestBadScheduleCallPanicsWithMessage(t *testing.T) {
	defer func() {
		r := recover()
		e, ok := r.(error)
		if !ok || !strings.Contains(e.Error(), "steps n = 0") {
			t.Errorf("panic value %v, want an error naming steps n = 0", r)
		}
	}()
	Cosine(0.1, 0, 0)(3)
}
