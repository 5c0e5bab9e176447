package deep

import (
	"math"
	"testing"
	"time"

	"github.com/gdlessons/lessons/gdlib"
	"github.com/gdlessons/lessons/internal/badinput"
)

// TestBadInput is the deep package's bad-input table (gdlib's is
// gdlib/badinput_test.go): a net a learner describes wrongly, weights of
// the wrong number, a width of 0 for an initialisation. Each case runs
// under recover and a timeout of 5 s (nothing here does any work before
// refusing, so 5 s means a hang; it is also exercise.Timeout, the time a
// learner's answer gets), and its error or panic must name the parameter
// and its value.
func TestBadInput(t *testing.T) {
	nan := math.NaN()
	objective := func(n Net) func() error { return func() error { _, err := n.Objective(); return err } }
	type badCase struct {
		name   string
		panics bool // a documented panic rather than an error
		want   []string
		call   func() error
	}
	panics := func(f func()) func() error { return func() error { f(); return nil } }
	cases := []badCase{
		{"Depth 0", false, []string{"Net.Depth = 0"}, objective(Net{Depth: 0})},
		{"Depth -5", false, []string{"Net.Depth = -5"}, objective(Net{Depth: -5})},
		{"Depth beyond MaxDepth", false, []string{"Net.Depth = 1001", "want 1 … 1000"}, objective(Net{Depth: MaxDepth + 1})},
		{"Width 5", false, []string{"Net.Width = 5", "want 1 … 4"}, objective(Net{Depth: 3, Width: 5})},
		{"Width -1", false, []string{"Net.Width = -1"}, objective(Net{Depth: 3, Width: -1})},
		{"Input NaN", false, []string{"Net.Input = [NaN]", "value 0 is NaN"}, objective(Net{Depth: 3, Input: []float64{nan}})},
		{"Input too short", false, []string{"Net.Input = [1] has 1 values, want Width = 2"}, objective(Net{Depth: 3, Width: 2, Input: []float64{1}})},
		{"Target +Inf", false, []string{"Net.Target = [+Inf]"}, objective(Net{Depth: 3, Target: []float64{math.Inf(1)}})},
		{"Act 7", false, []string{"Net.Act = 7"}, objective(Net{Depth: 3, Act: 7})},
		{"weights NaN", false, []string{"start = (NaN, NaN, NaN)"}, func() error {
			n := Net{Depth: 3}
			f, err := n.Objective()
			if err != nil {
				return err
			}
			_, err = gdlib.Run(f, n.Fixed(nan), gdlib.GD(0.1), nil)
			return err
		}},
		{"Fixed of a bad net", true, []string{"Net.Depth = 0"}, panics(func() { Net{}.Fixed(1) })},
		{"Random of a bad net", true, []string{"Net.Width = 9"}, panics(func() { Net{Depth: 2, Width: 9}.Random(1, 1) })},
		{"Forward wrong weights", true, []string{"3 weights given, want Depth·Width² = 2"}, panics(func() { Net{Depth: 2}.Forward([]float64{1, 2, 3}) })},
		{"Forward of a bad net", true, []string{"Net.Depth = 1001"}, panics(func() { Net{Depth: 1001}.Forward(nil) })},
		{"Xavier(0)", true, []string{"deep.Xavier: width = 0"}, panics(func() { Xavier(0) })},
		{"He(-2)", true, []string{"deep.He: width = -2"}, panics(func() { He(-2) })},
	}
	cs := make([]badinput.Case, len(cases))
	for i, c := range cases {
		cs[i] = badinput.Case{Name: c.name, Run: c.call, Want: c.want, Panics: c.panics}
	}
	// 5 s and no allocation beyond 64 MiB, as gdlib's table.
	n := badinput.Run(t, badinput.Limits{Timeout: 5 * time.Second, Alloc: 64 << 20}, cs)
	t.Logf("%d bad-input cases: %v", len(cases), n)
}
